/**
 * The practice island of one interview question: the prompt, an answer box with a word count
 * and an optional timer, then the score with the evidence highlighted in the learner's own
 * text, the concepts found and missed, the answer strategy, and the history of attempts.
 *
 * Scoring runs in the browser. The word-matching score (src/lib/scoring) shows at once, labelled
 * as a quick estimate; the sentence model (src/lib/scoring/semantic, in a Web Worker) loads on
 * the first score and replaces it. Attempts, with the semantic explanation, persist in the
 * attempts store, so the last score and its explanation are there again after a reload.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { attemptOf, scorePractice } from '../../lib/scoring/practice';
import type { ScoreResult } from '../../lib/scoring/score';
import { reportOf, type SemanticReport as Report } from '../../lib/scoring/semantic/report';
import {
  attemptsFor,
  bestScore,
  draftFor,
  improvement,
  latestAttempt,
  useAttemptsStore,
  type Attempt,
} from '../../stores/attempts';
import ModelStatusLine from './ModelStatusLine';
import { scoreWithModel } from './semantic-client';
import SemanticReport from './SemanticReport';
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
  const latest = useAttemptsStore((s) => latestAttempt(s, q));
  const { record, upgrade, setDraft, clearHistory } = useAttemptsStore(
    useShallow((s) => ({ record: s.record, upgrade: s.upgrade, setDraft: s.setDraft, clearHistory: s.clearHistory })),
  );
  const [scored, setScored] = useState<Shown | null>(null);
  const [modelNote, setModelNote] = useState('');
  const [error, setError] = useState('');
  // After a reload, the last attempt is shown again: its semantic report, or its word-match score.
  const restored = useMemo(() => (latest ? shownOf(question, latest) : null), [question, latest]);
  const shown = scored ?? restored;
  const stopwatch = useStopwatch();
  const reportHeadingId = `${uid}-report`;
  const sub = showTitle ? headingLevel + 1 : headingLevel;

  // A new score moves the focus to its heading, so a screen reader reads it next.
  const scoredAt = scored?.at;
  useEffect(() => {
    if (scoredAt) document.getElementById(reportHeadingId)?.focus();
  }, [scoredAt, reportHeadingId]);

  const score = async () => {
    const r = scorePractice(question, text);
    if (!r.ok) {
      setScored(null);
      setError(r.error);
      return;
    }
    setError('');
    setModelNote('');
    const seconds = stopwatch.on ? stopwatch.stop() : null;
    const attempt = attemptOf(r.result, text, seconds, new Date());
    record(q, attempt);
    setScored({ at: attempt.at, text, lexical: r.result, semantic: null });
    const outcome = await scoreWithModel(question, text, question.briefing ? [question.briefing] : []);
    if (!outcome.ok) {
      setModelNote(outcome.message);
      return;
    }
    const report = reportOf(outcome.result);
    upgrade(q, attempt.at, semanticAttempt(attempt, report));
    setScored((cur) => (cur && cur.at === attempt.at ? { ...cur, semantic: report } : cur));
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
      {shown && !shown.semantic && (
        <ModelStatusLine note={modelNote} pending={scored !== null && scored.semantic === null && !modelNote} />
      )}
      {shown?.semantic ? (
        <SemanticReport
          report={shown.semantic}
          text={shown.text}
          levels={question.levels}
          level={sub}
          headingId={reportHeadingId}
        />
      ) : (
        shown?.lexical && (
          <ScoreReport result={shown.lexical} text={shown.text} level={sub} headingId={reportHeadingId} />
        )
      )}
      {(shown || attempts.length > 0) && <StrategyPanel question={question} level={sub} />}
      <AttemptHistory attempts={attempts} best={best} change={change} level={sub} onClear={() => clearHistory(q)} />
    </article>
  );
}

interface Shown {
  at: string;
  text: string;
  /** The word-matching score (shown until the sentence model's arrives, or when it cannot). */
  lexical: ScoreResult | null;
  semantic: Report | null;
}

/** What a saved attempt shows again: its semantic report, or its answer re-scored by word matching. */
function shownOf(question: PracticeQuestionData, a: Attempt): Shown {
  if (a.report && a.report.score !== null) return { at: a.at, text: a.text, lexical: null, semantic: a.report };
  const r = scorePractice(question, a.text);
  return { at: a.at, text: a.text, lexical: r.ok ? r.result : null, semantic: a.report ?? null };
}

/** The attempt once the sentence model has scored it; an answer it cannot read keeps its word-match score. */
function semanticAttempt(a: Attempt, report: Report): Attempt {
  if (report.score === null || report.level === null) return { ...a, report };
  return {
    ...a,
    score: report.score,
    method: 'semantic',
    level: report.level,
    matched: report.concepts.filter((c) => c.credited).map((c) => c.id),
    flags: [...new Set(report.flags.map((f) => f.kind))],
    report,
  };
}
