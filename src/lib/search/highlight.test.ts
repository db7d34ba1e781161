import { describe, expect, it } from 'vitest';
import { highlight, snippet } from './highlight';

describe('highlight', () => {
  it('marks words whose stem matched, keeping all text', () => {
    const segments = highlight('Poisoning the training data poisons the model.', ['poison']);
    expect(segments.map((s) => s.text).join('')).toBe('Poisoning the training data poisons the model.');
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['Poisoning', 'poisons']);
  });
  it('splits words as the query tokeniser does, curly apostrophes included', () => {
    // The query "attacker’s" is one word to tokenise(); the page's "attacker’s" must be one marked word too.
    const marked = (text: string, prefixes: string[]) =>
      highlight(text, [], prefixes)
        .filter((s) => s.mark)
        .map((s) => s.text);
    expect(marked('the attacker’s budget', ['attacker’s'])).toEqual(['attacker’s']);
    expect(marked("the attacker's budget", ["attacker's"])).toEqual(["attacker's"]);
  });
  it('marks identifiers and prefixes being typed', () => {
    expect(
      highlight('See AML.T0024.002 now', ['aml.t0024.002'])
        .filter((s) => s.mark)
        .map((s) => s.text),
    ).toEqual(['AML.T0024.002']);
    expect(
      highlight('prompt injection', [], ['inj'])
        .filter((s) => s.mark)
        .map((s) => s.text),
    ).toEqual(['injection']);
  });
  it('does not mark words that merely start with a stop word or a single letter', () => {
    expect(
      highlight('Then their model', [], ['the', 'a', 'mod'])
        .filter((s) => s.mark)
        .map((s) => s.text),
    ).toEqual(['model']);
  });
  it('returns markup as plain text, never as elements', () => {
    const segments = highlight('<img src=x onerror=alert(1)> poison', ['poison']);
    expect(segments[0]).toEqual({ text: '<img src=x onerror=alert(1)> ', mark: false });
  });
  it('handles empty text and no terms', () => {
    expect(highlight('', ['x'])).toEqual([]);
    expect(highlight('abc', [])).toEqual([{ text: 'abc', mark: false }]);
  });
});

describe('snippet', () => {
  const long = `${'Alpha beta gamma. '.repeat(20)}The poisoned examples hide here. ${'Delta epsilon. '.repeat(20)}`;
  it('cuts a window around the first match, with ellipses', () => {
    const s = snippet(long, ['poison'], [], 80);
    expect(s).toContain('poisoned');
    expect(s.startsWith('… ')).toBe(true);
    expect(s.endsWith(' …')).toBe(true);
    expect(s.length).toBeLessThanOrEqual(86);
  });
  it('returns short text whole and starts at the beginning when nothing matches', () => {
    expect(snippet('short text', ['zzz'])).toBe('short text');
    expect(snippet(long, ['zzz'], [], 40).startsWith('Alpha')).toBe(true);
  });
});
