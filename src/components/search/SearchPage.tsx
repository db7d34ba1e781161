/**
 * The /search/ page's island: reads ?q= and ?type=, loads the index once, searches as the user
 * types, filters by type, and shows counts, highlighted snippets and the empty state. All the
 * logic is in src/lib/search; this only wires it to the page.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import type { SearchEngine } from '../../lib/search/engine';
import { highlight, snippet } from '../../lib/search/highlight';
import { countMessage } from '../../lib/search/messages';
import { search, type SearchHit } from '../../lib/search/query';
import { readSearchState, writeSearchState } from '../../lib/search/url-state';
import { DOC_TYPE_LABELS, DOC_TYPES, type DocType } from '../../lib/search/types';
import { Marked } from './Marked';
import { getSearchEngine } from './load-engine';

type Status =
  | { kind: 'static' }
  | { kind: 'loading' }
  | { kind: 'ready'; engine: SearchEngine }
  | { kind: 'error'; message: string };

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function Result({ hit, words }: { hit: SearchHit; words: string[] }) {
  const text = snippet(hit.doc.text, hit.terms, words);
  return (
    <li className="search-result">
      <p className="search-result-kind">
        {capitalise(DOC_TYPE_LABELS[hit.doc.type].one)}
        {hit.doc.label ? (
          <>
            {' '}
            · <code>{hit.doc.label}</code>
          </>
        ) : null}
      </p>
      <h2 className="search-result-title">
        <a href={hit.doc.href}>
          <Marked segments={highlight(hit.doc.title, hit.terms, words)} />
        </a>
      </h2>
      <p className="search-result-snippet">
        <Marked segments={highlight(text, hit.terms, words)} />
      </p>
    </li>
  );
}

export default function SearchPage() {
  const [query, setQuery] = useState('');
  const [types, setTypes] = useState<DocType[]>([]);
  // 'static' is what the server renders, and what stays on screen without JavaScript.
  const [status, setStatus] = useState<Status>({ kind: 'static' });
  const inputId = useId();

  useEffect(() => {
    const initial = readSearchState(window.location.search);
    setQuery(initial.query);
    setTypes(initial.types);
    setStatus({ kind: 'loading' });
    getSearchEngine().then(
      (engine) => setStatus({ kind: 'ready', engine }),
      (e: Error) => setStatus({ kind: 'error', message: e.message }),
    );
  }, []);

  useEffect(() => {
    const next = `${window.location.pathname}${writeSearchState({ query, types })}`;
    if (next !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', next);
  }, [query, types]);

  const outcome = useMemo(
    () => (status.kind === 'ready' ? search(status.engine, query, { types }) : undefined),
    [status, query, types],
  );
  const hasQuery = query.trim() !== '';

  const toggle = (t: DocType) =>
    setTypes((ts) => (ts.includes(t) ? ts.filter((x) => x !== t) : DOC_TYPES.filter((x) => x === t || ts.includes(x))));

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
          onChange={(e) => setQuery(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          placeholder="e.g. model stealing, AML.T0024.002, posioning"
        />
        <fieldset className="search-filters">
          <legend>Show only</legend>
          {DOC_TYPES.map((t) => (
            <label key={t} className="search-filter">
              <input type="checkbox" name="type" value={t} checked={types.includes(t)} onChange={() => toggle(t)} />
              {capitalise(DOC_TYPE_LABELS[t].many)}
              {hasQuery && outcome ? <span className="muted"> ({outcome.countsByType[t]})</span> : null}
            </label>
          ))}
        </fieldset>
      </form>

      <p role="status" aria-live="polite" className="search-count">
        {status.kind === 'static' && (
          <>
            Search runs in your browser and needs JavaScript. Without it, browse the{' '}
            <a href="/guide/">career and skill guide</a> or the <a href="/learn/">scenarios</a>.
          </>
        )}
        {status.kind === 'loading' && 'Loading the search index…'}
        {status.kind === 'error' && `Search is unavailable: ${status.message}. Try reloading the page.`}
        {status.kind === 'ready' && hasQuery && outcome && countMessage(outcome.hits.length, types)}
        {status.kind === 'ready' &&
          !hasQuery &&
          'Type a search term: a skill, an attack, a tool or an ID such as AML.T0024.002.'}
      </p>

      {outcome && hasQuery && outcome.partial && outcome.hits.length > 0 && (
        <p className="muted">No page contains every word; these pages contain some of them.</p>
      )}

      {outcome && hasQuery && outcome.hits.length === 0 && (
        <div className="search-empty">
          {types.length > 0 && Object.values(outcome.countsByType).some((n) => n > 0) && (
            <p>
              Other kinds of page match.{' '}
              <button type="button" className="secondary" onClick={() => setTypes([])}>
                Show all kinds
              </button>
            </p>
          )}
          {outcome.suggestions.length > 0 && (
            <>
              <h2>Try one of these</h2>
              <ul className="search-suggestions">
                {outcome.suggestions.map((s) => (
                  <li key={s}>
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => {
                        setQuery(s);
                        setTypes([]);
                      }}
                    >
                      {s}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}

      {outcome && outcome.hits.length > 0 && (
        <ol className="search-results" aria-label="Search results">
          {outcome.hits.map((hit) => (
            <Result key={`${hit.doc.href}|${hit.doc.title}`} hit={hit} words={outcome.words} />
          ))}
        </ol>
      )}
    </div>
  );
}
