/**
 * Tells the panelist when saved interview data could not be read (broken, or from a newer version
 * of the site) and was set aside rather than lost: where it is kept and why.
 */
import { useEffect, useState } from 'react';
import { readNotices, type StorageNotice } from '../../lib/persist/safe-persist';
import { INTERVIEW_STORE } from '../../stores/interview';

export default function SetAsideNotice({ hydrated }: { hydrated: boolean }) {
  const [notices, setNotices] = useState<StorageNotice[]>([]);
  useEffect(() => {
    if (!hydrated) return;
    try {
      setNotices(readNotices(localStorage).filter((n) => n.store === INTERVIEW_STORE));
    } catch {
      // No storage: nothing was set aside either.
    }
  }, [hydrated]);
  if (notices.length === 0) return null;
  return (
    <div role="alert" className="iv-locked">
      {notices.map((n) => (
        <p key={n.setAsideKey}>
          Saved interview data could not be used ({n.reason}). It was kept, not deleted, under the browser storage key{' '}
          <code>{n.setAsideKey}</code> and is included in the site's backup export.
        </p>
      ))}
    </div>
  );
}
