/**
 * Fetches /search-index.json and loads it, once per page: the header box and the search page
 * share the same promise. A failed fetch is not cached, so a later focus can retry.
 */
import { loadSearchEngine, type SearchEngine } from '../../lib/search/engine';

export const SEARCH_INDEX_URL = '/search-index.json';

let pending: Promise<SearchEngine> | undefined;

export function getSearchEngine(): Promise<SearchEngine> {
  pending ??= fetch(SEARCH_INDEX_URL)
    .then((response) => {
      if (!response.ok) throw new Error(`the search index could not be loaded (HTTP ${response.status})`);
      return response.json();
    })
    .then(loadSearchEngine)
    .catch((e: unknown) => {
      pending = undefined;
      throw e instanceof Error ? e : new Error(String(e));
    });
  return pending;
}
