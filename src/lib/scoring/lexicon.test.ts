/**
 * The scorer's word lists hold no logic, so these tests check what the lists promise in their
 * own comments, and that every entry can be met at all: the lists are compared with tokenised
 * words, so an entry the tokeniser never emits (capitals, an apostrophe, two words) is dead.
 */
import { describe, expect, it } from 'vitest';
import {
  CLAUSE_BREAK_WORDS,
  DISMISSAL_TARGETS,
  DISMISSIVE_VERBS,
  DISMISSIVE_WORDS,
  DOMAIN_WORDS,
  FUNCTION_WORDS,
  NEGATION_CUES,
  STOPWORDS,
  SUFFICIENCY_WORDS,
} from './lexicon';
import { tokenise } from './tokenise';

const LISTS: [string, Iterable<string>][] = [
  ['STOPWORDS', STOPWORDS],
  ['FUNCTION_WORDS', FUNCTION_WORDS],
  ['NEGATION_CUES', NEGATION_CUES],
  ['DISMISSIVE_VERBS', DISMISSIVE_VERBS],
  ['DISMISSAL_TARGETS', DISMISSAL_TARGETS],
  ['DISMISSIVE_WORDS', DISMISSIVE_WORDS],
  ['SUFFICIENCY_WORDS', SUFFICIENCY_WORDS],
  ['CLAUSE_BREAK_WORDS', CLAUSE_BREAK_WORDS],
  ['DOMAIN_WORDS', DOMAIN_WORDS],
];
const shared = (a: Iterable<string>, b: ReadonlySet<string>) => [...a].filter((w) => b.has(w));

describe('lexicon', () => {
  it.each(LISTS)('%s holds only single lower-case words as the tokeniser emits them', (_name, list) => {
    const words = [...list];
    expect(words.length).toBeGreaterThan(0);
    for (const w of words)
      expect(
        tokenise(w).map((t) => t.word),
        w,
      ).toEqual([w]);
  });

  it('meets contractions split, as the tokeniser emits them', () => {
    // "isn't" arrives as "is" + "not": the cue list needs no contracted forms.
    expect(tokenise("isn't").map((t) => t.word)).toEqual(['is', 'not']);
    expect(shared(['not', 'is', 'can', 'will', 'do'], FUNCTION_WORDS)).toEqual(['not', 'is', 'can', 'will', 'do']);
  });

  it('names exactly the seven negation cues', () => {
    expect([...NEGATION_CUES].sort()).toEqual(['hardly', 'neither', 'never', 'no', 'none', 'nor', 'not']);
  });

  it('keeps quantifiers and negations as content words: "per component" is not "component"', () => {
    expect(shared(['each', 'every', 'per'], STOPWORDS)).toEqual([]);
    expect(shared(NEGATION_CUES, STOPWORDS)).toEqual([]);
  });

  it('leaves bare conjunctions out of the function words, so "poisoning and evasion" is a keyword list', () => {
    expect(shared(['and', 'or'], FUNCTION_WORDS)).toEqual([]);
    expect(shared(['a', 'an', 'the', 'not', 'no', 'we', 'would'], FUNCTION_WORDS)).toHaveLength(7);
  });

  it('never lets one word both qualify and reject an idea', () => {
    const rejecting = new Set([...DISMISSAL_TARGETS, ...DISMISSIVE_WORDS, ...DISMISSIVE_VERBS, ...NEGATION_CUES]);
    expect(shared(SUFFICIENCY_WORDS, rejecting)).toEqual([]);
  });

  it('holds the examples its comments give', () => {
    expect(shared(['skip', 'ignore'], DISMISSIVE_VERBS)).toHaveLength(2); // "skip watermarking"
    expect(shared(['concern', 'needed', 'help'], DISMISSAL_TARGETS)).toHaveLength(3); // "is not a concern"
    expect(DISMISSIVE_WORDS.has('overkill')).toBe(true); // "watermarking is overkill"
    expect(shared(['only', 'enough', 'alone'], SUFFICIENCY_WORDS)).toHaveLength(3); // "not only", "not enough"
    expect(shared(['but', 'however'], CLAUSE_BREAK_WORDS)).toHaveLength(2); // "…, but we will watermark"
  });

  it('counts the STRIDE categories and the frameworks as domain words, and no stop word', () => {
    const domain = new Set(DOMAIN_WORDS);
    const stride = ['spoofing', 'tampering', 'repudiation', 'disclosure', 'denial', 'elevation'];
    expect(shared([...stride, 'atlas', 'owasp', 'mitre'], domain)).toHaveLength(9);
    expect(shared(DOMAIN_WORDS, STOPWORDS)).toEqual([]);
    expect(shared(DOMAIN_WORDS, new Set(DISMISSIVE_WORDS))).toEqual([]);
  });
});
