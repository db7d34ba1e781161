import { describe, expect, it } from 'vitest';
import { findQuestion, MAX_ANSWER_CHARS, MAX_CONTROL_SHARE, ScoringInputError, validateAnswer } from './validate';

/** The ScoringInputError that `fn` throws, or a failure if it throws nothing or something else. */
function refusal(fn: () => unknown): ScoringInputError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ScoringInputError);
    return e as ScoringInputError;
  }
  return expect.unreachable('should have thrown');
}
const refused = (text: unknown) => {
  const e = refusal(() => validateAnswer(text));
  return { code: e.code, message: e.message };
};

describe('ScoringInputError', () => {
  it('is an Error with its own name and a code', () => {
    const e = new ScoringInputError('why', 'empty');
    expect(e).toBeInstanceOf(Error);
    expect([e.name, e.message, e.code]).toEqual(['ScoringInputError', 'why', 'empty']);
  });
});

describe('validateAnswer', () => {
  it('returns a scorable answer unchanged', () => {
    const text = '  Rate limit the API;\tlog every query.\r\n';
    expect(validateAnswer(text)).toBe(text);
  });

  it('accepts words in any script, and digits alone', () => {
    for (const text of ['données', '日本語の答え', 'Ответ', '42']) expect(validateAnswer(text)).toBe(text);
  });

  it.each([42, null, undefined, {}, ['an answer']])('refuses %j as not text', (value) => {
    expect(refused(value)).toEqual({ code: 'not-text', message: 'the answer must be text' });
  });

  it('accepts exactly the limit and refuses one character more, with both figures', () => {
    expect(MAX_ANSWER_CHARS).toBe(200_000);
    expect(validateAnswer('a'.repeat(MAX_ANSWER_CHARS))).toHaveLength(200_000);
    expect(refused('a'.repeat(MAX_ANSWER_CHARS + 1))).toEqual({
      code: 'too-long',
      message: 'the answer is too long: 200,001 characters (the limit is 200,000)',
    });
  });

  it('checks the length before anything else', () => {
    expect(refused('\u0000'.repeat(MAX_ANSWER_CHARS + 1)).code).toBe('too-long');
  });

  it('allows control characters up to 1% of the text, and refuses more', () => {
    // 1 in 100 is exactly the share allowed; 2 in 100 is over it.
    expect(MAX_CONTROL_SHARE).toBe(0.01);
    expect(validateAnswer(`${'a'.repeat(99)}\u0001`)).toHaveLength(100);
    expect(refused(`${'a'.repeat(98)}\u0001\u0002`)).toEqual({
      code: 'binary',
      message: 'the answer looks like binary data, not text (2 control characters)',
    });
  });

  it('counts DEL and the replacement character as control characters, never tab, line feed or return', () => {
    expect(refused('ab\u007f').code).toBe('binary');
    expect(refused('ab\ufffd').code).toBe('binary');
    expect(validateAnswer('a\tb\nc\rd')).toBe('a\tb\nc\rd');
  });

  it('refuses any NUL, however long the text', () => {
    // 1 in 1,001 is under the share, but a NUL never occurs in text. (The count is not pluralised.)
    expect(refused(`${'a'.repeat(1000)}\u0000`)).toEqual({
      code: 'binary',
      message: 'the answer looks like binary data, not text (1 control characters)',
    });
  });

  it.each(['', ' ', ' \n\t \r\n'])('refuses the blank answer %j', (text) => {
    expect(refused(text)).toEqual({ code: 'empty', message: 'the answer is empty: write your answer in sentences' });
  });

  it.each(['!!! ... ???', '\u00a0', '— – …', '🙂🙂'])('refuses %j, which has no letter or digit', (text) => {
    expect(refused(text)).toEqual({
      code: 'empty',
      message: 'the answer has no words: write your answer in sentences',
    });
  });
});

describe('findQuestion', () => {
  const questions = [{ id: 'fraud-api-cloning/respond' }, { id: 'image-classifier/threats' }];

  it('returns the question object itself', () => {
    expect(findQuestion(questions, 'image-classifier/threats')).toBe(questions[1]);
  });

  it.each([
    ['an unknown ID', questions, 'fraud-api-cloning/other'],
    ['an ID that differs in case', questions, 'Image-Classifier/threats'],
    ['an empty list', [], 'fraud-api-cloning/respond'],
  ])('refuses %s, naming it and the command that lists IDs', (_what, list, id) => {
    const e = refusal(() => findQuestion(list, id));
    expect(e.code).toBe('unknown-question');
    expect(e.message).toBe(`unknown question "${id}": run "dojo questions" to list the question IDs`);
  });
});
