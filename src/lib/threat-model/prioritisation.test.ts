import { describe, expect, it } from 'vitest';
import { prioritisation } from './prioritisation';

const expectClose = (a: number, b: number, tol: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(tol);

describe('prioritisation', () => {
  it('counts pair agreement as worked by hand, with no credit for a tie', () => {
    // Reference risks 16, 12, 4 give three pairs: (0,1), (0,2), (1,2). The assigned learner threats
    // are rated 20, 9 and 9: the first two pairs in the reference's order (1 each), the last a tie (0).
    const r = prioritisation([16, 12, 4], [20, 9, 9], 0.42);
    expect(r.pairs).toEqual([
      { higher: 0, lower: 1, credit: 1, learnerHigher: 20, learnerLower: 9 },
      { higher: 0, lower: 2, credit: 1, learnerHigher: 20, learnerLower: 9 },
      { higher: 1, lower: 2, credit: 0, learnerHigher: 9, learnerLower: 9 },
    ]);
    expectClose(r.value, 2 / 3, 1e-12);
  });

  it('gives 1 for the reference order, 0 for the reverse, 0 for everything rated alike', () => {
    expect(prioritisation([16, 12, 4], [16, 12, 4], 0).value).toBe(1);
    expect(prioritisation([16, 12, 4], [4, 12, 16], 1).value).toBe(0);
    expect(prioritisation([16, 12, 4], [25, 25, 25], 1).value).toBe(0);
  });

  it('names the riskier reference threat as higher, whatever the order of the list', () => {
    const r = prioritisation([4, 16], [2, 25], 0);
    expect(r.pairs).toEqual([{ higher: 1, lower: 0, credit: 1, learnerHigher: 25, learnerLower: 2 }]);
  });

  it('gives a missed threat no credit, and reports the risks that were found', () => {
    const r = prioritisation([16, 12, 4], [20, null, 9], 0);
    expect(r.pairs).toEqual([
      { higher: 0, lower: 1, credit: 0, learnerHigher: 20, learnerLower: null },
      { higher: 0, lower: 2, credit: 1, learnerHigher: 20, learnerLower: 9 },
      { higher: 1, lower: 2, credit: 0, learnerHigher: null, learnerLower: 9 },
    ]);
    expectClose(r.value, 1 / 3, 1e-12);
  });

  it('skips reference pairs of equal risk', () => {
    // Risks 12, 12, 4: only (0,2) and (1,2) can be judged.
    const r = prioritisation([12, 12, 4], [1, 25, 9], 0);
    expect(r.pairs.map((p) => [p.higher, p.lower, p.credit])).toEqual([
      [0, 2, 0],
      [1, 2, 1],
    ]);
    expect(r.value).toBe(0.5);
  });

  it('falls back when no pair can be judged: empty, one threat, or all equally risky', () => {
    expect(prioritisation([], [], 0.7)).toEqual({ value: 0.7, pairs: [] });
    expect(prioritisation([9], [9], 0.3)).toEqual({ value: 0.3, pairs: [] });
    expect(prioritisation([6, 6, 6], [1, 25, 9], 0.25)).toEqual({ value: 0.25, pairs: [] });
  });

  it('gives a learner risk that is not a number no credit', () => {
    // NaN is neither greater than nor equal to anything.
    const r = prioritisation([16, 4], [Number.NaN, 9], 0);
    expect(r.pairs[0]!.credit).toBe(0);
    expect(r.value).toBe(0);
  });
});
