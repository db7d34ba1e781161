/**
 * The search function: any string in, ranked results out, never an exception. The query is
 * tokenised and built with `index.query()` (never `index.search()`, whose parser throws on
 * `foo:`, `~` or a lone `-`), and a try/catch is the last guard.
 *
 * Every word must match (in one of its forms) for a page to count; when no page matches every
 * word, pages matching some of them are shown, marked `partial`.
 */
import lunr from 'lunr';
import type { SearchEngine } from './engine';
import { clausesFor, isStopWord, type TermClause } from './terms';
import { tokenise } from './tokenise';
import { suggestCorrections } from './suggest';
import { DOC_TYPES, type DocType, type StoredDocument } from './types';

export interface SearchHit {
  doc: StoredDocument;
  score: number;
  /** Index terms (stemmed) that matched, for highlighting. */
  terms: string[];
}

export interface SearchOutcome {
  /** The words searched for, after tokenising. */
  words: string[];
  /** Results after the type filter, best first. */
  hits: SearchHit[];
  /** Results of each type before the filter, for the filter labels. */
  countsByType: Record<DocType, number>;
  /** True when no page matched every word and pages matching some words are shown. */
  partial: boolean;
  /** Queries to try instead, when nothing matched. */
  suggestions: string[];
}

export interface SearchOptions {
  /** Only these types (all when empty or absent). */
  types?: readonly DocType[];
  /** Most results returned (all by default). */
  limit?: number;
}

const zeroCounts = (): Record<DocType, number> =>
  Object.fromEntries(DOC_TYPES.map((t) => [t, 0])) as Record<DocType, number>;

export function emptyOutcome(words: string[] = [], suggestions: string[] = []): SearchOutcome {
  return { words, hits: [], countsByType: zeroCounts(), partial: false, suggestions };
}

function run(index: lunr.Index, clauses: TermClause[]): lunr.Index.Result[] {
  if (clauses.length === 0) return [];
  return index.query((q) => {
    for (const c of clauses) {
      // lunr tests `'editDistance' in clause`: an undefined key would make every term fuzzy.
      const clause: Partial<lunr.Query.Clause> = { boost: c.boost, usePipeline: false };
      if (c.prefix) clause.wildcard = lunr.Query.wildcard.TRAILING;
      if (c.editDistance) clause.editDistance = c.editDistance;
      q.term(c.term, clause);
    }
  });
}

/** The words worth searching for: stop words go, unless they are all there is. */
function meaningfulWords(words: string[]): string[] {
  const kept = words.filter((w) => !isStopWord(w));
  return kept.length > 0 ? kept : words;
}

function rank(engine: SearchEngine, query: string, options: SearchOptions): SearchOutcome {
  const words = tokenise(query);
  // Something typed that holds no word (only symbols): nothing matches, so offer suggestions.
  if (words.length === 0) return emptyOutcome([], query.trim() ? suggestCorrections(engine.vocabulary, []) : []);
  const perWord = meaningfulWords(words).map((w) => clausesFor(w)).filter((c) => c.length > 0);
  if (perWord.length === 0) return emptyOutcome(words, suggestCorrections(engine.vocabulary, words));

  const scored = run(engine.index, perWord.flat());
  let matching = scored;
  let partial = false;
  if (perWord.length > 1) {
    const sets = perWord.map((clauses) => new Set(run(engine.index, clauses).map((r) => r.ref)));
    const everyWord = scored.filter((r) => sets.every((s) => s.has(r.ref)));
    partial = everyWord.length === 0 && scored.length > 0;
    if (!partial) matching = everyWord;
  }

  const countsByType = zeroCounts();
  const all: SearchHit[] = [];
  for (const r of matching) {
    const doc = engine.docs[Number(r.ref)];
    if (!doc) continue;
    countsByType[doc.type]++;
    all.push({ doc, score: r.score, terms: Object.keys(r.matchData.metadata) });
  }
  const types = options.types && options.types.length > 0 ? new Set(options.types) : undefined;
  const filtered = types ? all.filter((h) => types.has(h.doc.type)) : all;
  const hits = options.limit !== undefined ? filtered.slice(0, Math.max(0, options.limit)) : filtered;
  const suggestions = all.length === 0 ? suggestCorrections(engine.vocabulary, words) : [];
  return { words, hits, countsByType, partial, suggestions };
}

/** Searches the index. Never throws: on any internal failure it answers "no results". */
export function search(engine: SearchEngine, query: unknown, options: SearchOptions = {}): SearchOutcome {
  try {
    return rank(engine, typeof query === 'string' ? query : '', options);
  } catch {
    return emptyOutcome(tokenise(query));
  }
}
