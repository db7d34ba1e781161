/**
 * The browser's persistence for every store: one database connection, the old localStorage
 * data to migrate, a BroadcastChannel between tabs, and the page's storage status. Stores made
 * with another env (tests) use their own database and channel.
 */
import type { StoreApi, UseBoundStore } from 'zustand';
import { openRecordDb, type RecordDb } from '../lib/persist/record-db';
import {
  bindRecords,
  type LegacySource,
  type PersistEnv,
  type RecordPersistence,
  type TabChannel,
} from '../lib/persist/record-store';
import type { RecordCodec } from '../lib/persist/records';
import type { KeyValueStorage } from '../lib/persist/safe-persist';
import { loadNotices, storageReporter, setNoticeDatabase } from './storage-status';

let database: Promise<RecordDb> | null = null;
let channel: TabChannel | null | undefined;

function browserChannel(): TabChannel | null {
  if (channel !== undefined) return channel;
  if (typeof BroadcastChannel === 'undefined') return (channel = null);
  const bc = new BroadcastChannel('dojo-records');
  const listeners = new Set<(store: string) => void>();
  bc.onmessage = (e: MessageEvent) => {
    const store = (e.data as { store?: unknown } | null)?.store;
    if (typeof store === 'string') for (const l of listeners) l(store);
  };
  channel = {
    post: (store) => bc.postMessage({ store }),
    listen(onSaved) {
      listeners.add(onSaved);
      return () => listeners.delete(onSaved);
    },
  };
  return channel;
}

function legacyStorage(): KeyValueStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // Access throws where storage is blocked.
  }
}

/** The site's database, opened once; the browser is asked to keep it (not evict it under pressure). */
export function siteDatabase(): Promise<RecordDb> {
  database ??= openRecordDb().then((db) => {
    void navigator.storage?.persist?.().catch(() => false);
    return db;
  });
  return database;
}

setNoticeDatabase(siteDatabase);
/** Notices are read once per page, and again whenever another tab saves. */
let noticesRead = false;
export function readNoticesOnce() {
  if (noticesRead || typeof indexedDB === 'undefined') return;
  noticesRead = true;
  void loadNotices();
  browserChannel()?.listen(() => void loadNotices());
}

export const browserEnv: PersistEnv = {
  db: siteDatabase,
  legacyStorage,
  channel: browserChannel,
  reporter: storageReporter,
};

/** Every store bound to the site's database on this page, by name: what a backup exports. */
export const livePersistence = new Map<string, RecordPersistence<object>>();

/** Attaches record persistence to a zustand store as `store.persist`. */
export function withRecords<S extends P, P extends object>(
  store: UseBoundStore<StoreApi<S>>,
  codec: RecordCodec<P>,
  pick: (state: S) => P,
  env: PersistEnv,
  legacy?: LegacySource<P>,
): UseBoundStore<StoreApi<S>> & { persist: RecordPersistence<P> } {
  const persist = bindRecords(store, codec, pick, env, legacy);
  if (env === browserEnv) livePersistence.set(codec.name, persist as unknown as RecordPersistence<object>);
  return Object.assign(store, { persist });
}
