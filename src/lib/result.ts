/**
 * The one result shape of every check that can refuse user input (an import, a backup, a
 * scoresheet, a setting): the value, or one sentence the person can act on. Never thrown.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: string): Result<T> => ({ ok: false, error });
