import { describe, expect, it } from 'vitest';
import { addRun, applyReply, cancelRun, endsRun, MAX_RUNS, startedRun, type Run } from './runs';
import { runExperiment, type ProgressPoint } from './experiment';

const point = (queries: number): ProgressPoint => ({
  queries,
  balancedFidelity: 0.5,
  fidelity: 0.5,
  fidelityUniform: 0.5,
  fidelityFraud: 0.5,
  accuracy: 0.5,
  auprc: 0.5,
  cost: queries * 0.001,
  detected: false,
});

describe('the simulator runs', () => {
  it('start with no points and status running', () => {
    expect(startedRun(3, 'logreg · equation-solving', { budget: 10 })).toEqual({
      id: 3,
      label: 'logreg · equation-solving',
      raw: { budget: 10 },
      points: [],
      fraction: 0,
      status: 'running',
    });
  });

  it(`keep the newest ${MAX_RUNS}: the seventh run pushes out the first`, () => {
    let runs: Run[] = [];
    for (let id = 1; id <= MAX_RUNS + 1; id++) runs = addRun(runs, startedRun(id, `run ${id}`, {}));
    expect(runs.map((r) => r.id)).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('add a point and the budget fraction on progress, to that run only', () => {
    const runs = [startedRun(1, 'a', {}), startedRun(2, 'b', {})];
    const after = applyReply(runs, { id: 2, type: 'progress', point: point(31), fraction: 0.031 });
    expect(after[0]).toBe(runs[0]);
    expect(after[1].points.map((p) => p.queries)).toEqual([31]);
    expect(after[1].fraction).toBe(0.031);
    expect(runs[1].points).toEqual([]); // the old list is not changed
  });

  it('take the result and its points when done, and the message on an error', () => {
    const result = runExperiment({}); // equation solving, 31 queries (experiment.test.ts)
    const runs = [{ ...startedRun(1, 'a', {}), points: [point(10)] }, startedRun(2, 'b', {})];
    const done = applyReply(runs, { id: 1, type: 'done', result });
    expect(done[0]).toMatchObject({ status: 'done', fraction: 1, result, points: result.points });
    const failed = applyReply(done, { id: 2, type: 'error', message: 'budget must be at least 1 query (got -5)' });
    expect(failed[1]).toMatchObject({ status: 'error', error: 'budget must be at least 1 query (got -5)' });
    expect(failed[0]).toBe(done[0]);
  });

  it('ignore a reply for a run that is no longer kept', () => {
    const runs = [startedRun(5, 'a', {})];
    expect(applyReply(runs, { id: 1, type: 'error', message: 'x' })).toEqual(runs);
  });

  it('keep their points when cancelled', () => {
    const runs = [{ ...startedRun(1, 'a', {}), points: [point(10), point(20)] }];
    expect(cancelRun(runs, 1)[0]).toMatchObject({ status: 'cancelled', points: runs[0].points });
    expect(cancelRun([], 1)).toEqual([]);
  });

  it('end with done or error, not with progress', () => {
    expect(endsRun({ id: 1, type: 'progress', point: point(1), fraction: 0 })).toBe(false);
    expect(endsRun({ id: 1, type: 'error', message: 'x' })).toBe(true);
    expect(endsRun({ id: 1, type: 'done', result: runExperiment({}) })).toBe(true);
  });
});
