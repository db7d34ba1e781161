/**
 * The search page's state in its address: /search/?q=model+stealing&type=career&type=skill.
 * Reading tolerates anything (unknown types are dropped, the query is bounded); writing gives
 * the canonical form, so that a shared link reproduces the same search.
 */
import { MAX_QUERY_CHARS } from './tokenise';
import { DOC_TYPES, isDocType, type DocType } from './types';

export interface SearchState {
  query: string;
  types: DocType[];
}

export function readSearchState(search: string): SearchState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { query: '', types: [] };
  }
  const query = (params.get('q') ?? '').slice(0, MAX_QUERY_CHARS * 5);
  const wanted = new Set(
    params
      .getAll('type')
      .flatMap((t) => t.split(','))
      .filter(isDocType),
  );
  return { query, types: DOC_TYPES.filter((t) => wanted.has(t)) };
}

export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const t of DOC_TYPES) if (state.types.includes(t)) params.append('type', t);
  const s = params.toString();
  return s ? `?${s}` : '';
}
