/**
 * One backup of everything the learner has: every localStorage key of the platform (prefix
 * "dojo:"), including data set aside as unreadable, exported as one JSON file and imported back.
 *
 * Import is all or nothing: the whole file is validated first (format, version, every key and
 * value) and nothing is written unless all of it is good. A bad file changes nothing and the
 * error says why.
 */
import { z } from 'zod';
import '../zod-csp';
import type { KeyValueStorage } from '../persist/safe-persist';

export const BACKUP_FORMAT = 'dojo-backup/1';
export const KEY_PREFIX = 'dojo:';
/** Largest backup accepted on import (localStorage itself holds about 5 MB). */
export const MAX_BACKUP_BYTES = 8 * 1024 * 1024;

const backupSchema = z.strictObject({
  format: z.string(),
  exportedAt: z.string(),
  items: z.record(z.string(), z.string()),
});
export type Backup = z.infer<typeof backupSchema>;

export type ImportResult = { ok: true; keys: string[] } | { ok: false; error: string };

function keysOf(storage: KeyValueStorage): string[] {
  const keys: string[] = [];
  const n = storage.length ?? 0;
  for (let i = 0; i < n; i++) {
    const k = storage.key?.(i);
    if (k && k.startsWith(KEY_PREFIX)) keys.push(k);
  }
  return keys.sort();
}

/** Everything under the platform's prefix, as a backup object. */
export function createBackup(storage: KeyValueStorage, now = new Date()): Backup {
  const items: Record<string, string> = {};
  for (const k of keysOf(storage)) {
    const v = storage.getItem(k);
    if (v !== null) items[k] = v;
  }
  return { format: BACKUP_FORMAT, exportedAt: now.toISOString(), items };
}

export function backupFileName(now = new Date()): string {
  return `ai-security-dojo-backup-${now.toISOString().slice(0, 10)}.json`;
}

/** Validates a backup file's text; returns the backup or a reason it cannot be used. */
export function parseBackup(text: string): { ok: true; backup: Backup } | { ok: false; error: string } {
  if (text.length > MAX_BACKUP_BYTES) {
    return {
      ok: false,
      error: `The file is too large (${Math.round(text.length / 1024)} KB; the limit is ${MAX_BACKUP_BYTES / 1024 / 1024} MB).`,
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'The file is not valid JSON, so it is not a backup from this site.' };
  }
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      error: `The file is not a backup from this site (${issue.path.join('.') || 'root'}: ${issue.message}).`,
    };
  }
  const backup = parsed.data;
  if (backup.format !== BACKUP_FORMAT) {
    const newer = /^dojo-backup\/(\d+)$/.exec(backup.format);
    return {
      ok: false,
      error:
        newer && Number(newer[1]) > 1
          ? `The backup was made by a newer version of the site (${backup.format}); update the site and try again.`
          : `The file's format is "${backup.format}", not ${BACKUP_FORMAT}.`,
    };
  }
  for (const [key, value] of Object.entries(backup.items)) {
    if (!key.startsWith(KEY_PREFIX))
      return { ok: false, error: `The backup holds a key that is not this site's: "${key.slice(0, 60)}".` };
    if (!key.includes(':set-aside:')) {
      try {
        JSON.parse(value);
      } catch {
        return { ok: false, error: `The saved data for "${key}" in the backup is damaged (not valid JSON).` };
      }
    }
  }
  return { ok: true, backup };
}

/**
 * Restores a backup: every key in it replaces the current value. Keys not in the backup are
 * kept. If writing fails part-way (storage full), everything written is rolled back.
 */
export function restoreBackup(storage: KeyValueStorage, text: string): ImportResult {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  const entries = Object.entries(parsed.backup.items);
  const previous = new Map(entries.map(([k]) => [k, storage.getItem(k)]));
  const written: string[] = [];
  try {
    for (const [k, v] of entries) {
      storage.setItem(k, v);
      written.push(k);
    }
  } catch {
    // Undo in reverse; removing first frees the space the old value needs.
    for (const k of written.reverse()) {
      const old = previous.get(k);
      try {
        storage.removeItem(k);
        if (old !== null && old !== undefined) storage.setItem(k, old);
      } catch {
        // Nothing more can be done for this key; the others are still restored.
      }
    }
    return { ok: false, error: 'The browser ran out of storage while restoring; nothing was changed.' };
  }
  return { ok: true, keys: written };
}
