/**
 * The browser's own database (IndexedDB, through the `idb` wrapper) holding every learner record,
 * one row per record, so that a save touches only what changed and is one transaction.
 *
 * Object stores:
 * - records:  { store, key, value }, keyed by [store, key]; the `store` index lists one store's rows.
 * - meta:     { store, version }: the integer version each store's records are at.
 * - setAside: { id, store, key?, raw, reason, at }: data that could not be read, kept (never dropped)
 *             so that a backup still carries it and a person can look at it.
 * - notices:  { id, store, setAsideId, reason, at }: what to tell the learner about set-aside data.
 *
 * Every write is one transaction: it happens completely or not at all (quota errors included).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export const DB_NAME = 'dojo';
export const DB_VERSION = 1;

export interface SetAsideEntry {
  id?: number;
  store: string;
  /** The record's key, when one record was set aside (absent for a whole store or a legacy item). */
  key?: string;
  /** The data as found: JSON text, or the raw localStorage string. */
  raw: string;
  reason: string;
  at: string;
}

export interface NoticeRow {
  id?: number;
  store: string;
  setAsideId: number;
  reason: string;
  at: string;
}

export interface StoreSnapshot {
  version: number;
  records: Map<string, unknown>;
}

interface DojoDb extends DBSchema {
  records: { key: [string, string]; value: { store: string; key: string; value: unknown }; indexes: { store: string } };
  meta: { key: string; value: { store: string; version: number } };
  setAside: { key: number; value: SetAsideEntry };
  notices: { key: number; value: unknown };
}

/** The operations the stores need; the IndexedDB implementation is below, tests wrap it to fail. */
export interface RecordDb {
  /** One store's version (null when it has never been saved) and its records. */
  read(store: string): Promise<{ version: number | null; records: Map<string, unknown> }>;
  /** Puts and deletes one store's records and sets its version, in one transaction. */
  write(store: string, version: number, puts: ReadonlyMap<string, unknown>, deletes: readonly string[]): Promise<void>;
  /**
   * Replaces whole stores (a backup being restored, a legacy migration) and adds set-aside entries,
   * all in one transaction. Stores not named are untouched.
   */
  replace(
    stores: Readonly<Record<string, StoreSnapshot>>,
    setAside?: readonly SetAsideEntry[],
    options?: { notify?: boolean },
  ): Promise<void>;
  /**
   * Moves records (or, with `keys` null, every record of the store) into set-aside with a notice,
   * in one transaction. Resolves to the set-aside entry IDs.
   */
  setAside(store: string, keys: readonly string[] | null, reason: string, at: string): Promise<number[]>;
  /** Every set-aside entry, oldest first. */
  listSetAside(): Promise<SetAsideEntry[]>;
  /** Every notice row as stored (unvalidated: the caller validates and may drop bad rows). */
  listNotices(): Promise<{ id: number; row: unknown }[]>;
  /** Deletes notices by ID (the set-aside data stays). */
  deleteNotices(ids: readonly number[]): Promise<void>;
  /** Names of the stores with a version. */
  storeNames(): Promise<string[]>;
  close(): void;
}

function recordRows(store: string, records: ReadonlyMap<string, unknown>) {
  return [...records].map(([key, value]) => ({ store, key, value }));
}

