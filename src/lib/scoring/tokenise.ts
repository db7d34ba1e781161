/**
 * Splits an answer into word tokens with their character offsets in the learner's own text,
 * and the sentence and clause each belongs to. A single forward pass over the characters: no
 * regular expression runs over the whole text, so no input can make it backtrack.
 */
import { CLAUSE_BREAK_WORDS, FUNCTION_WORDS, STOPWORDS } from './lexicon';
import { stemWord } from './stem';

export interface Token {
  /** Lower-case word as matched ("isn't" gives "is" and "not", both spanning the whole word). */
  word: string;
  /** Matching key: spelling folded, stemmed, aliased. */
  stem: string;
  /** Offsets into the original text: text.slice(start, end) is what the learner wrote. */
  start: number;
  end: number;
  sentence: number;
  /** Negation scope: ends at a sentence end, ";", ":", brackets or "but", "however"… (not at commas). */
  scope: number;
  /** Smallest unit: also ends at commas, dashes, bullets and quotes. */
  clause: number;
  stop: boolean;
  function: boolean;
}

/** Words longer than this are not stemmed (no real word is; it keeps the stemmer linear). */
export const MAX_WORD_LENGTH = 40;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordChar(code: number, ch: string): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return LETTER_OR_DIGIT.test(ch);
}

const isApostrophe = (ch: string) => ch === "'" || ch === '\u2019';
const SENTENCE_END = new Set(['.', '!', '?', '\n']);
const SCOPE_END = new Set([';', ':', '(', ')', '[', ']']);
const CLAUSE_END = new Set([',', '\u2013', '\u2014', '\u2022', '|', '"', '\u201c', '\u201d', '/']);

const NOT_CONTRACTION_BASE: Readonly<Record<string, string>> = { ca: 'can', wo: 'will', sha: 'shall', ai: 'is' };

/** The words a raw word stands for: contractions are split ("don't" → "do", "not"). */
export function expandWord(raw: string): string[] {
  const w = raw.toLowerCase().replace(/\u2019/g, "'");
  if (w === 'cannot') return ['can', 'not'];
  const apos = w.indexOf("'");
  if (apos < 0) return [w];
  if (w.endsWith("n't")) {
    const base = w.slice(0, -3);
    const mapped = NOT_CONTRACTION_BASE[base] ?? base;
    return mapped ? [mapped, 'not'] : ['not'];
  }
  const base = w.slice(0, apos);
  return base ? [base] : [];
}

function makeToken(word: string, start: number, end: number, sentence: number, scope: number, clause: number): Token {
  const stem = word.length > MAX_WORD_LENGTH ? word : stemWord(word);
  return {
    word,
    stem,
    start,
    end,
    sentence,
    scope,
    clause,
    stop: STOPWORDS.has(word),
    function: FUNCTION_WORDS.has(word),
  };
}

/** Tokenises `text`. Linear in its length. */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let scope = 0;
  let clause = 0;
  let pendingSentence = false;
  let pendingScope = false;
  let pendingClause = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i];
    const code = text.charCodeAt(i);
    if (!isWordChar(code, ch)) {
      if (SENTENCE_END.has(ch) && !(ch === '.' && i + 1 < n && isWordChar(text.charCodeAt(i + 1), text[i + 1]))) {
        pendingSentence = true;
      } else if (SCOPE_END.has(ch)) {
        pendingScope = true;
      } else if (
        CLAUSE_END.has(ch) ||
        (ch === '-' && (i + 1 >= n || text[i + 1] === ' ') && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\n'))
      ) {
        pendingClause = true;
      }
      i++;
      continue;
    }
    const start = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isWordChar(c, text[i])) i++;
      else if (isApostrophe(text[i]) && i + 1 < n && isWordChar(text.charCodeAt(i + 1), text[i + 1]) && i > start) i++;
      else break;
    }
    const words = expandWord(text.slice(start, i));
    if (tokens.length > 0) {
      const breakWord = words.length > 0 && CLAUSE_BREAK_WORDS.has(words[0]);
      if (pendingSentence) sentence++;
      if (pendingSentence || pendingScope || breakWord) scope++;
      if (pendingSentence || pendingScope || breakWord || pendingClause) clause++;
    }
    pendingSentence = false;
    pendingScope = false;
    pendingClause = false;
    for (const word of words) tokens.push(makeToken(word, start, i, sentence, scope, clause));
  }
  return tokens;
}

/** Counts words as a word processor does: runs between spaces that hold a letter or digit ("rate-limit" is one). */
export function countWords(text: string): number {
  let count = 0;
  let inChunk = false;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space =
      c === 32 ||
      c === 9 ||
      c === 10 ||
      c === 13 ||
      c === 12 ||
      c === 11 ||
      c === 0xa0 ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x3000;
    if (space) {
      inChunk = false;
      continue;
    }
    if (!inChunk) {
      inChunk = true;
      counted = false;
    }
    if (!counted && isWordChar(c, text[i])) {
      count++;
      counted = true;
    }
  }
  return count;
}
