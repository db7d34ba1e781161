/**
 * One backup for everything the learner has: export every saved record to a file, import it back.
 * A bad file changes nothing and says why (src/lib/backup/backup.ts).
 */
import { useRef, useState, type ChangeEvent } from 'react';
import { exportBackup as exportAll, importBackup as restore } from '../../stores/backup';
import { downloadText } from '../files/download';

interface Props {
  /** Called after a successful import (the page's stores have already re-read their data). */
  onRestored?: () => void;
  /** False until the page's stores have read the saved data. */
  ready?: boolean;
}

type Status = { kind: 'ok' | 'error'; text: string } | null;

export default function BackupPanel({ onRestored, ready = true }: Props) {
  const [status, setStatus] = useState<Status>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const exportBackup = async () => {
    const backup = await exportAll();
    downloadText(backup.name, backup.text);
    setStatus({
      kind: 'ok',
      text: `Exported ${backup.records} saved record${backup.records === 1 ? '' : 's'} to ${backup.name}.`,
    });
  };

  const importBackup = async (file: File) => {
    let text: string;
    try {
      text = await file.text();
    } catch {
      setStatus({ kind: 'error', text: 'The file could not be read. Nothing was changed.' });
      return;
    }
    const result = await restore(text);
    if (!result.ok) {
      setStatus({ kind: 'error', text: `${result.error} Nothing was changed.` });
      return;
    }
    const { records } = result.value;
    setStatus({ kind: 'ok', text: `Restored ${records} saved record${records === 1 ? '' : 's'} from ${file.name}.` });
    onRestored?.();
  };

  const chooseFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.currentTarget.files?.[0];
    if (file) void importBackup(file);
    e.currentTarget.value = '';
  };

  return (
    <section aria-labelledby="backup-heading" className="backup-panel">
      <h2 id="backup">
        <span id="backup-heading">Backup</span>
      </h2>
      <p>
        Everything you do here is saved in this browser only. Export a backup to keep it or move it to another browser,
        and import it back. Importing replaces the kinds of work the backup contains (answers, threat models, interview)
        and keeps the others.
      </p>
      <div className="backup-actions">
        <button type="button" onClick={() => void exportBackup()} disabled={!ready}>
          Export backup
        </button>
        <button type="button" className="secondary" onClick={() => fileInput.current?.click()} disabled={!ready}>
          Import backup
        </button>
        <input
          ref={fileInput}
          hidden
          aria-label="Backup file to import"
          type="file"
          accept="application/json,.json"
          onChange={chooseFile}
        />
      </div>
      <p role="status" aria-live="polite" className={status ? `backup-status ${status.kind}` : 'backup-status'}>
        {status?.text}
      </p>
    </section>
  );
}
