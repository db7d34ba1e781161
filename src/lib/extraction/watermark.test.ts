/**
 * DAWN-style watermark selection (Szyller et al., ACM MM 2021, as extraction.md summarises it)
 * and the binomial tail behind the ownership verdict. Binomial tails: exact sums of C(n, i) / 2ⁿ
 * computed with Python's integers; MACs: node:crypto.
 */
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Rng } from './random';
import { utf8 } from './sha256';
import {
  matchesNeeded,
  PROOF_LEVEL,
  WATERMARK_RATE,
  WATERMARK_THRESHOLD,
  inputBytes,
  isWatermarked,
  log2BinomialTail,
  verdict,
} from './watermark';

describe('watermark selection', () => {
  it('selects about 0.5 % of inputs with the DAWN threshold', () => {
    expect(WATERMARK_THRESHOLD).toBe(327);
    const r = new Rng(3);
    const key = utf8('k');
    let hits = 0;
    const n = 20_000;
    for (let i = 0; i < n; i++) {
      const x = new Float64Array(30).map(() => r.normal());
      if (isWatermarked(key, x)) hits++;
    }
    // 328/65536 = 0.50 %; binomial sd over 20,000 draws is 0.05 %.
    expect(hits / n).toBeGreaterThan(0.0035);
    expect(hits / n).toBeLessThan(0.0065);
  });

  it('states the rate and the proof level: ⌊2¹⁶ · 0.005⌋ = 327, confidence 1 − 2⁻⁶⁴', () => {
    expect(WATERMARK_RATE).toBe(0.005);
    expect(WATERMARK_THRESHOLD).toBe(Math.floor(65536 * 0.005));
    expect(PROOF_LEVEL).toBe(Math.pow(2, -64));
  });

  it('hashes the raw little-endian IEEE 754 bytes of the input, respecting a subarray view', () => {
    expect(Array.from(inputBytes(Float64Array.of(1)))).toEqual([0, 0, 0, 0, 0, 0, 0xf0, 0x3f]);
    const whole = Float64Array.of(5, -2, 1);
    expect(Array.from(inputBytes(whole.subarray(2)))).toEqual([0, 0, 0, 0, 0, 0, 0xf0, 0x3f]);
    expect(inputBytes(new Float64Array(0)).length).toBe(0);
  });

  it('selects exactly the inputs whose MAC starts with a 16-bit integer ≤ 327 (node:crypto)', () => {
    const secret = utf8('dojo-watermark-key-1');
    const r = new Rng(9);
    let selected = 0;
    for (let i = 0; i < 3000; i++) {
      const x = Float64Array.from({ length: 4 }, () => r.normal());
      const mac = createHmac('sha256', secret).update(inputBytes(x)).digest();
      const expected = mac.readUInt16BE(0) <= 327;
      expect(isWatermarked(secret, x)).toBe(expected);
      if (expected) selected++;
    }
    expect(selected).toBeGreaterThan(0);
  });

  it('depends on the secret: another key selects other inputs', () => {
    const r = new Rng(10);
    const xs = Array.from({ length: 4000 }, () => Float64Array.from({ length: 3 }, () => r.normal()));
    const a = xs.filter((x) => isWatermarked(utf8('a'), x));
    const b = xs.filter((x) => isWatermarked(utf8('b'), x));
    expect(a.length).toBeGreaterThan(5);
    expect(a.filter((x) => b.includes(x)).length).toBeLessThan(a.length);
  });
});

describe('log2BinomialTail', () => {
  it('gives binomial tails: P(Bin(10, ½) ≥ 10) = 2⁻¹⁰, ≥ 0 is certain', () => {
    expect(log2BinomialTail(10, 10)).toBeCloseTo(-10, 6);
    expect(log2BinomialTail(10, 0)).toBe(0);
    expect(log2BinomialTail(2, 1)).toBeCloseTo(Math.log2(0.75), 6);
  });

  it('matches exact sums: P(Bin(20, ½) ≥ 15) = 21700 / 2²⁰, and larger n', () => {
    expect(log2BinomialTail(20, 15)).toBeCloseTo(Math.log2(21700) - 20, 9);
    expect(log2BinomialTail(100, 60)).toBeCloseTo(-5.135733511274154, 8);
    expect(log2BinomialTail(200, 150)).toBeCloseTo(-41.115875064367344, 8);
    expect(log2BinomialTail(1000, 500)).toBeCloseTo(-0.9640594102868363, 8);
    expect(log2BinomialTail(1000, 600)).toBeCloseTo(-32.771191857776444, 7);
  });

  it('is −∞ for more matches than queries and 0 for k ≤ 0', () => {
    expect(log2BinomialTail(5, 6)).toBe(-Infinity);
    expect(log2BinomialTail(5, -1)).toBe(0);
    expect(log2BinomialTail(0, 0)).toBe(0);
  });
});

describe('verdict', () => {
  it('proves ownership only when the chance falls strictly below 2⁻⁶⁴', () => {
    // 64 of 64 matches: P = 2⁻⁶⁴ exactly (to rounding), not below it; 65 of 65 is.
    const v64 = verdict(64, 64);
    expect(v64.log2PValue).toBeCloseTo(-64, 6);
    expect(v64.proven).toBe(false);
    expect(verdict(65, 65)).toEqual({
      watermarked: 65,
      matches: 65,
      log2PValue: expect.closeTo(-65, 6),
      proven: true,
      needed: 65,
      cannot: null,
    });
    expect(verdict(100, 50).proven).toBe(false);
  });

  it('proves nothing without watermarked queries', () => {
    expect(verdict(0, 0)).toEqual({
      watermarked: 0,
      matches: 0,
      log2PValue: 0,
      proven: false,
      needed: null,
      cannot: 'too-few-watermarked',
    });
  });

  it('says how many matches would prove it: the first k whose binomial tail falls below 2⁻⁶⁴', () => {
    for (const n of [65, 100, 200, 494]) {
      const k = matchesNeeded(n)!;
      expect(log2BinomialTail(n, k)).toBeLessThan(-64);
      expect(log2BinomialTail(n, k - 1)).toBeGreaterThanOrEqual(-64);
    }
    // At most 64 watermarked answers can never prove it: 64 of 64 is 2⁻⁶⁴ exactly.
    expect(matchesNeeded(64)).toBeNull();
    expect(verdict(40, 40).cannot).toBe('too-few-watermarked');
  });

  it('says a linear clone cannot hold the watermark, and says nothing of a clone that could', () => {
    expect(verdict(300, 4, { linearClone: true })).toMatchObject({ proven: false, cannot: 'clone-capacity' });
    expect(verdict(300, 4).cannot).toBeNull();
    expect(verdict(300, 300, { linearClone: true })).toMatchObject({ proven: true, cannot: null });
  });
});
