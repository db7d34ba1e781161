/**
 * Binds a zustand store to the record database: the store stays the islands' interface, and
 * its state is saved as records (records.ts) in IndexedDB (record-db.ts).
 *
 * - Hydration reads the store's records, validates each against its schema and sets aside (with
 *   a notice) any that do not fit; a store saved by a newer version of the site is set aside
 *   whole, and if even that fails the store goes read-only rather than overwrite newer data.
 * - On first use, the store's old localStorage data (every earlier version, through its ladder)
 *   is moved into the database, and removed from localStorage only once the database has it.
 * - Every change is saved as the records that changed, in one transaction; a failed save (quota,
 *   blocked storage, private mode) is reported at once, the work stays in memory, and the next
 *   save retries everything not yet saved.
 * - When another tab saves, this tab re-reads and merges (records changed here win), so two tabs
 *   add records instead of overwriting each other.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { z } from 'zod';
import {
  diffRecords,
  mergeRecords,
  recordNonce,
  upgradeRecords,
  validateRecords,
  type RecordCodec,
  type RecordMap,
} from './records';
import { storageFailureReason, type RecordDb } from './record-db';
import { memoryStorage, readNotices, readPersisted, SET_ASIDE_MARK, type KeyValueStorage } from './safe-persist';

/** What the page is told about saving; the site shows it (src/stores/storage-status.ts). */
export interface PersistReporter {
  saved(store: string): void;
  failed(store: string, reason: string): void;
  /** Data was set aside (in the database, or in memory when even that failed). */
  setAside(store: string, reason: string, where: string): void;
}

/** The localStorage data of earlier versions, read once and moved into the database. */
export interface LegacySource<P> {
  /** The persisted version the last localStorage release wrote. */
  version: number;
  schema: z.ZodType<P>;
  migrate?: (persisted: unknown, fromVersion: number) => unknown;
}

/** A message between tabs: "I saved this store". */
export interface TabChannel {
  post(store: string): void;
  listen(onSaved: (store: string) => void): () => void;
}

export interface PersistEnv {
  db: () => Promise<RecordDb>;
  /** localStorage: the old data to move in, and the journal of changes not yet in the database. */
  legacyStorage?: () => KeyValueStorage | null;
  channel?: () => TabChannel | null;
  reporter?: PersistReporter;
  now?: () => Date;
}

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saved' }
  | { kind: 'failed'; reason: string }
  | { kind: 'read-only'; reason: string }
  | { kind: 'memory'; reason: string };

/** The persistence handle attached to a store as `store.persist`. */
export interface RecordPersistence<P> {
  readonly name: string;
  /** Reads the saved records once (later calls return the same promise). */
  rehydrate(): Promise<void>;
  hasHydrated(): boolean;
  /** Resolves when every change made so far has been saved (or its save has failed). */
  flush(): Promise<void>;
  /** Re-reads the database, keeping this tab's unsaved changes (another tab saved). */
  resync(): Promise<void>;
  /** Re-reads the database and drops this tab's view (after a backup was restored). */
  reload(): Promise<void>;
  /** The records of the current state, saved or not: what a backup exports. */
  snapshot(): { version: number; records: Map<string, unknown> };
  saveState(): SaveState;
  codec: RecordCodec<P>;
  legacy?: LegacySource<P>;
}

