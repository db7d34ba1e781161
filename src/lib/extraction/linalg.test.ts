/** Gaussian elimination and the affine least-squares fit, against systems worked by hand. */
import { describe, expect, it } from 'vitest';
import { fitAffine, solveSquare } from './linalg';

const f64 = (a: number[]) => Float64Array.from(a);

describe('solveSquare', () => {
  it('solves a square system and detects a singular one', () => {
    const x = solveSquare(Float64Array.from([2, 1, 1, 3]), Float64Array.from([3, 5]), 2)!;
    expect(x[0]).toBeCloseTo(0.8, 12);
    expect(x[1]).toBeCloseTo(1.4, 12);
    expect(solveSquare(Float64Array.from([1, 2, 2, 4]), Float64Array.from([1, 2]), 2)).toBeNull();
  });

  it('pivots past a zero on the diagonal (3×3 by hand: x = (1, 2, 3))', () => {
    // Rows: 0·1 + 2·2 + 1·3 = 7; 1 + 2 + 3 = 6; 2·1 + 1·2 + 0·3 = 4. Without row swaps a₀₀ = 0 divides.
    const a = f64([0, 2, 1, 1, 1, 1, 2, 1, 0]);
    const x = solveSquare(a, f64([7, 6, 4]), 3)!;
    expect(Array.from(x).map((v) => Number(v.toFixed(12)))).toEqual([1, 2, 3]);
  });

  it('leaves A and b unchanged (it works on copies)', () => {
    const a = f64([0, 2, 1, 1, 1, 1, 2, 1, 0]);
    const b = f64([7, 6, 4]);
    solveSquare(a, b, 3);
    expect(Array.from(a)).toEqual([0, 2, 1, 1, 1, 1, 2, 1, 0]);
    expect(Array.from(b)).toEqual([7, 6, 4]);
  });

  it('solves a 1×1 system', () => {
    expect(Array.from(solveSquare(f64([4]), f64([2]), 1)!)).toEqual([0.5]);
  });

  it('judges singularity relative to the largest entry, so scale does not matter', () => {
    const tiny = 1e-20;
    const x = solveSquare(f64([2 * tiny, tiny, tiny, 3 * tiny]), f64([3 * tiny, 5 * tiny]), 2)!;
    expect(x[0]).toBeCloseTo(0.8, 12);
    expect(x[1]).toBeCloseTo(1.4, 12);
    expect(solveSquare(f64([tiny, 2 * tiny, 2 * tiny, 4 * tiny]), f64([1, 2]), 2)).toBeNull();
    // Rows equal to within 1e-14 of the largest entry: below the 1e-12 pivot tolerance.
    expect(solveSquare(f64([1, 1, 1, 1 + 1e-14]), f64([1, 2]), 2)).toBeNull();
  });

  it('returns null for an all-zero matrix, an empty one and one holding NaN', () => {
    expect(solveSquare(f64([0, 0, 0, 0]), f64([1, 1]), 2)).toBeNull();
    expect(solveSquare(f64([]), f64([]), 0)).toBeNull();
    expect(solveSquare(f64([1, NaN, 0, 1]), f64([1, 1]), 2)).toBeNull();
  });

  it('a 3×3 rank-2 system (third row = first + second) is singular', () => {
    expect(solveSquare(f64([1, 2, 3, 4, 5, 6, 5, 7, 9]), f64([1, 2, 3]), 3)).toBeNull();
  });
});

describe('fitAffine', () => {
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

  it('gives the least-squares line through (0, 0), (1, 1), (2, 1): slope ½, intercept ⅙ (by hand)', () => {
    // x̄ = 1, ȳ = ⅔, Sxy = 1, Sxx = 2: slope 1/2, intercept ⅔ − ½ = ⅙. The 1e-9 ridge moves it by ~1e-9.
    const t = fitAffine([f64([0]), f64([1]), f64([2])], [0, 1, 1], 1)!;
    expect(t[0]).toBeCloseTo(0.5, 7);
    expect(t[1]).toBeCloseTo(1 / 6, 7);
  });

  it('reads only the first d entries of each row', () => {
    const rows = [f64([0, 99]), f64([1, -7])];
    const t = fitAffine(rows, [1, 3], 1)!;
    expect(t[0]).toBeCloseTo(2, 12);
    expect(t[1]).toBeCloseTo(1, 12);
  });

  it('returns null for d + 1 rows that are not affinely independent, and for no rows', () => {
    // Three collinear points in the plane: the exact system is singular.
    const rows = [f64([0, 0]), f64([1, 1]), f64([2, 2])];
    expect(fitAffine(rows, [0, 1, 2], 2)).toBeNull();
    expect(fitAffine([], [], 0)).toBeNull();
  });

  it('with more rows than unknowns the ridge keeps a rank-deficient fit finite', () => {
    // Four collinear points: the normal equations are singular without the 1e-9 ridge.
    const rows = [0, 1, 2, 3].map((v) => f64([v, v]));
    const t = fitAffine(rows, [1, 3, 5, 7], 2)!;
    expect(t).not.toBeNull();
    for (const v of t) expect(Number.isFinite(v)).toBe(true);
    // The fitted map still reproduces y = 2x + 1 along the line (w₀ + w₁ = 2).
    expect(t[0] + t[1]).toBeCloseTo(2, 5);
    expect(t[2]).toBeCloseTo(1, 5);
  });
});

describe('fitAffine with weights', () => {
  it('fits weighted least squares (hand-worked: a row weighted 0 is ignored)', () => {
    // y = 2x + 1 at x = 0, 1, 2, and an outlier at x = 3 with weight 0.
    const rows = [0, 1, 2, 3].map((x) => Float64Array.of(x));
    const theta = fitAffine(rows, [1, 3, 5, 100], 1, [1, 1, 1, 0])!;
    expect(theta[0]).toBeCloseTo(2, 6);
    expect(theta[1]).toBeCloseTo(1, 6);
    // With equal weights the outlier pulls the line: slope = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)² = 149.5 / 5 by hand.
    expect(fitAffine(rows, [1, 3, 5, 100], 1, [1, 1, 1, 1])![0]).toBeCloseTo(29.9, 6);
  });
});
