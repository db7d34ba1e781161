/**
 * Rehydrates the persisted interview store once on the client (the store skips hydration so
 * the server HTML and the first client render agree) and keeps it in step with other tabs.
 */
import { useEffect, useState } from 'react';
import { syncAcrossTabs } from '../../lib/persist/safe-persist';
import { useInterviewStore } from '../../stores/interview';

export function useHydratedInterview(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => {
    let live = true;
    void Promise.resolve(useInterviewStore.persist.rehydrate()).then(() => {
      if (live) setHydrated(true);
    });
    const stop = syncAcrossTabs(useInterviewStore);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return hydrated;
}

/** Re-renders every `ms` while `active`, for visible clocks. */
export function useTick(active: boolean, ms = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (!active) return;
    const id = window.setInterval(() => setNow(Date.now()), ms);
    return () => window.clearInterval(id);
  }, [active, ms]);
  return now;
}

/** Offers text as a file download; nothing leaves the machine. */
export function downloadText(fileName: string, text: string, type = 'application/json') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A random session ID from the browser's cryptographic random source. */
export function randomBytes(n = 16): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(n));
}
