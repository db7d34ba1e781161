/**
 * The interviewer console: who you are on the panel, the current question with its follow-up
 * probes, the clocks, notes, the anchored rubric and concept checklist, the reference strategy
 * (folded away, for the interviewer only), and submitting the scoresheet.
 */
import type { InterviewQuestion } from '../../lib/interview/catalog';
import { interviewSelectors, useInterviewStore } from '../../stores/interview';
import SetAsideNotice from './SetAsideNotice';
import { useHydratedInterview } from './useInterview';
import Clocks from './Clocks';
import RubricPanel from './RubricPanel';
import SubmitPanel from './SubmitPanel';

export default function InterviewConsole({ questions }: { questions: InterviewQuestion[] }) {
  const hydrated = useHydratedInterview();
  const state = useInterviewStore();
  if (!hydrated) return <p className="muted">Loading the saved session…</p>;
  const { session, me } = state;
  if (!session) {
    return (
      <p>
        No session on this machine. <a href="/interview/">Set up or load a session</a> first.
      </p>
    );
  }
  const byId = new Map(questions.map((q) => [q.id, q]));
  const titleOf = (id: string) => byId.get(id)?.title ?? id;
  const currentId = interviewSelectors.currentQuestion(state) ?? session.questions[0];
  const question = byId.get(currentId);
  const lock = interviewSelectors.scoringLock(state);
  const index = session.questions.indexOf(currentId);
  const go = (i: number) => state.goTo(i, Date.now());

  return (
    <div className="iv-console">
      <SetAsideNotice hydrated={hydrated} />
      <p className="muted">
        Candidate <strong>{session.candidate}</strong> · {session.level} · session <code>{session.id}</code>
      </p>
      <div className="iv-field iv-me">
        <label htmlFor="iv-me">You are</label>
        <select
          id="iv-me"
          value={me ?? ''}
          disabled={Boolean(state.submitted)}
          onChange={(e) => state.chooseMe(e.currentTarget.value)}
        >
          <option value="" disabled>
            Choose your name
          </option>
          {session.panelists.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </div>
      {lock && state.submitted === null && (
        <p className="iv-error" role="alert">
          {lock}
        </p>
      )}

      <nav aria-label="Questions" className="iv-qnav">
        <ol>
          {session.questions.map((q, i) => (
            <li key={q}>
              <button
                type="button"
                className={i === index ? '' : 'secondary'}
                aria-current={i === index ? 'step' : undefined}
                onClick={() => go(i)}
              >
                {i + 1}. {titleOf(q)}
                {interviewSelectors.draftFor(state, q).rating !== null ? ' ✓' : ''}
              </button>
            </li>
          ))}
        </ol>
      </nav>

      <Clocks question={currentId} questionMinutes={question?.minutes ?? 10} sessionMinutes={session.minutes} />

      <p>
        <a href="/interview/candidate/" target="_blank" rel="noopener">
          Open the candidate view in a new window
        </a>{' '}
        <span className="muted">
          (prompt and diagram only; it follows the current question; present it full screen)
        </span>
      </p>

      {question ? (
        <article aria-labelledby="iv-q-title" className="iv-question">
          <h2 id="iv-q-title">
            Question {index + 1} of {session.questions.length}: {question.title}
          </h2>
          <p className="iv-prompt">{question.prompt}</p>
          {question.followUps.length > 0 && (
            <>
              <h3>Follow-up probes</h3>
              <ul>
                {question.followUps.map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
            </>
          )}
          <RubricPanel question={question} index={index} locked={Boolean(lock)} />
          <details className="iv-reference">
            <summary>Reference strategy (interviewer only)</summary>
            <p>{question.strategy.summary}</p>
            {question.strategy.points.length > 0 && (
              <ul>
                {question.strategy.points.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            )}
          </details>
          <p className="iv-row">
            <button type="button" className="secondary" disabled={index === 0} onClick={() => go(index - 1)}>
              Previous question
            </button>
            <button
              type="button"
              className="secondary"
              disabled={index === session.questions.length - 1}
              onClick={() => go(index + 1)}
            >
              Next question
            </button>
          </p>
        </article>
      ) : (
        <p className="iv-error" role="alert">
          This site no longer has the question {currentId}.
        </p>
      )}

      <SubmitPanel titleOf={titleOf} />
    </div>
  );
}
