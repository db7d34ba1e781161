import { describe, expect, it } from 'vitest';
import { predictionVerdict } from './prediction';
import { GUIDED_STEPS, type GuidedStep } from './guided';
import { runExperiment } from './experiment';

// The first guided step without a defence: equation solving needs exactly d + 1 = 31 queries for
// a perfect clone (Tramèr et al. 2016; experiment.test.ts checks the run), so "d1" holds.
const step = GUIDED_STEPS[0];
const result = runExperiment(step.settings);

describe('the verdict on a prediction', () => {
  it('is right for the prediction the numbers bear out', () => {
    expect(predictionVerdict(step, result, 'd1')).toEqual({ right: true, text: 'Your prediction was right.' });
  });

  it('names the prediction that held when the choice was wrong, or when nothing was chosen', () => {
    const wrong = {
      right: false,
      text: 'Not this time: the numbers bear out “31 queries: one per unknown (30 weights and a bias)”.',
    };
    expect(predictionVerdict(step, result, 'hundreds')).toEqual(wrong);
    expect(predictionVerdict(step, result, undefined)).toEqual(wrong);
  });

  it('says "none of the options" when no prediction holds', () => {
    const none: GuidedStep = { ...step, predictions: step.predictions.map((p) => ({ ...p, holds: () => false })) };
    expect(predictionVerdict(none, result, 'd1')).toEqual({
      right: false,
      text: 'Not this time: the numbers bear out “none of the options”.',
    });
  });
});
