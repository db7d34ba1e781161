/**
 * The /search/ page's island: reads ?q= and ?type=, loads the index once, searches as the user
 * types, filters by type, and shows counts, highlighted snippets and the empty state. All the
 * logic is in src/lib/search; this only wires it to the page.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import type { SearchEngine } from '../../lib/search/engine';
import { search } from '../../lib/search/query';
import { readSearchState, writeSearchState, type SearchState } from '../../lib/search/url-state';
import { DOC_TYPES, type DocType } from '../../lib/search/types';
import { useIsClient } from '../hooks/useIsClient';
import { getSearchEngine } from './load-engine';
import { SearchCount, type SearchStatus } from './SearchCount';
import { SearchFilters } from './SearchFilters';
import { NoResults, SearchResults } from './SearchResults';

type EngineState = { kind: 'ready'; engine: SearchEngine } | { kind: 'error'; message: string } | null;

/** Loads the index once the island runs; null while it loads. */
function useSearchEngine(): EngineState {
  const [state, setState] = useState<EngineState>(null);
  useEffect(() => {
    let live = true;
    getSearchEngine().then(
      (engine) => live && setState({ kind: 'ready', engine }),
      (e: Error) => live && setState({ kind: 'error', message: e.message }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/** The search in the address bar, in the canonical form (a shared link reproduces it). */
function writeUrl(state: SearchState) {
  const next = `${window.location.pathname}${writeSearchState(state)}`;
  if (next !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', next);
}

export default function SearchPage() {
  const client = useIsClient();
  const [state, setState] = useState<SearchState>({ query: '', types: [] });
  // The server HTML has an empty search; once hydrated, the address's search is adopted, once
  // (React's "adjusting state while rendering", not an effect).
  const [adopted, setAdopted] = useState(false);
  if (client && !adopted) {
    setAdopted(true);
    setState(readSearchState(window.location.search));
  }
  // The address follows the search (only once adopted: before, it would erase the address's own).
  useEffect(() => {
    if (adopted) writeUrl(state);
  }, [adopted, state]);
  const engine = useSearchEngine();
  // 'static' is what the server renders, and what stays on screen without JavaScript.
  const status: SearchStatus = !client ? { kind: 'static' } : (engine ?? { kind: 'loading' });
  const inputId = useId();
  const { query, types } = state;

  /** Turns a kind filter on or off, keeping the kinds in DOC_TYPES order. */
  const toggle = (t: DocType) =>
    setState((s) => ({
      ...s,
      types: s.types.includes(t)
        ? s.types.filter((x) => x !== t)
        : DOC_TYPES.filter((x) => x === t || s.types.includes(x)),
    }));
  const showAllKinds = () => setState((s) => ({ ...s, types: [] }));

  const ready = client && engine?.kind === 'ready' ? engine.engine : null;
  const outcome = useMemo(() => (ready ? search(ready, query, { types }) : undefined), [ready, query, types]);
  const hasQuery = query.trim() !== '';
  // Counts only when something was found: ten "(0)" beside the empty state say nothing it does not.
  const found = outcome ? Object.values(outcome.countsByType).some((n) => n > 0) : false;

  return (
    <div className="search-page">
      <form role="search" action="/search/" method="get" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={inputId}>Search careers, skills, frameworks, techniques, tools and scenarios</label>
        <input
          id={inputId}
          data-search-page-input
          name="q"
          type="search"
          value={query}
          onChange={(e) => setState({ query: e.target.value, types })}
          autoComplete="off"
          spellCheck={false}
          placeholder="e.g. model stealing, AML.T0024.002, posioning"
        />
        <SearchFilters types={types} counts={hasQuery && found ? outcome?.countsByType : undefined} onToggle={toggle} />
      </form>
      <SearchCount status={status} hasQuery={hasQuery} hits={outcome?.hits.length} types={types} />
      {outcome && hasQuery && outcome.partial && outcome.hits.length > 0 && (
        <p className="muted">No page contains every word; these pages contain some of them.</p>
      )}
      {outcome && hasQuery && outcome.hits.length === 0 && (
        <NoResults
          outcome={outcome}
          filtered={types.length > 0}
          onShowAll={showAllKinds}
          onSuggestion={(q) => setState({ query: q, types: [] })}
        />
      )}
      {outcome && outcome.hits.length > 0 && <SearchResults hits={outcome.hits} words={outcome.words} />}
    </div>
  );
}
