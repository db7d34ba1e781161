import { describe, expect, it } from 'vitest';
import { byRisk, riskBand, riskMatrix, riskOf } from './risk';

describe('riskOf', () => {
  it('is likelihood × impact', () => {
    expect(riskOf({ likelihood: 4, impact: 4 })).toBe(16);
    expect(riskOf({ likelihood: 3, impact: 5 })).toBe(15);
    expect(riskOf({ likelihood: 1, impact: 1 })).toBe(1);
  });
});

describe('riskBand', () => {
  it('bands 1–25 into Low (<8), Medium (8–14) and High (≥15)', () => {
    expect([1, 7, 8, 14, 15, 25].map(riskBand)).toEqual(['Low', 'Low', 'Medium', 'Medium', 'High', 'High']);
  });

  it('splits the 25 cells of a 5 × 5 matrix into 12 Low, 7 Medium and 6 High', () => {
    // By hand: High is 3×5, 5×3, 4×4, 4×5, 5×4, 5×5; Medium is 2×4, 4×2, 3×3, 2×5, 5×2, 3×4, 4×3.
    const counts = { Low: 0, Medium: 0, High: 0 };
    for (let l = 1; l <= 5; l++) for (let i = 1; i <= 5; i++) counts[riskBand(l * i)]++;
    expect(counts).toEqual({ Low: 12, Medium: 7, High: 6 });
  });

  it('puts a risk that is not a number in the Low band', () => {
    expect(riskBand(Number.NaN)).toBe('Low');
  });
});

describe('riskMatrix', () => {
  it('places threats in the 5 × 5 matrix, likelihood 5 on the top row', () => {
    const m = riskMatrix([
      { likelihood: 5, impact: 1 },
      { likelihood: 1, impact: 5 },
      { likelihood: 9, impact: 1 },
    ]);
    expect(m[0][0]).toMatchObject({ likelihood: 5, impact: 1, threats: [0] });
    expect(m[4][4]).toMatchObject({ likelihood: 1, impact: 5, threats: [1] });
    expect(m.flat().reduce((n, c) => n + c.threats.length, 0)).toBe(2);
  });

  it('draws rows from likelihood 5 down to 1 and columns from impact 1 to 5, each with its band', () => {
    const m = riskMatrix([]);
    expect(m.map((row) => row[0].likelihood)).toEqual([5, 4, 3, 2, 1]);
    expect(m[0].map((c) => c.impact)).toEqual([1, 2, 3, 4, 5]);
    // Top row, likelihood 5: risks 5, 10, 15, 20, 25.
    expect(m[0].map((c) => c.band)).toEqual(['Low', 'Medium', 'High', 'High', 'High']);
    // Bottom row, likelihood 1: risks 1 to 5.
    expect(m[4].map((c) => c.band)).toEqual(['Low', 'Low', 'Low', 'Low', 'Low']);
    expect(m.flat().every((c) => c.threats.length === 0)).toBe(true);
  });

  it('keeps threats of one cell in model order', () => {
    const m = riskMatrix([
      { likelihood: 3, impact: 4 },
      { likelihood: 1, impact: 1 },
      { likelihood: 3, impact: 4 },
    ]);
    expect(m[2][3].threats).toEqual([0, 2]);
    expect(m[4][0].threats).toEqual([1]);
  });

  it('leaves out ratings outside 1–5 or not whole', () => {
    const m = riskMatrix([
      { likelihood: 0, impact: 3 },
      { likelihood: 3, impact: 6 },
      { likelihood: 2.5, impact: 2 },
      { likelihood: Number.NaN, impact: 2 },
      { likelihood: 2, impact: 2 },
    ]);
    expect(m.flat().flatMap((c) => c.threats)).toEqual([4]);
  });
});

describe('byRisk', () => {
  it('orders by risk with stable ties', () => {
    expect(
      byRisk([
        { likelihood: 2, impact: 2 },
        { likelihood: 4, impact: 4 },
        { likelihood: 1, impact: 4 },
      ]),
    ).toEqual([1, 0, 2]);
  });

  it('orders by the product, not by either rating', () => {
    // Risks 5 (5 × 1), 6 (2 × 3), 4 (4 × 1), 6 (3 × 2): 6, 6, 5, 4, ties in model order.
    expect(
      byRisk([
        { likelihood: 5, impact: 1 },
        { likelihood: 2, impact: 3 },
        { likelihood: 4, impact: 1 },
        { likelihood: 3, impact: 2 },
      ]),
    ).toEqual([1, 3, 0, 2]);
  });

  it('returns nothing for an empty model', () => {
    expect(byRisk([])).toEqual([]);
  });
});
