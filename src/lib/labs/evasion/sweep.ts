/**
 * Accuracy against ε: the same attack, images and seed at several budgets, one evasion run per ε.
 * Adversarial accuracy falls as ε grows (Goodfellow, Shlens and Szegedy, ICLR 2015), and at ε = 0
 * it equals the clean accuracy; the page plots the points as they come.
 */
import type { ImageSet } from '../data';
import { runSweep, type SweepHooks } from '../sweep';
import type { Classifier } from './classifier';
import { ATTACK_BATCH, runEvasion } from './run';
import type { EvasionSettings } from './settings';
import type { SweepPoint } from './sweep-settings';

/** Each point's share of the progress: its gradient steps (batches × steps). */
const steps = (s: EvasionSettings) => s.steps * Math.ceil(s.images / ATTACK_BATCH);

export function runEpsilonSweep(
  model: Classifier,
  test: ImageSet,
  settings: EvasionSettings[],
  hooks: SweepHooks<SweepPoint> = {},
): Promise<SweepPoint[]> {
  return runSweep(
    settings,
    steps,
    async (s, onStep) => {
      const r = await runEvasion(model, test, s, { onProgress: onStep });
      return {
        epsilon: s.epsilon,
        cleanAccuracy: r.cleanAccuracy,
        adversarialAccuracy: r.adversarialAccuracy,
        attackSuccessRate: r.attackSuccessRate,
      };
    },
    hooks,
  );
}
