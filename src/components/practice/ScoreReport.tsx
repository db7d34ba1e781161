/** The score of one attempt: flags, adjustments, the highlighted answer, concepts found and missed. */
import { nothingMissedText } from '../../lib/scoring/practice';
import type { ScoreResult } from '../../lib/scoring/score';
import FlagList from './FlagList';
import Heading from './Heading';
import HighlightedAnswer from './HighlightedAnswer';

interface Props {
  result: ScoreResult;
  text: string;
  level: number;
  headingId: string;
}

export default function ScoreReport({ result, text, level, headingId }: Props) {
  const found = result.concepts.filter((c) => c.matched);
  const missed = result.concepts.filter((c) => !c.matched);
  return (
    <section className="pr-report" aria-labelledby={headingId}>
      <Heading level={level} id={headingId} focusable>
        Score: {result.score}/100
      </Heading>
      <p className="pr-score-line">
        {found.length} of {result.concepts.length} ideas found in {result.words} words.
      </p>
      <FlagList flags={result.flags} />
      {result.adjustments.length > 0 && (
        <ul className="pr-adjustments" aria-label="How the score was adjusted">
          {result.adjustments.map((a, i) => (
            <li key={i}>
              {a.reason} ({Math.round(a.before)} → {Math.round(a.after)})
            </li>
          ))}
        </ul>
      )}
      <Heading level={level + 1}>Your answer, with the evidence highlighted</Heading>
      <HighlightedAnswer text={text} concepts={result.concepts} />
      <div className="pr-concepts">
        <div>
          <Heading level={level + 1}>Found ({found.length})</Heading>
          {found.length === 0 ? (
            <p>None of the rubric's ideas was found.</p>
          ) : (
            <ul aria-label="Concepts found">
              {found.map((c) => (
                <li key={c.id}>
                  <strong>{c.label}</strong>
                  {c.credit < 1 && (
                    <span className="pr-partial">
                      {' '}
                      (named in a fragment, not explained: {Math.round(c.credit * 100)}% credit)
                    </span>
                  )}
                  <span className="pr-quotes">: {c.evidence.map((e) => `“${e.text}”`).join(', ')}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <Heading level={level + 1}>Missed ({missed.length})</Heading>
          {missed.length === 0 ? (
            <p>{nothingMissedText(result)}</p>
          ) : (
            <ul aria-label="Concepts missed">
              {missed.map((c) => (
                <li key={c.id}>
                  <strong>{c.label}</strong>
                  {c.rejected.length > 0 && (
                    <span> (named only to be rejected: {c.rejected.map((e) => `“${e.text}”`).join(', ')})</span>
                  )}
                  {c.why && <span className="pr-why"> {c.why}</span>}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
