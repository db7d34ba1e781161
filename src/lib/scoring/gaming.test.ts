/** The gaming detectors' figures, each worked out by hand on a short tokenised text. */
import { describe, expect, it } from 'vitest';
import {
  distinctTrigramShare,
  echoMask,
  ECHO_SHARE,
  fragmentShare,
  KEYWORD_LIST_SHARE,
  listItemClauses,
  OFF_TOPIC_MIN_WORDS,
  OFF_TOPIC_SHARE,
  onTopicShare,
  proseClauses,
  PROSE_MIN_WORDS,
  REPETITION_DISTINCT,
  REPETITION_MIN_GRAMS,
  share,
} from './gaming';
import { compileRubric } from './rubric';
import { tokenise } from './tokenise';

const rubric = compileRubric({
  id: 'demo/theft',
  title: 'Stop model theft',
  prompt: 'A rival copies our pricing model. What do you do?',
  followUps: [],
  rubric: { concepts: [{ id: 'limits', label: 'Rate limits', weight: 1, phrases: ['rate limit'] }] },
});

describe('thresholds', () => {
  it('reads "most" as a half and "almost none" as a fifth, as the module comment says', () => {
    expect([KEYWORD_LIST_SHARE, ECHO_SHARE, REPETITION_DISTINCT, OFF_TOPIC_SHARE]).toEqual([0.5, 0.5, 0.5, 0.2]);
    expect([PROSE_MIN_WORDS, OFF_TOPIC_MIN_WORDS, REPETITION_MIN_GRAMS]).toEqual([3, 8, 12]);
  });
});

describe('proseClauses and fragmentShare', () => {
  const tokens = tokenise('We log every query, rate limit, quota.');

  it('calls a clause prose when it has three words, one of them a function word', () => {
    // Clauses: "We log every query" (we, every), "rate limit", "quota".
    expect(proseClauses(tokens)).toEqual(
      new Map([
        [0, true],
        [1, false],
        [2, false],
      ]),
    );
    expect([...proseClauses(tokenise('Rate the limit.')).values()]).toEqual([true]);
    expect([...proseClauses(tokenise('Rate limit quota.')).values()]).toEqual([false]);
    expect([...proseClauses(tokenise('The limit.')).values()]).toEqual([false]);
  });

  it('gives the share of words outside prose: 3 of 7', () => {
    expect(fragmentShare(tokens, proseClauses(tokens))).toBe(3 / 7);
    expect(fragmentShare([], new Map())).toBe(0);
  });
});

describe('listItemClauses', () => {
  it('calls a clause a list item when its only function words are articles', () => {
    const tokens = tokenise('I would not bother with query logs, a watermark or a quota.');
    expect(listItemClauses(tokens)).toEqual(
      new Map([
        [0, false],
        [1, true],
      ]),
    );
    expect([...listItemClauses(tokenise('With a watermark.')).values()]).toEqual([false]);
  });
});

describe('echoMask and share', () => {
  it('marks the words of a run of four copied from the question', () => {
    // "a rival copies our" is the question's first run of four.
    const mask = echoMask(tokenise('Well, a rival copies our data.'), rubric);
    expect(mask).toEqual([false, true, true, true, true, false]);
    expect(share(mask)).toBe(4 / 6);
  });

  it('marks nothing for three copied words, and everything for the question itself', () => {
    expect(echoMask(tokenise('A rival copies data.'), rubric)).toEqual([false, false, false, false]);
    const pasted = echoMask(tokenise('A rival copies our pricing model. What do you do?'), rubric);
    expect(share(pasted)).toBe(1);
    expect(echoMask([], rubric)).toEqual([]);
  });

  it('gives the share of true entries, and 0 for an empty mask', () => {
    expect(share([true, false, false, true])).toBe(0.5);
    expect(share([])).toBe(0);
  });
});

describe('onTopicShare', () => {
  it('counts content words of three letters or more, and those on topic: 1 of 5', () => {
    // Counted: rival (the question's own word), bakes, lemon, cakes, sundays. "the" and "on" are stop words.
    expect(onTopicShare(tokenise('The rival bakes lemon cakes on Sundays.'), rubric)).toEqual({
      share: 1 / 5,
      words: 5,
    });
  });

  it('reads the field vocabulary as on topic', () => {
    expect(onTopicShare(tokenise('Spoofing and tampering.'), rubric)).toEqual({ share: 1, words: 2 });
  });

  it('gives share 0 when no word counts', () => {
    expect(onTopicShare(tokenise('ML is ok.'), rubric)).toEqual({ share: 0, words: 0 });
    expect(onTopicShare([], rubric)).toEqual({ share: 0, words: 0 });
  });
});

describe('distinctTrigramShare', () => {
  it('gives the distinct share of content-word trigrams: 3 of 4', () => {
    // Six stems, four trigrams; "rate limit quota" comes twice.
    expect(distinctTrigramShare(tokenise('Rate limit quota, rate limit quota.'))).toEqual({ share: 3 / 4, grams: 4 });
  });

  it('skips stop words, and gives 1 when there is no trigram', () => {
    expect(distinctTrigramShare(tokenise('The rate of the limit for a quota.'))).toEqual({ share: 1, grams: 1 });
    expect(distinctTrigramShare(tokenise('Rate limit.'))).toEqual({ share: 1, grams: 0 });
    expect(distinctTrigramShare([])).toEqual({ share: 1, grams: 0 });
  });
});
