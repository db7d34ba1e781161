/**
 * The threat form's checklists: OWASP risks (two lists) and mitigations from the ATLAS catalogue,
 * searchable by ID or name (the search is filterMitigations in src/lib/threat-model/catalogue.ts).
 */
import { useState } from 'react';
import type { Threat } from '../../lib/content/schemas';
import { OWASP_LLM_2025, OWASP_ML_2023 } from '../../lib/frameworks/ids';
import { filterMitigations, mitigationFilterStatus, toggled } from '../../lib/threat-model/catalogue';
import CatalogueSearch from './CatalogueSearch';
import type { CatalogueMitigation } from './types';

type OwaspId = Threat['owasp'][number];

/** The two OWASP lists, each under its own disclosure (IDs never overlap: LLM… vs ML…). */
const OWASP_GROUPS = [
  { prefix: 'LLM', title: 'Top 10 for LLM Applications 2025', risks: OWASP_LLM_2025 },
  { prefix: 'ML', title: 'Machine Learning Security Top 10', risks: OWASP_ML_2023 },
] as const;

function Check({ checked, onChange, text }: { checked: boolean; onChange(on: boolean): void; text: string }) {
  return (
    <li>
      <label>
        <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} /> {text}
      </label>
    </li>
  );
}

export function OwaspPicker({ value, onChange }: { value: OwaspId[]; onChange(ids: OwaspId[]): void }) {
  return (
    <fieldset className="tm-fieldset">
      <legend>OWASP risks</legend>
      {OWASP_GROUPS.map((g) => (
        <details key={g.prefix}>
          <summary>
            {g.title} ({value.filter((o) => o.startsWith(g.prefix)).length} chosen)
          </summary>
          <ul className="tm-checklist">
            {g.risks.map((r) => (
              <Check
                key={r.id}
                checked={value.includes(r.id)}
                onChange={(on) => onChange(toggled(value, r.id, on))}
                text={`${r.id} ${r.name}`}
              />
            ))}
          </ul>
        </details>
      ))}
    </fieldset>
  );
}

function MitigationChecks(props: {
  mitigations: CatalogueMitigation[];
  value: string[];
  onChange(ids: string[]): void;
}) {
  const { value, onChange } = props;
  return props.mitigations.map((m) => (
    <Check
      key={m.id}
      checked={value.includes(m.id)}
      onChange={(on) => onChange(toggled(value, m.id, on))}
      text={`${m.id} ${m.name}`}
    />
  ));
}

export function MitigationPicker(props: {
  mitigations: CatalogueMitigation[];
  value: string[];
  onChange(ids: string[]): void;
}) {
  const { mitigations, value, onChange } = props;
  const [query, setQuery] = useState('');
  // While searching, the chosen ones come first (never filtered away); otherwise catalogue order.
  const shown = filterMitigations(mitigations, query, value);
  return (
    <fieldset className="tm-fieldset">
      <legend>Mitigations ({value.length} chosen)</legend>
      <details>
        <summary>ATLAS mitigations catalogue</summary>
        <CatalogueSearch
          label="Search mitigations"
          placeholder="e.g. sanitize, queries, provenance, AML.M0007"
          value={query}
          onChange={setQuery}
        />
        <ul className="tm-checklist tm-scroll" aria-label="ATLAS mitigations">
          <MitigationChecks
            mitigations={shown.searching ? [...shown.chosen, ...shown.matches] : mitigations}
            value={value}
            onChange={onChange}
          />
        </ul>
        <p aria-live="polite" className="muted tm-hint">
          {mitigationFilterStatus(shown, mitigations.length, query)}
        </p>
      </details>
    </fieldset>
  );
}
