/**
 * The interview islands' access to the persisted store: whether it has read the saved session
 * (the store starts empty so the server HTML and the first client render agree), and a promise
 * of that read for work that must follow it.
 */
import { useInterviewStore } from '../../stores/interview';
import { useHydrated } from '../persist/useHydrated';

export { downloadText } from '../files/download';

export function useHydratedInterview(): boolean {
  return useHydrated(useInterviewStore);
}

/** Resolves once the saved interview has been read (the store reads it once; this shares that read). */
export function interviewRead(): Promise<void> {
  return Promise.resolve(useInterviewStore.persist.rehydrate());
}

/** A random session ID from the browser's cryptographic random source. */
export function randomBytes(n = 16): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(n));
}
