/**
 * The helpers every attack shares: the retraining schedule (Tramèr et al. 2016 report budgets
 * α(d + 1); the schedule uses α = 1, 2, 3, 5, 10, 20, …), the growing query set and uniform
 * probing. Schedules are worked by hand for d = 30 (d + 1 = 31).
 */
import { describe, expect, it } from 'vitest';
import { Rng } from '../random';
import { QuerySet, schedule, uniformPoint, type AttackContext, keepsDecisions, trainingTarget } from './context';

describe('schedule', () => {
  it('checkpoints at 1, 2, 3, 5, 10, 20, 30, 50 … times d + 1, then the budget', () => {
    expect(schedule(1000, 30)).toEqual([31, 62, 93, 155, 310, 620, 930, 1000]);
    expect(schedule(5000, 30)).toEqual([31, 62, 93, 155, 310, 620, 930, 1550, 3100, 5000]);
  });

  it('ends with the budget exactly once, even when it falls on a checkpoint', () => {
    expect(schedule(310, 30)).toEqual([31, 62, 93, 155, 310]);
    expect(schedule(31, 30)).toEqual([31]);
  });

  it('is just the budget when it is below d + 1', () => {
    expect(schedule(10, 30)).toEqual([10]);
    expect(schedule(1, 0)).toEqual([1]);
  });
});

describe('QuerySet', () => {
  it('keeps the first d values of each query and its answer, growing past 256 rows', () => {
    const qs = new QuerySet(2);
    for (let i = 0; i < 300; i++) qs.push(Float64Array.of(i, -i, 99), i / 300);
    expect(qs.n).toBe(300);
    expect(qs.y).toHaveLength(300);
    expect(qs.x.length).toBeGreaterThanOrEqual(600);
    expect(Array.from(qs.row(0))).toEqual([0, -0]);
    expect(Array.from(qs.row(299))).toEqual([299, -299]);
    expect(qs.y[150]).toBe(0.5);
  });

  it('copies each query, so the caller may reuse its buffer', () => {
    const qs = new QuerySet(2);
    const buf = Float64Array.of(1, 2);
    qs.push(buf, 0.1);
    buf[0] = 7;
    qs.push(buf, 0.2);
    expect(Array.from(qs.x.subarray(0, 4))).toEqual([1, 2, 7, 2]);
  });
});

describe('uniformPoint', () => {
  const ctx = (seed: number): AttackContext => ({
    d: 5,
    box: 4,
    hidden: 0,
    budget: 10,
    rng: new Rng(seed),
    ask: () => null,
    spent: () => 0,
    note: () => {},
  });

  it('draws each feature uniformly from [−box, box), reproducibly from the seed', () => {
    const c = ctx(1);
    const values: number[] = [];
    for (let i = 0; i < 2000; i++) values.push(...uniformPoint(c));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(-4);
    expect(Math.max(...values)).toBeLessThan(4);
    expect(Math.abs(values.reduce((s, v) => s + v, 0) / values.length)).toBeLessThan(0.08); // se 0.023
    expect(Array.from(uniformPoint(ctx(2)))).toEqual(Array.from(uniformPoint(ctx(2))));
  });

  it('writes into the buffer it is given', () => {
    const out = new Float64Array(5);
    expect(uniformPoint(ctx(3), out)).toBe(out);
    expect(out.some((v) => v !== 0)).toBe(true);
  });
});

describe('defence-aware targets (issue 14, item 3)', () => {
  it('knows which defences keep every decision', () => {
    expect(keepsDecisions([{ kind: 'reverse-sigmoid' }])).toBe(true);
    expect(keepsDecisions([{ kind: 'reverse-sigmoid' }, { kind: 'round' }])).toBe(true);
    expect(keepsDecisions([{ kind: 'reverse-sigmoid' }, { kind: 'noise' }])).toBe(false);
    expect(keepsDecisions([{ kind: 'round' }])).toBe(false);
    expect(keepsDecisions([])).toBe(false);
  });
  it('trains on the decision under such a defence, on the probability otherwise', () => {
    expect(trainingTarget({ labelPreserving: true }, 0.73)).toBe(1);
    expect(trainingTarget({ labelPreserving: true }, 0.2)).toBe(0);
    expect(trainingTarget({ labelPreserving: false }, 0.73)).toBe(0.73);
    expect(trainingTarget({}, 0.73)).toBe(0.73);
  });
});
