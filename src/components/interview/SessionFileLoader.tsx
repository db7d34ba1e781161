/** Loading a session file another panelist sent: checked for size and format before it is offered. */
import type { ChangeEvent } from 'react';
import { parseSessionText, type Session } from '../../lib/interview/session';
import { checkFileSize } from '../../lib/interview/validation';

interface Props {
  known: readonly string[];
  onLoaded(session: Session, how: string): void;
  onError(text: string): void;
}

export default function SessionFileLoader({ known, onLoaded, onError }: Props) {
  const load = async (file: File) => {
    const size = checkFileSize(file.size, 'session file');
    const result = size.ok ? parseSessionText(await file.text(), known) : size;
    if (result.ok) onLoaded(result.value, `Loaded ${file.name}.`);
    else onError(`${file.name}: ${result.error}`);
  };
  const choose = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.currentTarget.files?.[0];
    if (file) void load(file);
    e.currentTarget.value = '';
  };
  return (
    <section aria-labelledby="iv-load">
      <h2 id="iv-load">Load a session file</h2>
      <label htmlFor="iv-session-file">Session file (.json) from another panelist</label>
      <input id="iv-session-file" type="file" accept="application/json,.json" onChange={choose} />
    </section>
  );
}
