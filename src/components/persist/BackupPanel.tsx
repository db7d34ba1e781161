/**
 * One backup for everything the learner has: export every saved item to a file, import it back.
 * A bad file changes nothing and says why (src/lib/backup/backup.ts).
 */
import { useRef, useState } from 'react';
import { backupFileName, createBackup, restoreBackup } from '../../lib/backup/backup';
import { downloadText } from '../files/download';

interface Props {
  /** Called after a successful import so the page's stores can re-read their data. */
  onRestored?: () => void;
  /** False until the page's stores have read the saved data. */
  ready?: boolean;
}

type Status = { kind: 'ok' | 'error'; text: string } | null;

export default function BackupPanel({ onRestored, ready = true }: Props) {
  const [status, setStatus] = useState<Status>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const exportBackup = () => {
    const backup = createBackup(localStorage);
    const name = backupFileName();
    downloadText(name, JSON.stringify(backup, null, 2));
    const n = Object.keys(backup.items).length;
    setStatus({ kind: 'ok', text: `Exported ${n} saved item${n === 1 ? '' : 's'} to ${name}.` });
  };

  const importBackup = async (file: File) => {
    let text: string;
    try {
      text = await file.text();
    } catch {
      setStatus({ kind: 'error', text: 'The file could not be read. Nothing was changed.' });
      return;
    }
    const result = restoreBackup(localStorage, text);
    if (!result.ok) {
      setStatus({ kind: 'error', text: `${result.error} Nothing was changed.` });
      return;
    }
    setStatus({
      kind: 'ok',
      text: `Restored ${result.keys.length} saved item${result.keys.length === 1 ? '' : 's'} from ${file.name}.`,
    });
    onRestored?.();
  };

  return (
    <section aria-labelledby="backup-heading" className="backup-panel">
      <h2 id="backup">
        <span id="backup-heading">Backup</span>
      </h2>
      <p>
        Everything you do here is saved in this browser only. Export a backup to keep it or move it to another browser,
        and import it back. Importing replaces the saved items the backup contains and keeps everything else.
      </p>
      <div className="backup-actions">
        <button type="button" onClick={exportBackup} disabled={!ready}>
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
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void importBackup(file);
            e.currentTarget.value = '';
          }}
        />
      </div>
      <p role="status" aria-live="polite" className={status ? `backup-status ${status.kind}` : 'backup-status'}>
        {status?.text}
      </p>
    </section>
  );
}
