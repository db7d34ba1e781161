/**
 * Prioritisation: does the learner rank the reference's threats in the reference's order of
 * risk (likelihood × impact)? A Kendall-style count over every pair of reference threats whose
 * risks differ: a pair earns 1 when some pair of the learner's matching threats orders them the
 * same way, one half when the learner rated them equal, 0 when the learner ordered them the
 * other way or missed either. Taking the best of the learner's matching threats keeps the
 * score from rising when a threat is removed or duplicated.
 */
export interface RankPair {
  /** Reference indices, `higher` being the riskier in the reference. */
  higher: number;
  lower: number;
  credit: number;
  /** The learner's best risks for each, or null when missed. */
  learnerHigher: number | null;
  learnerLower: number | null;
}

export interface Prioritisation {
  value: number;
  pairs: RankPair[];
}

/**
 * @param referenceRisks risk of each reference threat
 * @param learnerRisks for each reference threat, the risks of the learner threats matching it
 * @param fallback value used when the reference has no pair of different risks (all its threats
 *   are equally risky): then ordering cannot be judged, and coverage stands in.
 */
export function prioritisation(referenceRisks: number[], learnerRisks: number[][], fallback: number): Prioritisation {
  const pairs: RankPair[] = [];
  for (let a = 0; a < referenceRisks.length; a++) {
    for (let b = a + 1; b < referenceRisks.length; b++) {
      if (referenceRisks[a] === referenceRisks[b]) continue;
      const [higher, lower] = referenceRisks[a] > referenceRisks[b] ? [a, b] : [b, a];
      const hi = learnerRisks[higher];
      const lo = learnerRisks[lower];
      if (hi.length === 0 || lo.length === 0) {
        pairs.push({
          higher,
          lower,
          credit: 0,
          learnerHigher: hi.length ? Math.max(...hi) : null,
          learnerLower: lo.length ? Math.min(...lo) : null,
        });
        continue;
      }
      const maxHi = Math.max(...hi);
      const minLo = Math.min(...lo);
      const credit = maxHi > minLo ? 1 : maxHi === minLo ? 0.5 : 0;
      pairs.push({ higher, lower, credit, learnerHigher: maxHi, learnerLower: minLo });
    }
  }
  if (pairs.length === 0) return { value: fallback, pairs };
  return { value: pairs.reduce((s, p) => s + p.credit, 0) / pairs.length, pairs };
}
