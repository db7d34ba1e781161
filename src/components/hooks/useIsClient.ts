/**
 * False in the server HTML and while React hydrates it, true from the first render after: the
 * point from which a click reaches the island and browser-only values (the URL, storage) may
 * be shown. React's own way to render differently on the client without a hydration mismatch
 * (useSyncExternalStore's server snapshot), instead of a setState in a mount effect.
 */
import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

export function useIsClient(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
