/** The score breakdown and feedback of a submission: every component, every reference threat
 * (matched, partial or missed, and why), every threat of the learner's that matched nothing. */
import type { ScoreReport } from '../../lib/threat-model/score';
import type { ModelElement } from '../../lib/threat-model/elements';
import { formatDateTime } from '../../lib/util/dates';
import { oneDecimal as r1, orderingDisagreements, threatsWithoutCredit } from '../../lib/threat-model/feedback';
import ScrollRegion from '../layout/ScrollRegion';

interface Props {
  report: ScoreReport;
  elements: ReadonlyMap<string, ModelElement>;
  scenarioTitle: string;
  /** ISO time of the submission shown. */
  submittedAt: string;
}

const STATUS = { matched: 'Matched', partial: 'Partly matched', missed: 'Missed' } as const;
const LEARNER_STATUS = {
  'valid-extra': 'valid, not in the reference',
  duplicate: 'duplicate',
  unmatched: 'off target',
} as const;

export default function ScorePanel({ report, elements, scenarioTitle, submittedAt }: Props) {
  const off = threatsWithoutCredit(report.learner);
  const disagreements = orderingDisagreements(report.rankPairs);
  return (
    <section className="tm-score" aria-labelledby="tm-score-h">
      <h3 id="tm-score-h">Your score: {report.overall} / 100</h3>
      <p className="muted">
        {scenarioTitle}: your submission of <time dateTime={submittedAt}>{formatDateTime(submittedAt)}</time>.
      </p>
      {report.notes.map((n) => (
        <p key={n} className="tm-note">
          {n}
        </p>
      ))}
      <ScrollRegion label="How the score is made">
        <table className="tm-table">
          <caption>How the score is made</caption>
          <thead>
            <tr>
              <th scope="col">Component</th>
              <th scope="col">Points</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {report.components.map((c) => (
              <tr key={c.name}>
                <th scope="row">{c.label}</th>
                <td>
                  {r1(c.points)} / {c.max}
                </td>
                <td>{c.explanation}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <h4>Reference threats: found and missed</h4>
      <ul className="tm-feedback">
        {report.references.map((f) => (
          <li key={f.index} className={`tm-${f.status}`}>
            <strong>
              {STATUS[f.status]}: {f.reference.title}
            </strong>{' '}
            <span className="muted">
              ({elements.get(f.reference.element)?.label ?? f.reference.element}, {f.reference.stride};{' '}
              {r1(f.coveragePoints)} of {r1(f.coverageMax)} coverage points)
            </span>
            <ul>
              {f.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {off.length > 0 && (
        <>
          <h4>Your threats that cover no reference threat</h4>
          <ul className="tm-feedback">
            {off.map((l) => (
              <li key={l.index}>
                <strong>
                  #{l.index + 1} {l.title}
                </strong>{' '}
                ({l.status === 'matched' ? 'matched' : LEARNER_STATUS[l.status]}): {l.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {disagreements.length > 0 && (
        <>
          <h4>Ordering disagreements</h4>
          <ul className="tm-feedback">
            {disagreements.map((p) => (
              <li key={`${p.higher}-${p.lower}`}>
                The reference rates “{report.references[p.higher].reference.title}” above “
                {report.references[p.lower].reference.title}”; your risks were {p.learnerHigher} and {p.learnerLower}.
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
