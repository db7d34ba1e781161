/** Whether the learner's prediction in a guided step was borne out by the run. Pure. */
import type { ExperimentResult } from './experiment';
import { correctPredictions, type GuidedStep } from './guided';

export interface Verdict {
  right: boolean;
  text: string;
}

/** Right when the chosen prediction holds; otherwise names the first prediction that does. */
export function predictionVerdict(step: GuidedStep, result: ExperimentResult, choice: string | undefined): Verdict {
  const holding = correctPredictions(step, result);
  if (choice !== undefined && holding.includes(choice)) return { right: true, text: 'Your prediction was right.' };
  const borne = step.predictions.find((p) => holding.includes(p.id))?.text ?? 'none of the options';
  return { right: false, text: `Not this time: the numbers bear out “${borne}”.` };
}
