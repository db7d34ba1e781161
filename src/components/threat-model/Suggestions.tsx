/** Suggested threats for the selected element, shown only when the learner turns them on. */
import type { ModelElement } from '../../lib/threat-model/elements';
import { suggestionsFor, type Suggestion } from '../../lib/threat-model/suggestions';

interface Props {
  element: ModelElement;
  dismissed: string[];
  taken: ReadonlySet<string>;
  onAccept(s: Suggestion): void;
  onDismiss(key: string): void;
}

export default function Suggestions({ element, dismissed, taken, onAccept, onDismiss }: Props) {
  const list = suggestionsFor(element, new Set(dismissed)).filter((s) => !taken.has(s.key));
  return (
    <section className="tm-suggestions" aria-label={`Suggested threats for ${element.label}`}>
      <h4>Suggestions for {element.label}</h4>
      {list.length === 0 ? (
        <p className="muted">No more suggestions for this element.</p>
      ) : (
        <ul>
          {list.map((s) => (
            <li key={s.key}>
              <strong>{s.stride}</strong>: {s.title}
              {s.atlas.length > 0 && <span className="muted"> ({s.atlas.join(', ')})</span>}
              <div className="muted">{s.why}</div>
              <button
                type="button"
                className="tm-small"
                onClick={() => onAccept(s)}
                aria-label={`Accept suggestion: ${s.title}`}
              >
                Accept
              </button>{' '}
              <button
                type="button"
                className="secondary tm-small"
                onClick={() => onDismiss(s.key)}
                aria-label={`Dismiss suggestion: ${s.title}`}
              >
                Dismiss
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
