import { describe, expect, it } from 'vitest';
import { GUIDED_STEPS, correctPredictions } from './guided';
import { runExperiment } from './experiment';

describe('guided sequence', () => {
  it('has the five steps in the scenario order', () => {
    expect(GUIDED_STEPS.map((s) => s.id)).toEqual(['no-defence', 'labels', 'rounding', 'reverse-sigmoid', 'detector']);
  });
  // The expected outcomes are those of experiment.test.ts at seed 1; each run bears out exactly one prediction.
  const expected: Record<string, string> = {
    'no-defence': 'd1',
    labels: 'more',
    rounding: 'degraded',
    'reverse-sigmoid': 'worse',
    detector: 'early',
  };
  for (const step of GUIDED_STEPS) {
    it(`${step.id}: the run decides the right prediction and the explanation quotes its numbers`, () => {
      const r = runExperiment(step.settings);
      expect(correctPredictions(step, r)).toEqual([expected[step.id]]);
      expect(step.explain(r)).toContain(String(step.id === 'detector' ? r.detectedAtQuery : r.queries));
    });
  }
});
