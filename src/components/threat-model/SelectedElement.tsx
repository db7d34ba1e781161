/**
 * The selected element: what it is, the form to add a threat to it (or to edit one of its
 * threats), and, when they are on, the suggested threats for it.
 */
import type { Threat } from '../../lib/content/schemas';
import { kindName, type ModelElement } from '../../lib/threat-model/elements';
import type { Suggestion } from '../../lib/threat-model/suggestions';
import type { DraftThreat, ScenarioWork } from '../../stores/threat-models';
import Suggestions from './Suggestions';
import ThreatForm from './ThreatForm';
import { takenSuggestions } from '../../lib/threat-model/work';
import type { CatalogueMitigation, CatalogueTechnique } from './types';

interface Props {
  element: ModelElement | undefined;
  /** The threat being edited, when it is on this element. */
  editing: DraftThreat | undefined;
  work: ScenarioWork;
  techniques: CatalogueTechnique[];
  mitigations: CatalogueMitigation[];
  onAdd(threat: Threat): void;
  onUpdate(threat: Threat): void;
  onCancelEdit(): void;
  onAccept(suggestion: Suggestion): void;
  onDismiss(key: string): void;
}

/** The panel's ID, for the builder to bring it into view when an element is chosen on the diagram. */
export const SELECTED_PANEL_ID = 'tm-selected-panel';

export default function SelectedElement({ element, editing, work, onAdd, onUpdate, onCancelEdit, ...rest }: Props) {
  if (!element)
    return (
      <div className="tm-side no-print" id={SELECTED_PANEL_ID}>
        <p className="muted">No element selected yet.</p>
      </div>
    );
  const catalogues = { techniques: rest.techniques, mitigations: rest.mitigations };
  return (
    <div className="tm-side no-print" id={SELECTED_PANEL_ID}>
      <p className="tm-selected" aria-live="polite">
        Selected: <strong>{element.label}</strong> ({kindName(element.kind).toLowerCase()}). {element.description}
      </p>
      {editing ? (
        <ThreatForm
          key={`edit-${editing.id}`}
          element={element}
          initial={editing}
          {...catalogues}
          onCancel={onCancelEdit}
          onSave={onUpdate}
        />
      ) : (
        <ThreatForm key={`add-${element.id}`} element={element} {...catalogues} onSave={onAdd} />
      )}
      {work.suggestionsOn && (
        <Suggestions
          element={element}
          dismissed={work.dismissed}
          taken={takenSuggestions(work.threats)}
          onAccept={rest.onAccept}
          onDismiss={rest.onDismiss}
        />
      )}
    </div>
  );
}
