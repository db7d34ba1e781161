/**
 * The practice island of one interview question: the prompt, an answer box with a word count
 * and an optional timer, then the score with the evidence highlighted in the learner's own
 * text, the concepts found and missed, the answer strategy, and the history of attempts.
 * Scoring runs in the browser (src/lib/scoring); attempts and drafts persist in the attempts store.
 */
import { useEffect, useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { attemptOf, scorePractice } from '../../lib/scoring/practice';
import type { ScoreResult } from '../../lib/scoring/score';
import { attemptsFor, bestScore, draftFor, improvement, useAttemptsStore } from '../../stores/attempts';
import AnswerForm from './AnswerForm';
import { useStopwatch } from './AnswerTimer';
import AttemptHistory from './AttemptHistory';
import Heading from './Heading';
import ScoreReport from './ScoreReport';
import StrategyPanel from './StrategyPanel';
import type { HeadingLevel, PracticeQuestionData } from './types';
import { useHydrated } from '../persist/useHydrated';

interface Props {
  question: PracticeQuestionData;
  /** Level of the question's title heading; sections use the next level. */
  headingLevel?: HeadingLevel;
  /** Show the question's title as a heading (off when the page's own heading is the title). */
  showTitle?: boolean;
}

export default function PracticeQuestion({ question, headingLevel = 3, showTitle = true }: Props) {
  const uid = useId();
  const q = question.id;
  const hydrated = useHydrated(useAttemptsStore);
  const text = useAttemptsStore((s) => draftFor(s, q));
  const attempts = useAttemptsStore(useShallow((s) => attemptsFor(s, q)));
  const best = useAttemptsStore((s) => bestScore(s, q));
  const change = useAttemptsStore((s) => improvement(s, q));
  const { record, setDraft, clearHistory } = useAttemptsStore(
    useShallow((s) => ({ record: s.record, setDraft: s.setDraft, clearHistory: s.clearHistory })),
  );
  const [scored, setScored] = useState<{ result: ScoreResult; text: string } | null>(null);
  const [error, setError] = useState('');
  const stopwatch = useStopwatch();
  const reportHeadingId = `${uid}-report`;
  const sub = showTitle ? headingLevel + 1 : headingLevel;

  // A new score moves the focus to its heading, so a screen reader reads it next.
  useEffect(() => {
    if (scored) document.getElementById(reportHeadingId)?.focus();
  }, [scored, reportHeadingId]);

  const score = () => {
    const r = scorePractice(question, text);
    if (!r.ok) {
      setScored(null);
      setError(r.error);
      return;
    }
    setError('');
    const seconds = stopwatch.on ? stopwatch.stop() : null;
    record(q, attemptOf(r.result, text, seconds, new Date()));
    setScored({ result: r.result, text });
  };

  return (
    <article
      className="pr-question"
      aria-labelledby={showTitle ? `${uid}-title` : undefined}
      aria-label={showTitle ? undefined : question.title}
      data-question={q}
      data-hydrated={hydrated}
    >
      {showTitle && (
        <Heading level={headingLevel} id={`${uid}-title`}>
          {question.title}
        </Heading>
      )}
      <p className="pr-meta">
        {question.level} · about {question.minutes} minutes
      </p>
      <p className="pr-prompt">{question.prompt}</p>
      <AnswerForm
        uid={uid}
        text={text}
        minutes={question.minutes}
        error={error}
        ready={hydrated}
        stopwatch={stopwatch}
        onText={(t) => setDraft(q, t)}
        onSubmit={score}
      />
      {scored && <ScoreReport result={scored.result} text={scored.text} level={sub} headingId={reportHeadingId} />}
      {(scored || attempts.length > 0) && <StrategyPanel question={question} level={sub} />}
      <AttemptHistory attempts={attempts} best={best} change={change} level={sub} onClear={() => clearHistory(q)} />
    </article>
  );
}
