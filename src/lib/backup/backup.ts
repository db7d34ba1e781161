/**
 * One backup of everything the learner has: every store's records (what is on screen, saved or
 * not), and the data set aside as unreadable, as one JSON file; and the way back in.
 *
 * Import is all or nothing, and nothing is written that the site could not read back: the file
 * is parsed strictly (duplicate keys refused), every store must be known and at a version this
 * site reads, every record must fit its schema, old localStorage backups (dojo-backup/1) go
 * through each store's version ladder; only then is everything written, in one transaction.
 * A refused file changes nothing and the error says why.
 */
import { issueInWords } from '../json/issue-words';
import { z } from 'zod';
import '../zod-csp';
import { parseStrictJson } from '../json/strict-parse';
import type { Result } from '../result';
import { parseNotices } from '../persist/notices';
import type { RecordDb, SetAsideEntry, StoreSnapshot } from '../persist/record-db';
import type { LegacySource } from '../persist/record-store';
import { upgradeRecords, validateRecords, type RecordCodec } from '../persist/records';
import { memoryStorage, readNotices, readPersisted, NOTICES_KEY, SET_ASIDE_MARK } from '../persist/safe-persist';

export const BACKUP_FORMAT = 'dojo-backup/2';
/** Backups of the localStorage releases: every `dojo:` item as its raw string. */
export const LEGACY_BACKUP_FORMAT = 'dojo-backup/1';
export const KEY_PREFIX = 'dojo:';
/** Largest backup accepted on import. */
export const MAX_BACKUP_BYTES = 16 * 1024 * 1024;

const setAsideSchema = z.strictObject({
  store: z.string().min(1).max(100),
  key: z.string().max(1000).optional(),
  raw: z.string().max(MAX_BACKUP_BYTES),
  reason: z.string().max(1000),
  at: z.string().max(40),
});

const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  exportedAt: z.string().max(40),
  stores: z.record(
    z.string(),
    z.strictObject({ version: z.number().int().min(1), records: z.record(z.string(), z.unknown()) }),
  ),
  setAside: z.array(setAsideSchema),
});
export type Backup = z.infer<typeof backupSchema>;

const legacyBackupSchema = z.strictObject({
  format: z.literal(LEGACY_BACKUP_FORMAT),
  exportedAt: z.string(),
  items: z.record(z.string(), z.string()),
});

/** A store a backup may hold: how its records look, and its localStorage ladder for old backups. */
export interface BackupStore {
  codec: RecordCodec<object>;
  legacy?: LegacySource<object>;
}

/** What a valid backup writes. */
export interface RestorePlan {
  stores: Record<string, StoreSnapshot>;
  setAside: SetAsideEntry[];
}

/** A backup check's result (src/lib/result.ts). */
export type BackupResult<T> = Result<T>;
const refuse = (error: string): { ok: false; error: string } => ({ ok: false, error });

/**
 * The backup of `live` stores (this page's, with unsaved changes) and every other store the
 * database holds. Without a database (storage blocked), the live stores alone.
 */
export async function createBackup(
  live: ReadonlyMap<string, { version: number; records: ReadonlyMap<string, unknown> }>,
  db: RecordDb | null,
  now = new Date(),
): Promise<Backup> {
  const stores: Backup['stores'] = {};
  for (const [name, s] of live) stores[name] = { version: s.version, records: Object.fromEntries(s.records) };
  let setAside: SetAsideEntry[] = [];
  if (db) {
    for (const name of await db.storeNames()) {
      if (name in stores) continue;
      const saved = await db.read(name);
      if (saved.version !== null) stores[name] = { version: saved.version, records: Object.fromEntries(saved.records) };
    }
    setAside = (await db.listSetAside()).map(({ id: _id, ...entry }) => entry);
  }
  return { format: BACKUP_FORMAT, exportedAt: now.toISOString(), stores, setAside };
}

export function backupFileName(now = new Date()): string {
  return `ai-security-dojo-backup-${now.toISOString().slice(0, 10)}.json`;
}

/** How many records a backup holds, for the learner's message. */
export function recordCount(plan: RestorePlan): number {
  return Object.values(plan.stores).reduce((n, s) => n + s.records.size, 0);
}

const issueText = (e: z.ZodError) => issueInWords(e.issues[0]);