export function bindRecords<S extends P, P extends object>(
  store: StoreApi<S>,
  codec: RecordCodec<P>,
  pick: (state: S) => P,
  env: PersistEnv,
  legacy?: LegacySource<P>,
): RecordPersistence<P> {
  const now = env.now ?? (() => new Date());
  let db: RecordDb | null = null;
  let saved: RecordMap = new Map();
  let state: SaveState = { kind: 'idle' };
  let hydration: Promise<void> | null = null;
  let hydrated = false;
  let queue: Promise<void> = Promise.resolve();
  let scheduled = false;

  const report = (next: SaveState) => {
    state = next;
    if (next.kind === 'saved') env.reporter?.saved(codec.name);
    else if (next.kind !== 'idle') env.reporter?.failed(codec.name, next.reason);
  };
  const apply = (records: RecordMap) => store.setState(codec.fromRecords(records) as Partial<S>);
  const current = () => codec.toRecords(pick(store.getState()), saved);

  /** Runs `task` after every earlier database task; a failure does not stop later ones. */
  const enqueue = (task: () => Promise<void>) => {
    queue = queue.then(task, task);
    return queue;
  };

  async function setAsideInDb(keys: string[] | null, reason: string): Promise<boolean> {
    try {
      await db!.setAside(codec.name, keys, reason, now().toISOString());
      env.reporter?.setAside(codec.name, reason, 'database');
      return true;
    } catch {
      env.reporter?.setAside(codec.name, reason, 'memory');
      return false;
    }
  }

  /** Moves this store's old localStorage item into the database. Returns the records to start from. */
  async function migrateLegacy(): Promise<RecordMap> {
    const storage = env.legacyStorage?.() ?? null;
    if (!storage || !legacy || !db) return new Map();
    let raw: string | null;
    try {
      raw = storage.getItem(codec.name);
    } catch {
      return new Map();
    }
    const legacyAside = legacySetAsideItems(storage, codec.name);
    if (raw === null && legacyAside.length === 0) return new Map();
    let records: Map<string, unknown> = new Map();
    const setAside = legacyAside.map(([key, value]) => ({
      store: codec.name,
      raw: value,
      reason: `set aside by an earlier version of the site (${key})`,
      at: now().toISOString(),
    }));
    if (raw !== null) {
      // The localStorage ladder (readPersisted) runs on a copy, so its set-aside lands here.
      const scratch = memoryStorage();
      scratch.setItem(codec.name, raw);
      const value = readPersisted(scratch, {
        name: codec.name,
        version: legacy.version,
        schema: legacy.schema,
        ...(legacy.migrate ? { migrate: legacy.migrate } : {}),
      });
      if (value === null) {
        const reason = readNotices(scratch).at(-1)?.reason ?? 'the saved data could not be read';
        setAside.push({ store: codec.name, raw, reason, at: now().toISOString() });
      } else records = codec.toRecords(value, new Map());
    }
    await db.replace({ [codec.name]: { version: codec.version, records } }, setAside, { notify: true });
    for (const entry of setAside) env.reporter?.setAside(codec.name, entry.reason, 'database');
    // Only now that the database holds it is the old copy removed.
    try {
      storage.removeItem(codec.name);
      for (const [key] of legacyAside) storage.removeItem(key);
    } catch {
      // The copy stays; the next load sees the store has a version and ignores it.
    }
    return records;
  }

  async function readValidated(): Promise<RecordMap | null> {
    if (!db) return null;
    const saved = await db.read(codec.name);
    if (saved.version === null && saved.records.size === 0) return migrateLegacy();
    const upgraded = upgradeRecords(codec, saved.records, saved.version ?? codec.version);
    if (!upgraded.ok) {
      const moved = await setAsideInDb(null, upgraded.reason);
      if (!moved) {
        report({ kind: 'read-only', reason: `${upgraded.reason}; it is kept, and changes made here are not saved` });
        return null;
      }
      return new Map();
    }
    let records = upgraded.records;
    if (saved.version !== null && saved.version < codec.version) {
      // Written back whole at once, so the database never holds old records under the new version.
      await db.replace({ [codec.name]: { version: codec.version, records: new Map(records) } });
      records = (await db.read(codec.name)).records;
    }
    const { valid, invalid } = validateRecords(codec, records);
    if (invalid.length) {
      for (const bad of invalid) await setAsideInDb([bad.key], bad.reason);
    }
    return valid;
  }

  // The journal: every change not yet in the database, written synchronously to localStorage as
  // it happens. A database write is asynchronous and a page closed or left at once can drop it;
  // the next page to open replays the journal (issue 17: a rating checked just before leaving
  // the page was lost).
  const journalPrefix = `${codec.name}${JOURNAL_MARK}`;
  const journalKey = `${journalPrefix}${recordNonce()}`;
  function writeJournal() {
    const storage = env.legacyStorage?.() ?? null;
    if (!storage || !hydrated || !db || state.kind === 'read-only' || state.kind === 'memory') return;
    const { puts, deletes } = diffRecords(saved, current());
    try {
      if (puts.size === 0 && deletes.length === 0) storage.removeItem(journalKey);
      else storage.setItem(journalKey, JSON.stringify({ version: codec.version, puts: [...puts], deletes }));
    } catch {
      // Storage full or blocked: the database write is then the only copy (and is announced if it fails).
    }
  }

  /** Applies the journals left by pages that closed before their writes reached the database. */
  async function replayJournals(records: RecordMap): Promise<RecordMap> {
    const storage = env.legacyStorage?.() ?? null;
    if (!storage || !db) return records;
    let keys: string[];
    try {
      keys = keysWithPrefix(storage, journalPrefix);
    } catch {
      return records;
    }
    if (keys.length === 0) return records;
    const merged = new Map(records);
    for (const k of keys.sort()) {
      const entry = readJournal(storage.getItem(k));
      if (!entry || entry.version !== codec.version) continue;
      const { valid } = validateRecords(codec, new Map(entry.puts));
      for (const [key, value] of valid) merged.set(key, value);
      for (const key of entry.deletes) merged.delete(key);
    }
    const { puts, deletes } = diffRecords(records, merged);
    if (puts.size || deletes.length) await db.write(codec.name, codec.version, puts, deletes);
    for (const k of keys) storage.removeItem(k);
    return merged;
  }

  async function hydrate() {
    try {
      db = await env.db();
    } catch (e) {
      report({ kind: 'memory', reason: `${storageFailureReason(e)}: work is kept on this page only` });
      hydrated = true;
      return;
    }
    try {
      const read = await readValidated();
      const records = read ? await replayJournals(read) : null;
      if (records) {
        saved = records;
        apply(records);
      }
    } catch (e) {
      report({ kind: 'failed', reason: storageFailureReason(e) });
    }
    hydrated = true;
    // Anything changed before hydration finished is saved now.
    schedule();
  }

  async function save() {
    scheduled = false;
    if (!db || state.kind === 'read-only' || state.kind === 'memory') return;
    const records = current();
    const { puts, deletes } = diffRecords(saved, records);
    if (puts.size === 0 && deletes.length === 0) return;
    try {
      await db.write(codec.name, codec.version, puts, deletes);
      saved = records;
      writeJournal();
      report({ kind: 'saved' });
      env.channel?.()?.post(codec.name);
    } catch (e) {
      report({ kind: 'failed', reason: storageFailureReason(e) });
    }
  }

  function schedule() {
    if (!hydrated || scheduled) return;
    scheduled = true;
    // Changes made in the same task are saved together.
    queueMicrotask(() => void enqueue(save));
  }

  async function resync(discardLocal: boolean) {
    if (!db || state.kind === 'read-only') return;
    const remote = await readValidated();
    if (!remote) return;
    const next = discardLocal ? remote : mergeRecords(saved, current(), remote);
    saved = remote;
    apply(next);
  }

  store.subscribe(() => {
    writeJournal();
    schedule();
  });
  const stopListening = env.channel?.()?.listen((name) => {
    if (name === codec.name && hydrated) void enqueue(() => resync(false));
  });
  void stopListening;

  return {
    name: codec.name,
    codec,
    ...(legacy ? { legacy } : {}),
    rehydrate() {
      hydration ??= enqueue(hydrate);
      return hydration;
    },
    hasHydrated: () => hydrated,
    // Saves now whatever a change has scheduled but not yet queued.
    flush: () => enqueue(async () => (hydrated ? save() : undefined)),
    resync: () => enqueue(() => resync(false)),
    reload: () => enqueue(() => resync(true)),
    snapshot: () => ({ version: codec.version, records: current() }),
    saveState: () => state,
  };
}

