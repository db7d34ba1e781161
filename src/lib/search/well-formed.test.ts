/**
 * Lone surrogates become U+FFFD; everything else is left alone. Oracle: ES2024
 * String.prototype.toWellFormed, native in the Node that runs these tests, against which the
 * fallback is checked on 2,000 seeded strings with surrogates injected.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withLoneSurrogates } from './test-strings';
import { replaceLoneSurrogates, toWellFormed } from './well-formed';

const HIGH = '\uD83D'; // first half of U+1F600 😀 ("\uD83D\uDE00")
const LOW = '\uDE00';
const PAIR = HIGH + LOW;
const FFFD = '\uFFFD';

describe('toWellFormed and its fallback', () => {
  const cases: [string, string, string][] = [
    ['lone high at the start', `${HIGH}abc`, `${FFFD}abc`],
    ['lone high in the middle', `ab${HIGH}c`, `ab${FFFD}c`],
    ['lone high at the end', `abc${HIGH}`, `abc${FFFD}`],
    ['lone low at the start', `${LOW}abc`, `${FFFD}abc`],
    ['lone low in the middle', `ab${LOW}c`, `ab${FFFD}c`],
    ['lone low at the end', `abc${LOW}`, `abc${FFFD}`],
    ['pair reversed: two lone halves', `${LOW}${HIGH}`, `${FFFD}${FFFD}`],
    ['two highs then a low: the second high pairs', `${HIGH}${PAIR}`, `${FFFD}${PAIR}`],
    ['a pair is kept', `a${PAIR}b`, `a${PAIR}b`],
    ['empty', '', ''],
    ['U+FFFD itself is kept', FFFD, FFFD],
  ];
  for (const [name, input, expected] of cases) {
    it(`${name}`, () => {
      // Hand-worked: each unpaired half is one U+FFFD; the native method agrees.
      expect(input.toWellFormed()).toBe(expected);
      expect(toWellFormed(input)).toBe(expected);
      expect(replaceLoneSurrogates(input)).toBe(expected);
      expect(toWellFormed(input).isWellFormed()).toBe(true);
    });
  }

  it('the fallback matches the native method on 2,000 seeded strings', () => {
    fc.assert(
      fc.property(withLoneSurrogates, (s) => {
        expect(replaceLoneSurrogates(s)).toBe(s.toWellFormed());
      }),
      { seed: 17, numRuns: 2000 },
    );
  });

  it('falls back when the native method is missing (browsers before ES2024)', () => {
    const native = Object.getOwnPropertyDescriptor(String.prototype, 'toWellFormed')!;
    try {
      delete (String.prototype as { toWellFormed?: unknown }).toWellFormed;
      expect(typeof ''.toWellFormed).toBe('undefined');
      expect(toWellFormed(`ab${HIGH}c${LOW}${PAIR}`)).toBe(`ab${FFFD}c${FFFD}${PAIR}`);
    } finally {
      Object.defineProperty(String.prototype, 'toWellFormed', native);
    }
    expect(typeof ''.toWellFormed).toBe('function');
  });

  it('the generator does produce ill-formed strings (so the property is not vacuous)', () => {
    const sample = fc.sample(withLoneSurrogates, { seed: 17, numRuns: 1000 });
    const illFormed = sample.filter((s) => !s.isWellFormed()).length;
    expect(illFormed).toBeGreaterThan(300);
  });
});
