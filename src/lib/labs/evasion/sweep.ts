/**
 * Accuracy against ε: the same attack, images and seed at several budgets, one evasion run per ε.
 * Adversarial accuracy falls as ε grows (Goodfellow, Shlens and Szegedy, ICLR 2015), and at ε = 0
 * it equals the clean accuracy; the page plots the points as they come.
 */
import type { ImageSet } from '../data';
import type { Classifier } from './classifier';
import { ATTACK_BATCH, runEvasion } from './run';
import type { EvasionSettings } from './settings';
import type { SweepPoint } from './sweep-settings';

/** Runs each point in turn; `onPoint` hears each as it finishes, `onProgress` every gradient step. */
export async function runEpsilonSweep(
  model: Classifier,
  test: ImageSet,
  settings: EvasionSettings[],
  hooks: { onPoint?: (p: SweepPoint, done: number) => void; onProgress?: (done: number, of: number) => void } = {},
): Promise<SweepPoint[]> {
  const points: SweepPoint[] = [];
  const stepsOf = (s: EvasionSettings) => s.steps * Math.ceil(s.images / ATTACK_BATCH);
  const total = settings.reduce((n, s) => n + stepsOf(s), 0);
  let before = 0;
  for (const s of settings) {
    const r = await runEvasion(model, test, s, { onProgress: (d) => hooks.onProgress?.(before + d, total) });
    before += stepsOf(s);
    const p = {
      epsilon: s.epsilon,
      cleanAccuracy: r.cleanAccuracy,
      adversarialAccuracy: r.adversarialAccuracy,
      attackSuccessRate: r.attackSuccessRate,
    };
    points.push(p);
    hooks.onPoint?.(p, points.length);
  }
  return points;
}
