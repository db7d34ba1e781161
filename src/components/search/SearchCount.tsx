/** The search page's status line: no JavaScript, loading, unavailable, the count, or what to type. */
import type { SearchEngine } from '../../lib/search/engine';
import { countMessage } from '../../lib/search/messages';
import type { DocType } from '../../lib/search/types';

export type SearchStatus =
  | { kind: 'static' }
  | { kind: 'loading' }
  | { kind: 'ready'; engine: SearchEngine }
  | { kind: 'error'; message: string };

interface Props {
  status: SearchStatus;
  hasQuery: boolean;
  /** Number of results, once searched. */
  hits: number | undefined;
  types: DocType[];
}

export function SearchCount({ status, hasQuery, hits, types }: Props) {
  return (
    <p role="status" aria-live="polite" className="search-count">
      {status.kind === 'static' && (
        <>
          Search runs in your browser and needs JavaScript. Without it, browse the{' '}
          <a href="/guide/">career and skill guide</a> or the <a href="/learn/">scenarios</a>.
        </>
      )}
      {status.kind === 'loading' && 'Loading the search index…'}
      {status.kind === 'error' && `Search is unavailable: ${status.message}. Try reloading the page.`}
      {status.kind === 'ready' && hasQuery && hits !== undefined && countMessage(hits, types)}
      {status.kind === 'ready' &&
        !hasQuery &&
        'Type a search term: a skill, an attack, a tool or an ID such as AML.T0024.002.'}
    </p>
  );
}
