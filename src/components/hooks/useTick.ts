/**
 * The wall clock as an external store, for visible clocks: the time now, updated every `ms`
 * while `active`, and read afresh whenever it turns active (so a clock just started never shows
 * the time it was last paused at). useSyncExternalStore, not a setState in an effect.
 */
import { useMemo, useState, useSyncExternalStore } from 'react';

/** A clock for one component: its snapshot changes only when a tick is delivered. */
function createTicker() {
  let now = Date.now();
  return {
    subscribe(notify: () => void, ms: number) {
      now = Date.now();
      notify();
      const id = window.setInterval(() => {
        now = Date.now();
        notify();
      }, ms);
      return () => window.clearInterval(id);
    },
    now: () => now,
  };
}

const stopped = () => () => {};

export function useTick(active: boolean, ms = 1000): number {
  const [ticker] = useState(createTicker);
  const subscribe = useMemo(
    () => (active ? (notify: () => void) => ticker.subscribe(notify, ms) : stopped),
    [active, ms, ticker],
  );
  return useSyncExternalStore(subscribe, ticker.now, ticker.now);
}
