/**
 * Query words as lunr terms. Expected stems are lunr 2.3.9's own Porter stemmer and English
 * stop-word list (the index is built with the same pipeline, so they must agree); the typo
 * allowances and boosts are the module's documented rules.
 */
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { BOOSTS, MAX_FUZZY_LENGTH, clausesFor, isStopWord, normalise, typoAllowance } from './terms';

describe('normalise and isStopWord', () => {
  it('stems as the index does (Porter: stealing → steal, models → model, extraction → extract)', () => {
    expect(normalise('stealing')).toBe('steal');
    expect(normalise('models')).toBe('model');
    expect(normalise('extraction')).toBe('extract');
    // The same words through lunr's full pipeline, as the index sees them.
    const pipeline = (w: string) => lunr.stemmer(lunr.trimmer(new lunr.Token(w, {}))).toString();
    for (const w of ['stealing', 'models', 'poisoning', 'evasion', 'jailbreaks'])
      expect(normalise(w)).toBe(pipeline(w));
  });

  it('trims punctuation at the ends and keeps identifiers whole', () => {
    expect(normalise('poisoning!')).toBe('poison');
    expect(normalise('aml.t0024')).toBe('aml.t0024');
    expect(normalise('llm01:2025')).toBe('llm01:2025');
  });

  it('gives "" for stop words, which lunr does not index', () => {
    expect(normalise('the')).toBe('');
    expect(normalise('a')).toBe('');
    expect(isStopWord('the')).toBe(true);
    expect(isStopWord('model')).toBe(false);
  });

  it('expects lower-case input (the tokeniser lower-cases first)', () => {
    expect(normalise('Model')).toBe('Model');
    expect(isStopWord('The')).toBe(false);
  });
});

describe('typoAllowance', () => {
  it('allows no typo under 4 letters, 1 from 4 to 7, 2 from 8 to 16, none beyond', () => {
    expect(MAX_FUZZY_LENGTH).toBe(16);
    expect([3, 4, 7, 8, 16, 17].map((n) => typoAllowance('a'.repeat(n)))).toEqual([0, 1, 1, 2, 2, 0]);
  });

  it('allows none in identifiers (anything with a digit)', () => {
    expect(typoAllowance('t0024')).toBe(0);
    expect(typoAllowance('aml.t0024.002')).toBe(0);
  });
});

describe('clausesFor', () => {
  it('weighs the forms of a word: exact 10, synonym 4, prefix 3, fuzzy 1', () => {
    expect(BOOSTS).toEqual({ exact: 10, prefix: 3, fuzzy: 1, synonym: 4 });
  });

  it('gives the stem, both prefixes, a typo form and the synonyms of "stealing"', () => {
    expect(clausesFor('stealing')).toEqual([
      { term: 'steal', boost: 10 },
      { term: 'stealing', boost: 3, prefix: true },
      { term: 'steal', boost: 3, prefix: true },
      { term: 'steal', boost: 1, editDistance: 1 },
      { term: 'extract', boost: 4, synonym: true },
      { term: 'theft', boost: 4, synonym: true },
      { term: 'clone', boost: 4, synonym: true },
    ]);
  });

  it('adds one prefix when the word is its own stem, and allows two typos from 8 letters', () => {
    expect(clausesFor('backdoor')).toEqual([
      { term: 'backdoor', boost: 10 },
      { term: 'backdoor', boost: 3, prefix: true },
      { term: 'backdoor', boost: 1, editDistance: 2 },
      { term: 'trigger', boost: 4, synonym: true },
      { term: 'trojan', boost: 4, synonym: true },
      { term: 'poison', boost: 4, synonym: true },
    ]);
  });

  it('drops a synonym that stems to the word itself (jailbreaking → jailbreak)', () => {
    const terms = clausesFor('jailbreak').filter((c) => c.boost === BOOSTS.synonym);
    expect(terms).toEqual([{ term: 'guardrail', boost: 4, synonym: true }]);
  });

  it('gives an identifier its exact and prefix forms only', () => {
    expect(clausesFor('aml.t0024')).toEqual([
      { term: 'aml.t0024', boost: 10 },
      { term: 'aml.t0024', boost: 3, prefix: true },
    ]);
  });

  it('gives a one-letter word no prefix (it would match half the index) and a stop word nothing', () => {
    expect(clausesFor('x')).toEqual([{ term: 'x', boost: 10 }]);
    expect(clausesFor('the')).toEqual([]);
    expect(clausesFor('')).toEqual([]);
  });
});