/** Opens (creating on first use) the site's database. Rejects when IndexedDB is unavailable or blocked. */
export async function openRecordDb(name = DB_NAME): Promise<RecordDb> {
  if (typeof indexedDB === 'undefined') throw new Error('this browser has no IndexedDB');
  const db: IDBPDatabase<DojoDb> = await openDB<DojoDb>(name, DB_VERSION, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) {
        const records = database.createObjectStore('records', { keyPath: ['store', 'key'] });
        records.createIndex('store', 'store');
        database.createObjectStore('meta', { keyPath: 'store' });
        database.createObjectStore('setAside', { keyPath: 'id', autoIncrement: true });
        database.createObjectStore('notices', { keyPath: 'id', autoIncrement: true });
      }
    },
    // Another tab opened a newer schema: close so it can upgrade; this tab's writes then fail
    // and are announced (the work stays in memory).
    blocking() {
      db.close();
    },
  });

  const readAll = async (store: string) => {
    const tx = db.transaction(['records', 'meta'], 'readonly');
    const [rows, meta] = await Promise.all([
      tx.objectStore('records').index('store').getAll(store),
      tx.objectStore('meta').get(store),
    ]);
    await tx.done;
    return { version: meta?.version ?? null, records: new Map(rows.map((r) => [r.key, r.value])) };
  };

  return {
    read: readAll,

    async write(store, version, puts, deletes) {
      const tx = db.transaction(['records', 'meta'], 'readwrite');
      const records = tx.objectStore('records');
      const ops: Promise<unknown>[] = [];
      for (const key of deletes) ops.push(records.delete([store, key]));
      for (const row of recordRows(store, puts)) ops.push(records.put(row));
      ops.push(tx.objectStore('meta').put({ store, version }));
      await Promise.all([...ops, tx.done]);
    },

    async replace(stores, setAside = [], options = {}) {
      const tx = db.transaction(['records', 'meta', 'setAside', 'notices'], 'readwrite');
      const records = tx.objectStore('records');
      const ops: Promise<unknown>[] = [];
      for (const [store, snapshot] of Object.entries(stores)) {
        const old = await records.index('store').getAllKeys(store);
        for (const k of old) ops.push(records.delete(k));
        for (const row of recordRows(store, snapshot.records)) ops.push(records.put(row));
        ops.push(tx.objectStore('meta').put({ store, version: snapshot.version }));
      }
      for (const entry of setAside) {
        const { id: _id, ...rest } = entry;
        const setAsideId = await tx.objectStore('setAside').add(rest);
        if (options.notify) {
          ops.push(
            tx.objectStore('notices').add({ store: entry.store, setAsideId, reason: entry.reason, at: entry.at }),
          );
        }
      }
      await Promise.all([...ops, tx.done]);
    },

    async setAside(store, keys, reason, at) {
      const tx = db.transaction(['records', 'meta', 'setAside', 'notices'], 'readwrite');
      const records = tx.objectStore('records');
      const rows =
        keys === null
          ? await records.index('store').getAll(store)
          : (await Promise.all(keys.map((k) => records.get([store, k])))).filter((r) => r !== undefined);
      const ids: number[] = [];
      if (keys === null) {
        const meta = await tx.objectStore('meta').get(store);
        const raw = JSON.stringify({
          version: meta?.version ?? null,
          records: Object.fromEntries(rows.map((r) => [r.key, r.value])),
        });
        ids.push(await tx.objectStore('setAside').add({ store, raw, reason, at }));
        for (const r of rows) await records.delete([store, r.key]);
        await tx.objectStore('meta').delete(store);
      } else {
        for (const r of rows) {
          ids.push(
            await tx.objectStore('setAside').add({ store, key: r.key, raw: JSON.stringify(r.value), reason, at }),
          );
          await records.delete([store, r.key]);
        }
      }
      for (const setAsideId of ids) await tx.objectStore('notices').add({ store, setAsideId, reason, at });
      await tx.done;
      return ids;
    },

    listSetAside: () => db.getAll('setAside'),

    async listNotices() {
      const tx = db.transaction('notices', 'readonly');
      const out: { id: number; row: unknown }[] = [];
      for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
        out.push({ id: cursor.key, row: cursor.value });
      }
      await tx.done;
      return out;
    },

    async deleteNotices(ids) {
      const tx = db.transaction('notices', 'readwrite');
      await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done]);
    },

    storeNames: async () => (await db.getAll('meta')).map((m) => m.store),

    close: () => db.close(),
  };
}

/** A short, readable reason for a failed database operation (quota, blocked, unavailable). */
export function storageFailureReason(error: unknown): string {
  const name =
    error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException)
      ? (error as Error).name
      : '';
  if (name === 'QuotaExceededError') return 'the browser’s storage for this site is full';
  if (name === 'InvalidStateError' || name === 'UnknownError')
    return 'the browser refused to save (private browsing or storage blocked)';
  if (name === 'SecurityError') return 'this browser blocks storage for this site';
  const message = error instanceof Error ? error.message : String(error);
  return message ? `saving failed: ${message.slice(0, 200)}` : 'saving failed';
}
