/**
 * Finds where a rubric phrase occurs in an answer. The phrase's content words must all appear,
 * in any order, within a short window of the answer's content words and in one sentence:
 * "limit the rate of queries" matches "rate limiting", "the data flow diagram" matches
 * "diagram the data flow". Works on an index of stems, so it is linear in the answer's length
 * for each phrase.
 */
import type { Token } from './tokenise';
import type { CompiledPhrase } from './rubric';
import { lowerBound } from '../util/sorted';

export interface AnswerIndex {
  tokens: Token[];
  /** Indices into `tokens` of the content (non-stop) words. */
  content: number[];
  /** Stem → positions in `content`, ascending. */
  byStem: Map<string, number[]>;
}

export interface PhraseMatch {
  /** First and last token (indices into `tokens`) of the evidence. */
  first: number;
  last: number;
  start: number;
  end: number;
  phrase: string;
}

/** Extra content words allowed inside a phrase's window ("rate limit" in "limit the query rate"). */
export const WINDOW_SLACK = 2;
/** Matches kept per phrase: enough to find an unrejected one, bounded for huge inputs. */
export const MAX_MATCHES_PER_PHRASE = 24;

export function indexAnswer(tokens: Token[]): AnswerIndex {
  const content: number[] = [];
  const byStem = new Map<string, number[]>();
  tokens.forEach((t, i) => {
    if (t.stop) return;
    const list = byStem.get(t.stem);
    if (list) list.push(content.length);
    else byStem.set(t.stem, [content.length]);
    content.push(i);
  });
  return { tokens, content, byStem };
}

export function findPhrase(index: AnswerIndex, phrase: CompiledPhrase): PhraseMatch[] {
  const lists = phrase.stems.map((s) => index.byStem.get(s));
  if (lists.some((l) => l === undefined)) return [];
  const positions = lists as number[][];
  const window = phrase.stems.length - 1 + WINDOW_SLACK;
  let anchor = 0;
  positions.forEach((l, j) => {
    if (l.length < positions[anchor].length) anchor = j;
  });
  const sentenceOf = (p: number) => index.tokens[index.content[p]].sentence;
  const matches: PhraseMatch[] = [];
  for (const p of positions[anchor]) {
    let lo = p;
    let hi = p;
    let ok = true;
    const used = new Set<number>([p]);
    for (let j = 0; j < positions.length && ok; j++) {
      if (j === anchor) continue;
      const q = nearestFree(positions[j], p, window, used, (x) => sentenceOf(x) === sentenceOf(p));
      if (q === undefined) ok = false;
      else {
        used.add(q);
        lo = Math.min(lo, q);
        hi = Math.max(hi, q);
      }
    }
    if (!ok || hi - lo > window) continue;
    const first = index.content[lo];
    const last = index.content[hi];
    matches.push({ first, last, start: index.tokens[first].start, end: index.tokens[last].end, phrase: phrase.text });
    if (matches.length >= MAX_MATCHES_PER_PHRASE) break;
  }
  return matches;
}

/** The position in `list` nearest to p, within ±window, not yet used, passing `same`. */
function nearestFree(list: number[], p: number, window: number, used: Set<number>, same: (x: number) => boolean) {
  let best: number | undefined;
  for (let k = lowerBound(list, p - window); k < list.length && list[k] <= p + window; k++) {
    const q = list[k];
    if (used.has(q) || !same(q)) continue;
    if (best === undefined || Math.abs(q - p) < Math.abs(best - p)) best = q;
  }
  return best;
}
