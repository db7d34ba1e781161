/**
 * Which learner threat covers which reference threat: a maximum-weight assignment (the Munkres,
 * or Hungarian, algorithm, from the `munkres` package), so one learner threat cannot collect
 * every reference threat it resembles. A learner threat may cover at most two reference threats,
 * the second at reduced weight: a threat that merges two is not punished, a sprayed one gains
 * little.
 */
import { munkres } from 'munkres';

/** Weight of a learner threat's second reference threat, relative to its first. */
export const SECOND_COVER_FACTOR = 0.5;

export interface AssignedPair {
  learner: number;
  reference: number;
  /** 1 for a learner threat's first (best) reference threat, 2 for its second. */
  slot: 1 | 2;
  /** The weight earned: the pair's weight, times SECOND_COVER_FACTOR in slot 2. */
  weight: number;
}

/**
 * @param weights weights[i][j] ≥ 0: what learner threat i earns by covering reference threat j
 * @returns the pairs of a maximum-weight assignment (pairs of weight 0 are left out), by reference
 */
export function assignThreats(
  weights: readonly (readonly number[])[],
  secondFactor = SECOND_COVER_FACTOR,
): AssignedPair[] {
  const learners = weights.length;
  const refs = learners ? weights[0]!.length : 0;
  if (learners === 0 || refs === 0) return [];
  // Rows: each learner's first slot, then each learner's second; columns: reference threats.
  const slotWeight = (row: number, j: number) =>
    row < learners ? weights[row]![j]! : secondFactor * weights[row - learners]![j]!;
  const cost: number[][] = [];
  for (let row = 0; row < 2 * learners; row++) {
    cost.push(Array.from({ length: refs }, (_, j) => -slotWeight(row, j)));
  }
  const pairs: AssignedPair[] = [];
  for (const [row, j] of munkres(cost)) {
    const weight = slotWeight(row, j);
    if (weight <= 0) continue;
    const learner = row < learners ? row : row - learners;
    pairs.push({ learner, reference: j, slot: row < learners ? 1 : 2, weight });
  }
  // A learner's second slot may have been given the better of its two references; name the
  // better one first (the total is the same either way).
  const byLearner = new Map<number, AssignedPair[]>();
  for (const p of pairs) byLearner.set(p.learner, [...(byLearner.get(p.learner) ?? []), p]);
  for (const [i, mine] of byLearner) {
    // A lone pair is always in slot 1: moving it there from slot 2 would raise the total.
    if (mine.length !== 2) continue;
    const [x, y] = mine[0]!.slot === 1 ? [mine[0]!, mine[1]!] : [mine[1]!, mine[0]!];
    if (weights[i]![y.reference]! > weights[i]![x.reference]!) {
      Object.assign(x, { slot: 2, weight: secondFactor * weights[i]![x.reference]! });
      Object.assign(y, { slot: 1, weight: weights[i]![y.reference]! });
    }
  }
  return pairs.sort((a, b) => a.reference - b.reference);
}

/** The total weight of an assignment. */
export const assignmentWeight = (pairs: readonly AssignedPair[]) => pairs.reduce((s, p) => s + p.weight, 0);
