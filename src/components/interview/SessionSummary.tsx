/** The loaded session at a glance: candidate alias, level, length, panel and questions. */
import type { Session } from '../../lib/interview/session';

export default function SessionSummary({ session, titleOf }: { session: Session; titleOf: (id: string) => string }) {
  return (
    <dl className="iv-summary">
      <dt>Candidate</dt>
      <dd>{session.candidate}</dd>
      <dt>Level</dt>
      <dd>{session.level}</dd>
      <dt>Planned length</dt>
      <dd>{session.minutes} minutes</dd>
      <dt>Panel</dt>
      <dd>{session.panelists.join(', ')}</dd>
      <dt>Questions</dt>
      <dd>
        <ol>
          {session.questions.map((q) => (
            <li key={q}>{titleOf(q)}</li>
          ))}
        </ol>
      </dd>
      <dt>Session ID</dt>
      <dd>
        <code>{session.id}</code>
      </dd>
    </dl>
  );
}
