/** The console's choices: who you are on the panel, and which question is current (✓: rated). */
import { useShallow } from 'zustand/react/shallow';
import { interviewSelectors, useInterviewStore, type InterviewPersisted } from '../../stores/interview';

export function PanelistPicker({ panelists }: { panelists: string[] }) {
  const me = useInterviewStore((s) => s.me);
  const submitted = useInterviewStore((s) => s.submitted);
  const chooseMe = useInterviewStore((s) => s.chooseMe);
  return (
    <div className="iv-field iv-me">
      <label htmlFor="iv-me">You are</label>
      <select
        id="iv-me"
        value={me ?? ''}
        disabled={Boolean(submitted)}
        onChange={(e) => chooseMe(e.currentTarget.value)}
      >
        <option value="" disabled>
          Choose your name
        </option>
        {panelists.map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </select>
    </div>
  );
}

/** What each of the session's questions shows in the list: ' ✓' rated, ' (not asked)', or nothing. */
const questionMarks = (s: InterviewPersisted) =>
  s.session?.questions.map((q) => {
    const d = interviewSelectors.draftFor(s, q);
    return d.notAsked ? ' (not asked)' : d.rating !== null ? ' ✓' : '';
  }) ?? [];

interface NavProps {
  questions: string[];
  index: number;
  titleOf(id: string): string;
  onGo(index: number): void;
}

export function QuestionNav({ questions, index, titleOf, onGo }: NavProps) {
  const marks = useInterviewStore(useShallow(questionMarks));
  return (
    <nav aria-label="Questions" className="iv-qnav">
      <ol>
        {questions.map((q, i) => (
          <li key={q}>
            <button
              type="button"
              className={i === index ? '' : 'secondary'}
              aria-current={i === index ? 'step' : undefined}
              onClick={() => onGo(i)}
            >
              {i + 1}. {titleOf(q)}
              {marks[i]}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
