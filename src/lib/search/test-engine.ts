/** Node only, for tests and the benchmark: the search engine over the real content, built once. */
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from './build-index';
import { buildSearchDocuments } from './documents';
import { loadSearchEngine, type SearchEngine } from './engine';
import { loadSearchCorpus } from './load-corpus';
import type { SerializedSearchIndex } from './types';

export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

let cached: { serialized: SerializedSearchIndex; engine: SearchEngine } | undefined;

/** The serialised index of the project's content and the engine loaded from its JSON. */
export function projectSearch(): { serialized: SerializedSearchIndex; engine: SearchEngine } {
  if (!cached) {
    const serialized = buildSearchIndex(buildSearchDocuments(loadSearchCorpus(PROJECT_ROOT)));
    cached = { serialized, engine: loadSearchEngine(JSON.parse(JSON.stringify(serialized))) };
  }
  return cached;
}
