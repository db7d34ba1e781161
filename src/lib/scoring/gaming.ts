/**
 * Detectors for answers that try to look better than they are. Each returns a figure and
 * whether it crosses its threshold, so the scorer can explain a flag with a number.
 *
 * - keyword list: most words sit in clauses that are not sentences (no function words);
 * - echoes the question: most of the answer copies runs of four or more words of the question;
 * - off topic: almost none of the answer's content words belong to the question or the field;
 * - repetition: the same word sequences again and again.
 */
import type { Token } from './tokenise';
import { ECHO_N, type CompiledRubric } from './rubric';

/** A clause reads as prose when it has this many words, at least one of them a function word. */
export const PROSE_MIN_WORDS = 3;
export const KEYWORD_LIST_SHARE = 0.5;
export const ECHO_SHARE = 0.5;
export const OFF_TOPIC_MIN_WORDS = 8;
export const OFF_TOPIC_SHARE = 0.2;
export const REPETITION_MIN_GRAMS = 12;
export const REPETITION_DISTINCT = 0.5;

/** Per clause index: whether the clause reads as prose. */
export function proseClauses(tokens: Token[]): Map<number, boolean> {
  const stats = new Map<number, { words: number; fn: number }>();
  for (const t of tokens) {
    const s = stats.get(t.clause) ?? { words: 0, fn: 0 };
    s.words++;
    if (t.function) s.fn++;
    stats.set(t.clause, s);
  }
  const prose = new Map<number, boolean>();
  for (const [clause, s] of stats) prose.set(clause, s.words >= PROSE_MIN_WORDS && s.fn >= 1);
  return prose;
}

const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * Per clause index: whether the clause is a list item ("a watermark or a quota"): no function
 * word other than an article. A negation before a list carries over its items.
 */
export function listItemClauses(tokens: Token[]): Map<number, boolean> {
  const list = new Map<number, boolean>();
  for (const t of tokens) {
    const ok = list.get(t.clause) ?? true;
    list.set(t.clause, ok && (!t.function || ARTICLES.has(t.word)));
  }
  return list;
}

/** Share of the words that sit in clauses that are not prose. */
export function fragmentShare(tokens: Token[], prose: Map<number, boolean>): number {
  if (tokens.length === 0) return 0;
  let fragment = 0;
  for (const t of tokens) if (!prose.get(t.clause)) fragment++;
  return fragment / tokens.length;
}

/** Marks each token that lies in a run of ECHO_N or more words copied from the question. */
export function echoMask(tokens: Token[], rubric: CompiledRubric): boolean[] {
  const mask = new Array<boolean>(tokens.length).fill(false);
  for (let i = 0; i + ECHO_N <= tokens.length; i++) {
    let gram = tokens[i].stem;
    for (let k = 1; k < ECHO_N; k++) gram += ` ${tokens[i + k].stem}`;
    if (rubric.questionGrams.has(gram)) for (let k = 0; k < ECHO_N; k++) mask[i + k] = true;
  }
  return mask;
}

export function share(mask: boolean[]): number {
  if (mask.length === 0) return 0;
  let n = 0;
  for (const m of mask) if (m) n++;
  return n / mask.length;
}

/** Share of content words (not stop words) that belong to the question or the field. */
export function onTopicShare(tokens: Token[], rubric: CompiledRubric): { share: number; words: number } {
  let words = 0;
  let on = 0;
  for (const t of tokens) {
    if (t.stop || t.word.length < 3) continue;
    words++;
    if (rubric.domain.has(t.stem)) on++;
  }
  return { share: words === 0 ? 0 : on / words, words };
}

/** Distinct share of the content-word trigrams; 1 when nothing repeats. */
export function distinctTrigramShare(tokens: Token[]): { share: number; grams: number } {
  const stems = tokens.filter((t) => !t.stop).map((t) => t.stem);
  const grams = Math.max(0, stems.length - 2);
  if (grams === 0) return { share: 1, grams };
  const seen = new Set<string>();
  for (let i = 0; i + 3 <= stems.length; i++) seen.add(`${stems[i]} ${stems[i + 1]} ${stems[i + 2]}`);
  return { share: seen.size / grams, grams };
}
