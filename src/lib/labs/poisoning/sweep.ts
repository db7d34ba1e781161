/**
 * Attack success against the poison rate: the same attack, defence and seed at several rates, one
 * poisoning experiment per rate, the clean features computed once for all of them. A backdoor's
 * success climbs steeply with a few dozen images (Chen et al., arXiv:1712.05526); the page plots
 * the points as they come.
 */
import type { CnnParams } from '../cnn';
import type { ImageSet } from '../data';
import { runSweep, type SweepHooks } from '../sweep';
import { FeatureCache, runPoisoning } from './run';
import type { PoisoningSettings } from './settings';
import type { RatePoint } from './sweep-settings';

/** Progress is counted in epochs of retraining. */
export function runRateSweep(
  params: CnnParams,
  data: { train: ImageSet; test: ImageSet },
  settings: PoisoningSettings[],
  cache = new FeatureCache(params),
  hooks: SweepHooks<RatePoint> = {},
): Promise<RatePoint[]> {
  return runSweep(
    settings,
    (s) => s.epochs,
    async (s, onStep) => {
      const r = await runPoisoning(params, data, s, cache, { onEpoch: onStep });
      return {
        rate: s.rate,
        cleanAccuracy: r.cleanAccuracy,
        attackSuccessRate: r.attackSuccessRate,
        detectionRecall: r.detectionRecall,
      };
    },
    hooks,
  );
}
