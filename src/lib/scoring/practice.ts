/**
 * Scoring an answer on the practice page: the score, or the sentence the learner sees when the
 * answer cannot be scored (their text is kept either way); and the attempt that is saved. Pure.
 */
import type { ScorableQuestion } from './rubric';
import { scoreAnswer, type ScoreResult } from './score';
import { ScoringInputError } from './validate';

export type PracticeScore = { ok: true; result: ScoreResult } | { ok: false; error: string };

export function scorePractice(question: ScorableQuestion, text: string): PracticeScore {
  try {
    return { ok: true, result: scoreAnswer(question, text) };
  } catch (err) {
    return {
      ok: false,
      error:
        err instanceof ScoringInputError
          ? `Cannot score this answer: ${err.message}.`
          : 'Something went wrong while scoring; your answer is kept.',
    };
  }
}

/** The attempt saved for a scored answer (the shape of the attempts store's attemptSchema). */
export function attemptOf(result: ScoreResult, text: string, seconds: number | null, at: Date) {
  return {
    at: at.toISOString(),
    text,
    score: result.score,
    words: result.words,
    matched: result.concepts.filter((c) => c.matched).map((c) => c.id),
    flags: result.flags.map((f) => f.kind),
    seconds,
  };
}

/**
 * What the "Missed" column says when nothing is missed: never "every idea is there" without
 * saying that the score was still capped or scaled down, and why (a keyword list capped at 20
 * must not read as a complete answer).
 */
export function nothingMissedText(result: ScoreResult): string {
  if (result.adjustments.length === 0) return 'Nothing: every idea of the rubric is there.';
  const last = result.adjustments[result.adjustments.length - 1];
  return `Every idea of the rubric is named, but the score was held to ${Math.round(last.after)}: ${last.reason}.`;
}
