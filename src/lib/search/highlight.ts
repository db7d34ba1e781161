/**
 * Snippets with the matched words marked, as segments of plain text. The page renders each
 * marked segment in a <mark> element; nothing is ever parsed as HTML, so neither the page text
 * nor the user's query can inject markup.
 */
import { isStopWord, normalise } from './terms';
import { WORD } from './tokenise';

export interface Segment {
  text: string;
  mark: boolean;
}

/** True when `word` (as written on the page) is one of the matched index terms. */
function matches(word: string, terms: ReadonlySet<string>, prefixes: readonly string[]): boolean {
  const lower = word.toLowerCase();
  const stem = normalise(lower);
  if (stem && terms.has(stem)) return true;
  return prefixes.some((p) => lower.startsWith(p));
}

/** Query words worth marking as prefixes: two letters or more, and not stop words ("the" would mark "their"). */
function usefulPrefixes(words: readonly string[]): string[] {
  return words.filter((w) => w.length >= 2 && !isStopWord(w));
}

/** Splits text into segments, marking the words that match `terms` (stemmed) or start with a `prefixes` word. */
export function highlight(text: string, terms: readonly string[], prefixes: readonly string[] = []): Segment[] {
  const set = new Set(terms);
  const useful = usefulPrefixes(prefixes);
  const segments: Segment[] = [];
  let last = 0;
  const push = (t: string, mark: boolean) => {
    if (!t) return;
    const prev = segments[segments.length - 1];
    if (prev && prev.mark === mark) prev.text += t;
    else segments.push({ text: t, mark });
  };
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    if (!matches(m[0], set, useful)) continue;
    push(text.slice(last, start), false);
    push(m[0], true);
    last = start + m[0].length;
  }
  push(text.slice(last), false);
  return segments;
}

/**
 * A window of about `length` characters of `text` around the first matched word, cut at word
 * boundaries, with an ellipsis where text was cut.
 */
export function snippet(
  text: string,
  terms: readonly string[],
  prefixes: readonly string[] = [],
  length = 180,
): string {
  const set = new Set(terms);
  const useful = usefulPrefixes(prefixes);
  let first = -1;
  for (const m of text.matchAll(WORD)) {
    if (matches(m[0], set, useful)) {
      first = m.index ?? 0;
      break;
    }
  }
  if (text.length <= length) return text;
  let start = first < 0 ? 0 : Math.max(0, first - Math.floor(length / 3));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < first + 1 ? space + 1 : start;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  return `${start > 0 ? '… ' : ''}${text.slice(start, end).trim()}${end < text.length ? ' …' : ''}`;
}
