/**
 * A searchable picker of ATLAS techniques from the site's catalogue: type part of an ID, a name
 * or a parent's name; matching techniques appear as checkboxes; chosen ones are listed with a
 * Remove button each. Plain form controls, so it works with a keyboard and a screen reader.
 * The search itself is src/lib/threat-model/catalogue.ts.
 */
import { useMemo, useState } from 'react';
import { searchTechniques, techniqueLabel, toggled } from '../../lib/threat-model/catalogue';
import CatalogueSearch from './CatalogueSearch';
import type { CatalogueTechnique } from './types';

interface Props {
  techniques: CatalogueTechnique[];
  value: string[];
  onChange(ids: string[]): void;
}

const MAX_RESULTS = 8;

function SearchResults(props: {
  query: string;
  results: CatalogueTechnique[];
  value: string[];
  label(t: CatalogueTechnique): string;
  onToggle(id: string, on: boolean): void;
}) {
  const { query, results, value, label, onToggle } = props;
  return (
    <div aria-live="polite" className="tm-results">
      {query.trim() && results.length === 0 && (
        <p className="muted">
          No technique matches “{query}”. Try another word, or browse the <a href="/guide/atlas/">ATLAS matrix</a>.
        </p>
      )}
      {results.length > 0 && (
        <ul className="tm-checklist">
          {results.slice(0, MAX_RESULTS).map((t) => (
            <li key={t.id}>
              <label>
                <input
                  type="checkbox"
                  checked={value.includes(t.id)}
                  onChange={(e) => onToggle(t.id, e.target.checked)}
                />{' '}
                {label(t)}
              </label>
            </li>
          ))}
        </ul>
      )}
      {results.length > MAX_RESULTS && <p className="muted">{results.length - MAX_RESULTS} more: refine the search.</p>}
    </div>
  );
}

function ChosenTechniques(props: { value: string[]; labelOf(id: string): string; onRemove(id: string): void }) {
  if (props.value.length === 0) return <p className="muted">No technique chosen.</p>;
  return (
    <ul className="tm-chips" aria-label="Chosen techniques">
      {props.value.map((tid) => (
        <li key={tid}>
          {props.labelOf(tid)}{' '}
          <button
            type="button"
            className="secondary tm-small"
            onClick={() => props.onRemove(tid)}
            aria-label={`Remove ${tid}`}
          >
            Remove
          </button>
        </li>
      ))}
    </ul>
  );
}

export default function AtlasPicker({ techniques, value, onChange }: Props) {
  const [query, setQuery] = useState('');
  const byId = useMemo(() => new Map(techniques.map((t) => [t.id, t])), [techniques]);
  const results = useMemo(() => searchTechniques(techniques, query), [techniques, query]);
  const label = (t: CatalogueTechnique) => techniqueLabel(t, byId);
  const labelOf = (tid: string) => {
    const t = byId.get(tid);
    return t ? label(t) : tid;
  };
  const toggle = (tid: string, on: boolean) => onChange(toggled(value, tid, on));
  return (
    <fieldset className="tm-fieldset">
      <legend>MITRE ATLAS techniques</legend>
      <CatalogueSearch
        label="Search ATLAS techniques"
        placeholder="e.g. poison, model stealing, jailbreak, AML.T0051"
        value={query}
        onChange={setQuery}
      />
      <SearchResults query={query} results={results} value={value} label={label} onToggle={toggle} />
      <ChosenTechniques value={value} labelOf={labelOf} onRemove={(tid) => toggle(tid, false)} />
    </fieldset>
  );
}
