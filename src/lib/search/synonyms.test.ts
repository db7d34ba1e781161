/**
 * The synonym table: its form (lower-case single words, never a word's own synonym) and the
 * pairs the module's documentation promises ("model stealing" finds model extraction,
 * "adversarial examples" finds evasion, "backdoor" finds trigger poisoning, "jailbreak" finds
 * LLM Jailbreak).
 */
import { describe, expect, it } from 'vitest';
import { SYNONYMS, synonymsOf } from './synonyms';

describe('SYNONYMS', () => {
  it('holds lower-case single words only, none listed as its own synonym or twice', () => {
    for (const [word, list] of Object.entries(SYNONYMS)) {
      expect(word, word).toMatch(/^[a-z]+$/);
      for (const s of list) expect(s, `${word} → ${s}`).toMatch(/^[a-z]+$/);
      expect(list, word).not.toContain(word);
      expect(new Set(list).size, word).toBe(list.length);
      expect(list.length, word).toBeGreaterThan(0);
    }
  });

  it('covers the examples of its documentation', () => {
    expect(synonymsOf('stealing')).toContain('extraction');
    expect(synonymsOf('examples')).toContain('evasion');
    expect(synonymsOf('backdoor')).toEqual(expect.arrayContaining(['trigger', 'poisoning']));
    expect(synonymsOf('jailbreaks')).toContain('jailbreak');
  });

  it('links extraction and stealing both ways', () => {
    expect(synonymsOf('extraction')).toContain('stealing');
    expect(synonymsOf('theft')).toContain('extraction');
  });
});

describe('synonymsOf', () => {
  it('gives the listed words of a known word', () => {
    expect(synonymsOf('dos')).toEqual(['denial']);
  });

  it('gives nothing for an unknown word, an upper-case one or the empty string', () => {
    expect(synonymsOf('model')).toEqual([]);
    expect(synonymsOf('Stealing')).toEqual([]);
    expect(synonymsOf('')).toEqual([]);
  });

  it("gives nothing for names on Object's prototype (no inherited keys)", () => {
    for (const w of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) expect(synonymsOf(w), w).toEqual([]);
  });
});
