import { describe, expect, it } from 'vitest';
import { POPULAR_SEARCHES, editDistance, nearestWord, suggestCorrections } from './suggest';

describe('editDistance (optimal string alignment)', () => {
  // Expected values worked by hand: one substitution, one insertion, one swap of neighbours.
  it('counts substitutions, insertions, deletions and neighbour swaps as one edit each', () => {
    expect(editDistance('poison', 'poison')).toBe(0);
    expect(editDistance('poison', 'poisen')).toBe(1);
    expect(editDistance('poison', 'poisons')).toBe(1);
    expect(editDistance('posion', 'poison')).toBe(1);
    expect(editDistance('', 'ab')).toBe(2);
  });
  it('stops early above the maximum', () => {
    expect(editDistance('extraction', 'poison', 2)).toBe(3);
    expect(editDistance('a', 'abcdefgh', 2)).toBe(3);
  });
});

describe('nearestWord', () => {
  const vocabulary = ['evasion', 'extraction', 'jailbreak', 'poisoning', 'poisoned'];
  it('finds the closest word within the allowance', () => {
    expect(nearestWord(vocabulary, 'jailbrek')).toBe('jailbreak');
    expect(nearestWord(vocabulary, 'posioning')).toBe('poisoning');
  });
  it('gives nothing for known, short, far or huge words', () => {
    expect(nearestWord(vocabulary, 'evasion')).toBeUndefined();
    expect(nearestWord(vocabulary, 'ev')).toBeUndefined();
    expect(nearestWord(vocabulary, 'kubernetes')).toBeUndefined();
    expect(nearestWord(vocabulary, 'x'.repeat(100))).toBeUndefined();
  });
});

describe('suggestCorrections', () => {
  it('puts the corrected query first, then popular searches, at most max', () => {
    expect(suggestCorrections(['jailbreak', 'prompt'], ['llm', 'jailbrek'], 3)).toEqual([
      'llm jailbreak',
      POPULAR_SEARCHES[0],
      POPULAR_SEARCHES[1],
    ]);
  });
  it('offers popular searches when nothing can be corrected', () => {
    expect(suggestCorrections([], ['zzzz'])).toEqual(POPULAR_SEARCHES.slice(0, 4));
  });
});
