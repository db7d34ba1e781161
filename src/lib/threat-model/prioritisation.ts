/**
 * Prioritisation: does the learner rank the reference's threats in the reference's order of
 * risk (likelihood × impact)? Over every pair of reference threats whose risks differ, a pair
 * earns 1 when the learner threats assigned to them order them the same way, and 0 when they
 * are rated equal (no credit for ties: rating everything alike says nothing about priority), when
 * they are ordered the other way, or when either is missed. Only the assigned learner threat of
 * each reference threat counts, so a duplicate rated once 5 × 5 and once 1 × 1 earns nothing.
 */
export interface RankPair {
  /** Reference indices, `higher` being the riskier in the reference. */
  higher: number;
  lower: number;
  credit: number;
  /** The risks of the learner threats assigned to each, or null when missed. */
  learnerHigher: number | null;
  learnerLower: number | null;
}

export interface Prioritisation {
  value: number;
  pairs: RankPair[];
}

/**
 * @param referenceRisks risk of each reference threat
 * @param learnerRisks for each reference threat, the risk of the learner threat assigned to it, or null
 * @param fallback value used when the reference has no pair of different risks (all its threats
 *   are equally risky): then ordering cannot be judged, and coverage stands in.
 */
export function prioritisation(
  referenceRisks: readonly number[],
  learnerRisks: readonly (number | null)[],
  fallback: number,
): Prioritisation {
  const pairs: RankPair[] = [];
  for (let a = 0; a < referenceRisks.length; a++) {
    for (let b = a + 1; b < referenceRisks.length; b++) {
      if (referenceRisks[a] === referenceRisks[b]) continue;
      const [higher, lower] = referenceRisks[a]! > referenceRisks[b]! ? [a, b] : [b, a];
      const hi = learnerRisks[higher] ?? null;
      const lo = learnerRisks[lower] ?? null;
      const credit = hi !== null && lo !== null && hi > lo ? 1 : 0;
      pairs.push({ higher, lower, credit, learnerHigher: hi, learnerLower: lo });
    }
  }
  if (pairs.length === 0) return { value: fallback, pairs };
  return { value: pairs.reduce((s, p) => s + p.credit, 0) / pairs.length, pairs };
}
