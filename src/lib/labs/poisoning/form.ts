/**
 * The poisoning lab's form: its fields as typed, their defaults (the core's, with classes by
 * name), what changes when the attack does, and the settings the core's parser reads from them
 * (it words every bad value when the run starts).
 */
import { CLASS_NAMES } from '../data';
import { POISON_CLASSES, POISON_DEFAULTS, type RawPoisoningSettings } from './settings';

/**
 * The rate a form starts with for each attack: the core's 2 % backdoor, and 30 % of the crowd for
 * a label flip (a minority that still wins many first labels; the consensus tests use it).
 */
export const FORM_RATES: Record<string, string> = { backdoor: String(POISON_DEFAULTS.rate), 'label-flip': '0.3' };

export const POISONING_FORM = {
  attack: POISON_DEFAULTS.attack as string,
  rate: FORM_RATES[POISON_DEFAULTS.attack],
  defence: POISON_DEFAULTS.defence as string,
  source: CLASS_NAMES[POISON_CLASSES.backdoor.source] as string,
  target: CLASS_NAMES[POISON_CLASSES.backdoor.target] as string,
  epochs: String(POISON_DEFAULTS.epochs),
  seed: String(POISON_DEFAULTS.seed),
};
export type PoisoningForm = typeof POISONING_FORM;

export const POISONING_ATTACKS = [
  { value: 'backdoor', label: 'Backdoor: uploads with a sticker, labelled as the target' },
  { value: 'label-flip', label: 'Label flip: contributors who mislabel the source class' },
];

/** The defences, and the attack each one answers (consensus needs several labels per image). */
export const POISONING_DEFENCES = [
  { value: 'none', label: 'None', name: 'no defence', only: null },
  { value: 'consensus', label: 'Label consensus (Dawid–Skene)', name: 'label consensus', only: 'label-flip' },
  { value: 'activation-clustering', label: 'Activation clustering', name: 'activation clustering', only: null },
  { value: 'spectral-signature', label: 'Spectral signatures', name: 'spectral signatures', only: null },
] as const;

/**
 * The form after choosing another attack: that attack's own classes and rate, and no defence
 * that does not apply to it. Unchanged when the attack is the same.
 */
export function withAttack(v: PoisoningForm, attack: string): PoisoningForm {
  if (attack === v.attack) return v;
  const classes = POISON_CLASSES[attack as keyof typeof POISON_CLASSES] ?? POISON_CLASSES.backdoor;
  const only = POISONING_DEFENCES.find((d) => d.value === v.defence)?.only;
  return {
    ...v,
    attack,
    rate: FORM_RATES[attack] ?? v.rate,
    source: CLASS_NAMES[classes.source],
    target: CLASS_NAMES[classes.target],
    defence: only && only !== attack ? 'none' : v.defence,
  };
}

export const poisoningRaw = (v: PoisoningForm): RawPoisoningSettings => ({
  attack: v.attack,
  rate: v.rate,
  defence: v.defence,
  source: v.source,
  target: v.target,
  epochs: v.epochs,
  seed: v.seed,
});

/**
 * "Backdoor, 2 % of the images: Sneaker → Trouser; spectral signatures": how a run is named
 * (rate "every": a sweep over the rates).
 */
export function poisoningLabel(s: Partial<Record<keyof PoisoningForm, string>>): string {
  const rate = Number(s.rate);
  const share = Number.isFinite(rate) ? `${+(rate * 100).toFixed(2)} %` : s.rate;
  const what =
    s.rate === 'every'
      ? `${s.attack === 'label-flip' ? 'Label flip' : 'Backdoor'} at every rate`
      : s.attack === 'label-flip'
        ? `Label flip, ${share} of contributors`
        : `Backdoor, ${share} of the images`;
  const defence = POISONING_DEFENCES.find((d) => d.value === s.defence)?.name ?? s.defence;
  return `${what}: ${s.source} → ${s.target}; ${defence}`;
}
