/**
 * Property: no input makes the search throw, hang or return malformed output. 10,000 strings,
 * seeded so that a failure can be replayed: random Unicode, lunr's syntax characters, very long
 * input, and fragments of real queries mixed with all of them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { search } from './query';
import { projectSearch } from './test-engine';
import { DOC_TYPES } from './types';

const { engine } = projectSearch();

const syntax = fc.constantFrom(
  ':',
  '~',
  '^',
  '+',
  '-',
  '*',
  '"',
  "'",
  '\\',
  '(',
  ')',
  '{',
  '}',
  '[',
  ']',
  '.',
  '/',
  '|',
  '&',
  '!',
  '?',
);
const realWords = fc.constantFrom(
  'model',
  'extraction',
  'AML.T0024.002',
  'LLM01:2025',
  'poison',
  'title',
  'body',
  'constructor',
  '__proto__',
  'ml05',
  'the',
  'a',
);
const fragment = fc.oneof(
  syntax,
  realWords,
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.constantFrom(' ', '\t', '\n', '\u0000', '\u200b', '\ud800'),
);
const adversarial = fc.array(fragment, { maxLength: 30 }).map((parts) => parts.join(''));
const anyString = fc.oneof(
  { weight: 3, arbitrary: adversarial },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-composite', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 5000 }) },
);

describe('search never throws (property, seeded)', () => {
  it('returns well-formed results for 10,000 random and adversarial strings', () => {
    fc.assert(
      fc.property(anyString, fc.subarray([...DOC_TYPES]), (query, types) => {
        const r = search(engine, query, { types });
        expect(Array.isArray(r.hits)).toBe(true);
        for (const h of r.hits) {
          expect(Number.isFinite(h.score)).toBe(true);
          if (types.length > 0) expect(types).toContain(h.doc.type);
        }
        expect(r.words.length).toBeLessThanOrEqual(8);
      }),
      { numRuns: 10_000, seed: 20261125 },
    );
  }, 120_000);
});
