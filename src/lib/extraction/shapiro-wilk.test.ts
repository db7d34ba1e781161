/**
 * Shapiro–Wilk W (Royston's AS R94 coefficients) and the normal quantile. Expected values:
 * scipy.stats.shapiro and scipy.stats.norm.ppf, scipy 1.17.1 (scipy's swilk is also AS R94, so W
 * agrees to about 1e-9). The module computes W only; PRADA needs no p-value.
 */
import { describe, expect, it } from 'vitest';
import { normalQuantile, shapiroWilkW } from './shapiro-wilk';

const sorted = (a: number[]) => [...a].sort((x, y) => x - y);

describe('shapiroWilkW', () => {
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

  it('matches scipy to 1e-8 in each branch: n = 3 (exact), n = 4 and 5, n = 6', () => {
    expect(shapiroWilkW([1, 2, 4])).toBeCloseTo(0.9642857142857142, 12); // exact for n = 3: 27/28
    expect(shapiroWilkW([1, 2, 3, 10])).toBeCloseTo(0.8068856643251408, 8);
    expect(shapiroWilkW([1, 2, 4, 8, 16])).toBeCloseTo(0.876108811751035, 8);
    expect(shapiroWilkW([2.5, 3.1, 3.3, 4.0, 4.2, 7.9])).toBeCloseTo(0.7924300881345573, 8);
  });

  it('matches scipy on a two-valued sample (55 ones, 54 twos: W = 0.63636)', () => {
    const x = sorted([...Array<number>(55).fill(1), ...Array<number>(54).fill(2)]);
    expect(shapiroWilkW(x)).toBeCloseTo(0.6363642345719812, 8);
  });

  it('gives W = 1 for evenly spaced triples (the n = 3 maximum, to rounding)', () => {
    expect(shapiroWilkW([1, 2, 3])).toBeCloseTo(1, 12);
  });

  it('never reports W below 0.75 for n = 3 (its exact lower bound)', () => {
    expect(shapiroWilkW([0, 0, 1])).toBeCloseTo(0.75, 12);
    expect(shapiroWilkW([0, 1e-9, 1])).toBeGreaterThanOrEqual(0.75);
  });

  it('reads only x[from..to)', () => {
    expect(shapiroWilkW([100, 1, 2, 4, -5], 1, 4)).toBeCloseTo(0.9642857142857142, 12);
  });

  it('does not depend on location or scale', () => {
    const x = [2.5, 3.1, 3.3, 4.0, 4.2, 7.9];
    expect(shapiroWilkW(x.map((v) => 1000 + 0.01 * v))).toBeCloseTo(shapiroWilkW(x), 8);
  });

  it('is NaN for fewer than 3 values or constant data', () => {
    expect(shapiroWilkW([1, 2])).toBeNaN();
    expect(shapiroWilkW([3, 3, 3, 3])).toBeNaN();
  });

  it('is NaN for empty input, an empty range and data holding NaN', () => {
    expect(shapiroWilkW([])).toBeNaN();
    expect(shapiroWilkW([1, 2, 3, 4], 2, 2)).toBeNaN();
    expect(shapiroWilkW([1, 2, NaN, 4])).toBeNaN();
  });
});

describe('normalQuantile', () => {
  it('inverts the normal CDF (Φ⁻¹(0.975) = 1.959964)', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(NaN)).toBeNaN();
  });

  it("stays within Acklam's relative error of 1.2e-9 of scipy, in the central and both tail regions", () => {
    const scipy: [number, number][] = [
      [1e-10, -6.361340902404056],
      [0.001, -3.090232306167813],
      [0.01, -2.3263478740408408],
      [0.02425, -1.972961051311885],
      [0.1, -1.2815515655446004],
      [0.3, -0.5244005127080409],
      [0.7, 0.5244005127080407],
      [0.975, 1.959963984540054],
      [0.999, 3.090232306167813],
    ];
    for (const [p, q] of scipy) expect(Math.abs(normalQuantile(p) - q), `p = ${p}`).toBeLessThan(1.2e-9 * Math.abs(q));
  });

  it('is odd about ½: Φ⁻¹(1 − p) = −Φ⁻¹(p)', () => {
    for (const p of [1e-6, 0.01, 0.2, 0.4]) expect(normalQuantile(1 - p)).toBeCloseTo(-normalQuantile(p), 6);
  });

  it('is +∞ at 1 and NaN outside [0, 1]', () => {
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(-0.1)).toBeNaN();
    expect(normalQuantile(1.5)).toBeNaN();
  });
});
