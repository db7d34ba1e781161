/**
 * The search page's address for whatever the user typed, for links built in the browser (the
 * header box's "See all N results"). Never throws: the text is made well-formed first, where
 * encodeURIComponent would throw `URIError: URI malformed` on a lone surrogate.
 */
import { writeSearchState } from './url-state';
import { toWellFormed } from './well-formed';

export function searchPageHref(query: string): string {
  // URLSearchParams (inside writeSearchState) would also replace lone surrogates, since its
  // arguments are USVStrings; doing it here keeps that from being something callers rely on.
  return `/search/${writeSearchState({ query: toWellFormed(query), types: [] })}`;
}
