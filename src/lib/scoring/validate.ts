/**
 * Checks an answer before scoring. Every refusal is a ScoringInputError whose message a learner
 * or an author can act on; nothing here throws anything else.
 */

/** Longest answer scored, in characters (100 KB of prose is well inside it). */
export const MAX_ANSWER_CHARS = 200_000;
/** Share of control characters above which the input is binary, not text. */
export const MAX_CONTROL_SHARE = 0.01;

export class ScoringInputError extends Error {
  constructor(
    message: string,
    readonly code: 'not-text' | 'empty' | 'too-long' | 'binary' | 'unknown-question',
  ) {
    super(message);
    this.name = 'ScoringInputError';
  }
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function hasLetterOrDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (
      code < 128
        ? (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122)
        : LETTER_OR_DIGIT.test(text[i])
    )
      return true;
  }
  return false;
}

function isControl(code: number): boolean {
  return (code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0x7f || code === 0xfffd;
}

/** Returns the answer unchanged when it can be scored; throws ScoringInputError otherwise. */
export function validateAnswer(text: unknown): string {
  if (typeof text !== 'string') throw new ScoringInputError('the answer must be text', 'not-text');
  if (text.length > MAX_ANSWER_CHARS) {
    throw new ScoringInputError(
      `the answer is too long: ${text.length.toLocaleString('en')} characters (the limit is ${MAX_ANSWER_CHARS.toLocaleString('en')})`,
      'too-long',
    );
  }
  let control = 0;
  let nul = false;
  let visible = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) nul = true;
    if (isControl(code)) control++;
    else if (code > 32) visible++;
  }
  if (nul || (text.length > 0 && control / text.length > MAX_CONTROL_SHARE)) {
    throw new ScoringInputError(
      `the answer looks like binary data, not text (${control.toLocaleString('en')} control characters)`,
      'binary',
    );
  }
  if (visible === 0) throw new ScoringInputError('the answer is empty: write your answer in sentences', 'empty');
  if (!hasLetterOrDigit(text))
    throw new ScoringInputError('the answer has no words: write your answer in sentences', 'empty');
  return text;
}

/** Finds a question by ID or throws a ScoringInputError naming the unknown ID. */
export function findQuestion<Q extends { id: string }>(questions: readonly Q[], id: string): Q {
  const q = questions.find((x) => x.id === id);
  if (!q) {
    throw new ScoringInputError(
      `unknown question "${id}": run "dojo questions" to list the question IDs`,
      'unknown-question',
    );
  }
  return q;
}
