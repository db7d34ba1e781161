/**
 * The practice island of one interview question: the prompt, an answer box with a word count
 * and an optional timer, then the score with the evidence highlighted in the learner's own
 * text, the concepts found and missed, the answer strategy, and the history of attempts.
 * Scoring runs in the browser (src/lib/scoring); attempts and drafts persist in the attempts store.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { scoreAnswer, type ScoreResult } from '../../lib/scoring/score';
import { countWords } from '../../lib/scoring/tokenise';
import { MAX_ANSWER_CHARS, ScoringInputError } from '../../lib/scoring/validate';
import { attemptsFor, bestScore, draftFor, improvement, useAttemptsStore } from '../../stores/attempts';
import AttemptHistory from './AttemptHistory';
import Heading from './Heading';
import ScoreReport from './ScoreReport';
import StrategyPanel from './StrategyPanel';
import AnswerTimer, { useStopwatch } from './AnswerTimer';
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
  const hydrated = useHydrated(useAttemptsStore);
  const state = useAttemptsStore();
  const text = draftFor(state, question.id);
  const attempts = attemptsFor(state, question.id);
  const [scored, setScored] = useState<{ result: ScoreResult; text: string } | null>(null);
  const [error, setError] = useState('');
  const stopwatch = useStopwatch();
  const reportHeading = useRef<string>(`${uid}-report`);
  const sub = showTitle ? headingLevel + 1 : headingLevel;

  useEffect(() => {
    if (scored) document.getElementById(reportHeading.current)?.focus();
  }, [scored]);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    let result: ScoreResult;
    try {
      result = scoreAnswer(question, text);
    } catch (err) {
      setScored(null);
      setError(
        err instanceof ScoringInputError
          ? `Cannot score this answer: ${err.message}.`
          : 'Something went wrong while scoring; your answer is kept.',
      );
      return;
    }
    setError('');
    const seconds = stopwatch.on ? stopwatch.stop() : null;
    state.record(question.id, {
      at: new Date().toISOString(),
      text,
      score: result.score,
      words: result.words,
      matched: result.concepts.filter((c) => c.matched).map((c) => c.id),
      flags: result.flags.map((f) => f.kind),
      seconds,
    });
    setScored({ result, text });
  };

  const words = countWords(text);
  const answerId = `${uid}-answer`;
  const countId = `${uid}-count`;
  const errorId = `${uid}-error`;
  return (
    <article
      className="pr-question"
      aria-labelledby={showTitle ? `${uid}-title` : undefined}
      aria-label={showTitle ? undefined : question.title}
      data-question={question.id}
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
      <form onSubmit={onSubmit} noValidate>
        <label htmlFor={answerId}>Your answer</label>
        <textarea
          id={answerId}
          rows={9}
          value={text}
          maxLength={MAX_ANSWER_CHARS}
          disabled={!hydrated}
          aria-describedby={`${countId}${error ? ` ${errorId}` : ''}`}
          aria-invalid={error ? true : undefined}
          onChange={(e) => state.setDraft(question.id, e.target.value)}
        />
        <div className="pr-toolbar">
          <span id={countId} className="pr-count">
            {words} {words === 1 ? 'word' : 'words'}
          </span>
          <AnswerTimer stopwatch={stopwatch} minutes={question.minutes} />
          <button type="submit" disabled={!hydrated}>
            Score my answer
          </button>
        </div>
        {error && (
          <p id={errorId} role="alert" className="pr-error">
            {error}
          </p>
        )}
      </form>
      {scored && (
        <ScoreReport result={scored.result} text={scored.text} level={sub} headingId={reportHeading.current} />
      )}
      {(scored || attempts.length > 0) && <StrategyPanel question={question} level={sub} />}
      <AttemptHistory
        attempts={attempts}
        best={bestScore(state, question.id)}
        change={improvement(state, question.id)}
        level={sub}
        onClear={() => state.clearHistory(question.id)}
      />
    </article>
  );
}
