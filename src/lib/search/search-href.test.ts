/**
 * The header box's link to the full results. Oracles: encodeURIComponent's URIError on a lone
 * surrogate (ECMA-262 §19.2.6.5), the UTF-8 bytes of U+FFFD (EF BF BD), and reading the address
 * back with the search page's own reader (readSearchState).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchPageHref } from './search-href';
import { withLoneSurrogates } from './test-strings';
import { readSearchState } from './url-state';

const HIGH = '\uD83D';
const LOW = '\uDE00';
const FFFD_ENCODED = '%EF%BF%BD';

/** The query the search page reads from an address. */
const readBack = (href: string) => readSearchState(new URL(href, 'http://localhost').search).query;

describe('searchPageHref', () => {
  it('writes the canonical form the search page writes', () => {
    expect(searchPageHref('model stealing')).toBe('/search/?q=model+stealing');
    expect(searchPageHref('AML.T0024.002 & co')).toBe('/search/?q=AML.T0024.002+%26+co');
    expect(searchPageHref('😀')).toBe('/search/?q=%F0%9F%98%80');
    expect(searchPageHref('')).toBe('/search/');
  });

  const lone: [string, string, string][] = [
    ['high at the start', `${HIGH}model`, `/search/?q=${FFFD_ENCODED}model`],
    ['high in the middle', `mo${HIGH}del`, `/search/?q=mo${FFFD_ENCODED}del`],
    ['high at the end', `model${HIGH}`, `/search/?q=model${FFFD_ENCODED}`],
    ['low at the start', `${LOW}model`, `/search/?q=${FFFD_ENCODED}model`],
    ['low in the middle', `mo${LOW}del`, `/search/?q=mo${FFFD_ENCODED}del`],
    ['low at the end', `model${LOW}`, `/search/?q=model${FFFD_ENCODED}`],
    ['nothing but a high', HIGH, `/search/?q=${FFFD_ENCODED}`],
  ];
  for (const [name, query, expected] of lone) {
    it(`a lone surrogate (${name}) becomes U+FFFD instead of throwing`, () => {
      expect(() => encodeURIComponent(query)).toThrow(URIError);
      expect(searchPageHref(query)).toBe(expected);
      expect(readBack(expected)).toBe(query.toWellFormed());
    });
  }

  it('never throws, and reads back as the well-formed text (2,000 seeded strings)', () => {
    let threw = 0;
    fc.assert(
      fc.property(withLoneSurrogates, (query) => {
        try {
          encodeURIComponent(query);
        } catch {
          threw++;
        }
        expect(readBack(searchPageHref(query))).toBe(query.toWellFormed());
      }),
      { seed: 17, numRuns: 2000 },
    );
    // The old code (encodeURIComponent alone) would have thrown on a good share of these.
    expect(threw).toBeGreaterThan(500);
  });

  it('round-trips well-formed text exactly (2,000 seeded strings of any code point)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (query) => {
        expect(readBack(searchPageHref(query))).toBe(query);
      }),
      { seed: 17, numRuns: 2000 },
    );
  });
});
