/**
 * The evasion lab's settings: defaults, caps and clear messages for bad input. Every entry point
 * (the command line now, the page's worker later) goes through `parseEvasionSettings`.
 */
import { choice, finite, integer } from '../../util/settings-parse';
import { SettingsError } from '../errors';

export const ATTACKS = ['fgsm', 'pgd', 'pgd-l2', 'square', 'patch'] as const;
export type EvasionAttack = (typeof ATTACKS)[number];
export const DEFENCES = ['none', 'adversarial-training', 'feature-squeezing', 'spatial-smoothing'] as const;
export type EvasionDefence = (typeof DEFENCES)[number];

/** Attacks and defences the issue names that this step has not built: refused, never faked. */
const NOT_YET: Partial<Record<EvasionAttack | EvasionDefence, string>> = {
  square: 'the Square Attack (a black-box, score-based attack)',
  patch: 'the adversarial patch',
  'adversarial-training': 'adversarial training',
  'feature-squeezing': 'feature squeezing',
  'spatial-smoothing': 'spatial smoothing',
};

export interface EvasionSettings {
  attack: Exclude<EvasionAttack, 'square' | 'patch'>;
  defence: 'none';
  /** The perturbation budget: L∞ radius for fgsm and pgd, L2 radius for pgd-l2 (pixels in [0, 1]). */
  epsilon: number;
  /** PGD's iterations (FGSM takes one step). */
  steps: number;
  /** PGD's step α; by default 2.5·ε/steps, so the walk can cross the ball and come back. */
  stepSize: number;
  randomStart: boolean;
  seed: number;
  /** How many test images the attack runs on (drawn with the seed). */
  images: number;
}

export type RawEvasionSettings = Partial<Record<keyof EvasionSettings, string | number | boolean | undefined>>;

/** ε = 0.1 is the Fashion-MNIST budget of Song, Shokri and Mittal (CCS 2019). */
export const EVASION_DEFAULTS = {
  attack: 'pgd',
  defence: 'none',
  epsilon: 0.1,
  steps: 20,
  randomStart: true,
  seed: 1,
  images: 100,
} as const;

/** The test subset holds 1,000 images. */
export const MAX_IMAGES = 1000;
export const MAX_STEPS = 200;
/** √784 = 28: the L2 distance between an all-black and an all-white image. */
export const MAX_L2_EPSILON = 28;

export function parseEvasionSettings(raw: RawEvasionSettings): EvasionSettings {
  const attack = choice(raw.attack ?? EVASION_DEFAULTS.attack, ATTACKS, 'attack');
  const defence = choice(raw.defence ?? EVASION_DEFAULTS.defence, DEFENCES, 'defence');
  for (const name of [attack, defence]) {
    const what = NOT_YET[name];
    if (what) throw new SettingsError(`${name} is not available yet: ${what} is still to be built (issue 18)`);
  }
  const epsilon = finite(raw.epsilon ?? EVASION_DEFAULTS.epsilon, 'epsilon');
  const maxEps = attack === 'pgd-l2' ? MAX_L2_EPSILON : 1;
  if (epsilon < 0 || epsilon > maxEps)
    throw new SettingsError(
      attack === 'pgd-l2'
        ? `epsilon must be from 0 to ${MAX_L2_EPSILON} for pgd-l2 (an L2 radius; pixels are in [0, 1]) (got ${epsilon})`
        : `epsilon must be from 0 to 1 (pixels are in [0, 1]) (got ${epsilon})`,
    );
  const steps = integer(raw.steps ?? EVASION_DEFAULTS.steps, 'steps', 'a whole number of iterations');
  if (steps < 1 || steps > MAX_STEPS) throw new SettingsError(`steps must be from 1 to ${MAX_STEPS} (got ${steps})`);
  const stepSize = raw.stepSize === undefined ? (2.5 * epsilon) / steps : finite(raw.stepSize, 'stepSize');
  if (stepSize < 0 || stepSize > maxEps)
    throw new SettingsError(`stepSize must be from 0 to ${maxEps} (got ${stepSize})`);
  const seed = integer(raw.seed ?? EVASION_DEFAULTS.seed, 'seed', 'a whole number');
  if (seed < 0 || seed > 0xffffffff) throw new SettingsError(`seed must be from 0 to 4294967295 (got ${seed})`);
  const images = integer(raw.images ?? EVASION_DEFAULTS.images, 'images', 'a whole number of images');
  if (images < 1 || images > MAX_IMAGES)
    throw new SettingsError(`images must be from 1 to ${MAX_IMAGES}, the size of the test subset (got ${images})`);
  const randomStart = raw.randomStart ?? EVASION_DEFAULTS.randomStart;
  if (typeof randomStart !== 'boolean' && randomStart !== 'true' && randomStart !== 'false')
    throw new SettingsError(`randomStart must be true or false (got ${String(randomStart)})`);
  return {
    attack: attack as EvasionSettings['attack'],
    defence: 'none',
    epsilon,
    steps: attack === 'fgsm' ? 1 : steps,
    stepSize,
    randomStart: randomStart === true || randomStart === 'true',
    seed,
    images,
  };
}
