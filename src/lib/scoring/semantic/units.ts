/**
 * Splits an answer into claim units: sentences of prose, bullet lines and "A → B" lines are all
 * units, so an expert's bullet list is read claim by claim rather than as a keyword list. Each
 * unit keeps its offsets in the learner's own text (for highlighting) and carries the text the
 * embedder reads (normalised; arrows read as "leads to"). One forward pass per line, no
 * backtracking regular expressions over the whole text.
 */
import { normaliseAnswer } from './normalise';

export type UnitKind = 'sentence' | 'bullet' | 'arrow';

export interface Unit {
  /** Offsets into the original answer: answer.slice(start, end) is what the learner wrote. */
  start: number;
  end: number;
  kind: UnitKind;
  /** Normalised text the scorer reads. */
  text: string;
  words: number;
}

/** At most this many units are read (a 200,000-character answer is not 10,000 claims). */
export const MAX_UNITS = 120;
/** Units shorter than this many words are joined to the next one on the same line. */
export const MIN_UNIT_WORDS = 3;

const BULLET = /^(?:[-*•·▪‣◦–—+]|\d{1,2}[.)]|\(\d{1,2}\)|\(?[a-h]\))\s+/u;
const ARROW = /\s*(?:→|->|=>|⇒|⟶|➔)\s*/gu;
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'vs', 'etc', 'cf', 'approx', 'no', 'fig', 'mr', 'dr', 'al']);

const countWords = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Sentence ends in one line: offsets just past each ".", "!", "?" or ";" that ends a sentence. */
function sentenceEnds(line: string): number[] {
  const ends: number[] = [];
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== ';') continue;
    const next = line[i + 1];
    if (next !== undefined && next !== ' ' && next !== '\t' && next !== ')' && next !== '"' && next !== '\u201d')
      continue;
    if (ch === '.') {
      const before = /([\p{L}.]+)$/u.exec(line.slice(Math.max(0, i - 8), i))?.[1]?.toLowerCase() ?? '';
      if (ABBREVIATIONS.has(before)) continue;
      if (/\d$/.test(line.slice(0, i)) && /^\d/.test(line.slice(i + 1))) continue;
    }
    ends.push(i + 1);
  }
  return ends;
}

function pushUnit(out: Unit[], answer: string, start: number, end: number, kind: UnitKind) {
  while (start < end && /\s/.test(answer[start])) start++;
  while (end > start && /\s/.test(answer[end - 1])) end--;
  if (end <= start) return;
  const raw = answer.slice(start, end);
  const words = countWords(raw);
  if (words === 0) return;
  const arrow = ARROW.test(raw);
  ARROW.lastIndex = 0;
  let text = normaliseAnswer(raw).text;
  if (arrow) text = text.replace(ARROW, ' leads to ');
  out.push({ start, end, kind: arrow ? 'arrow' : kind, text, words });
}

export function splitUnits(answer: string): Unit[] {
  const out: Unit[] = [];
  let lineStart = 0;
  while (lineStart <= answer.length && out.length < MAX_UNITS) {
    let lineEnd = answer.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = answer.length;
    const line = answer.slice(lineStart, lineEnd);
    const bullet = BULLET.exec(line.trimStart());
    const kind: UnitKind = bullet ? 'bullet' : 'sentence';
    let from = lineStart + (line.length - line.trimStart().length) + (bullet ? bullet[0].length : 0);
    for (const e of [...sentenceEnds(line), line.length]) {
      const end = lineStart + e;
      if (end <= from) continue;
      // A fragment too short to be a claim ("So:" or "Two things.") joins what follows.
      if (e < line.length && countWords(answer.slice(from, end)) < MIN_UNIT_WORDS) continue;
      pushUnit(out, answer, from, end, kind);
      from = end;
      if (out.length >= MAX_UNITS) break;
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

const CLAUSE_BREAK =
  /,\s+(?:and|or|but|since|because|so|while|whereas|as)\s+|\s+but\s+|,\s+(?=(?:there|i|we|it|they)\b)/giu;

/**
 * Splits a unit that carries a rejection into its clauses, so that each clause's polarity is
 * read on its own: in "there's no need to round the scores, and no reason to move to labels"
 * each idea is rejected, though the sentence has two negations. Units without a cue are kept
 * whole. `hasCue` is the polarity check (polarity.ts), passed in to keep this module standalone.
 */
export function splitRejectingClauses(
  answer: string,
  units: readonly Unit[],
  hasCue: (text: string) => boolean,
): Unit[] {
  const out: Unit[] = [];
  for (const u of units) {
    const raw = answer.slice(u.start, u.end);
    if (!hasCue(u.text)) {
      out.push(u);
      continue;
    }
    const cuts = [0];
    for (const m of raw.matchAll(CLAUSE_BREAK)) cuts.push(m.index, m.index + m[0].length);
    cuts.push(raw.length);
    const parts: Unit[] = [];
    for (let i = 0; i + 1 < cuts.length; i += 2) {
      const start = u.start + cuts[i];
      const end = u.start + cuts[i + 1];
      const piece: Unit[] = [];
      pushUnit(piece, answer, start, end, u.kind);
      const p = piece[0];
      if (!p) continue;
      const prev = parts[parts.length - 1];
      if (prev && p.words < MIN_UNIT_WORDS) {
        const merged: Unit[] = [];
        pushUnit(merged, answer, prev.start, p.end, u.kind);
        parts[parts.length - 1] = merged[0];
      } else parts.push(p);
    }
    out.push(...(parts.length > 1 ? parts : [u]));
  }
  return out.slice(0, MAX_UNITS);
}
