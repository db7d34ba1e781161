/**
 * The settings of an attack-success-against-poison-rate sweep, apart from the retraining (no
 * TensorFlow.js), so the page and the store can name its limits without loading the model code.
 */
import { MAX_SWEEP_POINTS } from '../evasion/sweep-settings';
import { SettingsError } from '../errors';
import {
  parsePoisoningSettings,
  type PoisonAttack,
  type PoisoningSettings,
  type RawPoisoningSettings,
} from './settings';

/**
 * The rates swept. Backdoor: 0 to 5 % of the 6,000 training images (15 to 300 images), around
 * Chen et al.'s "about 50 poisoned samples"; label flip: 0 to half of the contributors.
 */
export const RATE_SWEEPS: Record<PoisonAttack, readonly number[]> = {
  backdoor: [0, 0.0025, 0.005, 0.01, 0.02, 0.05],
  'label-flip': [0, 0.1, 0.2, 0.3, 0.4, 0.5],
};

export interface RatePoint {
  rate: number;
  cleanAccuracy: number;
  attackSuccessRate: number | null;
  /** Null without a detector. */
  detectionRecall: number | null;
}

/** The settings of every point, each checked by the lab's parser before anything is retrained. */
export function rateSweepSettings(raw: RawPoisoningSettings, rates?: readonly number[]): PoisoningSettings[] {
  const base = parsePoisoningSettings({ ...raw, rate: undefined });
  const list = rates ?? RATE_SWEEPS[base.attack];
  if (list.length === 0 || list.length > MAX_SWEEP_POINTS)
    throw new SettingsError(`a sweep takes from 1 to ${MAX_SWEEP_POINTS} rates (got ${list.length})`);
  return [...list].sort((a, b) => a - b).map((rate) => parsePoisoningSettings({ ...raw, rate }));
}
