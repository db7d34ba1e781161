import { describe, expect, it } from 'vitest';
import { stemWord } from './stem';

/**
 * The examples of Porter's paper (M. F. Porter, "An algorithm for suffix stripping", Program 14(3),
 * 1980, pp. 130–137), given here as the result of the whole algorithm: each word run through
 * every step by hand (the paper shows one step at a time, e.g. "relational → relate" in step 2,
 * which step 5a then turns into "relat"). None of these words is touched by our spelling or
 * alias tables, so stemWord shows lunr's stemmer as it is.
 */
const PORTER: [string, string][] = [
  // Step 1a
  ['caresses', 'caress'],
  ['ponies', 'poni'],
  ['ties', 'ti'],
  ['caress', 'caress'],
  ['cats', 'cat'],
  // Step 1b
  ['feed', 'feed'],
  ['agreed', 'agre'],
  ['plastered', 'plaster'],
  ['bled', 'bled'],
  ['motoring', 'motor'],
  ['sing', 'sing'],
  ['conflated', 'conflat'],
  ['troubled', 'troubl'],
  ['sized', 'size'],
  ['hopping', 'hop'],
  ['tanned', 'tan'],
  ['falling', 'fall'],
  ['hissing', 'hiss'],
  ['fizzed', 'fizz'],
  ['failing', 'fail'],
  ['filing', 'file'],
  // Step 1c
  ['happy', 'happi'],
  // Step 2
  ['relational', 'relat'],
  ['conditional', 'condit'],
  ['rational', 'ration'],
  ['valenci', 'valenc'],
  ['hesitanci', 'hesit'],
  ['digitizer', 'digit'],
  ['conformabli', 'conform'],
  ['radicalli', 'radic'],
  ['differentli', 'differ'],
  ['vileli', 'vile'],
  ['analogousli', 'analog'],
  ['vietnamization', 'vietnam'],
  ['predication', 'predic'],
  ['operator', 'oper'],
  ['feudalism', 'feudal'],
  ['decisiveness', 'decis'],
  ['hopefulness', 'hope'],
  ['callousness', 'callous'],
  ['formaliti', 'formal'],
  ['sensitiviti', 'sensit'],
  ['sensibiliti', 'sensibl'],
  // Step 3
  ['triplicate', 'triplic'],
  ['formative', 'form'],
  ['formalize', 'formal'],
  ['electriciti', 'electr'],
  ['electrical', 'electr'],
  ['hopeful', 'hope'],
  ['goodness', 'good'],
  // Step 4
  ['revival', 'reviv'],
  ['allowance', 'allow'],
  ['inference', 'infer'],
  ['airliner', 'airlin'],
  ['gyroscopic', 'gyroscop'],
  ['adjustable', 'adjust'],
  ['defensible', 'defens'],
  ['irritant', 'irrit'],
  ['replacement', 'replac'],
  ['adjustment', 'adjust'],
  ['dependent', 'depend'],
  ['adoption', 'adopt'],
  ['homologou', 'homolog'],
  ['communism', 'commun'],
  ['activate', 'activ'],
  ['angulariti', 'angular'],
  ['homologous', 'homolog'],
  ['effective', 'effect'],
  ['bowdlerize', 'bowdler'],
  // Step 5
  ['probate', 'probat'],
  ['rate', 'rate'],
  ['cease', 'ceas'],
  ['controll', 'control'],
  ['roll', 'roll'],
];

describe("stemWord: lunr's Porter stemmer", () => {
  it.each(PORTER)('stems %s to %s, as in Porter (1980)', (word, stem) => {
    expect(stemWord(word)).toBe(stem);
  });

  it('departs from the paper in step 1c: "sky" becomes "ski"', () => {
    // The paper turns y into i only when the stem has a vowel, so "sky" stays. lunr 2.3.9 follows
    // Porter's later revision (its comment: "cry -> cri, by -> by, say -> say"): y after a
    // consonant that is not the first letter.
    expect(stemWord('sky')).toBe('ski');
    expect(stemWord('cry')).toBe('cri');
    expect(stemWord('by')).toBe('by');
    expect(stemWord('say')).toBe('say');
  });

  it('folds the inflections the rubrics rely on', () => {
    for (const w of ['poison', 'poisons', 'poisoned', 'poisoning']) expect(stemWord(w), w).toBe('poison');
  });

  it('leaves numbers and the empty string alone', () => {
    expect(stemWord('42')).toBe('42');
    expect(stemWord('')).toBe('');
  });
});

describe('stemWord: spelling, -ise and aliases', () => {
  it.each([
    ['prioritise', 'prioritize'],
    ['prioritisation', 'prioritize'],
    ['poisoned', 'poisoning'],
    ['defence', 'defense'],
    ['modelling', 'model'],
    ['inversion', 'invert'],
    ['adversarial', 'adversary'],
    ['copy', 'clone'],
  ])('%s and %s share a stem', (a, b) => {
    expect(stemWord(a)).toBe(stemWord(b));
  });

  it('keeps different ideas apart', () => {
    expect(stemWord('replicate')).not.toBe(stemWord('clone')); // replicating a feature store is not cloning a model
    expect(stemWord('limit')).not.toBe(stemWord('limb'));
  });

  it('maps British spellings and variants before stemming', () => {
    expect(stemWord('behaviour')).toBe('behavior');
    expect(stemWord('catalogue')).toBe('catalog');
    expect(stemWord('artefacts')).toBe(stemWord('artifacts'));
    expect(stemWord('pre-trained')).toBe(stemWord('pretrained'));
    expect(stemWord('cheque')).toBe('check');
  });

  it('folds -ise into -ize only in words longer than five letters', () => {
    // organise → organize → organ (step 4 drops -ize); organisation → organization → organize → organ.
    expect(['organise', 'organised', 'organising', 'organisation', 'organisations'].map(stemWord)).toEqual([
      'organ',
      'organ',
      'organ',
      'organ',
      'organ',
    ]);
    // "raise" has five letters: stemmed as it is (Porter step 5a drops the e), never "raize".
    expect(stemWord('raise')).toBe('rais');
  });

  it('joins the stems of the alias table', () => {
    expect(['theft', 'stolen', 'stole', 'steal'].map(stemWord)).toEqual(['steal', 'steal', 'steal', 'steal']);
    expect(['copies', 'replica', 'surrogate', 'clone'].map(stemWord)).toEqual(['clone', 'clone', 'clone', 'clone']);
    expect(['adversary', 'adversarial', 'attack'].map(stemWord)).toEqual(['attack', 'attack', 'attack']);
    expect(['segregation', 'isolation'].map(stemWord)).toEqual(['isol', 'isol']);
    expect(['cleanse', 'sanitise', 'sanitize'].map(stemWord)).toEqual(['sanit', 'sanit', 'sanit']);
    expect([stemWord('authn'), stemWord('authz')]).toEqual(['authent', 'author']);
  });

  it('gives the same answer from its memo, also after the memo was emptied at its limit', () => {
    expect(stemWord('poisoning')).toBe('poison');
    expect(stemWord('poisoning')).toBe('poison');
    for (let i = 0; i < 50_001; i++) stemWord(`w${i}`);
    expect(stemWord('poisoning')).toBe('poison');
    expect(stemWord('w7')).toBe('w7');
  });
});
