/**
 * The settings of an accuracy-against-ε sweep, apart from the attacks (no TensorFlow.js), so the
 * page and the store can name its limits without loading the model code.
 */
import { SettingsError } from '../errors';
import { parseEvasionSettings, type EvasionSettings, type RawEvasionSettings } from './settings';

/**
 * The budgets swept by default. L∞ (fgsm, pgd): 0 to 0.3, past Song, Shokri and Mittal's 0.1 for
 * Fashion-MNIST and up to Madry et al.'s 0.3 for MNIST. L2 (pgd-l2): 0 to 3 pixels of L2 norm.
 */
export const SWEEP_EPSILONS: Record<EvasionSettings['attack'], readonly number[]> = {
  fgsm: [0, 0.025, 0.05, 0.1, 0.15, 0.2, 0.3],
  pgd: [0, 0.025, 0.05, 0.1, 0.15, 0.2, 0.3],
  'pgd-l2': [0, 0.5, 1, 1.5, 2, 3],
};

/** A sweep is at most this many budgets, so a page never queues an hour of attacks. */
export const MAX_SWEEP_POINTS = 12;

export interface SweepPoint {
  epsilon: number;
  cleanAccuracy: number;
  adversarialAccuracy: number;
  attackSuccessRate: number | null;
}

/**
 * The settings of every point, each checked by the lab's parser (PGD's step is 2.5·ε/steps at each
 * ε unless the raw settings give one), so a bad budget is refused before any attack runs.
 */
export function sweepSettings(raw: RawEvasionSettings, epsilons?: readonly number[]): EvasionSettings[] {
  const base = parseEvasionSettings(raw);
  const list = epsilons ?? SWEEP_EPSILONS[base.attack];
  if (list.length === 0 || list.length > MAX_SWEEP_POINTS)
    throw new SettingsError(`a sweep takes from 1 to ${MAX_SWEEP_POINTS} values of epsilon (got ${list.length})`);
  return [...list].sort((a, b) => a - b).map((epsilon) => parseEvasionSettings({ ...raw, epsilon }));
}
