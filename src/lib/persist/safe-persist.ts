/**
 * Reading versioned saved state loss-free: the localStorage format of the releases before the
 * record database, used to move that data into IndexedDB (record-store.ts) and to read old
 * backups (dojo-backup/1).
 * - an integer version and a cumulative migration ladder (`if (v < 2) …; if (v < 3) …`);
 * - the migrated state is validated with the store's zod schema;
 * - anything that cannot be read (broken JSON, a failed migration, an invalid shape, or a
 *   version newer than this code) is set aside under `<name>:set-aside:<time>` (never silently
 *   dropped) and a notice is recorded.
 *
 * Pure apart from the Storage it is given (a Map-backed copy in practice).
 */
import { issueInWords } from '../json/issue-words';
import type { z } from 'zod';
import '../zod-csp';
import { parseNotices, type StorageNotice } from './notices';

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length?: number;
  key?(index: number): string | null;
}

export const NOTICES_KEY = 'dojo:notices';
export const SET_ASIDE_MARK = ':set-aside:';

/** An in-memory Storage, for tests and for browsers where localStorage is unavailable. */
export function memoryStorage(): KeyValueStorage & { dump(): Record<string, string> } {
  const map = new Map<string, string>();
  return {
    getItem: (k) => (map.has(k) ? map.get(k)! : null),
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    dump: () => Object.fromEntries(map),
  };
}

/** The valid notices under NOTICES_KEY (anything else in the list is ignored, never a crash). */
export function readNotices(storage: KeyValueStorage): StorageNotice[] {
  try {
    return parseNotices(JSON.parse(storage.getItem(NOTICES_KEY) ?? '[]')).notices;
  } catch {
    return [];
  }
}

/** Moves a raw stored value aside and records why. Returns the key it was moved to. */
export function setAside(
  storage: KeyValueStorage,
  name: string,
  raw: string,
  reason: string,
  now = new Date(),
): string {
  const key = `${name}${SET_ASIDE_MARK}${now.toISOString()}`;
  try {
    storage.setItem(key, raw);
    storage.removeItem(name);
    const notices = readNotices(storage);
    notices.push({ store: name, setAsideKey: key, reason, at: now.toISOString() });
    storage.setItem(NOTICES_KEY, JSON.stringify(notices.slice(-20)));
  } catch {
    // Storage full or unavailable: leave the original where it is rather than lose it.
  }
  return key;
}

/** What reading one store's saved value needs. */
export interface SafePersistConfig<P> {
  /** localStorage key, e.g. "dojo:attempts". */
  name: string;
  /** Current integer version of the persisted shape. */
  version: number;
  /** The persisted state, validated after migration. */
  schema: z.ZodType<P>;
  /** The cumulative ladder from any older version to `version`. */
  migrate?: (persisted: unknown, fromVersion: number) => unknown;
}

/**
 * Reads and upgrades a stored value. Returns the state to use, or null when there is nothing
 * usable (after setting the unusable value aside).
 */
export function readPersisted<P>(storage: KeyValueStorage, config: SafePersistConfig<P>): P | null {
  const raw = storage.getItem(config.name);
  if (raw === null) return null;
  let value: { state?: unknown; version?: unknown };
  try {
    value = JSON.parse(raw) as { state?: unknown; version?: unknown };
  } catch {
    setAside(storage, config.name, raw, 'the saved data was not valid JSON');
    return null;
  }
  if (!value || typeof value !== 'object' || !('state' in value)) {
    setAside(storage, config.name, raw, 'the saved data had no state');
    return null;
  }
  const from = typeof value.version === 'number' && Number.isInteger(value.version) ? value.version : 0;
  if (from > config.version) {
    setAside(storage, config.name, raw, `the saved data is from a newer version (${from}) of the site`);
    return null;
  }
  let state: unknown = value.state;
  if (from < config.version) {
    if (!config.migrate) {
      setAside(storage, config.name, raw, `no migration from version ${from}`);
      return null;
    }
    try {
      state = config.migrate(state, from);
    } catch (e) {
      setAside(storage, config.name, raw, `the migration from version ${from} failed: ${(e as Error).message}`);
      return null;
    }
  }
  const parsed = config.schema.safeParse(state);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    setAside(storage, config.name, raw, `the saved data did not have the expected shape (${issueInWords(issue)})`);
    return null;
  }
  return parsed.data;
}
