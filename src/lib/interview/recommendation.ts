/**
 * The panel's recommendation and its rationale. The suggestion is our own house rule on the
 * consensus ratings (stated in the UI and report); the panel decides and must say why, whether or
 * not it follows the suggestion.
 */
import { z } from 'zod';
import type { ConsensusMap } from './consensus';
import type { Session } from './session';
import { fail, ok, type Result } from './validation';

export const DECISIONS = ['strong-hire', 'hire', 'no-hire', 'strong-no-hire'] as const;
export type Decision = (typeof DECISIONS)[number];

export const DECISION_LABELS: Record<Decision, string> = {
  'strong-hire': 'Strong hire',
  hire: 'Hire',
  'no-hire': 'No hire',
  'strong-no-hire': 'Strong no hire',
};

export const MAX_RATIONALE = 8_000;

export const recommendationSchema = z.strictObject({
  decision: z.enum(DECISIONS),
  rationale: z
    .string()
    .trim()
    .min(1, 'give the rationale for the recommendation')
    .max(MAX_RATIONALE, `must be at most ${MAX_RATIONALE} characters`),
});
export type Recommendation = z.infer<typeof recommendationSchema>;

export interface Suggestion {
  decision: Decision;
  mean: number;
  because: string;
}

/**
 * House rule on the consensus ratings (1–4): a mean of 3.5 or more with no question at 1 is a
 * strong hire; 2.75 or more with no 1 a hire; 2 or more a no hire; below 2 a strong no hire.
 * Questions not asked are left out; with none asked there is nothing to suggest.
 */
export function suggestDecision(
  session: Session,
  consensus: ConsensusMap,
  notAsked: readonly string[] = [],
): Suggestion | null {
  const ratings = session.questions.filter((q) => !notAsked.includes(q)).map((q) => consensus[q]?.rating);
  if (ratings.length === 0 || ratings.some((r) => r === undefined)) return null;
  const values = ratings as number[];
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const ones = values.filter((r) => r === 1).length;
  const m = mean.toFixed(2);
  if (ones === 0 && mean >= 3.5)
    return { decision: 'strong-hire', mean, because: `consensus mean ${m} ≥ 3.5 and no question rated 1` };
  if (ones === 0 && mean >= 2.75)
    return { decision: 'hire', mean, because: `consensus mean ${m} ≥ 2.75 and no question rated 1` };
  if (mean >= 2) {
    return {
      decision: 'no-hire',
      mean,
      because:
        ones > 0
          ? `${ones} question${ones === 1 ? '' : 's'} rated 1 (consensus mean ${m})`
          : `consensus mean ${m} is below 2.75`,
    };
  }
  return { decision: 'strong-no-hire', mean, because: `consensus mean ${m} is below 2` };
}

export function makeRecommendation(decision: string, rationale: string): Result<Recommendation> {
  const parsed = recommendationSchema.safeParse({ decision, rationale });
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  return fail(issue.path[0] === 'decision' ? 'Choose a recommendation.' : `Rationale: ${issue.message}.`);
}
