/**
 * Tells the learner, where it happens, when work is not being saved (storage full, blocked or
 * private) with a download of everything on the page, and when saved work could not be read
 * and was set aside (kept, never dropped, and in the backup export on /progress/).
 */
import { useEffect } from 'react';
import './StorageNotices.css';
import { readNoticesOnce } from '../../stores/persistence';
import { dismissNotices, storageStatusSelectors, useStorageStatus } from '../../stores/storage-status';
import { formatDateTime } from '../../lib/util/dates';
import SaveFailure from './SaveFailure';

const storeLabel = (store: string) => store.replace(/^dojo:/, '');

/** `store`: only that store's notices (e.g. "dojo:attempts"); every store's otherwise. */
export default function StorageNotices({ store }: { store?: string }) {
  useEffect(readNoticesOnce, []);
  const failures = useStorageStatus(storageStatusSelectors.failures);
  const saved = useStorageStatus(storageStatusSelectors.notices);
  const unsaved = useStorageStatus(storageStatusSelectors.unsavedAsides);
  const mine = <T extends { store: string }>(list: T[]) => list.filter((n) => !store || n.store === store);
  const notices = mine(saved);
  const asides = mine(unsaved);
  const failing = Object.entries(failures).filter(([name]) => !store || name === store);

  return (
    <>
      {failing.length > 0 && <SaveFailure failures={failing} />}
      {notices.length + asides.length > 0 && (
        <div className="storage-notices" role="alert">
          <h2>Some saved work could not be read</h2>
          <ul>
            {notices.map((n) => (
              <li key={n.id}>
                {storeLabel(n.store)}: {n.reason}. It was set aside on{' '}
                <time dateTime={n.at}>{formatDateTime(n.at)}</time> and is kept in your backup.
              </li>
            ))}
            {asides.map((n) => (
              <li key={`${n.store}-${n.at}`}>
                {storeLabel(n.store)}: {n.reason}. It is kept where it was, untouched; this page will not overwrite it.
              </li>
            ))}
          </ul>
          <p>
            <a href="/progress/#backup">Export a backup</a> to keep a copy.{' '}
            <button type="button" className="secondary" onClick={() => void dismissNotices(store)}>
              Dismiss
            </button>
          </p>
        </div>
      )}
    </>
  );
}
