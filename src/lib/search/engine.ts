/**
 * Loads a serialised search index once (in the browser, the benchmark or a test) and checks its
 * shape first, so that a stale or corrupted file gives a clear message instead of a lunr crash.
 */
import lunr from 'lunr';
import { SEARCH_INDEX_FORMAT, isDocType, type SerializedSearchIndex, type StoredDocument } from './types';

export interface SearchEngine {
  index: lunr.Index;
  docs: StoredDocument[];
  vocabulary: string[];
}

export class SearchIndexError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SearchIndexError';
  }
}

function isStoredDocument(d: unknown): d is StoredDocument {
  if (typeof d !== 'object' || d === null) return false;
  const x = d as Record<string, unknown>;
  return (
    typeof x.href === 'string' &&
    isDocType(x.type) &&
    typeof x.title === 'string' &&
    typeof x.summary === 'string' &&
    typeof x.text === 'string' &&
    (x.label === undefined || typeof x.label === 'string')
  );
}

/** Loads the index; throws SearchIndexError with a one-line reason when the data is not one. */
export function loadSearchEngine(data: unknown): SearchEngine {
  if (typeof data !== 'object' || data === null) throw new SearchIndexError('the search index is not a JSON object');
  const x = data as Partial<SerializedSearchIndex>;
  if (x.format !== SEARCH_INDEX_FORMAT) {
    throw new SearchIndexError(
      `the search index has format ${JSON.stringify(x.format)}, expected "${SEARCH_INDEX_FORMAT}"`,
    );
  }
  if (!Array.isArray(x.docs) || !x.docs.every(isStoredDocument))
    throw new SearchIndexError('the search index has malformed documents');
  if (!Array.isArray(x.vocabulary) || !x.vocabulary.every((w) => typeof w === 'string')) {
    throw new SearchIndexError('the search index has a malformed vocabulary');
  }
  let index: lunr.Index;
  try {
    index = lunr.Index.load(x.index as object);
  } catch (e) {
    throw new SearchIndexError(`the search index cannot be loaded: ${(e as Error).message}`);
  }
  return { index, docs: x.docs, vocabulary: x.vocabulary };
}