/** Validates a backup file's text completely; returns what it would write, or why it cannot be used. */
export function parseBackup(text: string, known: readonly BackupStore[]): BackupResult<RestorePlan> {
  if (text.length > MAX_BACKUP_BYTES) {
    return refuse(
      `The file is too large (${Math.round(text.length / 1024)} KB; the limit is ${MAX_BACKUP_BYTES / 1024 / 1024} MB).`,
    );
  }
  let raw: unknown;
  try {
    raw = parseStrictJson(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return refuse(`The file is not valid JSON, so it is not a backup from this site (${(e as Error).message}).`);
  }
  const format = (raw as { format?: unknown } | null)?.format;
  if (typeof format === 'string' && format !== BACKUP_FORMAT && format !== LEGACY_BACKUP_FORMAT) {
    const version = /^dojo-backup\/(\d+)$/.exec(format);
    return refuse(
      version && Number(version[1]) > 2
        ? `The backup was made by a newer version of the site (${format}); update the site and try again.`
        : `The file's format is "${format.slice(0, 60)}", not ${BACKUP_FORMAT}.`,
    );
  }
  const byName = new Map(known.map((s) => [s.codec.name, s]));
  return format === LEGACY_BACKUP_FORMAT ? planLegacy(raw, byName) : planCurrent(raw, byName);
}

function planCurrent(raw: unknown, known: ReadonlyMap<string, BackupStore>): BackupResult<RestorePlan> {
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success) return refuse(`The file is not a backup from this site: ${issueText(parsed.error)}.`);
  const plan: RestorePlan = { stores: {}, setAside: parsed.data.setAside };
  for (const [name, saved] of Object.entries(parsed.data.stores)) {
    const store = known.get(name);
    if (!store) return refuse(`The backup holds data this site does not know: "${name.slice(0, 60)}".`);
    if (saved.version > store.codec.version) {
      return refuse(
        `The backup's "${name}" was saved by a newer version of the site (${saved.version}); update the site and try again.`,
      );
    }
    const upgraded = upgradeRecords(store.codec, new Map(Object.entries(saved.records)), saved.version);
    if (!upgraded.ok) return refuse(`The backup's "${name}" cannot be used: ${upgraded.reason}.`);
    const { valid, invalid } = validateRecords(store.codec, upgraded.records);
    if (invalid.length) return refuse(`The backup's "${name}" is damaged: ${invalid[0]!.reason}.`);
    plan.stores[name] = { version: store.codec.version, records: valid };
  }
  return { ok: true, value: plan };
}

/** A dojo-backup/1 file: each store's item goes through that store's localStorage ladder. */
function planLegacy(raw: unknown, known: ReadonlyMap<string, BackupStore>): BackupResult<RestorePlan> {
  const parsed = legacyBackupSchema.safeParse(raw);
  if (!parsed.success) return refuse(`The file is not a backup from this site: ${issueText(parsed.error)}.`);
  const plan: RestorePlan = { stores: {}, setAside: [] };
  for (const [key, value] of Object.entries(parsed.data.items)) {
    if (!key.startsWith(KEY_PREFIX))
      return refuse(`The backup holds a key that is not this site's: "${key.slice(0, 60)}".`);
    const mark = key.indexOf(SET_ASIDE_MARK);
    if (mark > 0) {
      const at = key.slice(mark + SET_ASIDE_MARK.length).slice(0, 40);
      plan.setAside.push({
        store: key.slice(0, mark),
        raw: value,
        reason: 'set aside by an earlier version of the site',
        at,
      });
      continue;
    }
    if (key === NOTICES_KEY) {
      let list: unknown;
      try {
        list = JSON.parse(value);
      } catch {
        return refuse(`The backup's list of notices is damaged (not valid JSON).`);
      }
      if (parseNotices(list).rejected > 0) return refuse(`The backup's list of notices is damaged.`);
      continue; // Notices are about the old browser's data; the set-aside items themselves are restored.
    }
    const store = known.get(key);
    if (!store?.legacy) return refuse(`The backup holds data this site does not know: "${key.slice(0, 60)}".`);
    const scratch = memoryStorage();
    scratch.setItem(key, value);
    const state = readPersisted(scratch, { name: key, ...store.legacy });
    if (state === null) {
      const why = readNotices(scratch).at(-1)?.reason ?? 'it could not be read';
      return refuse(`The saved data for "${key}" in the backup cannot be used: ${why}.`);
    }
    plan.stores[key] = { version: store.codec.version, records: store.codec.toRecords(state, new Map()) };
  }
  return { ok: true, value: plan };
}

/**
 * Restores a backup: each store it holds replaces that store's records; stores it does not hold
 * are kept. One transaction: if the browser refuses part of it (storage full), nothing changes.
 */
export async function restoreBackup(
  db: RecordDb,
  text: string,
  known: readonly BackupStore[],
): Promise<BackupResult<{ stores: string[]; records: number }>> {
  const plan = parseBackup(text, known);
  if (!plan.ok) return plan;
  try {
    await db.replace(plan.value.stores, plan.value.setAside);
  } catch (e) {
    const name = (e as { name?: string } | null)?.name;
    return refuse(
      name === 'QuotaExceededError'
        ? 'The browser ran out of storage while restoring; nothing was changed.'
        : `The browser refused to save the backup (${(e as Error).message || name || 'unknown error'}); nothing was changed.`,
    );
  }
  return { ok: true, value: { stores: Object.keys(plan.value.stores).sort(), records: recordCount(plan.value) } };
}
