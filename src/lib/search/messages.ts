/** The words the search shows: the result count line and the empty state. */
import { DOC_TYPE_LABELS, type DocType } from './types';

/** The empty-state text, exactly as the issue gives it. */
export const NO_RESULTS = '0 results found. Try a different search term.';

/**
 * "1 result found", "12 results found"; with a single type filter, "1 career found",
 * "3 careers found". Zero is always the empty-state text.
 */
export function countMessage(count: number, types: readonly DocType[] = []): string {
  if (!Number.isFinite(count) || count <= 0) return NO_RESULTS;
  const n = Math.floor(count);
  const label = types.length === 1 ? DOC_TYPE_LABELS[types[0]] : { one: 'result', many: 'results' };
  return `${n} ${n === 1 ? label.one : label.many} found`;
}
