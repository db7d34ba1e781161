/**
 * Notices about saved data that was set aside, validated whenever they are read: a damaged notice
 * list (from an old version, a bad backup, a hand edit) is set aside in its turn, never a crash.
 */
import { z } from 'zod';
import '../zod-csp';

export const noticeSchema = z.strictObject({
  /** The store whose data was set aside, e.g. "dojo:attempts". */
  store: z.string().min(1).max(100),
  /** Where the data now is: a set-aside entry ID (database) or a legacy localStorage key. */
  setAsideKey: z.string().min(1).max(200),
  reason: z.string().min(1).max(500),
  at: z.string().min(1).max(40),
});
export type StorageNotice = z.infer<typeof noticeSchema>;

/** The valid notices of an unknown value, and how many entries were not valid. */
export function parseNotices(value: unknown): { notices: StorageNotice[]; rejected: number } {
  if (!Array.isArray(value)) return { notices: [], rejected: value === undefined || value === null ? 0 : 1 };
  const notices: StorageNotice[] = [];
  let rejected = 0;
  for (const item of value) {
    const parsed = noticeSchema.safeParse(item);
    if (parsed.success) notices.push(parsed.data);
    else rejected++;
  }
  return { notices, rejected };
}

/** A database notice row ({ store, setAsideId, reason, at }) as a notice, or null when it is not valid. */
export function noticeFromRow(row: unknown): StorageNotice | null {
  if (!row || typeof row !== 'object') return null;
  const r = row as Record<string, unknown>;
  if (typeof r.setAsideId !== 'number' || !Number.isInteger(r.setAsideId)) return null;
  const parsed = noticeSchema.safeParse({
    store: r.store,
    setAsideKey: `set-aside #${r.setAsideId}`,
    reason: r.reason,
    at: r.at,
  });
  return parsed.success ? parsed.data : null;
}
