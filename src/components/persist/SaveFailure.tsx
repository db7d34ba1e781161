/** Says at once that work is not being saved, and why; offers a download of everything on the page. */
import { useState } from 'react';
import { exportBackup } from '../../stores/backup';
import { downloadText } from '../files/download';

export default function SaveFailure({ failures }: { failures: [string, string][] }) {
  const [done, setDone] = useState<string | null>(null);
  const download = async () => {
    const backup = await exportBackup();
    downloadText(backup.name, backup.text);
    setDone(`Saved ${backup.records} record${backup.records === 1 ? '' : 's'} to ${backup.name}.`);
  };
  return (
    <div className="storage-notices save-failure" role="alert">
      <h2>Your work is not being saved</h2>
      <ul>
        {failures.map(([store, reason]) => (
          <li key={store}>
            {store.replace(/^dojo:/, '')}: {reason}.
          </li>
        ))}
      </ul>
      <p>
        Everything is still on this page, and saving is tried again with your next change. Keep this tab open, or
        download it now and import it later from the <a href="/progress/#backup">Backup</a> panel.{' '}
        <button type="button" onClick={() => void download()}>
          Download unsaved work
        </button>
      </p>
      <p role="status">{done}</p>
    </div>
  );
}
