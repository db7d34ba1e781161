/**
 * A panelist's scoresheet, exchange format `dojo-interview-scoresheet/1`: the ratings one
 * panelist gave, on their own, before any discussion (independent scoring; Campion, Palmer &
 * Campion 1997). It names its session so that a sheet from another session is refused at merge.
 */
import { z } from 'zod';
import { questionId, slug } from '../content/schemas';
import { RATINGS, type Rating } from './catalog';
import { LIMITS, personName, sessionIdSchema, type Session } from './session';
import { fail, ok, parseFormat, parseJsonText, type Result } from './validation';
import { safeFilePart } from './share';

export const SCORESHEET_FORMAT = 'dojo-interview-scoresheet/1';
export const MAX_NOTES = 20_000;

export const ratingSchema = () =>
  z.number().int('must be a whole number').min(1, 'must be 1 to 4').max(4, 'must be 1 to 4');

export const questionScoreSchema = z
  .strictObject({
    question: questionId(),
    /** Anchored rating 1–4; null when the question was not asked. */
    rating: ratingSchema().nullable(),
    /**
     * True when the panel did not get to this question (time ran out, the plan changed): it has
     * no rating and counts in no total or statistic. Absent on questions that were asked, and on
     * every sheet written before it existed.
     */
    notAsked: z.literal(true).optional(),
    /** Rubric concepts the panelist heard in the answer. */
    concepts: z.array(slug()).max(50),
    notes: z.string().max(MAX_NOTES, `must be at most ${MAX_NOTES} characters`),
  })
  .superRefine((score, ctx) => {
    if (score.notAsked && score.rating !== null)
      ctx.addIssue({ code: 'custom', path: ['rating'], message: 'must be null for a question that was not asked' });
    if (!score.notAsked && score.rating === null)
      ctx.addIssue({ code: 'custom', path: ['rating'], message: 'must be 1 to 4 (or mark the question notAsked)' });
  });

export const scoresheetSchema = z
  .strictObject({
    format: z.literal(SCORESHEET_FORMAT),
    sessionId: sessionIdSchema(),
    candidate: personName(),
    panelist: personName(),
    /** The session's questions, in order, as the panelist had them. */
    questions: z.array(questionId()).min(1).max(LIMITS.questions),
    submittedAt: z.iso.datetime(),
    scores: z.array(questionScoreSchema).max(LIMITS.questions),
  })
  .superRefine((sheet, ctx) => {
    const asked = new Set(sheet.questions);
    const seen = new Set<string>();
    for (const [i, s] of sheet.scores.entries()) {
      if (!asked.has(s.question))
        ctx.addIssue({
          code: 'custom',
          path: ['scores', i, 'question'],
          message: `"${s.question}" is not one of the sheet's questions`,
        });
      else if (seen.has(s.question))
        ctx.addIssue({ code: 'custom', path: ['scores', i, 'question'], message: `"${s.question}" is scored twice` });
      seen.add(s.question);
    }
    const missing = sheet.questions.filter((q) => !seen.has(q));
    if (missing.length > 0)
      ctx.addIssue({ code: 'custom', path: ['scores'], message: `no score for ${missing.join(', ')}` });
  });

export type QuestionScore = z.infer<typeof questionScoreSchema>;
export type Scoresheet = z.infer<typeof scoresheetSchema>;

/** A panelist's work in progress on one question. */
export interface DraftScore {
  rating: Rating | null;
  /** The question was not asked: it needs no rating and counts in no total. */
  notAsked: boolean;
  concepts: string[];
  notes: string;
}

export type Draft = Record<string, DraftScore>;

export const emptyDraftScore = (): DraftScore => ({ rating: null, notAsked: false, concepts: [], notes: '' });

/** Questions of the session the draft has neither rated nor marked not asked, in session order. */
export function unrated(session: Session, draft: Draft): string[] {
  return session.questions.filter((q) => !draft[q]?.notAsked && !RATINGS.includes(draft[q]?.rating as Rating));
}

/** Builds the scoresheet to submit; refuses when a question is unrated or the panelist is unknown. */
export function buildScoresheet(session: Session, panelist: string, draft: Draft, now: Date): Result<Scoresheet> {
  if (!session.panelists.includes(panelist))
    return fail(`Choose who you are: "${panelist}" is not on this session's panel.`);
  const missing = unrated(session, draft);
  if (missing.length > 0) return fail(`Rate every question before submitting; still unrated: ${missing.join(', ')}.`);
  const sheet = {
    format: SCORESHEET_FORMAT,
    sessionId: session.id,
    candidate: session.candidate,
    panelist,
    questions: [...session.questions],
    submittedAt: now.toISOString(),
    scores: session.questions.map((q) => ({
      question: q,
      ...(draft[q].notAsked ? { rating: null, notAsked: true as const } : { rating: draft[q].rating }),
      concepts: [...new Set(draft[q].concepts)],
      notes: draft[q].notes,
    })),
  };
  const parsed = scoresheetSchema.safeParse(sheet);
  return parsed.success
    ? ok(parsed.data)
    : fail(`The scoresheet could not be built: ${parsed.error.issues[0]?.message}.`);
}

export function validateScoresheet(value: unknown): Result<Scoresheet> {
  return parseFormat(value, scoresheetSchema, SCORESHEET_FORMAT, 'scoresheet');
}

export function parseScoresheetText(text: string): Result<Scoresheet> {
  const json = parseJsonText(text, 'scoresheet');
  return json.ok ? validateScoresheet(json.value) : json;
}

export function scoresheetToJson(sheet: Scoresheet): string {
  return `${JSON.stringify(sheet, null, 2)}\n`;
}

export function scoresheetFileName(sheet: Scoresheet): string {
  return `scoresheet-${safeFilePart(sheet.candidate)}-${safeFilePart(sheet.panelist)}-${sheet.sessionId.slice(0, 8)}.json`;
}

/** The questions a sheet marks as not asked, in session order. */
export function notAskedIn(sheet: Scoresheet): string[] {
  return sheet.scores.filter((s) => s.notAsked).map((s) => s.question);
}

/** The score a sheet gives one question. */
export function scoreFor(sheet: Scoresheet, question: string): QuestionScore | undefined {
  return sheet.scores.find((s) => s.question === question);
}
