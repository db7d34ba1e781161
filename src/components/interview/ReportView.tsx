/**
 * The session report, printable (the page's print style hides everything but the report) and
 * downloadable as Markdown. Both come from one report model, so they say the same thing.
 */
import type { InterviewQuestion } from '../../lib/interview/catalog';
import { agreementNote } from '../../lib/interview/merge';
import { DECISION_LABELS } from '../../lib/interview/recommendation';
import { formatDateTime } from '../../lib/util/dates';
import { buildReport, conceptNames, NOT_ASKED, reportFileName, reportToMarkdown } from '../../lib/interview/report';
import { useShallow } from 'zustand/react/shallow';
import { interviewSelectors, useInterviewStore } from '../../stores/interview';
import { downloadText, useHydratedInterview } from './useInterview';
import AgreementFigures from './AgreementFigures';
import ScrollRegion from '../layout/ScrollRegion';

export default function ReportView({ questions }: { questions: InterviewQuestion[] }) {
  const hydrated = useHydratedInterview();
  const state = useInterviewStore(useShallow(interviewSelectors.reportView));
  if (!hydrated) return <p className="muted">Loading the saved session…</p>;
  if (!state.session)
    return (
      <p>
        No session on this machine. <a href="/interview/">Set up or load a session</a> first.
      </p>
    );
  const m = buildReport({
    session: state.session,
    questions,
    sheets: state.sheets,
    consensus: state.consensus,
    recommendation: state.recommendation,
    now: new Date(),
  });
  const s = m.session;
  return (
    <article className="iv-report" aria-labelledby="iv-report-h">
      <p className="iv-row no-print">
        <button type="button" onClick={() => window.print()}>
          Print the report
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => downloadText(reportFileName(m), reportToMarkdown(m), 'text/markdown')}
        >
          Download the report as Markdown
        </button>
        <a href="/interview/merge/">Back to the merge</a>
      </p>
      <h2 id="iv-report-h">Interview report: {s.candidate}</h2>
      {m.gaps.length > 0 && (
        <p className="iv-draft">
          <strong>Draft:</strong> {m.gaps.join('; ')}.
        </p>
      )}
      <ul>
        <li>
          Session <code>{s.id}</code>, created {formatDateTime(s.createdAt)}
        </li>
        <li>
          Level {s.level}; planned length {s.minutes} minutes; {s.questions.length} questions
        </li>
        <li>
          Panel: {s.panelists.join(', ')} (scored: {m.scored.join(', ') || 'none'})
        </li>
      </ul>
      <h3>Recommendation</h3>
      {m.recommendation ? (
        <>
          <p>
            <strong>{DECISION_LABELS[m.recommendation.decision]}.</strong>
          </p>
          <blockquote className="iv-text">{m.recommendation.rationale}</blockquote>
        </>
      ) : (
        <p>Not yet recorded.</p>
      )}
      {m.suggestion && (
        <p className="muted">
          House rule suggestion: {DECISION_LABELS[m.suggestion.decision]} ({m.suggestion.because}).
        </p>
      )}
      <h3>Agreement between panelists</h3>
      <AgreementFigures agreement={m.agreement} />
      <h3>Questions</h3>
      {m.questions.map((q, i) => (
        <section key={q.id} aria-labelledby={`iv-rq-${i + 1}`} className="iv-report-q">
          <h4 id={`iv-rq-${i + 1}`}>
            {i + 1}. {q.title}
          </h4>
          <p>{q.prompt}</p>
          {q.notAsked && (
            <p>
              <strong>{NOT_ASKED}.</strong>
            </p>
          )}
          {q.ratings && (
            <ScrollRegion label={`Individual ratings for question ${i + 1}`}>
              <table>
                <caption className="visually-hidden">Individual ratings for question {i + 1}</caption>
                <thead>
                  <tr>
                    <th scope="col">Panelist</th>
                    <th scope="col">Rating</th>
                    <th scope="col">Concepts heard</th>
                    <th scope="col">Notes</th>
                  </tr>
                </thead>
                <tbody>
                  {q.ratings.ratings.map((r) => (
                    <tr key={r.panelist}>
                      <th scope="row">{r.panelist}</th>
                      <td>{r.rating}</td>
                      <td>{conceptNames(q.conceptLabels, r.concepts) || '—'}</td>
                      <td className="iv-text">{r.notes || '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          )}
          {q.ratings && (
            <p>
              Mean of individual ratings: {q.ratings.mean.toFixed(2)} ({agreementNote(q.ratings)}).
            </p>
          )}
          {q.notAsked ? null : q.consensus ? (
            <>
              <p>
                <strong>Consensus rating: {q.consensus.rating}.</strong> Reason:
              </p>
              <blockquote className="iv-text">{q.consensus.reason}</blockquote>
            </>
          ) : (
            <p>Consensus: not yet recorded.</p>
          )}
        </section>
      ))}
      <h3>Method</h3>
      <p>
        A structured interview: the same questions and behaviourally anchored rating scales for every candidate; each
        panelist rated independently before discussion (Campion, Palmer &amp; Campion 1997; Levashina et al. 2014).
        Individual ratings are kept beside the consensus, which is only slightly more valid than their average (Pulakos
        et al. 1996).
      </p>
    </article>
  );
}
