/**
 * The backup actions the islands call: export everything (this page's stores with their unsaved
 * changes, and every other store from the database), and restore a file all or nothing, then
 * have this page's stores re-read. The rules are in src/lib/backup/backup.ts.
 */
import { backupFileName, createBackup, restoreBackup, type BackupResult } from '../lib/backup/backup';
import type { RecordDb } from '../lib/persist/record-db';
import { STORE_CODECS } from './codecs';
import { livePersistence, siteDatabase } from './persistence';
import { loadNotices } from './storage-status';

async function databaseOrNull(): Promise<RecordDb | null> {
  try {
    return await siteDatabase();
  } catch {
    return null;
  }
}

/** The backup file of everything, saved or not. Never throws: without storage it holds what is on this page. */
export async function exportBackup(now = new Date()): Promise<{ name: string; text: string; records: number }> {
  const live = new Map([...livePersistence].map(([name, p]) => [name, p.snapshot()]));
  const backup = await createBackup(live, await databaseOrNull(), now);
  const records = Object.values(backup.stores).reduce((n, s) => n + Object.keys(s.records).length, 0);
  return { name: backupFileName(now), text: JSON.stringify(backup, null, 2), records };
}

export async function importBackup(text: string): Promise<BackupResult<{ stores: string[]; records: number }>> {
  const db = await databaseOrNull();
  if (!db)
    return {
      ok: false,
      error: 'This browser does not let the site save anything, so a backup cannot be restored here.',
    };
  // Anything this page has not saved yet is saved first, so that the restore replaces it cleanly.
  await Promise.all([...livePersistence.values()].map((p) => p.flush()));
  const result = await restoreBackup(db, text, STORE_CODECS);
  if (result.ok) {
    await Promise.all([...livePersistence.values()].map((p) => p.reload()));
    void loadNotices();
  }
  return result;
}
