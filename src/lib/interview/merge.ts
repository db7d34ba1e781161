/**
 * Merging the panel's scoresheets. Each addition either returns the new list or refuses with one
 * clear sentence, and a refusal leaves the sheets already merged exactly as they were.
 */
import { median as medianOf, mean as meanOf } from 'simple-statistics';
import { notAskedIn, scoreFor, validateScoresheet, type Scoresheet } from './scoresheet';
import type { Session } from './session';
import { fail, ok, parseJsonText, type Result } from './validation';
import { formatDateTime } from '../util/dates';

/** Adds one scoresheet (file text or a parsed value) to the merged list for `session`. */
export function addScoresheet(
  merged: readonly Scoresheet[],
  input: string | unknown,
  session: Session,
): Result<Scoresheet[]> {
  let value = input;
  if (typeof input === 'string') {
    const json = parseJsonText(input, 'scoresheet');
    if (!json.ok) return json;
    value = json.value;
  }
  const parsed = validateScoresheet(value);
  if (!parsed.ok) return parsed;
  const sheet = parsed.value;
  if (sheet.sessionId !== session.id) {
    return fail(
      `This scoresheet is from another session (session ${sheet.sessionId}, candidate "${sheet.candidate}", panelist "${sheet.panelist}"); ` +
        `this merge is for session ${session.id} (candidate "${session.candidate}"). It was not added.`,
    );
  }
  if (sheet.questions.join('\n') !== session.questions.join('\n')) {
    return fail(
      `This scoresheet names this session but lists different questions (${sheet.questions.join(', ')}); it may have been edited by hand. It was not added.`,
    );
  }
  if (!session.panelists.includes(sheet.panelist)) {
    return fail(
      `"${sheet.panelist}" is not on this session's panel (${session.panelists.join(', ')}). It was not added.`,
    );
  }
  // Which questions were asked is a fact of the interview, not a panelist's judgement: sheets that
  // disagree on it cannot be compared question by question.
  const other = merged.find((s) => s.panelist !== sheet.panelist);
  if (other && notAskedIn(other).join('\n') !== notAskedIn(sheet).join('\n')) {
    const list = (s: Scoresheet) => (notAskedIn(s).length > 0 ? notAskedIn(s).join(', ') : 'none');
    return fail(
      `${sheet.panelist} marks as not asked: ${list(sheet)}; ${other.panelist} marks: ${list(other)}. ` +
        'The panel must agree which questions were asked; correct one sheet and export it again. It was not added.',
    );
  }
  const existing = merged.find((s) => s.panelist === sheet.panelist);
  if (existing) {
    return existing.submittedAt === sheet.submittedAt
      ? fail(`The scoresheet of ${sheet.panelist} is already merged; nothing changed.`)
      : fail(
          `A different scoresheet from ${sheet.panelist} is already merged (submitted ${formatDateTime(existing.submittedAt)}). Remove it first to replace it.`,
        );
  }
  const order = (s: Scoresheet) => session.panelists.indexOf(s.panelist);
  return ok([...merged, sheet].sort((a, b) => order(a) - order(b)));
}

export function removeScoresheet(merged: readonly Scoresheet[], panelist: string): Scoresheet[] {
  return merged.filter((s) => s.panelist !== panelist);
}

/** How far apart the panel's ratings of one question are. */
export type Disagreement = 'none' | 'minor' | 'major';

export interface QuestionRatings {
  question: string;
  ratings: { panelist: string; rating: number; concepts: string[]; notes: string }[];
  mean: number;
  median: number;
  /** Largest minus smallest rating. */
  spread: number;
  /** 'minor' when ratings differ by one point, 'major' when by two or more on the 1–4 scale. */
  disagreement: Disagreement;
}

/**
 * With one scoresheet merged there is nothing to agree or disagree with: every place that words
 * agreement (the merge table, the consensus form, the report) says so instead of "agree".
 */
export function hasOneRating(row: QuestionRatings): boolean {
  return row.ratings.length < 2;
}

/** How the report words one question's agreement, in the page and the Markdown file alike. */
export function agreementNote(row: QuestionRatings): string {
  if (hasOneRating(row)) return 'one rating: agreement needs two raters';
  return row.disagreement === 'none' ? 'all agree' : `${row.disagreement} disagreement, spread ${row.spread}`;
}

/** The questions the merged sheets mark as not asked (they all agree: addScoresheet checks). */
export function notAskedQuestions(merged: readonly Scoresheet[]): string[] {
  return merged.length > 0 ? notAskedIn(merged[0]) : [];
}

/** The session's questions that were asked, in order: the ones every total and statistic uses. */
export function askedQuestions(session: Session, merged: readonly Scoresheet[]): string[] {
  const notAsked = notAskedQuestions(merged);
  return session.questions.filter((q) => !notAsked.includes(q));
}

/**
 * Each asked question's ratings side by side, in session order, with the size of any
 * disagreement. Questions not asked have no row: see notAskedQuestions.
 */
export function sideBySide(session: Session, merged: readonly Scoresheet[]): QuestionRatings[] {
  if (merged.length === 0) return [];
  return askedQuestions(session, merged).map((question) => {
    const ratings = merged.map((sheet) => {
      const score = scoreFor(sheet, question)!;
      return { panelist: sheet.panelist, rating: score.rating!, concepts: score.concepts, notes: score.notes };
    });
    const values = ratings.map((r) => r.rating);
    const spread = Math.max(...values) - Math.min(...values);
    return {
      question,
      ratings,
      mean: meanOf(values),
      median: medianOf(values),
      spread,
      disagreement: spread === 0 ? 'none' : spread === 1 ? 'minor' : 'major',
    };
  });
}

/** Ratings as a questions × panelists matrix (rows: the asked questions in session order). */
export function ratingMatrix(session: Session, merged: readonly Scoresheet[]): number[][] {
  return askedQuestions(session, merged).map((q) => merged.map((sheet) => scoreFor(sheet, q)!.rating!));
}
