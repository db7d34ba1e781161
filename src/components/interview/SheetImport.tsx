/**
 * Adding scoresheets to the merge: several files at once, each accepted or refused on its own
 * with a clear message; a refusal changes nothing already merged.
 */
import { useState } from 'react';
import { checkFileSize } from '../../lib/interview/validation';
import { useInterviewStore } from '../../stores/interview';

interface Outcome {
  file: string;
  ok: boolean;
  text: string;
}

export default function SheetImport() {
  const sheets = useInterviewStore((s) => s.sheets);
  const submitted = useInterviewStore((s) => s.submitted);
  const importSheet = useInterviewStore((s) => s.importSheet);
  const removeSheet = useInterviewStore((s) => s.removeSheet);
  const session = useInterviewStore((s) => s.session)!;
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);

  const addFiles = async (files: FileList | null) => {
    const results: Outcome[] = [];
    for (const file of Array.from(files ?? [])) {
      const size = checkFileSize(file.size, 'scoresheet');
      if (!size.ok) {
        results.push({ file: file.name, ok: false, text: size.error });
        continue;
      }
      const before = new Set(useInterviewStore.getState().sheets.map((s) => s.panelist));
      const r = importSheet(await file.text());
      const added = r.ok ? r.value.find((s) => !before.has(s.panelist))?.panelist : undefined;
      results.push(
        r.ok
          ? { file: file.name, ok: true, text: `added the scoresheet of ${added}` }
          : { file: file.name, ok: false, text: r.error },
      );
    }
    setOutcomes(results);
  };

  const mineMerged = submitted && sheets.some((s) => s.panelist === submitted.panelist);
  const missing = session.panelists.filter((p) => !sheets.some((s) => s.panelist === p));
  const refused = outcomes.filter((o) => !o.ok);
  return (
    <section aria-labelledby="iv-import-h">
      <h2 id="iv-import-h">Scoresheets</h2>
      <div className="iv-row">
        <label htmlFor="iv-sheet-files">Add scoresheet files (.json)</label>
        <input
          id="iv-sheet-files"
          type="file"
          multiple
          accept="application/json,.json"
          onChange={(e) => {
            const input = e.currentTarget;
            void addFiles(input.files).then(() => {
              input.value = '';
            });
          }}
        />
        {submitted && !mineMerged && (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              const r = importSheet(submitted);
              setOutcomes([{ file: 'Your scoresheet', ok: r.ok, text: r.ok ? 'added' : r.error }]);
            }}
          >
            Add my own scoresheet ({submitted.panelist})
          </button>
        )}
      </div>
      <div role="status" className="iv-status">
        {outcomes
          .filter((o) => o.ok)
          .map((o) => (
            <p key={o.file}>
              {o.file}: {o.text}.
            </p>
          ))}
      </div>
      <div role="alert" className="iv-error">
        {refused.map((o) => (
          <p key={o.file}>
            Refused {o.file}: {o.text}
          </p>
        ))}
      </div>
      {sheets.length > 0 ? (
        <ul>
          {sheets.map((s) => (
            <li key={s.panelist}>
              {s.panelist}, submitted {new Date(s.submittedAt).toLocaleString('en-GB')}{' '}
              <button
                type="button"
                className="secondary"
                onClick={() => removeSheet(s.panelist)}
                aria-label={`Remove the scoresheet of ${s.panelist}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>No scoresheet merged yet.</p>
      )}
      {missing.length > 0 && <p className="muted">Waiting for: {missing.join(', ')}.</p>}
    </section>
  );
}
