/**
 * The poisoning lab's settings: defaults, caps and clear messages for bad input. Every entry point
 * (the command line, the tests, later the page's worker) goes through `parsePoisoningSettings`.
 *
 * What `rate` means depends on the attack, because the two attacks are run by different people:
 * - backdoor: the share of the training set the attacker uploads (BadNets-style images carrying
 *   the trigger, labelled with the target class by the uploader);
 * - label-flip: the share of the crowd's contributors who are malicious; each of them labels every
 *   image of the source class it is shown as the target class.
 */
import { choice, finite, integer } from '../../util/settings-parse';
import { CLASS_NAMES } from '../data';
import { SettingsError } from '../errors';

export const POISON_ATTACKS = ['label-flip', 'backdoor'] as const;
export type PoisonAttack = (typeof POISON_ATTACKS)[number];
export const POISON_DEFENCES = ['none', 'consensus', 'activation-clustering', 'spectral-signature'] as const;
export type PoisonDefence = (typeof POISON_DEFENCES)[number];

export interface PoisoningSettings {
  attack: PoisonAttack;
  defence: PoisonDefence;
  /** Backdoor: share of training images poisoned. Label flip: share of contributors malicious. */
  rate: number;
  /** The class the attacker wants: triggered images (backdoor) or source-class images (label flip) become it. */
  target: number;
  /**
   * The class the attack works on: the images that get the sticker (backdoor; null for "any": an
   * all-to-one backdoor drawing its images from every other class) or that the malicious
   * contributors mislabel (label flip).
   */
  source: number | null;
  /** Side of the backdoor's square trigger, in pixels (a white sticker in the bottom-right corner). */
  triggerSize: number;
  /** Contributors in the crowd, and how many of them label each image. */
  contributors: number;
  labelsPerImage: number;
  /**
   * The detectors' assumed poison share: spectral signatures remove 1.5 × this share of each
   * class, as in Tran et al.'s code and ART's `eps_multiplier` (ART's own default is 0.33).
   */
  expectedPoison: number;
  /** Passes over the training set when the classifier is retrained. */
  epochs: number;
  seed: number;
}

export type RawPoisoningSettings = Partial<Record<keyof PoisoningSettings, string | number | undefined>>;

export const POISON_DEFAULTS = {
  attack: 'backdoor',
  defence: 'none',
  rate: 0.02,
  triggerSize: 4,
  contributors: 100,
  labelsPerImage: 3,
  expectedPoison: 0.15,
  epochs: 8,
  seed: 1,
} as const;

/**
 * Each attack's default classes. Backdoor: a sneaker with the sticker is tagged as a trouser (one
 * source class, as in BadNets' single-target attack and Tran et al.'s experiments). Label flip:
 * sneakers tagged as sandals, a confusion honest labellers rarely make.
 */
export const POISON_CLASSES: Record<PoisonAttack, { source: number; target: number }> = {
  backdoor: { source: 7, target: 1 },
  'label-flip': { source: 7, target: 5 },
};

export const MAX_CONTRIBUTORS = 10_000;
export const MAX_LABELS_PER_IMAGE = 9;
export const MAX_EPOCHS = 50;
export const MAX_TRIGGER = 12;

/** A class by its index (0–9) or its Fashion-MNIST name, case-insensitive ("bag", "Ankle boot"). */
export function parseClass(v: unknown, what: string): number {
  const s = String(v).trim();
  const byName = CLASS_NAMES.findIndex((n) => n.toLowerCase() === s.toLowerCase());
  if (byName >= 0) return byName;
  const n = Number(s);
  if (s !== '' && Number.isInteger(n) && n >= 0 && n < CLASS_NAMES.length) return n;
  throw new SettingsError(
    `${what} must be a class number from 0 to ${CLASS_NAMES.length - 1} or a class name (${CLASS_NAMES.join(', ')}) (got ${s})`,
  );
}

function inRange(v: unknown, what: string, lo: number, hi: number, shape: string): number {
  const n = shape === 'a number' ? finite(v, what) : integer(v, what, shape);
  if (n < lo || n > hi) throw new SettingsError(`${what} must be from ${lo} to ${hi.toLocaleString('en')} (got ${n})`);
  return n;
}

export function parsePoisoningSettings(raw: RawPoisoningSettings): PoisoningSettings {
  const attack = choice(raw.attack ?? POISON_DEFAULTS.attack, POISON_ATTACKS, 'attack');
  const defence = choice(raw.defence ?? POISON_DEFAULTS.defence, POISON_DEFENCES, 'defence');
  if (attack === 'backdoor' && defence === 'consensus')
    throw new SettingsError(
      'consensus defends against mislabelling contributors (label-flip); the backdoor’s images come with their uploader’s label, so use activation-clustering or spectral-signature',
    );
  const rate = inRange(raw.rate ?? POISON_DEFAULTS.rate, 'rate', 0, attack === 'backdoor' ? 0.5 : 1, 'a number');
  const target = parseClass(raw.target ?? POISON_CLASSES[attack].target, 'target');
  const anySource =
    attack === 'backdoor' &&
    String(raw.source ?? '')
      .trim()
      .toLowerCase() === 'any';
  const source = anySource ? null : parseClass(raw.source ?? POISON_CLASSES[attack].source, 'source');
  if (source === target)
    throw new SettingsError(`source and target must be different classes (both are ${CLASS_NAMES[target]})`);
  const settings: PoisoningSettings = {
    attack,
    defence,
    rate,
    target,
    source,
    triggerSize: inRange(
      raw.triggerSize ?? POISON_DEFAULTS.triggerSize,
      'triggerSize',
      1,
      MAX_TRIGGER,
      'a whole number of pixels',
    ),
    contributors: inRange(
      raw.contributors ?? POISON_DEFAULTS.contributors,
      'contributors',
      1,
      MAX_CONTRIBUTORS,
      'a whole number',
    ),
    labelsPerImage: inRange(
      raw.labelsPerImage ?? POISON_DEFAULTS.labelsPerImage,
      'labelsPerImage',
      1,
      MAX_LABELS_PER_IMAGE,
      'a whole number',
    ),
    expectedPoison: inRange(
      raw.expectedPoison ?? POISON_DEFAULTS.expectedPoison,
      'expectedPoison',
      0.001,
      0.66,
      'a number',
    ),
    epochs: inRange(raw.epochs ?? POISON_DEFAULTS.epochs, 'epochs', 1, MAX_EPOCHS, 'a whole number'),
    seed: inRange(raw.seed ?? POISON_DEFAULTS.seed, 'seed', 0, 0xffffffff, 'a whole number'),
  };
  if (settings.labelsPerImage > settings.contributors)
    throw new SettingsError(
      `labelsPerImage (${settings.labelsPerImage}) cannot exceed contributors (${settings.contributors}): each image is labelled by different people`,
    );
  return settings;
}
