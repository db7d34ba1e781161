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

/** Whether each of the session's questions has a rating in this panelist's draft. */
const ratedQuestions = (s: InterviewPersisted) =>
  s.session?.questions.map((q) => interviewSelectors.draftFor(s, q).rating !== null) ?? [];

interface NavProps {
  questions: string[];
  index: number;
  titleOf(id: string): string;
  onGo(index: number): void;
}

export function QuestionNav({ questions, index, titleOf, onGo }: NavProps) {
  const rated = useInterviewStore(useShallow(ratedQuestions));
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
              {rated[i] ? ' ✓' : ''}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
