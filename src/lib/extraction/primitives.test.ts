import { describe, expect, it } from 'vitest';
import { Rng } from './random';
import { hex, hmacSha256, sha256, utf8 } from './sha256';
import { normalQuantile, shapiroWilkW } from './shapiro-wilk';
import { accuracy, agreement, auprc, balancedAgreement } from './metrics';
import { fitAffine, solveSquare } from './linalg';
import { isWatermarked, log2BinomialTail, WATERMARK_THRESHOLD } from './watermark';

describe('Rng', () => {
  it('repeats a stream from its seed and differs between seeds', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const c = new Rng(43);
    const sa = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(sa);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(sa);
  });
  it('draws standard normals (mean 0, variance 1 within 0.02 over 100,000 draws)', () => {
    const r = new Rng(7);
    let s = 0;
    let s2 = 0;
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      const v = r.normal();
      s += v;
      s2 += v * v;
    }
    expect(Math.abs(s / n)).toBeLessThan(0.02);
    expect(Math.abs(s2 / n - 1)).toBeLessThan(0.02);
  });
});

describe('SHA-256 and HMAC-SHA256', () => {
  // Expected digests: FIPS 180-4 examples and RFC 4231 test case 2.
  it('hashes the FIPS 180-4 examples', () => {
    expect(hex(sha256(utf8('')))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hex(sha256(utf8('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hex(sha256(utf8('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });
  it('computes RFC 4231 test cases 2 and 6 (key longer than a block)', () => {
    expect(hex(hmacSha256(utf8('Jefe'), utf8('what do ya want for nothing?')))).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
    const key = new Uint8Array(131).fill(0xaa);
    expect(hex(hmacSha256(key, utf8('Test Using Larger Than Block-Size Key - Hash Key First')))).toBe(
      '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
    );
  });
});

describe('watermark', () => {
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
  it('gives binomial tails: P(Bin(10, ½) ≥ 10) = 2⁻¹⁰, ≥ 0 is certain', () => {
    expect(log2BinomialTail(10, 10)).toBeCloseTo(-10, 6);
    expect(log2BinomialTail(10, 0)).toBe(0);
    expect(log2BinomialTail(2, 1)).toBeCloseTo(Math.log2(0.75), 6);
  });
});

describe('Shapiro–Wilk W', () => {
  // Expected values: scipy.stats.shapiro 1.17.1.
  it('matches scipy on small samples', () => {
    expect(shapiroWilkW([148, 154, 158, 160, 161, 162, 166, 170, 182, 195, 236])).toBeCloseTo(0.78881, 3);
    const x = [2.1, 3.4, 1.9, 5.6, 4.4, 3.3, 2.8, 3.9, 4.1, 3.0, 2.2, 5.0, 4.7, 3.6, 2.9].sort((a, b) => a - b);
    expect(shapiroWilkW(x)).toBeCloseTo(0.9736, 3);
  });
  it('matches scipy on a skewed sample of 200 (i², W = 0.8955)', () => {
    const e = Array.from({ length: 200 }, (_, i) => (i + 1) ** 2);
    expect(shapiroWilkW(e)).toBeCloseTo(0.89551, 3);
  });
  it('is NaN for fewer than 3 values or constant data', () => {
    expect(shapiroWilkW([1, 2])).toBeNaN();
    expect(shapiroWilkW([3, 3, 3, 3])).toBeNaN();
  });
  it('inverts the normal CDF (Φ⁻¹(0.975) = 1.959964)', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(NaN)).toBeNaN();
  });
});

describe('metrics', () => {
  it('computes average precision with ties as scikit-learn does', () => {
    // By hand: thresholds 0.9 (P 1, R ⅓), 0.5 (P ⅔, R ⅔), 0.3 (P ¾, R 1) → ⅓(1 + ⅔ + ¾).
    expect(auprc([0.1, 0.9, 0.5, 0.5, 0.3, 0.2], [0, 1, 0, 1, 1, 0])).toBeCloseTo((1 + 2 / 3 + 3 / 4) / 3, 12);
    expect(auprc([0.2, 0.4], [0, 0])).toBeNaN();
  });
  it('shows the trap: an always-legitimate clone agrees on 99.8 % but balances to 0.5', () => {
    const victim = Array.from({ length: 1000 }, (_, i) => (i < 2 ? 0.9 : 0.1));
    const clone = new Array(1000).fill(0);
    expect(agreement(victim, clone)).toBeCloseTo(0.998, 12);
    expect(balancedAgreement(victim, clone)).toBeCloseTo(0.5, 12);
    expect(accuracy([0.9, 0.1], [1, 1])).toBe(0.5);
    expect(agreement([], [])).toBeNaN();
  });
});

describe('linear algebra', () => {
  it('solves a square system and detects a singular one', () => {
    const x = solveSquare(Float64Array.from([2, 1, 1, 3]), Float64Array.from([3, 5]), 2)!;
    expect(x[0]).toBeCloseTo(0.8, 12);
    expect(x[1]).toBeCloseTo(1.4, 12);
    expect(solveSquare(Float64Array.from([1, 2, 2, 4]), Float64Array.from([1, 2]), 2)).toBeNull();
  });
  it('fits an affine map exactly from d + 1 rows and by least squares from more', () => {
    const rows = [
      [0, 0],
      [1, 0],
      [0, 1],
      [1, 1],
    ].map((r) => Float64Array.from(r));
    const y = rows.map((r) => 2 * r[0] - 3 * r[1] + 0.5);
    const exact = fitAffine(rows.slice(0, 3), y.slice(0, 3), 2)!;
    const ls = fitAffine(rows, y, 2)!;
    for (const t of [exact, ls]) {
      expect(t[0]).toBeCloseTo(2, 6);
      expect(t[1]).toBeCloseTo(-3, 6);
      expect(t[2]).toBeCloseTo(0.5, 6);
    }
    expect(fitAffine(rows.slice(0, 2), y.slice(0, 2), 2)).toBeNull();
  });
});
