/**
 * The time a printed page was made, for its header: the time the page was opened, renewed each
 * time the browser is about to print (its "beforeprint" event). The empty string in the server
 * HTML, which knows no reader's time or time zone.
 */
import { useSyncExternalStore } from 'react';

let printedAt = '';

function subscribe(notify: () => void) {
  const renew = () => {
    printedAt = new Date().toISOString();
    notify();
  };
  window.addEventListener('beforeprint', renew);
  return () => window.removeEventListener('beforeprint', renew);
}

function snapshot() {
  if (!printedAt) printedAt = new Date().toISOString();
  return printedAt;
}

export function usePrintTime(): string {
  return useSyncExternalStore(subscribe, snapshot, () => '');
}
