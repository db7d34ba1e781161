/**
 * Decides whether a matched idea is put forward or named only to be rejected:
 * "I would not rate limit the API", "poisoning isn't a concern", "skip watermarking",
 * "watermarking is overkill". Looks only inside the match's negation scope (its sentence up to
 * ";", ":" or a word such as "but"), so "we won't retrain, but we will rate limit" keeps the rate limit.
 *
 * Deliberately not negations: conditionals ("if we don't validate the sources, poisoning…"),
 * sufficiency ("rate limiting alone is not enough", "not only poisoning"), and a bare "no" that
 * describes a gap ("the API has no rate limiting").
 */
import { DISMISSAL_TARGETS, DISMISSIVE_VERBS, DISMISSIVE_WORDS, NEGATION_CUES, SUFFICIENCY_WORDS } from './lexicon';
import type { Token } from './tokenise';

/** Words before the idea that a negation may sit in ("would not really want to rate limit"). */
export const PRE_WINDOW = 6;
/** Words after the idea that a rejection may sit in ("poisoning is really not a concern"). */
export const POST_WINDOW = 5;
/** The same, when the idea is an item of a list that follows the negation. */
export const LIST_WINDOW = 12;

const CONDITIONALS = new Set(['if', 'unless', 'otherwise', 'when', 'whether', 'until']);
const ABSENCE_BEFORE_NO = new Set(['has', 'have', 'had', 'with', 'lacks', 'currently', 'today']);
const RELATIVE_PERSON = new Set(['who', 'whom', 'whose']);
const NEEDS_AFTER_NO = new Set(['need', 'point', 'reason', 'value', 'use', 'benefit']);

/** Whether token i is a negation cue in context. */
function isCue(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!NEGATION_CUES.has(t.word)) return false;
  const next = tokens[i + 1];
  if (next && next.scope === t.scope && SUFFICIENCY_WORDS.has(next.word)) return false; // "not only", "not enough"
  if (t.word === 'no') {
    if (next && NEEDS_AFTER_NO.has(next.word)) return true;
    const prev = tokens[i - 1];
    if (prev && prev.scope === t.scope && ABSENCE_BEFORE_NO.has(prev.word)) return false;
  }
  return true;
}

function conditionalBefore(tokens: Token[], from: number, scope: number): boolean {
  for (let i = from; i >= 0 && tokens[i].scope === scope; i--) if (CONDITIONALS.has(tokens[i].word)) return true;
  return false;
}

function qualifiedAfter(tokens: Token[], last: number, scope: number): boolean {
  for (let i = last + 1; i <= last + 3 && i < tokens.length && tokens[i].scope === scope; i++) {
    if (SUFFICIENCY_WORDS.has(tokens[i].word)) return true;
  }
  return false;
}

/**
 * Negation cues before the idea, in its scope. An even count cancels out ("cannot ignore").
 * A comma stops the search unless the idea sits in a list item that continues the negated
 * phrase ("I would not worry about poisoning, evasion or extraction").
 */
function rejectedBefore(tokens: Token[], first: number, scope: number, inList: boolean): boolean {
  let cues = 0;
  let lastCue = -1;
  const window = inList ? LIST_WINDOW : PRE_WINDOW;
  for (let i = first - 1; i >= 0 && i >= first - window && tokens[i].scope === scope; i--) {
    if (!inList && tokens[i].clause !== tokens[first].clause) break;
    if (isCue(tokens, i) || (DISMISSIVE_VERBS.has(tokens[i].word) && i >= first - 3)) {
      cues++;
      lastCue = i;
    }
  }
  return cues % 2 === 1 && !conditionalBefore(tokens, lastCue, scope);
}

/** A rejection after the idea: a cue followed by what is denied ("is not a concern"), or a dismissive word. */
function rejectedAfter(tokens: Token[], last: number, scope: number): boolean {
  const end = Math.min(tokens.length - 1, last + POST_WINDOW);
  for (let i = last + 1; i <= end && tokens[i].scope === scope; i++) {
    const w = tokens[i].word;
    if (RELATIVE_PERSON.has(w)) return false; // "scores to clients who do not need them"
    if (DISMISSIVE_WORDS.has(w)) return true;
    if (isCue(tokens, i)) {
      for (let j = i + 1; j <= i + 3 && j < tokens.length && tokens[j].scope === scope; j++) {
        if (DISMISSAL_TARGETS.has(tokens[j].word)) return true;
      }
    }
  }
  return false;
}

/**
 * Whether the idea spanning tokens first..last is rejected rather than put forward.
 * `inList`: the idea's clause is a list item (listItemClauses in gaming.ts), not a clause of its own.
 */
export function isRejected(tokens: Token[], first: number, last: number, inList = false): boolean {
  const scope = tokens[first].scope;
  if (qualifiedAfter(tokens, last, scope)) return false;
  return rejectedBefore(tokens, first, scope, inList) || rejectedAfter(tokens, last, scope);
}
