/** The learner's scored submissions, newest first; each one's breakdown can be shown again. */
import { formatDateTime } from '../../lib/util/dates';
import type { Submission } from '../../stores/threat-models';

interface Props {
  history: readonly Submission[];
  /** Index into `history` of the submission whose breakdown is shown. */
  viewing: number | null;
  onView(index: number): void;
}

export default function SubmissionHistory({ history, viewing, onView }: Props) {
  if (history.length === 0) return null;
  const newestFirst = history.map((h, i) => ({ ...h, i })).reverse();
  return (
    <section aria-labelledby="tm-history-h" className="tm-history no-print">
      <h3 id="tm-history-h">Your submissions</h3>
      <ol reversed>
        {newestFirst.map((h) => (
          <li key={`${h.at}-${h.i}`}>
            {formatDateTime(h.at)}: {h.score}/100{' '}
            {h.threats ? (
              viewing === h.i ? (
                <span className="muted">(its breakdown is shown below)</span>
              ) : (
                <button type="button" className="secondary" onClick={() => onView(h.i)}>
                  Show the breakdown of this submission
                </button>
              )
            ) : (
              <span className="muted">(saved before breakdowns were kept)</span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
