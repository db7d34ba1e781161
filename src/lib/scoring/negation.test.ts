/**
 * isRejected on the examples of negation.ts's own comment, plus the boundaries of each window.
 * The idea is given by its words; the test finds them in the tokenised sentence.
 */
import { describe, expect, it } from 'vitest';
import { isRejected, LIST_WINDOW, POST_WINDOW, PRE_WINDOW } from './negation';
import { tokenise } from './tokenise';

function rejected(text: string, idea: string, inList = false): boolean {
  const tokens = tokenise(text);
  const words = tokenise(idea).map((t) => t.word);
  const first = tokens.findIndex((_, i) => words.every((w, k) => tokens[i + k]?.word === w));
  if (first < 0) throw new Error(`"${idea}" is not in "${text}"`);
  return isRejected(tokens, first, first + words.length - 1, inList);
}

describe('isRejected: ideas named to be rejected', () => {
  it.each([
    ['I would not rate limit the API.', 'rate limit'],
    ["Poisoning isn't a concern.", 'poisoning'],
    ['Skip watermarking.', 'watermarking'],
    ['Watermarking is overkill.', 'watermarking'],
    ['We never log queries.', 'log queries'],
    ['There is no need for rate limiting.', 'rate limiting'],
    ['Rate limiting is really not needed here.', 'rate limiting'],
    ["I don't think the query logs are worth it.", 'query logs'],
  ])('%s rejects "%s"', (text, idea) => {
    expect(rejected(text, idea)).toBe(true);
  });
});

describe('isRejected: ideas put forward despite a negative word', () => {
  it.each([
    ["We won't retrain, but we will rate limit.", 'rate limit'],
    ["If we don't validate the sources, poisoning follows.", 'validate'],
    ['Rate limiting alone is not enough.', 'rate limiting'],
    ['Not only poisoning: evasion too.', 'poisoning'],
    ['The API has no rate limiting.', 'rate limiting'],
    ['We cannot ignore the query logs.', 'query logs'],
    ['Return labels only to clients who do not need scores.', 'labels'],
    ['Not now; watermark the model.', 'watermark'],
    ['We rate limit every key.', 'rate limit'],
  ])('%s keeps "%s"', (text, idea) => {
    expect(rejected(text, idea)).toBe(false);
  });

  it('cancels an even number of cues', () => {
    expect(rejected('We would never not log queries.', 'log queries')).toBe(false);
    expect(rejected('We would never ever not fail to log queries.', 'log queries')).toBe(false);
  });
});

describe('isRejected: windows', () => {
  it(`looks ${PRE_WINDOW} words back for a cue`, () => {
    expect(PRE_WINDOW).toBe(6);
    // "never" is 6 words before "watermarking", then 7.
    expect(rejected('We never said one team would deploy watermarking.', 'watermarking')).toBe(true);
    expect(rejected('We never said that one team would deploy watermarking.', 'watermarking')).toBe(false);
  });

  it('takes a dismissive verb only within three words of the idea', () => {
    expect(rejected('Skip the old watermark.', 'watermark')).toBe(true);
    expect(rejected('Skip the big old watermark.', 'watermark')).toBe(false);
  });

  it(`looks ${POST_WINDOW} words ahead for a rejection`, () => {
    expect(POST_WINDOW).toBe(5);
    expect(rejected('Watermarking as I know is overkill.', 'watermarking')).toBe(true);
    expect(rejected('Watermarking as far as I know is overkill.', 'watermarking')).toBe(false);
  });

  it('takes a cue after the idea only when what it denies follows within three words', () => {
    expect(rejected('Poisoning is not really a concern.', 'poisoning')).toBe(true);
    expect(rejected('Poisoning is not what we see most days.', 'poisoning')).toBe(false);
  });

  it(`carries a negation over a list that follows it, up to ${LIST_WINDOW} words, when told the idea is a list item`, () => {
    expect(LIST_WINDOW).toBe(12);
    const text = 'I would not worry about poisoning, evasion or extraction.';
    expect(rejected(text, 'extraction', true)).toBe(true);
    // Read as a clause of its own, the comma stops the search.
    expect(rejected(text, 'extraction', false)).toBe(false);
    expect(rejected(text, 'poisoning', false)).toBe(true);
    // "not" is word 2; "fraud" is word 14 (12 words after it), "spam" word 15.
    const long =
      'We do not want poisoning, evasion, extraction, inversion, theft, drift, bias, skew, leakage, abuse, fraud, spam.';
    expect(rejected(long, 'fraud', true)).toBe(true);
    expect(rejected(long, 'spam', true)).toBe(false);
  });

  it('stops at a comma before a clause of its own', () => {
    expect(rejected('We do not retrain, we log queries.', 'log queries')).toBe(false);
  });
});
