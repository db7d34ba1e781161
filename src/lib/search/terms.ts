/**
 * One query word as lunr terms: the stemmed word, its prefix (for typing as you go), a fuzzy
 * form (for typos) and its synonyms, each with its weight. Uses lunr's own trimmer, stop-word
 * filter and stemmer so that query words meet the index's terms in the same form.
 */
import lunr from 'lunr';
import { isIdentifier } from './tokenise';
import { synonymsOf } from './synonyms';

export interface TermClause {
  term: string;
  boost: number;
  /** Trailing wildcard: the term is a prefix. */
  prefix?: boolean;
  editDistance?: number;
  /** A synonym of the word rather than a form of it. */
  synonym?: true;
}

/** The weights of the forms of one word. */
export const BOOSTS = { exact: 10, prefix: 3, fuzzy: 1, synonym: 4 } as const;

/** The form lunr's pipeline gives a word: trimmed and stemmed; '' for a stop word. */
export function normalise(word: string): string {
  const token = new lunr.Token(word, {});
  const trimmed = lunr.trimmer(token);
  if (!trimmed || !lunr.stopWordFilter(trimmed)) return '';
  const stemmed = lunr.stemmer(trimmed);
  return stemmed ? stemmed.toString() : '';
}

export function isStopWord(word: string): boolean {
  return !lunr.stopWordFilter(new lunr.Token(word, {}));
}

/** Longest word that is matched with typos; longer ones are not words people mistype. */
export const MAX_FUZZY_LENGTH = 16;

/** Edit distance allowed for typos: none for short or very long words and identifiers. */
export function typoAllowance(stem: string): number {
  // lunr expands a fuzzy term into every string within the distance: cost grows with length.
  if (isIdentifier(stem) || stem.length < 4 || stem.length > MAX_FUZZY_LENGTH) return 0;
  return stem.length >= 8 ? 2 : 1;
}

/** The clauses of one query word; empty when the word cannot match anything (a stop word). */
export function clausesFor(word: string): TermClause[] {
  const stem = normalise(word);
  if (!stem) return [];
  const clauses: TermClause[] = [{ term: stem, boost: BOOSTS.exact }];
  const base = lunr.trimmer(new lunr.Token(word, {})).toString();
  if (base.length >= 2) {
    clauses.push({ term: base, boost: BOOSTS.prefix, prefix: true });
    if (stem !== base && stem.length >= 2) clauses.push({ term: stem, boost: BOOSTS.prefix, prefix: true });
  }
  const distance = typoAllowance(stem);
  if (distance > 0) clauses.push({ term: stem, boost: BOOSTS.fuzzy, editDistance: distance });
  for (const synonym of synonymsOf(word)) {
    const s = normalise(synonym);
    if (s && s !== stem) clauses.push({ term: s, boost: BOOSTS.synonym, synonym: true });
  }
  return clauses;
}
