/**
 * The interviewer console: who you are on the panel, the current question with its follow-up
 * probes, the clocks, notes, the anchored rubric and concept checklist, the reference strategy
 * (folded away, for the interviewer only), and submitting the scoresheet.
 */
import { useMemo } from 'react';
import type { InterviewQuestion } from '../../lib/interview/catalog';
import { interviewSelectors, useInterviewStore } from '../../stores/interview';
import SetAsideNotice from './SetAsideNotice';
import { useHydratedInterview } from './useInterview';
import Clocks from './Clocks';
import { PanelistPicker, QuestionNav } from './ConsoleNav';
import QuestionCard from './QuestionCard';
import SubmitPanel from './SubmitPanel';

export default function InterviewConsole({ questions }: { questions: InterviewQuestion[] }) {
  const hydrated = useHydratedInterview();
  const session = useInterviewStore((s) => s.session);
  const currentId = useInterviewStore(interviewSelectors.currentQuestion);
  const lock = useInterviewStore(interviewSelectors.scoringLock);
  const submitted = useInterviewStore((s) => s.submitted);
  const goTo = useInterviewStore((s) => s.goTo);
  const byId = useMemo(() => new Map(questions.map((q) => [q.id, q])), [questions]);
  if (!hydrated) return <p className="muted">Loading the saved session…</p>;
  if (!session) {
    // Saved work that could not be read is announced here too, not only on the setup page.
    return (
      <>
        <SetAsideNotice />
        <p>
          No session on this machine. <a href="/interview/">Set up or load a session</a> first.
        </p>
      </>
    );
  }
  const titleOf = (id: string) => byId.get(id)?.title ?? id;
  const current = currentId ?? session.questions[0];
  const question = byId.get(current);
  const index = session.questions.indexOf(current);
  const go = (i: number) => goTo(i, Date.now());

  return (
    <div className="iv-console">
      <SetAsideNotice hydrated={hydrated} />
      <p className="muted">
        Candidate <strong>{session.candidate}</strong> · {session.level} · session <code>{session.id}</code>
      </p>
      <PanelistPicker panelists={session.panelists} />
      {lock && submitted === null && (
        <p className="iv-error" role="alert">
          {lock}
        </p>
      )}
      <QuestionNav questions={session.questions} index={index} titleOf={titleOf} onGo={go} />
      <Clocks question={current} questionMinutes={question?.minutes ?? 10} sessionMinutes={session.minutes} />
      <p>
        <a href="/interview/candidate/" target="_blank" rel="noopener">
          Open the candidate view in a new window
        </a>{' '}
        <span className="muted">
          (prompt and diagram only; it follows the current question; present it full screen)
        </span>
      </p>
      {question ? (
        <QuestionCard
          question={question}
          index={index}
          count={session.questions.length}
          locked={Boolean(lock)}
          onGo={go}
        />
      ) : (
        <p className="iv-error" role="alert">
          This site no longer has the question {current}.
        </p>
      )}
      <SubmitPanel titleOf={titleOf} />
    </div>
  );
}
