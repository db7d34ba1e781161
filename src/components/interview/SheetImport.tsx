/**
 * Adding scoresheets to the merge: several files at once, each accepted or refused on its own
 * with a clear message; a refusal changes nothing already merged.
 */
import { useState, type ChangeEvent } from 'react';
import type { Scoresheet } from '../../lib/interview/scoresheet';
import { checkFileSize } from '../../lib/interview/validation';
import { useInterviewStore } from '../../stores/interview';
import { MergedSheets, SheetOutcomes, type Outcome } from './SheetOutcomes';

/** The panelist whose sheet an import added: the one not merged before. */
const addedBy = (before: readonly Scoresheet[], after: readonly Scoresheet[]) =>
  after.find((s) => !before.some((b) => b.panelist === s.panelist))?.panelist;

export default function SheetImport() {
  const sheets = useInterviewStore((s) => s.sheets);
  const submitted = useInterviewStore((s) => s.submitted);
  const importSheet = useInterviewStore((s) => s.importSheet);
  const removeSheet = useInterviewStore((s) => s.removeSheet);
  const session = useInterviewStore((s) => s.session)!;
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);

  const importFile = async (file: File): Promise<Outcome> => {
    const size = checkFileSize(file.size, 'scoresheet');
    if (!size.ok) return { file: file.name, ok: false, text: size.error };
    const before = useInterviewStore.getState().sheets;
    const r = importSheet(await file.text());
    return r.ok
      ? { file: file.name, ok: true, text: `added the scoresheet of ${addedBy(before, r.value)}` }
      : { file: file.name, ok: false, text: r.error };
  };
  const addFiles = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const results: Outcome[] = [];
    for (const file of Array.from(input.files ?? [])) results.push(await importFile(file));
    setOutcomes(results);
    input.value = '';
  };
  const addMine = () => {
    if (!submitted) return;
    const r = importSheet(submitted);
    setOutcomes([{ file: 'Your scoresheet', ok: r.ok, text: r.ok ? 'added' : r.error }]);
  };

  const mineMerged = submitted && sheets.some((s) => s.panelist === submitted.panelist);
  const missing = session.panelists.filter((p) => !sheets.some((s) => s.panelist === p));
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
          onChange={(e) => void addFiles(e)}
        />
        {submitted && !mineMerged && (
          <button type="button" className="secondary" onClick={addMine}>
            Add my own scoresheet ({submitted.panelist})
          </button>
        )}
      </div>
      <SheetOutcomes outcomes={outcomes} />
      <MergedSheets sheets={sheets} onRemove={removeSheet} />
      {missing.length > 0 && <p className="muted">Waiting for: {missing.join(', ')}.</p>}
    </section>
  );
}
