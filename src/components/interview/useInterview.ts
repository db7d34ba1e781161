/**
 * Rehydrates the persisted interview store once on the client (the store skips hydration so
 * the server HTML and the first client render agree) and keeps it in step with other tabs.
 */
import { useEffect, useState } from 'react';
import { useInterviewStore } from '../../stores/interview';
import { useHydrated } from '../persist/useHydrated';

export { downloadText } from '../files/download';

export function useHydratedInterview(): boolean {
  return useHydrated(useInterviewStore);
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

/** A random session ID from the browser's cryptographic random source. */
export function randomBytes(n = 16): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(n));
}
