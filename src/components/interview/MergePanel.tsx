/**
 * The merge: scoresheets in, ratings side by side with disagreements marked, agreement between
 * panelists, consensus per question with its reason, and the recommendation.
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { InterviewQuestion } from '../../lib/interview/catalog';
import { notAskedQuestions, sideBySide } from '../../lib/interview/merge';
import { panelAgreement } from '../../lib/interview/panel-agreement';
import { interviewSelectors, useInterviewStore } from '../../stores/interview';
import AgreementFigures from './AgreementFigures';
import { useHydratedInterview } from './useInterview';
import SheetImport from './SheetImport';
import RatingsTable from './RatingsTable';
import ConsensusForm from './ConsensusForm';
import RecommendationForm from './RecommendationForm';

export default function MergePanel({ questions }: { questions: InterviewQuestion[] }) {
  const hydrated = useHydratedInterview();
  const state = useInterviewStore(useShallow(interviewSelectors.mergeView));
  // The bootstrap ranges take tens of milliseconds: compute them when the sheets change, not on
  // every render of the consensus forms.
  const agreement = useMemo(
    () => (state.session ? panelAgreement(state.session, state.sheets) : null),
    [state.session, state.sheets],
  );
  if (!hydrated) return <p className="muted">Loading the saved session…</p>;
  const lock = interviewSelectors.mergeLock(state);
  if (lock || !state.session) {
    return (
      <p className="iv-locked">
        {lock}{' '}
        <a href={state.session ? '/interview/console/' : '/interview/'}>
          {state.session ? 'Back to the console' : 'Set up or load a session'}
        </a>
      </p>
    );
  }
  const session = state.session;
  const byId = new Map(questions.map((q) => [q.id, q]));
  const titleOf = (id: string) => byId.get(id)?.title ?? id;
  const rows = sideBySide(session, state.sheets);
  const notAsked = notAskedQuestions(state.sheets);
  return (
    <div className="iv-merge">
      <p className="muted">
        Candidate <strong>{session.candidate}</strong> · session <code>{session.id}</code> · panel{' '}
        {session.panelists.join(', ')}
      </p>
      <SheetImport />
      {rows.length > 0 && agreement && (
        <>
          <section aria-labelledby="iv-side-h">
            <h2 id="iv-side-h">Ratings</h2>
            <RatingsTable rows={rows} panelists={state.sheets.map((s) => s.panelist)} titleOf={titleOf} />
            {notAsked.length > 0 && (
              <p>Not asked, and left out of every total and agreement figure: {notAsked.map(titleOf).join('; ')}.</p>
            )}
          </section>
          <section aria-labelledby="iv-agree-h">
            <h2 id="iv-agree-h">Agreement between panelists</h2>
            <AgreementFigures agreement={agreement} />
          </section>
          <section aria-labelledby="iv-cons-h">
            <h2 id="iv-cons-h">Consensus</h2>
            <p>
              Discuss each question after everyone has scored; agree a rating and record why. Individual ratings stay in
              the report beside the consensus.
            </p>
            {rows.map((row, i) => (
              <ConsensusForm
                key={`${row.question}-${state.sheets.length}`}
                row={row}
                question={byId.get(row.question)}
                index={i}
              />
            ))}
          </section>
          <RecommendationForm />
          <p>
            <a className="button" href="/interview/report/">
              Open the report
            </a>
          </p>
        </>
      )}
    </div>
  );
}
