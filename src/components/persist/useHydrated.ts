/**
 * Rehydrates persisted stores once on the client and keeps them in step with other tabs.
 * Stores skip hydration (safePersist) so that the server HTML and the first client render agree;
 * islands show their saved state once this returns true.
 */
import { useEffect, useState } from 'react';
import { syncAcrossTabs } from '../../lib/persist/safe-persist';

interface PersistedStore {
  persist: { rehydrate: () => Promise<void> | void; getOptions: () => { name?: string } };
}

export function useHydrated(...stores: PersistedStore[]): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => {
    let live = true;
    void Promise.all(stores.map((s) => Promise.resolve(s.persist.rehydrate()))).then(() => {
      if (live) setHydrated(true);
    });
    const stops = stores.map((s) => syncAcrossTabs(s));
    return () => {
      live = false;
      for (const stop of stops) stop();
    };
    // The stores are module singletons: hydrate once per mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return hydrated;
}
