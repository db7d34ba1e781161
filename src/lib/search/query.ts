/**
 * The search function: any string in, ranked results out, never an exception. The query is
 * tokenised and built with `index.query()` (never `index.search()`, whose parser throws on
 * `foo:`, `~` or a lone `-`), and a try/catch is the last guard.
 *
 * Each word is matched on its own (exact, prefix, synonyms; typo forms only when those find
 * nothing), and a page's score is the sum over words. Every word must match for a page to count;
 * when no page matches every word, pages matching most words come first, marked `partial`.
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

/** One word's matches, and which of them only its synonyms found. */
interface WordMatches {
  results: lunr.Index.Result[];
  viaSynonymOnly: Set<string>;
}

/** Whether an index term is one of the word's own forms (itself, a prefix match, a typo form). */
function isOwnForm(term: string, clauses: TermClause[]): boolean {
  return clauses.some(
    (c) => !c.synonym && (c.editDistance !== undefined || (c.prefix ? term.startsWith(c.term) : term === c.term)),
  );
}

/** One word's matches: exact, prefix and synonym forms first; typo forms only when those find nothing. */
function matchWord(index: lunr.Index, clauses: TermClause[]): WordMatches {
  const plain = clauses.filter((c) => !c.editDistance);
  let results = run(index, plain);
  let used = plain;
  if (results.length === 0 && plain.length < clauses.length) {
    results = run(index, clauses);
    used = clauses;
  }
  const viaSynonymOnly = new Set<string>();
  for (const r of results) {
    if (!Object.keys(r.matchData.metadata).some((term) => isOwnForm(term, used))) viaSynonymOnly.add(r.ref);
  }
  return { results, viaSynonymOnly };
}

interface Scored {
  ref: string;
  score: number;
  terms: Set<string>;
  words: number;
  /** Some word matched this page only through a synonym. */
  viaSynonymOnly: boolean;
}

/** Sums each page's scores over the words (each word's lunr score is normalised by lunr). */
function combine(perWord: WordMatches[]): Scored[] {
  const byRef = new Map<string, Scored>();
  for (const { results, viaSynonymOnly } of perWord) {
    for (const r of results) {
      const s = byRef.get(r.ref) ?? { ref: r.ref, score: 0, terms: new Set<string>(), words: 0, viaSynonymOnly: false };
      s.score += r.score;
      s.words++;
      s.viaSynonymOnly ||= viaSynonymOnly.has(r.ref);
      for (const term of Object.keys(r.matchData.metadata)) s.terms.add(term);
      byRef.set(r.ref, s);
    }
  }
  return [...byRef.values()].sort((a, b) => b.words - a.words || b.score - a.score || Number(a.ref) - Number(b.ref));
}

/**
 * A page that some word reaches only through a synonym stays only if it scores at least this
 * share of the best page. Synonyms are there for pages that use another word for the same idea
 * ("model stealing" → Extract AI Model); without a floor they also bring every page that names
 * the synonym in passing: "backdoor" (→ trigger, trojan, poisoning) listed 97 pages, most of them
 * about poisoning in general, and lists 28 with it. Pages with the word itself all stay.
 */
export const SYNONYM_ONLY_FLOOR = 0.1;

/** Leaves out the pages only a synonym brushed (see SYNONYM_ONLY_FLOOR). */
function trimSynonymTail(scored: Scored[]): Scored[] {
  const best = scored.reduce((m, s) => Math.max(m, s.score), 0);
  return scored.filter((s) => !s.viaSynonymOnly || s.score >= SYNONYM_ONLY_FLOOR * best);
}

function rank(engine: SearchEngine, query: string, options: SearchOptions): SearchOutcome {
  const words = tokenise(query);
  // Something typed that holds no word (only symbols): nothing matches, so offer suggestions.
  if (words.length === 0) return emptyOutcome([], query.trim() ? suggestCorrections(engine.vocabulary, []) : []);
  const clauses = meaningfulWords(words)
    .map((w) => clausesFor(w))
    .filter((c) => c.length > 0);
  if (clauses.length === 0) return emptyOutcome(words, suggestCorrections(engine.vocabulary, words));

  const scored = combine(clauses.map((c) => matchWord(engine.index, c)));
  const everyWord = scored.filter((s) => s.words === clauses.length);
  const partial = everyWord.length === 0 && scored.length > 0;
  const matching = trimSynonymTail(partial ? scored : everyWord);

  const countsByType = zeroCounts();
  const all: SearchHit[] = [];
  for (const s of matching) {
    const doc = engine.docs[Number(s.ref)];
    if (!doc) continue;
    countsByType[doc.type]++;
    all.push({ doc, score: s.score, terms: [...s.terms] });
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
