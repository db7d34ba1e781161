/**
 * The interview session setup, exchange format `dojo-interview-session/1`: what every panelist
 * loads so that all of them run the same structured interview (the same questions in the same
 * order for every candidate: Campion, Palmer & Campion 1997).
 *
 * A session is immutable once created: changing the setup makes a new session with a new ID, so
 * scoresheets can be matched to the exact setup they were written against.
 */
import { z } from 'zod';
import { level, questionId } from '../content/schemas';
import { distinctIgnoringCase, fail, ok, parseFormat, parseJsonText, type Result } from './validation';
import type { Level } from './catalog';

export const SESSION_FORMAT = 'dojo-interview-session/1';

export const LIMITS = {
  panelists: 10,
  questions: 12,
  nameLength: 60,
  minMinutes: 5,
  maxMinutes: 480,
} as const;

/** A person's display name or the candidate's alias: one line, trimmed, not empty. */
export const personName = () =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(LIMITS.nameLength, `must be at most ${LIMITS.nameLength} characters`)
    .regex(/^[^\r\n\t]*$/, 'must be on one line');

export const sessionIdSchema = () => z.string().regex(/^[a-z0-9]{8,32}$/, 'must be 8–32 lowercase letters or digits');

export const sessionSchema = z.strictObject({
  format: z.literal(SESSION_FORMAT),
  /** Random ID; every scoresheet carries it. */
  id: sessionIdSchema(),
  createdAt: z.iso.datetime(),
  level: level(),
  /** An alias, not the candidate's real name: the file may be passed around the panel. */
  candidate: personName(),
  panelists: z
    .array(personName())
    .min(1, 'needs at least one panelist')
    .max(LIMITS.panelists, `may have at most ${LIMITS.panelists} panelists`)
    .refine(distinctIgnoringCase, 'names must be different from each other'),
  /** Planned length of the whole interview. */
  minutes: z
    .number({ error: 'must be a number of minutes' })
    .int('must be a whole number of minutes')
    .min(LIMITS.minMinutes, `must be at least ${LIMITS.minMinutes} minutes`)
    .max(LIMITS.maxMinutes, `must be at most ${LIMITS.maxMinutes} minutes`),
  /** Question IDs in the order they are asked. */
  questions: z
    .array(questionId())
    .min(1, 'needs at least one question')
    .max(LIMITS.questions, `may have at most ${LIMITS.questions} questions`)
    .refine((ids) => new Set(ids).size === ids.length, 'must not repeat a question'),
});

export type Session = z.infer<typeof sessionSchema>;

export interface SessionInput {
  level: Level;
  candidate: string;
  panelists: string[];
  minutes: number;
  questions: string[];
}

/** Creates and validates a session. `id` comes from a random source (the island uses crypto). */
export function createSession(
  input: SessionInput,
  id: string,
  now: Date,
  knownQuestions: readonly string[],
): Result<Session> {
  const candidate = {
    format: SESSION_FORMAT,
    id,
    createdAt: now.toISOString(),
    level: input.level,
    candidate: input.candidate.trim(),
    panelists: input.panelists.map((p) => p.trim()).filter((p) => p !== ''),
    minutes: input.minutes,
    questions: input.questions,
  };
  return validateSession(candidate, knownQuestions, 'session setup');
}

/** A session ID from random bytes: one base-36 character per byte (pass 16 bytes). */
export function sessionIdFromBytes(bytes: Uint8Array): string {
  if (bytes.length < 8) throw new Error('a session ID needs at least 8 random bytes');
  return Array.from(bytes, (b) => (b % 36).toString(36))
    .join('')
    .slice(0, 32);
}

/** Validates a parsed value as a session and checks every question exists on this site. */
export function validateSession(
  value: unknown,
  knownQuestions: readonly string[],
  what = 'session file',
): Result<Session> {
  const parsed = parseFormat(value, sessionSchema, SESSION_FORMAT, what);
  if (!parsed.ok) return parsed;
  const known = new Set(knownQuestions);
  const unknown = parsed.value.questions.filter((q) => !known.has(q));
  if (unknown.length > 0) {
    return fail(
      `The ${what} uses question${unknown.length === 1 ? '' : 's'} this site does not have: ${unknown.join(', ')}.`,
    );
  }
  return ok(parsed.value);
}

/** Reads a session from the text of a file. */
export function parseSessionText(text: string, knownQuestions: readonly string[]): Result<Session> {
  const json = parseJsonText(text, 'session file');
  return json.ok ? validateSession(json.value, knownQuestions) : json;
}

/** Sum of the suggested minutes of the chosen questions. */
export function plannedMinutes(questionIds: readonly string[], minutesOf: (id: string) => number | undefined): number {
  return questionIds.reduce((sum, id) => sum + (minutesOf(id) ?? 0), 0);
}
