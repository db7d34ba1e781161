/**
 * Tells the learner when saved work could not be read and was set aside (see
 * src/lib/persist/safe-persist.ts). Nothing is lost: the data is kept under its own key and is in
 * the backup export on /progress/.
 */
import { useEffect, useState } from 'react';
import './StorageNotices.css';
import { dismissNotices, onNotice, readNotices, type StorageNotice } from '../../lib/persist/safe-persist';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** `store`: show only the notices of that store (e.g. "dojo:attempts"); all of them otherwise. */
export default function StorageNotices({ store }: { store?: string }) {
  const [notices, setNotices] = useState<StorageNotice[]>([]);
  useEffect(() => {
    const s = storage();
    if (!s) return;
    const refresh = () => setNotices(readNotices(s).filter((n) => !store || n.store === store));
    refresh();
    // Stores hydrate after mount and may set data aside then; another tab may too.
    const unsubscribe = onNotice(refresh);
    window.addEventListener('storage', refresh);
    return () => {
      unsubscribe();
      window.removeEventListener('storage', refresh);
    };
  }, [store]);
  if (notices.length === 0) return null;
  return (
    <div className="storage-notices" role="alert">
      <h2>Some saved work could not be read</h2>
      <ul>
        {notices.map((n) => (
          <li key={n.setAsideKey}>
            {n.store.replace(/^dojo:/, '')}: {n.reason}. It was set aside on {new Date(n.at).toLocaleString()} and is
            kept in your backup.
          </li>
        ))}
      </ul>
      <p>
        <a href="/progress/#backup">Export a backup</a> to keep a copy.{' '}
        <button
          type="button"
          className="secondary"
          onClick={() => {
            const s = storage();
            if (s) dismissNotices(s, store);
            setNotices([]);
          }}
        >
          Dismiss
        </button>
      </p>
    </div>
  );
}
