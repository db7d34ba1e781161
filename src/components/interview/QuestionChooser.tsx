/** The scenarios and their questions as checkboxes; QuestionOrder sets the order they are asked in. */
import type { ScenarioGroup } from '../../lib/interview/setup';

interface Props {
  groups: ScenarioGroup[];
  chosen: string[];
  onToggle(id: string): void;
}

export default function QuestionChooser({ groups, chosen, onToggle }: Props) {
  return (
    <fieldset>
      <legend>Scenarios and questions</legend>
      {groups.map((g) => (
        <fieldset key={g.scenario} className="iv-scenario">
          <legend>{g.title}</legend>
          {g.questions.map((q) => (
            <div key={q.id} className="iv-check">
              <input
                type="checkbox"
                id={`iv-q-${q.id}`}
                checked={chosen.includes(q.id)}
                onChange={() => onToggle(q.id)}
              />
              <label htmlFor={`iv-q-${q.id}`}>
                {q.title}{' '}
                <span className="muted">
                  ({q.level}; {q.minutes} min)
                </span>
              </label>
            </div>
          ))}
        </fieldset>
      ))}
    </fieldset>
  );
}
