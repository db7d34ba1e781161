/**
 * The form for one threat on the selected element: STRIDE category (only those that apply to
 * the element's kind), title, ATLAS techniques, OWASP IDs, likelihood and impact (1–5),
 * mitigations from the catalogue, and notes. Used both to add and to edit; the builder keys it
 * by element (or by the threat edited), so a new element starts a fresh draft.
 */
import { useId, useState, type FormEvent } from 'react';
import type { Threat } from '../../lib/content/schemas';
import { kindName, strideFor, type ModelElement } from '../../lib/threat-model/elements';
import { blankDraft, draftOf, finishDraft, NOTES_MAX, type ThreatDraft } from '../../lib/threat-model/draft';
import AtlasPicker from './AtlasPicker';
import { MitigationPicker, OwaspPicker } from './ThreatMappings';
import { AttackField, RiskFields, StrideField, TitleField } from './ThreatFields';
import type { CatalogueMitigation, CatalogueTechnique } from './types';

interface Props {
  element: ModelElement;
  initial?: ThreatDraft;
  techniques: CatalogueTechnique[];
  mitigations: CatalogueMitigation[];
  onSave(threat: Threat): void;
  onCancel?(): void;
}

export default function ThreatForm({ element, initial, techniques, mitigations, onSave, onCancel }: Props) {
  const allowed = strideFor(element.kind);
  const [draft, setDraft] = useState<ThreatDraft>(() => (initial ? draftOf(initial) : blankDraft(allowed[0])));
  const [error, setError] = useState('');
  const id = useId();
  const set = (patch: Partial<ThreatDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const finished = finishDraft(draft, element.id);
    setError(finished.ok ? '' : finished.error);
    if (!finished.ok) return;
    onSave(finished.threat);
    if (!initial) setDraft(blankDraft(draft.stride));
  };

  return (
    <form className="tm-form" onSubmit={submit} aria-labelledby={`${id}-h`} noValidate>
      <h4 id={`${id}-h`}>
        {initial ? 'Edit threat' : 'Add a threat'} on {element.label}{' '}
        <span className="muted">({kindName(element.kind).toLowerCase()})</span>
      </h4>
      <StrideField id={id} kind={element.kind} value={draft.stride} onChange={(stride) => set({ stride })} />
      <TitleField id={id} value={draft.title} error={error} onChange={(title) => set({ title })} />
      <AtlasPicker techniques={techniques} value={draft.atlas} onChange={(atlas) => set({ atlas })} />
      <OwaspPicker value={draft.owasp} onChange={(owasp) => set({ owasp })} />
      <AttackField id={id} value={draft.attack} onChange={(attack) => set({ attack })} />
      <RiskFields id={id} likelihood={draft.likelihood} impact={draft.impact} onChange={set} />
      <MitigationPicker
        mitigations={mitigations}
        value={draft.mitigations}
        onChange={(chosen) => set({ mitigations: chosen })}
      />
      <div className="tm-row">
        <label htmlFor={`${id}-notes`}>Notes</label>
        <textarea
          id={`${id}-notes`}
          rows={3}
          maxLength={NOTES_MAX}
          value={draft.notes ?? ''}
          onChange={(e) => set({ notes: e.target.value })}
        />
      </div>
      <div className="tm-actions">
        <button type="submit">{initial ? 'Save changes' : 'Add threat'}</button>
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
