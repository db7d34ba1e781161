/** The current question for the interviewer: prompt, probes, rubric, the reference strategy folded away, and the way on. */
import type { InterviewQuestion } from '../../lib/interview/catalog';
import RubricPanel from './RubricPanel';

interface Props {
  question: InterviewQuestion;
  index: number;
  count: number;
  locked: boolean;
  onGo(index: number): void;
}

function BulletList({ items }: { items: readonly string[] }) {
  return (
    <ul>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

export default function QuestionCard({ question, index, count, locked, onGo }: Props) {
  return (
    <article aria-labelledby="iv-q-title" className="iv-question">
      <h2 id="iv-q-title">
        Question {index + 1} of {count}: {question.title}
      </h2>
      <p className="iv-prompt">{question.prompt}</p>
      {question.followUps.length > 0 && (
        <>
          <h3>Follow-up probes</h3>
          <BulletList items={question.followUps} />
        </>
      )}
      <RubricPanel question={question} index={index} locked={locked} />
      <details className="iv-reference">
        <summary>Reference strategy (interviewer only)</summary>
        <p>{question.strategy.summary}</p>
        {question.strategy.points.length > 0 && <BulletList items={question.strategy.points} />}
      </details>
      <p className="iv-row">
        <button type="button" className="secondary" disabled={index === 0} onClick={() => onGo(index - 1)}>
          Previous question
        </button>
        <button type="button" className="secondary" disabled={index === count - 1} onClick={() => onGo(index + 1)}>
          Next question
        </button>
      </p>
    </article>
  );
}
