import { describe, expect, it } from 'vitest';
import { alignRuns, alignSeries } from './align';
import type { ProgressPoint } from '../extraction/experiment';

// Expected values are worked by hand: the x axis is the sorted union of the xs, and each series
// has its y where it has that x and null elsewhere.

describe('alignSeries', () => {
  it('merges two series onto the union of their times, with gaps as null', () => {
    const questions = [
      [10, 30],
      [40, 60],
    ] as const;
    const models = [
      [20, 30],
      [55, 70],
    ] as const;
    expect(alignSeries(questions, models)).toEqual([
      [10, 20, 30],
      [40, null, 60],
      [null, 55, 70],
    ]);
  });

  it('sorts numerically, not as text (9 before 10), whatever order the input is in', () => {
    expect(
      alignSeries([
        [10, 9, 100],
        [1, 2, 3],
      ]),
    ).toEqual([
      [9, 10, 100],
      [2, 1, 3],
    ]);
  });

  it('gives an empty axis for empty series, and one empty y array per series', () => {
    expect(alignSeries([[], []], [[], []])).toEqual([[], [], []]);
    expect(alignSeries()).toEqual([[]]);
  });

  it('keeps the last y of a repeated x', () => {
    expect(
      alignSeries([
        [5, 5],
        [1, 2],
      ]),
    ).toEqual([[5], [2]]);
  });

  it('gives null where an x has no y (unequal lengths)', () => {
    expect(alignSeries([[1, 2, 3], [7]], [[2], [8]])).toEqual([
      [1, 2, 3],
      [7, null, null],
      [null, 8, null],
    ]);
  });

  it('keeps a y of 0 (a real score, not a gap)', () => {
    expect(alignSeries([[1], [0]], [[2], [0]])).toEqual([
      [1, 2],
      [0, null],
      [null, 0],
    ]);
  });
});

const point = (queries: number, balancedFidelity: number, fidelity = 0.5): ProgressPoint => ({
  queries,
  balancedFidelity,
  fidelity,
  fidelityUniform: 0,
  fidelityFraud: 0,
  accuracy: 0,
  auprc: 0,
  cost: 0,
  detected: false,
});

describe('alignRuns', () => {
  it('puts runs of different lengths on one queries axis, by the chosen measure', () => {
    const a = { points: [point(31, 1)] };
    const b = { points: [point(10, 0.5, 0.9), point(100, 0.75, 0.95)] };
    expect(alignRuns([a, b], 'balancedFidelity')).toEqual([
      [10, 31, 100],
      [null, 1, null],
      [0.5, null, 0.75],
    ]);
    expect(alignRuns([a, b], 'fidelity')).toEqual([
      [10, 31, 100],
      [null, 0.5, null],
      [0.9, null, 0.95],
    ]);
  });

  it('gives only the empty axis for no runs, and an empty series for a run with no points yet', () => {
    expect(alignRuns([], 'balancedFidelity')).toEqual([[]]);
    expect(alignRuns([{ points: [] }, { points: [point(5, 0.25)] }], 'balancedFidelity')).toEqual([
      [5],
      [null],
      [0.25],
    ]);
  });
});
