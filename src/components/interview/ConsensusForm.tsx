/**
 * The consensus rating of one question, agreed in discussion after independent scoring, with its
 * reason recorded. The individual ratings stay in the report beside it (Pulakos et al. 1996).
 */
import { useState, type FormEvent } from 'react';
import { RATINGS, type InterviewQuestion } from '../../lib/interview/catalog';
import { suggestedConsensus } from '../../lib/interview/consensus';
import { hasOneRating, type QuestionRatings } from '../../lib/interview/merge';
import { conceptNames } from '../../lib/interview/report';
import { useInterviewStore } from '../../stores/interview';

export default function ConsensusForm({
  row,
  question,
  index,
}: {
  row: QuestionRatings;
  question: InterviewQuestion | undefined;
  index: number;
}) {
  const saved = useInterviewStore((s) => s.consensus[row.question]);
  const setConsensus = useInterviewStore((s) => s.setConsensus);
  const suggestion = suggestedConsensus(row);
  const [rating, setRating] = useState(String(saved?.rating ?? suggestion ?? ''));
  const [reason, setReason] = useState(saved?.reason ?? '');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const n = index + 1;
  const labels = Object.fromEntries((question?.concepts ?? []).map((c) => [c.id, c.label]));

  const save = (e: FormEvent) => {
    e.preventDefault();
    const r = setConsensus(row.question, rating === '' ? NaN : Number(rating), reason);
    setMessage(r.ok ? { ok: true, text: `Consensus on question ${n} saved.` } : { ok: false, text: r.error });
  };

  return (
    <form
      onSubmit={save}
      className={`iv-consensus iv-dis-${row.disagreement}`}
      aria-labelledby={`iv-cons-h-${n}`}
      noValidate
    >
      <h3 id={`iv-cons-h-${n}`}>
        {n}. {question?.title ?? row.question}
      </h3>
      <ul className="iv-individual">
        {row.ratings.map((r) => (
          <li key={r.panelist}>
            <strong>
              {r.panelist}: {r.rating}
            </strong>
            {r.concepts.length > 0 && <> · heard: {conceptNames(labels, r.concepts)}</>}
            {r.notes.trim() !== '' && (
              <>
                {' '}
                · notes: <q>{r.notes}</q>
              </>
            )}
          </li>
        ))}
      </ul>
      <p className="muted">
        {hasOneRating(row)
          ? 'One rating so far: agreement needs two raters.'
          : row.disagreement === 'none'
            ? 'The panel agrees.'
            : `Spread ${row.spread}: discuss the evidence before agreeing.`}
        {suggestion !== null ? ` The median rating is ${suggestion}.` : ' The median falls between two levels.'}
      </p>
      <div className="iv-field">
        <label htmlFor={`iv-cons-r-${n}`}>Consensus rating for question {n}</label>
        <select id={`iv-cons-r-${n}`} value={rating} onChange={(e) => setRating(e.currentTarget.value)}>
          <option value="">Choose</option>
          {RATINGS.map((r) => (
            <option key={r} value={r}>
              {r}: {question?.levels[String(r) as '1'] ?? ''}
            </option>
          ))}
        </select>
      </div>
      <div className="iv-field">
        <label htmlFor={`iv-cons-why-${n}`}>Reason for the consensus on question {n}</label>
        <textarea
          id={`iv-cons-why-${n}`}
          rows={2}
          maxLength={4000}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
      </div>
      <button type="submit">Save consensus on question {n}</button>
      {saved && <span className="muted"> Saved: {saved.rating}.</span>}
      <div
        role={message && !message.ok ? 'alert' : 'status'}
        className={message && !message.ok ? 'iv-error' : 'iv-status'}
      >
        {message?.text}
      </div>
    </form>
  );
}
