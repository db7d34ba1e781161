import { describe, expect, it } from 'vitest';
import { MAX_QUERY_WORDS, isIdentifier, tokenise } from './tokenise';

describe('tokenise', () => {
  it('lower-cases and splits on spaces and punctuation', () => {
    expect(tokenise('Model  Stealing, defence!')).toEqual(['model', 'stealing', 'defence']);
  });
  it('keeps ATLAS and OWASP identifiers whole', () => {
    expect(tokenise('AML.T0024.002')).toEqual(['aml.t0024.002']);
    expect(tokenise('LLM01:2025 and ML05')).toEqual(['llm01:2025', 'and', 'ml05']);
  });
  it("drops lunr's syntax characters instead of passing them on", () => {
    expect(tokenise('+title:poison~2 -evasion^10 "model*"')).toEqual(['title:poison', '2', 'evasion', '10', 'model']);
    expect(tokenise('foo: ~ ^ + - * "')).toEqual(['foo']);
  });
  it('splits on hyphens as the index does', () => {
    expect(tokenise('Black-Box white-box')).toEqual(['black', 'box', 'white']);
  });
  it('returns nothing for empty, blank, symbol-only or non-string input', () => {
    expect(tokenise('')).toEqual([]);
    expect(tokenise('   \t\n')).toEqual([]);
    expect(tokenise('🙂 ++ --')).toEqual([]);
    expect(tokenise(undefined)).toEqual([]);
    expect(tokenise(42)).toEqual([]);
  });
  it('keeps letters of any script', () => {
    expect(tokenise('Données empoisonnées ДАННЫЕ')).toEqual(['données', 'empoisonnées', 'данные']);
  });
  it('bounds very long input', () => {
    const words = tokenise(Array.from({ length: 5000 }, (_, i) => `w${i}`).join(' '));
    expect(words).toHaveLength(MAX_QUERY_WORDS);
    expect(tokenise('a'.repeat(100_000))).toEqual(['a'.repeat(200)]);
  });
  it('recognises identifiers by their digits', () => {
    expect(isIdentifier('aml.t0024')).toBe(true);
    expect(isIdentifier('poisoning')).toBe(false);
  });
});
