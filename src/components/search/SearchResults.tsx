/** The results with the matched words marked, and the empty state with what to try instead. */
import { highlight, snippet } from '../../lib/search/highlight';
import type { SearchHit, SearchOutcome } from '../../lib/search/query';
import { DOC_TYPE_LABELS } from '../../lib/search/types';
import { Marked } from './Marked';

export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

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

export function SearchResults({ hits, words }: { hits: SearchHit[]; words: string[] }) {
  return (
    <ol className="search-results" aria-label="Search results">
      {hits.map((hit) => (
        <Result key={`${hit.doc.href}|${hit.doc.title}`} hit={hit} words={words} />
      ))}
    </ol>
  );
}

interface NoResultsProps {
  outcome: SearchOutcome;
  /** True when a kind filter is on. */
  filtered: boolean;
  /** The same words in every kind of page. */
  onShowAll(): void;
  /** A suggested query, in every kind of page. */
  onSuggestion(query: string): void;
}

export function NoResults({ outcome, filtered, onShowAll, onSuggestion }: NoResultsProps) {
  const elsewhere = filtered && Object.values(outcome.countsByType).some((n) => n > 0);
  return (
    <div className="search-empty">
      {elsewhere && (
        <p>
          Other kinds of page match.{' '}
          <button type="button" className="secondary" onClick={onShowAll}>
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
                <button type="button" className="secondary" onClick={() => onSuggestion(s)}>
                  {s}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
