/**
 * What the candidate sees: the current question's prompt and its scenario's diagram. It receives
 * only those (never the rubric, anchors or reference strategy) and follows the interviewer's
 * current question through the shared store, also from another window.
 */
import { useRef, useState } from 'react';
import type { CandidateQuestion } from '../../lib/interview/catalog';
import { interviewSelectors, useInterviewStore } from '../../stores/interview';
import { useHydratedInterview } from './useInterview';
import DiagramSvg from './DiagramSvg';

export default function CandidateView({ questions }: { questions: CandidateQuestion[] }) {
  const hydrated = useHydratedInterview();
  const current = useInterviewStore((s) => interviewSelectors.currentQuestion(s));
  const position = useInterviewStore((s) => (s.session ? `${s.run.current + 1} of ${s.session.questions.length}` : ''));
  const stage = useRef<HTMLDivElement>(null);
  const [error, setError] = useState('');
  if (!hydrated) return <p className="muted">Loading…</p>;
  const question = questions.find((q) => q.id === current);
  if (!question) return <p>No interview is running on this machine. The interviewer starts one from the console.</p>;

  const fullScreen = () => {
    const el = stage.current;
    if (!el?.requestFullscreen)
      return setError('This browser cannot present full screen; use its own full-screen key (often F11).');
    el.requestFullscreen().catch(() =>
      setError('Full screen was refused by the browser; use its own full-screen key (often F11).'),
    );
  };

  return (
    <>
      <p className="iv-row no-print">
        <button type="button" onClick={fullScreen}>
          Present full screen
        </button>
        <span className="muted">Press Escape to leave full screen.</span>
      </p>
      <div role="alert" className="iv-error">
        {error}
      </div>
      <div ref={stage} className="iv-stage">
        <p className="muted">Question {position}</p>
        <h2>{question.title}</h2>
        <p className="iv-stage-prompt">{question.prompt}</p>
        <DiagramSvg diagram={question.diagram} title={question.scenarioTitle} idPrefix="iv-cand" />
      </div>
    </>
  );
}
