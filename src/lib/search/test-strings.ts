/** Strings for the property tests of text that goes into an address (tests only). */
import fc from 'fast-check';

/** Any code unit sequence: whole code points with lone high and low surrogates mixed in (a
 * quarter of the units), so that about half the strings are ill-formed. */
export const withLoneSurrogates = fc.string({
  unit: fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
    { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
  ),
  maxLength: 40,
});
