/** What the score panel lists from a score report beyond its components. Pure. */
import type { RankPair } from './prioritisation';
import type { LearnerFeedback } from './score';

/** Orderings shown at most, so that a long list does not bury the rest of the feedback. */
export const MAX_ORDERINGS_SHOWN = 10;

/** A learner pair with both reference threats found and ranked, the wrong way (credit < 1). */
export type Disagreement = RankPair & { learnerHigher: number; learnerLower: number };

/**
 * The reference's orderings the learner's risks contradict, in the report's order: both threats
 * found (a missed threat is the coverage's business, not the ordering's), credit below 1.
 */
export function orderingDisagreements(pairs: readonly RankPair[], limit = MAX_ORDERINGS_SHOWN): Disagreement[] {
  return pairs
    .filter((p): p is Disagreement => p.credit < 1 && p.learnerHigher !== null && p.learnerLower !== null)
    .slice(0, limit);
}

/** The learner's threats that earned nothing: those that matched no reference threat, or repeat one. */
export function threatsWithoutCredit(learner: readonly LearnerFeedback[]): LearnerFeedback[] {
  return learner.filter((l) => l.status !== 'matched');
}

/** A figure to one decimal, as the panel shows points. */
export const oneDecimal = (x: number) => Math.round(x * 10) / 10;
