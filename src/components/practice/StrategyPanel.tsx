/** The answer strategy, the anchored levels and the follow-up probes of a question. */
import Heading from './Heading';
import type { PracticeQuestionData } from './types';

export default function StrategyPanel({ question, level }: { question: PracticeQuestionData; level: number }) {
  const { strategy, levels, followUps, examples } = question;
  return (
    <section className="pr-strategy" aria-label="Answer strategy">
      <Heading level={level}>Answer strategy</Heading>
      <p>{strategy.summary}</p>
      {strategy.points.length > 0 && (
        <ul>
          {strategy.points.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
      {strategy.sample && (
        <>
          <Heading level={level + 1}>A sample answer</Heading>
          <p className="pr-sample">{strategy.sample}</p>
        </>
      )}
      <Heading level={level + 1}>What each level looks like</Heading>
      <dl className="pr-levels">
        {(['1', '2', '3', '4'] as const).map((k) => (
          <div key={k}>
            <dt>Level {k}</dt>
            <dd>{levels[k]}</dd>
          </div>
        ))}
      </dl>
      <Heading level={level + 1}>An example answer at each level</Heading>
      {(['1', '2', '3', '4'] as const).map((k) => (
        <details key={k} className="pr-example">
          <summary>Example at level {k}</summary>
          <p>{examples[k]}</p>
        </details>
      ))}
      {followUps.length > 0 && (
        <>
          <Heading level={level + 1}>Follow-up questions to prepare</Heading>
          <ul>
            {followUps.map((f, i) => (
              <li key={i}>{f}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
