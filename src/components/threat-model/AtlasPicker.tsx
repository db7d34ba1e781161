/**
 * A searchable picker of ATLAS techniques from the site's catalogue: type part of an ID, a name
 * or a parent's name; matching techniques appear as checkboxes; chosen ones are listed with a
 * Remove button each. Plain form controls, so it works with a keyboard and a screen reader.
 */
import { useId, useMemo, useState } from 'react';
import type { CatalogueTechnique } from './types';

interface Props {
  techniques: CatalogueTechnique[];
  value: string[];
  onChange(ids: string[]): void;
}

const MAX_RESULTS = 8;

export function searchTechniques(techniques: CatalogueTechnique[], query: string): CatalogueTechnique[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const byId = new Map(techniques.map((t) => [t.id, t]));
  return techniques.filter((t) => {
    const text = `${t.id} ${t.name} ${t.parent ? (byId.get(t.parent)?.name ?? '') : ''}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

export default function AtlasPicker({ techniques, value, onChange }: Props) {
  const [query, setQuery] = useState('');
  const id = useId();
  const byId = useMemo(() => new Map(techniques.map((t) => [t.id, t])), [techniques]);
  const results = useMemo(() => searchTechniques(techniques, query), [techniques, query]);
  const label = (t: CatalogueTechnique) => {
    const parent = t.parent ? byId.get(t.parent) : undefined;
    return `${t.id} ${parent ? `${parent.name}: ` : ''}${t.name}`;
  };
  const toggle = (tid: string, on: boolean) =>
    onChange(on ? [...new Set([...value, tid])] : value.filter((v) => v !== tid));
  return (
    <fieldset className="tm-fieldset">
      <legend>MITRE ATLAS techniques</legend>
      <label htmlFor={`${id}-q`}>Search ATLAS techniques</label>
      <input
        id={`${id}-q`}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder="e.g. poison, extract, AML.T0051"
        autoComplete="off"
        maxLength={100}
      />
      <div aria-live="polite" className="tm-results">
        {query.trim() && results.length === 0 && <p className="muted">No technique matches “{query}”.</p>}
        {results.length > 0 && (
          <ul className="tm-checklist">
            {results.slice(0, MAX_RESULTS).map((t) => (
              <li key={t.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={value.includes(t.id)}
                    onChange={(e) => toggle(t.id, e.target.checked)}
                  />{' '}
                  {label(t)}
                </label>
              </li>
            ))}
          </ul>
        )}
        {results.length > MAX_RESULTS && (
          <p className="muted">{results.length - MAX_RESULTS} more: refine the search.</p>
        )}
      </div>
      {value.length > 0 ? (
        <ul className="tm-chips" aria-label="Chosen techniques">
          {value.map((tid) => (
            <li key={tid}>
              {byId.get(tid) ? label(byId.get(tid)!) : tid}{' '}
              <button
                type="button"
                className="secondary tm-small"
                onClick={() => toggle(tid, false)}
                aria-label={`Remove ${tid}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No technique chosen.</p>
      )}
    </fieldset>
  );
}
