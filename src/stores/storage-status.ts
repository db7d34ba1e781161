/**
 * What the page knows about saving: stores whose last save failed (and why), data set aside
 * while this page was open, and the saved notices about set-aside data (validated on read: a
 * damaged notice is kept aside, never shown as garbage or a crash). Shown by
 * src/components/persist/StorageNotices.tsx.
 */
import { create } from 'zustand';
import { noticeFromRow, type StorageNotice } from '../lib/persist/notices';
import type { RecordDb } from '../lib/persist/record-db';
import type { PersistReporter } from '../lib/persist/record-store';

export interface SetAsideEvent {
  store: string;
  reason: string;
  /** "database": kept in the database's set-aside area; "memory": even that failed. */
  where: 'database' | 'memory';
  at: string;
}

export interface SavedNotice extends StorageNotice {
  id: number;
}

export interface StorageStatusState {
  /** Store name → why its work is not being saved. */
  failures: Record<string, string>;
  /** Set aside on this page but not recorded in the database (it refused). */
  unsavedAsides: SetAsideEvent[];
  /** Notices read from the database. */
  notices: SavedNotice[];
}

export const useStorageStatus = create<StorageStatusState>()(() => ({ failures: {}, unsavedAsides: [], notices: [] }));

const EMPTY: never[] = [];
export const storageStatusSelectors = {
  failures: (s: StorageStatusState) => s.failures,
  notices: (s: StorageStatusState) => s.notices,
  unsavedAsides: (s: StorageStatusState) => (s.unsavedAsides.length ? s.unsavedAsides : EMPTY),
};

let database: (() => Promise<RecordDb>) | null = null;
/** Where notices are read from (the site's database; set by src/stores/persistence.ts). */
export function setNoticeDatabase(db: () => Promise<RecordDb>) {
  database = db;
}

/** Reads the saved notices; rows that are not valid notices are set aside and removed. */
export async function loadNotices(): Promise<void> {
  if (!database) return;
  let db: RecordDb;
  try {
    db = await database();
  } catch {
    return;
  }
  try {
    const rows = await db.listNotices();
    const notices: SavedNotice[] = [];
    const bad: { id: number; row: unknown }[] = [];
    for (const { id, row } of rows) {
      const n = noticeFromRow(row);
      if (n) notices.push({ ...n, id });
      else bad.push({ id, row });
    }
    if (bad.length) {
      const at = new Date().toISOString();
      await db.replace(
        {},
        bad.map(({ row }) => ({
          store: 'dojo:notices',
          raw: safeJson(row),
          reason: 'a notice that could not be read',
          at,
        })),
      );
      await db.deleteNotices(bad.map((b) => b.id));
    }
    useStorageStatus.setState({ notices });
  } catch {
    // The database refused to read: the failure banner already says saving is not possible.
  }
}

/** Forgets the notices of one store (or all); the set-aside data stays in the database and backups. */
export async function dismissNotices(store?: string): Promise<void> {
  const gone = useStorageStatus.getState().notices.filter((n) => !store || n.store === store);
  useStorageStatus.setState((s) => ({
    notices: s.notices.filter((n) => !gone.includes(n)),
    unsavedAsides: s.unsavedAsides.filter((e) => store && e.store !== store),
  }));
  if (!database || gone.length === 0) return;
  try {
    await (await database()).deleteNotices(gone.map((n) => n.id));
  } catch {
    // Shown again on the next visit; nothing is lost.
  }
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

export const storageReporter: PersistReporter = {
  saved(store) {
    if (!(store in useStorageStatus.getState().failures)) return;
    useStorageStatus.setState((s) => {
      const { [store]: _cleared, ...rest } = s.failures;
      return { failures: rest };
    });
  },
  failed(store, reason) {
    if (useStorageStatus.getState().failures[store] === reason) return;
    useStorageStatus.setState((s) => ({ failures: { ...s.failures, [store]: reason } }));
  },
  setAside(store, reason, where) {
    if (where === 'database') {
      void loadNotices();
      return;
    }
    const event: SetAsideEvent = { store, reason, where: 'memory', at: new Date().toISOString() };
    useStorageStatus.setState((s) => ({ unsavedAsides: [...s.unsavedAsides, event].slice(-50) }));
  },
};
