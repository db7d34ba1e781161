import { describe, expect, it } from 'vitest';
import { expectedGrade, fitOrdinal, negLogLikelihood, probabilities, type OrdinalModel } from './ordinal';

/** A seeded generator (mulberry32), so the simulated data set is the same on every run. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws from the model itself: the oracle is recovery of the parameters that generated the data. */
function simulate(truth: OrdinalModel, n: number, seed: number) {
  const r = rng(seed);
  const X: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = [r() * 2 - 1, r() * 2 - 1];
    const p = probabilities(truth, x);
    let u = r();
    let k = 0;
    while (k < p.length - 1 && u > p[k]) u -= p[k++];
    X.push(x);
    y.push(k);
  }
  return { X, y };
}

const truth: OrdinalModel = {
  classes: 4,
  features: ['a', 'b'],
  mean: [0, 0],
  scale: [1, 1],
  weights: [3, -1.5],
  cuts: [-1.5, 0, 1.5],
};

describe('proportional-odds ordinal regression', () => {
  it('gives probabilities that sum to one and rise with the linear predictor', () => {
    const p = probabilities(truth, [0.2, 0.1]);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(expectedGrade(truth, [1, 0])).toBeGreaterThan(expectedGrade(truth, [0, 0]));
    expect(expectedGrade(truth, [0, 1])).toBeLessThan(expectedGrade(truth, [0, 0]));
  });

  it('recovers the weights and cut points that generated 4,000 rows', () => {
    const { X, y } = simulate(truth, 4000, 7);
    const fit = fitOrdinal(X, y, ['a', 'b'], 4, { l2: 0, iterations: 1500 });
    // Standardised weights: divide by the features' spread to compare with the truth.
    const w = fit.weights.map((v, j) => v / fit.scale[j]);
    expect(w[0]).toBeCloseTo(3, 0);
    expect(w[1]).toBeCloseTo(-1.5, 0);
    const shift = fit.weights.reduce((s, v, j) => s + (v * fit.mean[j]) / fit.scale[j], 0);
    fit.cuts.forEach((c, k) => expect(c + shift).toBeCloseTo(truth.cuts[k], 0));
    // The fit is at least as likely as the truth on the data it saw.
    expect(negLogLikelihood(fit, X, y)).toBeLessThanOrEqual(negLogLikelihood(truth, X, y) + 1e-3);
  });

  it('keeps its cut points ordered and shrinks weights under a strong penalty', () => {
    const { X, y } = simulate(truth, 500, 3);
    const loose = fitOrdinal(X, y, ['a', 'b'], 4, { l2: 0, iterations: 800 });
    const tight = fitOrdinal(X, y, ['a', 'b'], 4, { l2: 1, iterations: 800 });
    for (const m of [loose, tight])
      for (let k = 1; k < m.cuts.length; k++) expect(m.cuts[k]).toBeGreaterThan(m.cuts[k - 1]);
    expect(Math.abs(tight.weights[0])).toBeLessThan(Math.abs(loose.weights[0]) / 2);
  });

  it('refuses grades outside the scale', () => {
    expect(() => fitOrdinal([[0]], [5], ['a'], 5)).toThrow(/grades must be 0…4/);
    expect(() => fitOrdinal([], [], ['a'], 5)).toThrow(/at least one row/);
  });
});
