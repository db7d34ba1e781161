/** "Show only": one checkbox per kind of page, with its number of results once a query finds some. */
import { DOC_TYPE_LABELS, DOC_TYPES, type DocType } from '../../lib/search/types';
import { capitalise } from './SearchResults';

interface Props {
  types: DocType[];
  /** Results per kind, when a query found some and the index has loaded. */
  counts: Record<DocType, number> | undefined;
  onToggle(type: DocType): void;
}

export function SearchFilters({ types, counts, onToggle }: Props) {
  return (
    <fieldset className="search-filters">
      <legend>Show only</legend>
      {DOC_TYPES.map((t) => (
        <label key={t} className="search-filter">
          <input type="checkbox" name="type" value={t} checked={types.includes(t)} onChange={() => onToggle(t)} />
          {capitalise(DOC_TYPE_LABELS[t].many)}
          {counts ? <span className="muted"> ({counts[t]})</span> : null}
        </label>
      ))}
    </fieldset>
  );
}
