/**
 * The evasion lab's form: its fields as typed, their defaults (the core's), and the settings the
 * core's parser reads from them (it words every bad value when the run starts).
 */
import { EVASION_DEFAULTS, type RawEvasionSettings } from './settings';

export const EVASION_FORM = {
  attack: EVASION_DEFAULTS.attack as string,
  epsilon: String(EVASION_DEFAULTS.epsilon),
  steps: String(EVASION_DEFAULTS.steps),
  seed: String(EVASION_DEFAULTS.seed),
  images: String(EVASION_DEFAULTS.images),
};
export type EvasionForm = typeof EVASION_FORM;

/** The attacks the page offers, in words. The Square Attack and the patch are not built yet. */
export const EVASION_ATTACKS: { value: string; label: string }[] = [
  { value: 'fgsm', label: 'FGSM (one gradient step, L∞)' },
  { value: 'pgd', label: 'PGD under L∞ (iterated, random start)' },
  { value: 'pgd-l2', label: 'PGD under L2' },
];

export const evasionRaw = (v: EvasionForm): RawEvasionSettings => ({
  attack: v.attack,
  epsilon: v.epsilon,
  steps: v.steps,
  seed: v.seed,
  images: v.images,
});

type Typed = Partial<Record<keyof EvasionForm, string>>;

const attackName = (attack: string | undefined) =>
  EVASION_ATTACKS.find((a) => a.value === attack)?.label.replace(/ \(.*\)$/, '') ?? attack ?? '';
const stepsPart = (s: Typed) => (s.attack === 'fgsm' ? '' : `, ${s.steps} steps`);

/** "PGD under L∞, ε = 0.1, 20 steps, 100 images": how a run is named. */
export function evasionLabel(s: Typed): string {
  return `${attackName(s.attack)}, ε = ${s.epsilon}${stepsPart(s)}, ${s.images} images`;
}

/** "FGSM at every ε, 20 images, seed 1": how a sweep is named. */
export function sweepLabel(s: Typed): string {
  return `${attackName(s.attack)} at every ε${stepsPart(s)}, ${s.images} images, seed ${s.seed}`;
}
