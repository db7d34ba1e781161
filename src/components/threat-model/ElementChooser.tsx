/**
 * Choosing the element or flow to threat-model in a list grouped by kind that says how many
 * threats each has (the second way to choose, beside the builder's diagram), and the suggestions
 * switch.
 */
import { kindNamePlural, type ModelElement } from '../../lib/threat-model/elements';
import { elementsByKind } from '../../lib/threat-model/work';

interface Props {
  elements: ModelElement[];
  counts: ReadonlyMap<string, number>;
  selected: string | null;
  onSelect(id: string | null): void;
  suggestionsOn: boolean;
  onSuggestions(on: boolean): void;
}

function ElementSelect({ elements, counts, selected, onSelect }: Omit<Props, 'suggestionsOn' | 'onSuggestions'>) {
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

export default function ElementChooser({ suggestionsOn, onSuggestions, ...choice }: Props) {
  return (
    <div className="tm-canvas">
      <ElementSelect {...choice} />
      <label className="tm-toggle">
        <input type="checkbox" checked={suggestionsOn} onChange={(e) => onSuggestions(e.target.checked)} /> Show
        suggested threats (makes the exercise easier; your score will say so)
      </label>
    </div>
  );
}
