/**
 * The anchored rubric of one question: what a 1, 2, 3 and 4 answer looks like, as the choices
 * of the rating (behaviourally anchored scales agree better than bare numbers), and the rubric's
 * concepts as a checklist of what the panelist heard.
 */
import { RATINGS, type InterviewQuestion, type Rating } from '../../lib/interview/catalog';
import { interviewSelectors, useInterviewStore } from '../../stores/interview';

const LEVEL_NAMES: Record<Rating, string> = { 1: 'poor', 2: 'mixed', 3: 'good', 4: 'excellent' };

export default function RubricPanel({
  question,
  index,
  locked,
}: {
  question: InterviewQuestion;
  index: number;
  locked: boolean;
}) {
  const draft = useInterviewStore((s) => interviewSelectors.draftFor(s, question.id));
  const setRating = useInterviewStore((s) => s.setRating);
  const setNotAsked = useInterviewStore((s) => s.setNotAsked);
  const toggleConcept = useInterviewStore((s) => s.toggleConcept);
  const setNotes = useInterviewStore((s) => s.setNotes);
  const n = index + 1;
  return (
    <div className="iv-rubric">
      <div className="iv-field">
        <label htmlFor={`iv-notes-${n}`}>Notes on question {n}</label>
        <textarea
          id={`iv-notes-${n}`}
          rows={5}
          value={draft.notes}
          disabled={locked}
          maxLength={20_000}
          onChange={(e) => setNotes(question.id, e.currentTarget.value)}
        />
      </div>
      <fieldset disabled={locked}>
        <legend>Concepts heard in the answer</legend>
        {question.concepts.map((c) => (
          <div key={c.id} className="iv-check">
            <input
              type="checkbox"
              id={`iv-c-${n}-${c.id}`}
              checked={draft.concepts.includes(c.id)}
              onChange={() => toggleConcept(question.id, c.id)}
            />
            <label htmlFor={`iv-c-${n}-${c.id}`}>
              {c.label} <span className="muted">(weight {c.weight})</span>
            </label>
          </div>
        ))}
      </fieldset>
      <div className="iv-check">
        <input
          type="checkbox"
          id={`iv-na-${n}`}
          checked={draft.notAsked}
          disabled={locked}
          onChange={(e) => setNotAsked(question.id, e.currentTarget.checked)}
          aria-describedby={`iv-na-hint-${n}`}
        />
        <label htmlFor={`iv-na-${n}`}>Question {n} was not asked</label>
        <p className="iv-hint" id={`iv-na-hint-${n}`}>
          It then needs no rating and counts in no total or agreement figure; the whole panel should mark it alike.
        </p>
      </div>
      <fieldset disabled={locked || draft.notAsked} className="iv-anchors">
        <legend>Rating for question {n}</legend>
        {RATINGS.map((r) => (
          <div key={r} className={`iv-anchor${draft.rating === r ? ' iv-anchor-chosen' : ''}`}>
            <input
              type="radio"
              name={`iv-rating-${n}`}
              id={`iv-r-${n}-${r}`}
              checked={draft.rating === r}
              onChange={() => setRating(question.id, r)}
            />
            <label htmlFor={`iv-r-${n}-${r}`}>
              <strong>
                {r} ({LEVEL_NAMES[r]})
              </strong>
              : {question.levels[String(r) as '1']}
            </label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}