/** Old `<name>:set-aside:<time>` localStorage items of one store. */
function legacySetAsideItems(storage: KeyValueStorage, name: string): [string, string][] {
  return keysWithPrefix(storage, `${name}${SET_ASIDE_MARK}`).flatMap((key) => {
    const value = storage.getItem(key);
    return value === null ? [] : [[key, value] as [string, string]];
  });
}

/** The keys of a Storage that start with `prefix`. */
function keysWithPrefix(storage: KeyValueStorage, prefix: string): string[] {
  const keys: string[] = [];
  const n = storage.length ?? 0;
  for (let i = 0; i < n; i++) {
    const key = storage.key?.(i);
    if (key && key.startsWith(prefix)) keys.push(key);
  }
  return keys;
}

/** `<store>:journal:<tab>`: a page's changes not yet in the database. */
export const JOURNAL_MARK = ':journal:';

function readJournal(raw: string | null): { version: number; puts: [string, unknown][]; deletes: string[] } | null {
  if (raw === null) return null;
  try {
    const v = JSON.parse(raw) as { version?: unknown; puts?: unknown; deletes?: unknown };
    if (typeof v.version !== 'number' || !Array.isArray(v.puts) || !Array.isArray(v.deletes)) return null;
    const puts = v.puts.filter(
      (p): p is [string, unknown] => Array.isArray(p) && p.length === 2 && typeof p[0] === 'string',
    );
    const deletes = v.deletes.filter((d): d is string => typeof d === 'string');
    return { version: v.version, puts, deletes };
  } catch {
    return null;
  }
}
