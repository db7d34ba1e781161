import { describe, expect, it } from 'vitest';
import { dequantise, parseBank, quantise, serialiseBank } from './bank';
import { dot, normalise } from './embedder';
import { testBank } from './testing';

describe('the claim bank', () => {
  it('holds every concept claim (with the label first) and every misconception, with polarity', async () => {
    const bank = await testBank();
    const [q] = bank.questions;
    expect(q.concepts.map((c) => c.claims.length)).toEqual([4, 4]);
    expect(q.concepts[0].claims[0].text).toBe('Query logs');
    expect(q.misconceptions.map((m) => m.cap)).toEqual([1, 2]);
  });

  it('quantises to int8 with cosines within 0.01 of the originals', () => {
    const v = normalise(Float32Array.from({ length: 512 }, (_, i) => Math.sin(i * 1.7) + Math.cos(i * 0.3)));
    const w = normalise(Float32Array.from({ length: 512 }, (_, i) => Math.sin(i * 0.7)));
    const q = quantise(v);
    const back = dequantise(q.scale, q.data);
    expect(Math.abs(dot(back, w) - dot(v, w))).toBeLessThan(0.01);
    expect(dot(back, v)).toBeGreaterThan(0.999);
  });

  it('survives its own file format, vector for vector', async () => {
    const bank = await testBank();
    const again = parseBank(JSON.parse(serialiseBank(bank)));
    expect(again.questions[0].concepts[1].claims[2].text).toBe(bank.questions[0].concepts[1].claims[2].text);
    expect(Array.from(again.questions[0].concepts[0].claims[1].vec)).toEqual(
      Array.from(bank.questions[0].concepts[0].claims[1].vec),
    );
  });

  it('refuses a file of another format or with a short vector', async () => {
    const file = JSON.parse(serialiseBank(await testBank()));
    expect(() => parseBank({ ...file, format: 'other/1' })).toThrow();
    file.questions[0].concepts[0].claims[0].vec = btoa('abc');
    expect(() => parseBank(file)).toThrow(/has 3 values, not 512/);
  });
});
