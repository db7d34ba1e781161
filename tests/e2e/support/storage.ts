/**
 * Browser-test access to the site's saved data (IndexedDB "dojo", see src/lib/persist/record-db.ts):
 * reading what was saved or set aside, clearing it, and making the browser's storage fail.
 */
import type { Page } from '@playwright/test';

type Row = Record<string, unknown>;

/** Every row of one object store of the site's database ("records", "setAside", "notices", "meta"). */
export function rows(page: Page, objectStore: string): Promise<Row[]> {
  return page.evaluate(
    (name) =>
      new Promise<Row[]>((resolve, reject) => {
        const open = indexedDB.open('dojo');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) return resolve([]);
          const req = db.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => {
            resolve(req.result as Row[]);
            db.close();
          };
          req.onerror = () => reject(req.error);
        };
      }),
    objectStore,
  );
}

/** The saved records of one store, e.g. "dojo:attempts". */
export async function savedRecords(page: Page, store: string): Promise<Row[]> {
  return (await rows(page, 'records')).filter((r) => r.store === store);
}

/** Deletes everything the site saved (the page's own connection closes itself on request). */
export async function clearSavedWork(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        localStorage.clear();
        const req = indexedDB.deleteDatabase('dojo');
        req.onsuccess = () => resolve();
        req.onerror = () => reject(req.error);
      }),
  );
}

/** Makes every IndexedDB write fail as a full disk does, from the next page load on. */
export async function fillStorage(page: Page) {
  await page.addInitScript(() => {
    const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    for (const method of ['put', 'add', 'delete', 'clear'] as const) {
      IDBObjectStore.prototype[method] = function () {
        throw quota();
      };
    }
  });
}

/** Makes IndexedDB unavailable (storage blocked for the site), from the next page load on. */
export async function blockStorage(page: Page) {
  await page.addInitScript(() => {
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Object.defineProperty(window, 'localStorage', { configurable: true, get: blocked });
    IDBFactory.prototype.open = blocked as never;
  });
}
