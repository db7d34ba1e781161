/**
 * Reads persisted stores once on the client. Stores start empty so that the server HTML and the
 * first client render agree; islands show their saved state once this returns true. Keeping in
 * step with other tabs is the stores' own job (src/lib/persist/record-store.ts).
 */
import { useEffect, useState } from 'react';

interface PersistedStore {
  persist: { rehydrate: () => Promise<void>; hasHydrated: () => boolean };
}

export function useHydrated(...stores: PersistedStore[]): boolean {
  // Module-singleton stores: later islands on the page may find them already read.
  const [hydrated, setHydrated] = useState(false);
  const [first] = useState(stores);
  useEffect(() => {
    let live = true;
    void Promise.all(first.map((s) => s.persist.rehydrate())).then(() => {
      if (live) setHydrated(true);
    });
    return () => {
      live = false;
    };
  }, [first]);
  return hydrated;
}
