/** What became of each scoresheet file added, and the sheets merged so far (each removable). */
import type { Scoresheet } from '../../lib/interview/scoresheet';

export interface Outcome {
  file: string;
  ok: boolean;
  text: string;
}

export function SheetOutcomes({ outcomes }: { outcomes: Outcome[] }) {
  return (
    <>
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
        {outcomes
          .filter((o) => !o.ok)
          .map((o) => (
            <p key={o.file}>
              Refused {o.file}: {o.text}
            </p>
          ))}
      </div>
    </>
  );
}

export function MergedSheets({ sheets, onRemove }: { sheets: Scoresheet[]; onRemove(panelist: string): void }) {
  if (sheets.length === 0) return <p>No scoresheet merged yet.</p>;
  return (
    <ul>
      {sheets.map((s) => (
        <li key={s.panelist}>
          {s.panelist}, submitted {new Date(s.submittedAt).toLocaleString('en-GB')}{' '}
          <button
            type="button"
            className="secondary"
            onClick={() => onRemove(s.panelist)}
            aria-label={`Remove the scoresheet of ${s.panelist}`}
          >
            Remove
          </button>
        </li>
      ))}
    </ul>
  );
}
