/** The attacks by their command-line names (docs/ARCHITECTURE.md, "The command-line contract"). */
import type { Attack } from './context';
import { EQUATION_SOLVING_NEEDS_LOGREG, equationSolving } from './equation-solving';
import { FUNCTIONALLY_EQUIVALENT_NEEDS_MLP, functionallyEquivalent } from './functionally-equivalent';
import { jacobianAugmentation } from './jacobian';
import { lowdMeek } from './lowd-meek';
import { benign, retrainAdaptive, retrainLineSearch, retrainUniform, substitute } from './retrain';

export const ATTACKS = {
  'equation-solving': equationSolving,
  'lowd-meek': lowdMeek,
  'functionally-equivalent': functionallyEquivalent,
  'retrain-uniform': retrainUniform,
  'retrain-line-search': retrainLineSearch,
  'retrain-adaptive': retrainAdaptive,
  substitute,
  'jacobian-augmentation': jacobianAugmentation,
  benign,
} satisfies Record<string, Attack>;

export type AttackName = keyof typeof ATTACKS;
export const ATTACK_NAMES = Object.keys(ATTACKS) as AttackName[];

/**
 * Attacks that work against one victim kind only, with why: equation solving needs the linear
 * equations of a logistic regression, functionally equivalent extraction the kinks of a ReLU
 * network. Settings refuse the other victim before a query is spent; the form offers the
 * option disabled, with the kind it needs.
 */
export const ATTACK_NEEDS: Partial<Record<AttackName, { victim: 'logreg' | 'mlp'; label: string; why: string }>> = {
  'equation-solving': { victim: 'logreg', label: 'logistic regression only', why: EQUATION_SOLVING_NEEDS_LOGREG },
  'functionally-equivalent': { victim: 'mlp', label: 'neural network only', why: FUNCTIONALLY_EQUIVALENT_NEEDS_MLP },
};

/** Why `attack` cannot run against `victim`, or null when it can. */
export function attackRefusal(attack: string, victim: string): string | null {
  const need = ATTACK_NEEDS[attack as AttackName];
  return need && need.victim !== victim ? need.why : null;
}
