/**
 * The form for one threat on the selected element: STRIDE category (only those that apply to
 * the element's kind), title, ATLAS techniques, OWASP IDs, likelihood and impact (1–5),
 * mitigations from the catalogue, and notes. Used both to add and to edit.
 */
import { useEffect, useId, useState } from 'react';
import type { Threat } from '../../lib/content/schemas';
import { OWASP_LLM_2025, OWASP_ML_2023, type StrideCategory } from '../../lib/frameworks/ids';
import { kindName, strideFor, type ModelElement } from '../../lib/threat-model/elements';
import AtlasPicker from './AtlasPicker';
import type { CatalogueMitigation, CatalogueTechnique } from './types';

/** The two OWASP lists, each under its own disclosure (IDs never overlap: LLM… vs ML…). */
const OWASP_GROUPS = [
  { prefix: 'LLM', title: 'Top 10 for LLM Applications 2025', risks: OWASP_LLM_2025 },
  { prefix: 'ML', title: 'Machine Learning Security Top 10', risks: OWASP_ML_2023 },
] as const;

interface Props {
  element: ModelElement;
  initial?: Threat;
  techniques: CatalogueTechnique[];
  mitigations: CatalogueMitigation[];
  onSave(threat: Threat): void;
  onCancel?(): void;
}

type Draft = Omit<Threat, 'element'>;

const blank = (stride: StrideCategory): Draft => ({
  stride,
  title: '',
  atlas: [],
  owasp: [],
  likelihood: 3,
  impact: 3,
  mitigations: [],
  notes: '',
});

export default function ThreatForm({ element, initial, techniques, mitigations, onSave, onCancel }: Props) {
  const allowed = strideFor(element.kind);
  const [draft, setDraft] = useState<Draft>(() =>
    initial ? { ...initial, notes: initial.notes ?? '' } : blank(allowed[0]),
  );
  const [error, setError] = useState('');
  const id = useId();
  useEffect(() => {
    setDraft((d) => (allowed.includes(d.stride) ? d : { ...d, stride: allowed[0] }));
  }, [element.id]);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const toggleIn = (list: string[], v: string, on: boolean) =>
    on ? [...new Set([...list, v])] : list.filter((x) => x !== v);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const title = draft.title.trim();
    if (!title) {
      setError('Give the threat a title: what could go wrong, in one sentence.');
      return;
    }
    setError('');
    const notes = (draft.notes ?? '').trim();
    onSave({
      ...draft,
      title: title.slice(0, 300),
      notes: notes ? notes.slice(0, 10_000) : undefined,
      element: element.id,
    } as Threat);
    if (!initial) setDraft(blank(draft.stride));
  };

  return (
    <form className="tm-form" onSubmit={submit} aria-labelledby={`${id}-h`} noValidate>
      <h4 id={`${id}-h`}>
        {initial ? 'Edit threat' : 'Add a threat'} on {element.label}{' '}
        <span className="muted">({kindName(element.kind).toLowerCase()})</span>
      </h4>
      <div className="tm-row">
        <label htmlFor={`${id}-stride`}>STRIDE category</label>
        <select
          id={`${id}-stride`}
          value={draft.stride}
          onChange={(e) => set({ stride: e.target.value as StrideCategory })}
        >
          {allowed.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
        <p className="muted tm-hint">
          A {kindName(element.kind).toLowerCase()} can have: {allowed.join(', ')}.
        </p>
      </div>
      <div className="tm-row">
        <label htmlFor={`${id}-title`}>Threat title</label>
        <input
          id={`${id}-title`}
          value={draft.title}
          maxLength={300}
          onChange={(e) => set({ title: e.target.value })}
          aria-invalid={!!error}
          aria-describedby={error ? `${id}-err` : undefined}
        />
        {error && (
          <p id={`${id}-err`} className="tm-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <AtlasPicker techniques={techniques} value={draft.atlas} onChange={(atlas) => set({ atlas })} />
      <fieldset className="tm-fieldset">
        <legend>OWASP risks</legend>
        {OWASP_GROUPS.map((g) => (
          <details key={g.prefix}>
            <summary>
              {g.title} ({draft.owasp.filter((o) => o.startsWith(g.prefix)).length} chosen)
            </summary>
            <ul className="tm-checklist">
              {g.risks.map((r) => (
                <li key={r.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={draft.owasp.includes(r.id)}
                      onChange={(e) => set({ owasp: toggleIn(draft.owasp, r.id, e.target.checked) as Threat['owasp'] })}
                    />{' '}
                    {r.id} {r.name}
                  </label>
                </li>
              ))}
            </ul>
          </details>
        ))}
      </fieldset>
      <div className="tm-pair">
        <div className="tm-row">
          <label htmlFor={`${id}-l`}>Likelihood (1–5)</label>
          <select id={`${id}-l`} value={draft.likelihood} onChange={(e) => set({ likelihood: Number(e.target.value) })}>
            {[1, 2, 3, 4, 5].map((v) => (
              <option key={v}>{v}</option>
            ))}
          </select>
        </div>
        <div className="tm-row">
          <label htmlFor={`${id}-i`}>Impact (1–5)</label>
          <select id={`${id}-i`} value={draft.impact} onChange={(e) => set({ impact: Number(e.target.value) })}>
            {[1, 2, 3, 4, 5].map((v) => (
              <option key={v}>{v}</option>
            ))}
          </select>
        </div>
      </div>
      <fieldset className="tm-fieldset">
        <legend>Mitigations ({draft.mitigations.length} chosen)</legend>
        <details>
          <summary>ATLAS mitigations catalogue</summary>
          <ul className="tm-checklist tm-scroll">
            {mitigations.map((m) => (
              <li key={m.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={draft.mitigations.includes(m.id)}
                    onChange={(e) => set({ mitigations: toggleIn(draft.mitigations, m.id, e.target.checked) })}
                  />{' '}
                  {m.id} {m.name}
                </label>
              </li>
            ))}
          </ul>
        </details>
      </fieldset>
      <div className="tm-row">
        <label htmlFor={`${id}-notes`}>Notes</label>
        <textarea
          id={`${id}-notes`}
          rows={3}
          maxLength={10_000}
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
