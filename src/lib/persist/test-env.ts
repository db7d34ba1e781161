/**
 * Test support (imported by tests only): persistence environments on fake-indexeddb, "tabs" that
 * share one database and a channel, and a database wrapper that fails on demand the way browsers
 * fail (quota exceeded, storage blocked).
 */
import 'fake-indexeddb/auto';
import { openRecordDb, type RecordDb } from './record-db';
import type { PersistEnv, PersistReporter, TabChannel } from './record-store';
import { memoryStorage, type KeyValueStorage } from './safe-persist';

let dbCounter = 0;
/** A fresh database name, so tests never see each other's data. */
export const freshDbName = () => `dojo-test-${process.pid}-${++dbCounter}`;

/** 'hang': a write that never completes, as when the page closes before the database commits it. */
export type Failure = 'quota' | 'blocked' | 'hang' | null;

function domError(name: string, message: string): Error {
  const e = new Error(message);
  e.name = name;
  return e;
}

/** A RecordDb whose writes fail while `failure` is set (reads keep working, as in browsers). */
export function failingDb(inner: RecordDb): RecordDb & { failure: Failure } {
  const wrapper = {
    failure: null as Failure,
    check() {
      if (wrapper.failure === 'quota') throw domError('QuotaExceededError', 'The quota has been exceeded.');
      if (wrapper.failure === 'blocked')
        throw domError(
          'InvalidStateError',
          'A mutation operation was attempted on a database that did not allow mutations.',
        );
    },
  };
  return Object.assign(wrapper, {
    read: (store: string) => inner.read(store),
    write: async (...args: Parameters<RecordDb['write']>) =>
      wrapper.failure === 'hang' ? new Promise<void>(() => {}) : (wrapper.check(), inner.write(...args)),
    replace: async (...args: Parameters<RecordDb['replace']>) => (wrapper.check(), inner.replace(...args)),
    setAside: async (...args: Parameters<RecordDb['setAside']>) => (wrapper.check(), inner.setAside(...args)),
    listSetAside: () => inner.listSetAside(),
    listNotices: () => inner.listNotices(),
    deleteNotices: async (ids: readonly number[]) => (wrapper.check(), inner.deleteNotices(ids)),
    storeNames: () => inner.storeNames(),
    close: () => inner.close(),
  });
}

/** An in-process channel: every tab made from one hub hears the others (not itself). */
export function channelHub() {
  const tabs = new Set<(store: string) => void>();
  return (): TabChannel => {
    const mine = new Set<(store: string) => void>();
    return {
      post: (store) => {
        for (const l of tabs) if (!mine.has(l)) queueMicrotask(() => l(store));
      },
      listen(onSaved) {
        mine.add(onSaved);
        tabs.add(onSaved);
        return () => {
          mine.delete(onSaved);
          tabs.delete(onSaved);
        };
      },
    };
  };
}

export interface RecordedReporter extends PersistReporter {
  events: string[];
}
export function recordingReporter(): RecordedReporter {
  const events: string[] = [];
  return {
    events,
    saved: (store) => events.push(`saved ${store}`),
    failed: (store, reason) => events.push(`failed ${store}: ${reason}`),
    setAside: (store, reason, where) => events.push(`set aside ${store} (${where}): ${reason}`),
  };
}

/** A browser profile: one database, one localStorage, one channel hub; `tab()` opens a tab on it. */
export async function testProfile(options: { legacy?: KeyValueStorage; name?: string } = {}) {
  const db = failingDb(await openRecordDb(options.name ?? freshDbName()));
  const legacy = options.legacy ?? memoryStorage();
  const hub = channelHub();
  const tab = (reporter: RecordedReporter = recordingReporter()): PersistEnv & { reporter: RecordedReporter } => {
    const channel = hub();
    return { db: async () => db, legacyStorage: () => legacy, channel: () => channel, reporter };
  };
  return { db, legacy, tab };
}

/** An env whose database cannot be opened at all (private mode, storage disabled). */
export function unavailableEnv(
  reporter: RecordedReporter = recordingReporter(),
): PersistEnv & { reporter: RecordedReporter } {
  return { db: () => Promise.reject(domError('SecurityError', 'The operation is insecure.')), reporter };
}
