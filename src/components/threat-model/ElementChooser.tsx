/**
 * Choosing the element or flow to threat-model: on the diagram (click, or Tab and Enter), or in
 * a list grouped by kind that says how many threats each has; and the suggestions switch.
 */
import type { Diagram } from '../../lib/content/schemas';
import { kindNamePlural, type ModelElement } from '../../lib/threat-model/elements';
import { elementsByKind } from '../../lib/threat-model/work';
import InteractiveDiagram from '../diagram/InteractiveDiagram';

interface Props {
  diagram: Diagram;
  title: string;
  elements: ModelElement[];
  counts: ReadonlyMap<string, number>;
  selected: string | null;
  onSelect(id: string | null): void;
  suggestionsOn: boolean;
  onSuggestions(on: boolean): void;
}

function ElementSelect({
  elements,
  counts,
  selected,
  onSelect,
}: Omit<Props, 'diagram' | 'title' | 'suggestionsOn' | 'onSuggestions'>) {
  return (
    <div className="tm-row">
      <label htmlFor="tm-element">Element or flow</label>
      <select id="tm-element" value={selected ?? ''} onChange={(e) => onSelect(e.target.value || null)}>
        <option value="">Choose one…</option>
        {elementsByKind(elements).map((group) => (
          <optgroup key={group.kind} label={kindNamePlural(group.kind)}>
            {group.elements.map((e) => (
              <option key={e.id} value={e.id}>
                {e.label} ({counts.get(e.id) ?? 0})
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

export default function ElementChooser({ diagram, title, suggestionsOn, onSuggestions, ...choice }: Props) {
  return (
    <div className="tm-canvas">
      <InteractiveDiagram
        diagram={diagram}
        title={title}
        selected={choice.selected}
        counts={choice.counts}
        onSelect={choice.onSelect}
      />
      <ElementSelect {...choice} />
      <label className="tm-toggle">
        <input type="checkbox" checked={suggestionsOn} onChange={(e) => onSuggestions(e.target.checked)} /> Show
        suggested threats (makes the exercise easier; your score will say so)
      </label>
    </div>
  );
}
