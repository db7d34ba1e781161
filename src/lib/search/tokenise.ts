/**
 * Turns whatever a person types into search words, without ever throwing. lunr's query syntax
 * (`:` `~` `^` `+` `-` `*` quotes) is never passed on: every character that is not part of a
 * word or an identifier separates words. Identifiers keep their inner dots and colons, so that
 * AML.T0024.002 and LLM01:2025 stay whole.
 */

/** Longest input considered; the rest is ignored (a pasted essay is not a search). */
export const MAX_QUERY_CHARS = 200;
/** Most words considered. */
export const MAX_QUERY_WORDS = 8;

/**
 * A word: letters and digits of any script; "." ":" "_" and straight or curly apostrophes only
 * between them. The highlighter splits page text with the same pattern, so what is searched is
 * what is marked. Global: use with matchAll/replace, or reset lastIndex.
 */
export const WORD = /[\p{L}\p{N}]+(?:[.:_'’][\p{L}\p{N}]+)*/gu;

/** The words of a query, lower-cased, in order, without duplicates. */
export function tokenise(raw: unknown): string[] {
  if (typeof raw !== 'string') return [];
  const text = raw.slice(0, MAX_QUERY_CHARS).normalize('NFKC').toLowerCase();
  const words: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0].replace(/’/g, "'");
    if (!words.includes(word)) words.push(word);
    if (words.length === MAX_QUERY_WORDS) break;
  }
  return words;
}

/** True for a word that looks like an identifier (has a digit), which is never fuzzy-matched. */
export function isIdentifier(word: string): boolean {
  return /\d/.test(word);
}
