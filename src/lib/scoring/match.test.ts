import { describe, expect, it } from 'vitest';
import { findPhrase, indexAnswer, MAX_MATCHES_PER_PHRASE, WINDOW_SLACK } from './match';
import type { CompiledPhrase } from './rubric';
import { stemWord } from './stem';
import { tokenise } from './tokenise';

/** A compiled phrase made by hand from its content words, so these tests do not go through rubric.ts. */
const phrase = (text: string, ...words: string[]): CompiledPhrase => ({
  text,
  stems: words.map(stemWord),
  negative: false,
});
const rateLimit = phrase('rate limit', 'rate', 'limit');
const evidence = (answer: string, p: CompiledPhrase) =>
  findPhrase(indexAnswer(tokenise(answer)), p).map((m) => answer.slice(m.start, m.end));

describe('indexAnswer', () => {
  it('indexes the content words by stem, skipping stop words', () => {
    const index = indexAnswer(tokenise('Limit the query rate of the API.'));
    // Tokens: limit 0, the 1, query 2, rate 3, of 4, the 5, api 6.
    expect(index.content).toEqual([0, 2, 3, 6]);
    expect(Object.fromEntries(index.byStem)).toEqual({ limit: [0], queri: [1], rate: [2], api: [3] });
  });

  it('lists every position of a repeated stem in ascending order', () => {
    const index = indexAnswer(tokenise('Rate limits, rated and rating.'));
    expect(index.byStem.get('rate')).toEqual([0, 2, 3]);
  });

  it('indexes an empty answer as empty', () => {
    expect(indexAnswer([])).toEqual({ tokens: [], content: [], byStem: new Map() });
  });
});

describe('findPhrase', () => {
  it('finds the words in any order and gives the evidence as token indices and offsets', () => {
    const text = 'Limit the query rate.';
    expect(findPhrase(indexAnswer(tokenise(text)), rateLimit)).toEqual([
      { first: 0, last: 3, start: 0, end: 20, phrase: 'rate limit' },
    ]);
    expect(text.slice(0, 20)).toBe('Limit the query rate');
  });

  it('matches inflections through the stems', () => {
    expect(evidence('We are limiting the rate.', rateLimit)).toEqual(['limiting the rate']);
  });

  it('finds nothing when a word is missing', () => {
    expect(evidence('Limit the queries.', rateLimit)).toEqual([]);
    expect(evidence('', rateLimit)).toEqual([]);
  });

  it(`allows ${WINDOW_SLACK} extra content words inside a two-word phrase, not three`, () => {
    expect(WINDOW_SLACK).toBe(2);
    expect(evidence('Rate red green limit.', rateLimit)).toEqual(['Rate red green limit']);
    expect(evidence('Rate red green blue limit.', rateLimit)).toEqual([]);
    // Stop words do not count against the window.
    expect(evidence('Rate of the calls to the limit.', rateLimit)).toEqual(['Rate of the calls to the limit']);
  });

  it('keeps a phrase within one sentence, though not within one clause', () => {
    expect(evidence('We set a rate. Limit the damage.', rateLimit)).toEqual([]);
    expect(evidence('We set a rate, then limit it.', rateLimit)).toEqual(['rate, then limit']);
  });

  it('fits the whole phrase in one window, not each word near the anchor', () => {
    // Three words: window 2 + 2 = 4. The anchor is the rarest word (beta); alpha and gamma are
    // each 4 words from it, so each is near it, but together they span 8.
    const p = phrase('alpha beta gamma', 'alpha', 'beta', 'gamma');
    expect(evidence('Alpha gamma. Alpha red green blue beta red green blue gamma.', p)).toEqual([]);
    expect(evidence('Alpha gamma. Alpha red beta green gamma.', p)).toEqual(['Alpha red beta green gamma']);
  });

  it('needs a word twice when the phrase has it twice', () => {
    const twice = phrase('rate and rate', 'rate', 'rate');
    expect(evidence('The rate.', twice)).toEqual([]);
    // Each occurrence anchors a search of its own, so the one span is found twice.
    expect(evidence('Rate upon rate.', twice)).toEqual(['Rate upon rate', 'Rate upon rate']);
  });

  it('pairs the anchor with the nearest free occurrence, the earlier one on a tie', () => {
    expect(evidence('Limit rate limit.', rateLimit)).toEqual(['Limit rate']);
    expect(evidence('Limit red rate limit.', rateLimit)).toEqual(['rate limit']);
  });

  it('finds every occurrence in order, and stops after a bounded number', () => {
    expect(evidence('Rate limit here. Then a rate limit there.', rateLimit)).toEqual(['Rate limit', 'rate limit']);
    expect(MAX_MATCHES_PER_PHRASE).toBe(24);
    expect(evidence('Rate limit. '.repeat(30), rateLimit)).toHaveLength(24);
  });
});
