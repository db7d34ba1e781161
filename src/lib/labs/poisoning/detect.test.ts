/**
 * The detectors on synthetic representations whose poison is known. Oracles: principal components
 * of data with a known covariance (the largest-variance axis first), and a class made of a clean
 * Gaussian cloud plus a shifted 15 % cluster that both detectors must find.
 */
import { describe, expect, it } from 'vitest';
import { Rng } from '../../extraction/random';
import { activationClustering, detectionScores, principalCoordinates, spectralSignature } from './detect';

function cloud(n: number, d: number, rng: Rng, scale: (j: number) => number) {
  const f = new Float32Array(n * d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) f[i * d + j] = rng.normal() * scale(j);
  return f;
}

describe('principalCoordinates', () => {
  it('orders the components by variance and recovers their spread', () => {
    const d = 40;
    const n = 2000;
    // Standard deviations 10, 5 and 2 on axes 3, 17 and 30; 0.5 elsewhere.
    const sd = (j: number) => (j === 3 ? 10 : j === 17 ? 5 : j === 30 ? 2 : 0.5);
    const f = cloud(n, d, new Rng(1), sd);
    const coords = principalCoordinates({ features: f, d, rows: [...Array(n).keys()] }, 3, new Rng(2));
    const std = (c: number) => Math.sqrt(coords.reduce((a, v) => a + v[c] ** 2, 0) / n);
    expect(std(0)).toBeCloseTo(10, 0);
    expect(std(1)).toBeCloseTo(5, 0);
    expect(std(2)).toBeGreaterThan(1.7);
    expect(std(2)).toBeLessThan(2.3);
    // The first coordinate is the axis-3 value (up to sign).
    const corr = coords.reduce((a, v, i) => a + v[0] * f[i * d + 3], 0) / n / (std(0) * 10);
    expect(Math.abs(corr)).toBeGreaterThan(0.98);
  });
});

describe('the detectors on a poisoned class', () => {
  const d = 30;
  const clean = 850;
  const poison = 150;
  const rng = new Rng(3);
  const features = cloud(clean + poison, d, rng, () => 1);
  // Poison rows are shifted by 6 along a direction that mixes every axis.
  for (let i = clean; i < clean + poison; i++) for (let j = 0; j < d; j++) features[i * d + j] += 6 / Math.sqrt(d);
  // A second, clean class of the same shape with no poison.
  const other = cloud(1000, d, rng, () => 1);
  const all = new Float32Array(features.length + other.length);
  all.set(features);
  all.set(other, features.length);
  const labels = Uint8Array.from({ length: 2000 }, (_, i) => (i < 1000 ? 4 : 2));
  const poisoned = Uint8Array.from({ length: 2000 }, (_, i) => (i >= clean && i < 1000 ? 1 : 0));

  it('activation clustering flags the small cluster of the poisoned class only', () => {
    const found = activationClustering(all, d, labels, new Rng(4));
    const s = detectionScores(found.flagged, poisoned);
    expect(s.recall).toBeGreaterThan(0.95);
    expect(s.precision).toBeGreaterThan(0.95);
    expect(found.classes.find((c) => c.label === 2)!.flagged).toBe(0);
  });

  it('spectral signatures remove 1.5 × the expected share of each class, the poison first', () => {
    const found = spectralSignature(all, d, labels, 0.15, new Rng(5));
    const s = detectionScores(found.flagged, poisoned);
    expect(found.classes.map((c) => c.flagged)).toEqual([225, 225]);
    expect(s.recall).toBeGreaterThan(0.95);
  });

  it('reports precision and recall as undefined (null) when nothing is flagged or nothing was poisoned', () => {
    expect(detectionScores([0, 0, 0], [0, 1, 0])).toEqual({ precision: null, recall: 0, flagged: 0 });
    expect(detectionScores([1, 0, 0], [0, 0, 0])).toEqual({ precision: 0, recall: null, flagged: 1 });
  });
});
