/**
 * Reading a file or a pasted text that should hold one of the interview exchange formats:
 * size limit, JSON syntax, and a zod schema, each failure as one clear sentence for the user.
 */
import '../zod-csp';
import type { z } from 'zod';
import { parseStrictJson } from '../json/strict-parse';
import { fail, ok, type Result } from '../result';

/** Large enough for a long session with generous notes; small enough to refuse a wrong file fast. */
export const MAX_FILE_BYTES = 1_000_000;

export { fail, ok, type Result } from '../result';

/** Refuses a file by its size in bytes before it is read, so a huge file never reaches memory. */
export function checkFileSize(bytes: number, what: string): Result<number> {
  return bytes > MAX_FILE_BYTES
    ? fail(
        `The ${what} is too large (${bytes.toLocaleString('en')} bytes; the limit is ${MAX_FILE_BYTES.toLocaleString('en')}).`,
      )
    : ok(bytes);
}

/** Parses JSON text with a size limit; `what` names the thing in the message ("scoresheet"). */
export function parseJsonText(text: string, what: string): Result<unknown> {
  if (typeof text !== 'string') return fail(`The ${what} could not be read as text.`);
  if (text.length > MAX_FILE_BYTES) {
    return fail(
      `The ${what} is too large (${text.length.toLocaleString('en')} characters; the limit is ${MAX_FILE_BYTES.toLocaleString('en')}).`,
    );
  }
  if (text.trim() === '') return fail(`The ${what} is empty.`);
  try {
    return ok(parseStrictJson(text)); // refuses a key given twice, with its path and position
  } catch (e) {
    return fail(`The ${what} is not valid JSON (${(e as Error).message}).`);
  }
}

/** Formats the first zod issue as "field: message", with array indices one-based for people. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'unknown problem';
  const path = issue.path
    .map((p) => (typeof p === 'number' ? `[${p + 1}]` : String(p)))
    .join('.')
    .replace(/\.\[/g, '[');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** Validates `value` with `schema`; a wrong or missing format field gets its own message. */
export function parseFormat<T>(value: unknown, schema: z.ZodType<T>, format: string, what: string): Result<T> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return fail(`The ${what} is not a JSON object.`);
  const given = (value as { format?: unknown }).format;
  if (given !== format) {
    const seen = typeof given === 'string' ? `"${given.slice(0, 60)}"` : 'missing';
    return fail(`This is not a ${what}: its format is ${seen}, expected "${format}".`);
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? ok(parsed.data) : fail(`The ${what} is malformed: ${describeIssue(parsed.error)}.`);
}

/** True when no two strings are equal ignoring case and surrounding space. */
export function distinctIgnoringCase(values: readonly string[]): boolean {
  return new Set(values.map((v) => v.trim().toLowerCase())).size === values.length;
}
