/**
 * A semantic score: the level reached and what would earn the next, the score, flags and caps,
 * the learner's own text with each credited claim highlighted, and the ideas found (with the
 * reference claim each is closest to) and missed.
 */
import { advise, type LevelTexts } from '../../lib/scoring/semantic/advice';
import type { SemanticReport as Report } from '../../lib/scoring/semantic/report';
import FlagList from './FlagList';
import Heading from './Heading';
import HighlightedAnswer from './HighlightedAnswer';

interface Props {
  report: Report;
  text: string;
  levels: LevelTexts;
  level: number;
  headingId: string;
}

const levelName = (n: number) => (n === 0 ? 'below level 1' : `level ${n} of 4`);

export default function SemanticReport({ report, text, levels, level, headingId }: Props) {
  const advice = advise(report, levels);
  const found = report.concepts.filter((c) => c.credited);
  const missed = report.concepts.filter((c) => !c.credited);
  const highlighted = found.map((c) => ({ label: c.label, evidence: c.evidence ? [c.evidence] : [] }));
  return (
    <section className="pr-report" aria-labelledby={headingId}>
      <Heading level={level} id={headingId} focusable>
        {report.score === null ? 'Needs a human grader' : `Score: ${report.score}/100, ${levelName(report.level ?? 0)}`}
      </Heading>
      <p className="pr-method">Scored by the sentence model, claim by claim, against the rubric's reference claims.</p>
      <FlagList flags={report.flags} />
      {advice && (
        <div className="pr-advice">
          <p>
            <strong>Reached {levelName(advice.reached)}.</strong> {advice.reachedText}
          </p>
          {advice.next !== null && (
            <>
              <p>
                <strong>Level {advice.next}:</strong> {advice.nextText}
              </p>
              <Heading level={level + 1}>What would earn level {advice.next}</Heading>
              <ul aria-label={`What would earn level ${advice.next}`}>
                {advice.todo.map((t, i) => (
                  <li key={i}>{t}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {report.score !== null && (
        <>
          <Heading level={level + 1}>Your answer, with the credited claims highlighted</Heading>
          <HighlightedAnswer text={text} concepts={highlighted} />
          <div className="pr-concepts">
            <div>
              <Heading level={level + 1}>Found ({found.length})</Heading>
              {found.length === 0 ? (
                <p>No claim of the answer is close to one of the rubric's ideas.</p>
              ) : (
                <ul aria-label="Concepts found">
                  {found.map((c) => (
                    <li key={c.id}>
                      <strong>{c.label}</strong> ({Math.round(c.credit * 100)}% match)
                      {c.evidence && <span className="pr-quotes">: “{c.evidence.text}”</span>}
                      {c.closestReference && <span className="pr-why"> Closest reference: “{c.closestReference}”</span>}
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <div>
              <Heading level={level + 1}>Missed ({missed.length})</Heading>
              {missed.length === 0 ? (
                <p>
                  {report.caps.length > 0
                    ? 'Every idea is there, but the level was capped: see what would earn the next level.'
                    : 'Every idea of the rubric is there.'}
                </p>
              ) : (
                <ul aria-label="Concepts missed">
                  {missed.map((c) => (
                    <li key={c.id}>
                      <strong>{c.label}</strong>
                      {c.rejected && <span> (named only to be rejected: “{c.rejected.text}”)</span>}
                      {c.why && <span className="pr-why"> {c.why}</span>}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        </>
      )}
    </section>
  );
}
