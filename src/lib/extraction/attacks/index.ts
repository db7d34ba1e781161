/** The attacks by their command-line names (docs/ARCHITECTURE.md, "The command-line contract"). */
import type { Attack } from './context';
import { equationSolving } from './equation-solving';
import { lowdMeek } from './lowd-meek';
import { benign, retrainAdaptive, retrainLineSearch, retrainUniform, substitute } from './retrain';

export const ATTACKS = {
  'equation-solving': equationSolving,
  'lowd-meek': lowdMeek,
  'retrain-uniform': retrainUniform,
  'retrain-line-search': retrainLineSearch,
  'retrain-adaptive': retrainAdaptive,
  substitute,
  benign,
} satisfies Record<string, Attack>;

export type AttackName = keyof typeof ATTACKS;
export const ATTACK_NAMES = Object.keys(ATTACKS) as AttackName[];
