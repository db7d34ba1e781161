/**
 * PRADA's rule as Juuti et al. (EuroS&P 2019) describe it and extraction.md summarises it: per
 * class c, a query farther than T_c from every member of G_c joins G_c, and T_c = max(T_c,
 * mean − std of the members' distances); every 10 queries the distance lists of classes with at
 * least 10 entries are pooled, values beyond 3σ dropped, and with more than 100 left an alarm is
 * raised when Shapiro–Wilk W < δ.
 *
 * The oracle is a one-dimensional probe worked by hand: queries 0, 1, 2, … in one class. Query 1
 * joins (distance 1 > T = 0) and T becomes 1; query 2 is at distance 1, not beyond T, so it stays
 * out; query 3 is at distance 2 from member 1 and joins, and so on. T stays below 2, so the
 * distances are 1 (query 1 and every even query) and 2 (every odd query from 3): a two-valued
 * sample, far from normal. Its W was computed with scipy.stats.shapiro 1.17.1.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_DELTA, Prada } from './prada';
import { Rng } from './random';

/** Feeds the 1-D probe x = from, from + 1, …, from + count − 1 in class c. */
function probe(p: Prada, count: number, c: 0 | 1 = 0, from = 0): boolean[] {
  return Array.from({ length: count }, (_, k) => p.observe(Float64Array.of(from + k), c));
}

/** scipy W of 55 ones and 54 twos (queries 1 to 109 of the probe). */
const W_55_54 = 0.6363642345719812;

describe('Prada', () => {
  it('uses δ = 0.9 by default', () => {
    expect(DEFAULT_DELTA).toBe(0.9);
    expect(new Prada(2).delta).toBe(0.9);
    expect(new Prada(2, 0.95).delta).toBe(0.95);
  });

  it('computes no W until more than 100 distances are pooled (queries 1–109 give 109 at query 110)', () => {
    const p = new Prada(1);
    probe(p, 100);
    // 100 queries give 99 distances (the first query has none): not enough.
    expect(p.status()).toEqual({ queries: 100, alarmAt: null, lastW: null });
    probe(p, 9, 0, 100);
    expect(p.lastW).toBeNull(); // 109 queries: no test between multiples of 10
    probe(p, 1, 0, 109);
    expect(p.lastW).toBeCloseTo(W_55_54, 8);
  });

  it('raises the alarm at the first test with W < δ, and observe reports it from then on', () => {
    const p = new Prada(1);
    const answers = probe(p, 130);
    expect(answers.indexOf(true)).toBe(109); // the 110th query
    expect(answers.slice(109).every(Boolean)).toBe(true);
    expect(p.status()).toEqual({ queries: 130, alarmAt: 110, lastW: expect.closeTo(W_55_54, 8) });
  });

  it('stays silent when W is above δ, but still reports W', () => {
    const p = new Prada(1, 0.5);
    expect(probe(p, 130).some(Boolean)).toBe(false);
    expect(p.alarmAt).toBeNull();
    expect(p.lastW).toBeGreaterThan(0.5);
  });

  it('gives the same W for the probe scaled by 10 (T_c and the distances scale together)', () => {
    const p = new Prada(1);
    for (let k = 0; k < 110; k++) p.observe(Float64Array.of(10 * k), 0);
    expect(p.lastW).toBeCloseTo(W_55_54, 8);
  });

  it('drops distances beyond 3σ before the test', () => {
    // Queries 0–108, then one a million away: its distance is far beyond 3σ and is dropped,
    // leaving 55 ones and 53 twos (scipy W = 0.6362706). Kept, it would drive W towards 0.
    const p = new Prada(1);
    probe(p, 109);
    p.observe(Float64Array.of(1e6), 0);
    expect(p.lastW).toBeCloseTo(0.6362705755440367, 8);
  });

  it('pools the classes that have at least 10 distances', () => {
    // Alternating classes on two probes far apart: at query 110 each class has 54 distances
    // (28 ones, 26 twos); pooled, 56 ones and 52 twos (scipy W = 0.6358962).
    const p = new Prada(1);
    for (let k = 0; k < 55; k++) {
      p.observe(Float64Array.of(k), 0);
      p.observe(Float64Array.of(1000 + k), 1);
    }
    expect(p.status()).toEqual({ queries: 110, alarmAt: 110, lastW: expect.closeTo(0.6358962470194236, 8) });
  });

  it('leaves out a class with fewer than 10 distances', () => {
    // Ten class-1 queries (9 distances of the same 1–2 pattern) first, then the class-0 probe.
    // Pooled, 99 + 9 = 108 values would be tested at query 110; without them, 99 are too few.
    const p = new Prada(1);
    probe(p, 10, 1, 1000);
    probe(p, 100, 0);
    expect(p.status()).toEqual({ queries: 110, alarmAt: null, lastW: null });
    probe(p, 10, 0, 100);
    expect(p.lastW).toBeCloseTo(W_55_54, 8);
  });

  it('stays silent on natural traffic: 3,000 Gaussian queries in 30 dimensions give W near 1', () => {
    const p = new Prada(30);
    const r = new Rng(3);
    for (let i = 0; i < 3000; i++) {
      const x = Float64Array.from({ length: 30 }, () => r.normal());
      expect(p.observe(x, r.next() < 0.3 ? 1 : 0)).toBe(false);
    }
    expect(p.alarmAt).toBeNull();
    expect(p.lastW).toBeGreaterThan(0.99);
  });

  it('compares only the first d values of a query', () => {
    const a = new Prada(1);
    const b = new Prada(1);
    for (let k = 0; k < 110; k++) {
      a.observe(Float64Array.of(k), 0);
      b.observe(Float64Array.of(k, Math.sin(k) * 100), 0);
    }
    expect(b.status()).toEqual(a.status());
  });
});
