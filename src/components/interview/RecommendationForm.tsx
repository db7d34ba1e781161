/** The panel's recommendation with its rationale, beside the house rule's suggestion. */
import { useState, type FormEvent } from 'react';
import { notAskedQuestions } from '../../lib/interview/merge';
import { DECISIONS, DECISION_LABELS, suggestDecision } from '../../lib/interview/recommendation';
import { useInterviewStore } from '../../stores/interview';

export default function RecommendationForm() {
  const session = useInterviewStore((s) => s.session)!;
  const consensus = useInterviewStore((s) => s.consensus);
  const sheets = useInterviewStore((s) => s.sheets);
  const notAsked = notAskedQuestions(sheets);
  const saved = useInterviewStore((s) => s.recommendation);
  const setRecommendation = useInterviewStore((s) => s.setRecommendation);
  const suggestion = suggestDecision(session, consensus, notAsked);
  const [decision, setDecision] = useState<string>(saved?.decision ?? '');
  const [rationale, setRationale] = useState(saved?.rationale ?? '');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const save = (e: FormEvent) => {
    e.preventDefault();
    const r = setRecommendation(decision, rationale);
    setMessage(r.ok ? { ok: true, text: 'Recommendation saved.' } : { ok: false, text: r.error });
  };

  return (
    <form onSubmit={save} aria-labelledby="iv-rec-h" noValidate>
      <h2 id="iv-rec-h">Recommendation</h2>
      <p>
        {suggestion
          ? `House rule suggestion: ${DECISION_LABELS[suggestion.decision]} (${suggestion.because}).`
          : 'The house rule suggests a decision once every question has a consensus.'}{' '}
        <span className="muted">
          The rule: mean consensus ≥ 3.5 with no 1 is a strong hire, ≥ 2.75 with no 1 a hire, ≥ 2 a no hire, below 2 a
          strong no hire. The panel decides and says why.
        </span>
      </p>
      <div className="iv-field">
        <label htmlFor="iv-rec">Panel recommendation</label>
        <select id="iv-rec" value={decision} onChange={(e) => setDecision(e.currentTarget.value)}>
          <option value="">Choose</option>
          {DECISIONS.map((d) => (
            <option key={d} value={d}>
              {DECISION_LABELS[d]}
            </option>
          ))}
        </select>
      </div>
      <div className="iv-field">
        <label htmlFor="iv-rationale">Rationale</label>
        <textarea
          id="iv-rationale"
          rows={4}
          maxLength={8000}
          value={rationale}
          onChange={(e) => setRationale(e.currentTarget.value)}
        />
      </div>
      <button type="submit">Save recommendation</button>
      <div
        role={message && !message.ok ? 'alert' : 'status'}
        className={message && !message.ok ? 'iv-error' : 'iv-status'}
      >
        {message?.text}
      </div>
    </form>
  );
}
