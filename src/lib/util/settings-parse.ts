/**
 * Reading one setting from a form, a URL or the command line, with the message a learner sees when
 * it is wrong. Shared by the labs' settings modules (extraction, evasion).
 */
import { SettingsError } from '../extraction/errors';

export function choice<T extends string>(v: unknown, allowed: readonly T[], what: string): T {
  const s = String(v).trim();
  if ((allowed as readonly string[]).includes(s)) return s as T;
  throw new SettingsError(`unknown ${what} "${s}"; use one of ${allowed.join(', ')}`);
}

export function toNumber(v: unknown): number {
  if (typeof v === 'number') return v;
  const s = String(v).trim();
  return s === '' ? NaN : Number(s);
}

export function finite(v: unknown, what: string): number {
  const n = toNumber(v);
  if (!Number.isFinite(n)) throw new SettingsError(`${what} must be a finite number (got ${String(v)})`);
  return n;
}

export function integer(v: unknown, what: string, shape: string): number {
  const n = toNumber(v);
  if (!Number.isFinite(n) || !Number.isInteger(n))
    throw new SettingsError(`${what} must be ${shape} (got ${String(v)})`);
  return n;
}
