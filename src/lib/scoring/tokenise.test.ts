import { describe, expect, it } from 'vitest';
import { countWords, expandWord, tokenise } from './tokenise';

describe('tokenise', () => {
  it('keeps offsets into the original text', () => {
    const text = 'Rate-limit  the API… then “watermark” it.';
    for (const t of tokenise(text))
      expect(text.slice(t.start, t.end).toLowerCase()).toContain(t.word === 'not' ? 'n' : t.word);
    expect(tokenise(text).map((t) => t.word)).toEqual(['rate', 'limit', 'the', 'api', 'then', 'watermark', 'it']);
  });

  it('splits contractions into the words they stand for', () => {
    expect(expandWord("isn't")).toEqual(['is', 'not']);
    expect(expandWord('won’t')).toEqual(['will', 'not']);
    expect(expandWord("can't")).toEqual(['can', 'not']);
    expect(expandWord('cannot')).toEqual(['can', 'not']);
    expect(expandWord("it's")).toEqual(['it']);
    const t = tokenise("Poisoning isn't likely.");
    expect(t.map((x) => x.word)).toEqual(['poisoning', 'is', 'not', 'likely']);
    expect(t[1].start).toBe(10);
    expect(t[2].end).toBe(15);
  });

  it('numbers sentences, negation scopes and clauses', () => {
    const t = tokenise('We log queries, and we alert; then we review. Next step: watermark.');
    const by = (w: string) => t.find((x) => x.word === w)!;
    expect([by('log').sentence, by('next').sentence]).toEqual([0, 1]);
    expect(by('log').scope).toBe(by('alert').scope); // a comma does not end a negation scope
    expect(by('alert').scope).not.toBe(by('review').scope); // a semicolon does
    expect(by('log').clause).not.toBe(by('alert').clause); // but it ends a clause
    expect(by('watermark').scope).not.toBe(by('step').scope); // a colon ends a scope
  });

  it('does not break sentences inside IDs and numbers', () => {
    const t = tokenise('Map it to AML.T0024.002 and 3.5 percent.');
    expect(new Set(t.map((x) => x.sentence))).toEqual(new Set([0]));
  });

  it('handles non-Latin letters and emoji without losing offsets', () => {
    const text = 'Modèle 🙂 données';
    const t = tokenise(text);
    expect(t.map((x) => text.slice(x.start, x.end))).toEqual(['Modèle', 'données']);
  });

  it('counts words as a learner would', () => {
    expect(countWords("I'd rate-limit the API, don't you think?")).toBe(7);
    expect(countWords('<b>bold</b> — and – so')).toBe(3); // dashes alone are not words
    expect(countWords('')).toBe(0);
    expect(countWords('  \n ')).toBe(0);
  });
});
