/**
 * After independent scoring, the panel discusses and agrees a consensus rating per question, and
 * records why. Individual ratings are kept beside the consensus: consensus ratings are only
 * slightly more valid than the average of individual ratings (Pulakos et al. 1996), so the report
 * shows both.
 */
import { z } from 'zod';
import { ratingSchema } from './scoresheet';
import type { QuestionRatings } from './merge';
import type { Session } from './session';
import { fail, ok, type Result } from './validation';

export const MAX_REASON = 4_000;

export const consensusSchema = z.strictObject({
  rating: ratingSchema(),
  reason: z
    .string()
    .trim()
    .min(1, 'give the reason for the consensus rating')
    .max(MAX_REASON, `must be at most ${MAX_REASON} characters`),
});
export type Consensus = z.infer<typeof consensusSchema>;

/** Consensus per question ID. */
export type ConsensusMap = Record<string, Consensus>;

/** Records one question's consensus, or says why it cannot be recorded. */
export function setConsensus(
  map: ConsensusMap,
  session: Session,
  question: string,
  rating: number,
  reason: string,
): Result<ConsensusMap> {
  if (!session.questions.includes(question)) return fail(`"${question}" is not a question of this session.`);
  const parsed = consensusSchema.safeParse({ rating, reason });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(
      issue.path[0] === 'reason'
        ? `Give the reason for the consensus on ${question}: ${issue.message}.`
        : `Choose a consensus rating from 1 to 4 for ${question}.`,
    );
  }
  return ok({ ...map, [question]: parsed.data });
}

/** A starting point for the discussion: the median when it is a whole rating, else nothing. */
export function suggestedConsensus(row: QuestionRatings): number | null {
  return Number.isInteger(row.median) ? row.median : null;
}

/** Questions still without a consensus, in session order; a question not asked needs none. */
export function missingConsensus(session: Session, map: ConsensusMap, notAsked: readonly string[] = []): string[] {
  return session.questions.filter((q) => !map[q] && !notAsked.includes(q));
}
