/**
 * Versioned, loss-free persistence for zustand stores.
 *
 * Every store the learner's work lives in uses `safePersist(...)` for its persist options:
 * - an integer version and a cumulative migration ladder (`if (v < 2) …; if (v < 3) …`);
 * - the migrated state is validated with the store's zod schema;
 * - anything that cannot be read (broken JSON, a failed migration, an invalid shape, or a
 *   version newer than this code) is set aside under `<name>:set-aside:<time>` (never silently
 *   dropped, still in the backup export) and a notice is recorded for the UI to show;
 * - `syncAcrossTabs` rehydrates when another tab writes, so two tabs do not overwrite each
 *   other's work with stale state.
 *
 * Pure apart from the Storage it is given (localStorage in the browser, a Map in tests).
 */
import type { PersistOptions, PersistStorage, StorageValue } from 'zustand/middleware';
import type { z } from 'zod';
import '../zod-csp';

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length?: number;
  key?(index: number): string | null;
}

export interface StorageNotice {
  store: string;
  setAsideKey: string;
  reason: string;
  at: string;
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

export function readNotices(storage: KeyValueStorage): StorageNotice[] {
  try {
    const v = JSON.parse(storage.getItem(NOTICES_KEY) ?? '[]');
    return Array.isArray(v) ? (v as StorageNotice[]) : [];
  } catch {
    return [];
  }
}

/** Forgets the notices (of one store, or all). The data set aside stays where it is. */
export function dismissNotices(storage: KeyValueStorage, store?: string) {
  const rest = store ? readNotices(storage).filter((n) => n.store !== store) : [];
  if (rest.length) storage.setItem(NOTICES_KEY, JSON.stringify(rest));
  else storage.removeItem(NOTICES_KEY);
}

const noticeListeners = new Set<() => void>();

/** Calls `listener` whenever data is set aside in this page. Returns an unsubscribe function. */
export function onNotice(listener: () => void): () => void {
  noticeListeners.add(listener);
  return () => noticeListeners.delete(listener);
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
  for (const listener of noticeListeners) listener();
  return key;
}

export interface SafePersistConfig<S, P> {
  /** localStorage key, e.g. "dojo:attempts". */
  name: string;
  /** Current integer version of the persisted shape. */
  version: number;
  /** The persisted part of the state (what `partialize` returns), validated after migration. */
  schema: z.ZodType<P>;
  /** The cumulative ladder from any older version to `version`. */
  migrate?: (persisted: unknown, fromVersion: number) => unknown;
  partialize: (state: S) => P;
  /** Where to store; defaults to localStorage, or memory when unavailable. */
  storage?: () => KeyValueStorage;
}

function defaultStorage(): KeyValueStorage {
  try {
    if (typeof localStorage !== 'undefined') return localStorage;
  } catch {
    // Access can throw in sandboxed frames.
  }
  return memoryStorage();
}

/**
 * Reads and upgrades a stored value. Returns the state to use, or null when there is nothing
 * usable (after setting the unusable value aside).
 */
export function readPersisted<P>(
  storage: KeyValueStorage,
  config: Pick<SafePersistConfig<unknown, P>, 'name' | 'version' | 'schema' | 'migrate'>,
): P | null {
  const raw = storage.getItem(config.name);
  if (raw === null) return null;
  let value: StorageValue<unknown>;
  try {
    value = JSON.parse(raw) as StorageValue<unknown>;
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
    setAside(
      storage,
      config.name,
      raw,
      `the saved data did not have the expected shape (${issue?.path.join('.') || 'root'}: ${issue?.message})`,
    );
    return null;
  }
  return parsed.data;
}

/** Persist options for zustand's `persist` middleware. Hydration is manual (skipHydration). */
export function safePersist<S, P>(config: SafePersistConfig<S, P>): PersistOptions<S, P> {
  const getStorage = config.storage ?? defaultStorage;
  const storage: PersistStorage<P> = {
    getItem: (name) => {
      const state = readPersisted(getStorage(), { ...config, name });
      return state === null ? null : { state, version: config.version };
    },
    setItem: (name, value) => {
      try {
        getStorage().setItem(name, JSON.stringify(value));
      } catch {
        // Quota exceeded: keep working in memory; the backup export still has everything.
      }
    },
    removeItem: (name) => getStorage().removeItem(name),
  };
  return {
    name: config.name,
    version: config.version,
    storage,
    partialize: config.partialize,
    // Migration already happened in getItem; zustand must not run its own.
    migrate: (s) => s as P,
    merge: (persisted, current) => ({ ...current, ...(persisted as Partial<S>) }),
    skipHydration: true,
  };
}

interface Rehydratable {
  persist: { rehydrate: () => Promise<void> | void; getOptions: () => { name?: string } };
}

/** Rehydrates a store when another tab writes its key. Returns an unsubscribe function. */
export function syncAcrossTabs(store: Rehydratable): () => void {
  if (typeof window === 'undefined') return () => {};
  const name = store.persist.getOptions().name;
  const onStorage = (e: StorageEvent) => {
    if (e.key === name) void store.persist.rehydrate();
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
