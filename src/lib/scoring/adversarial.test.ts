/**
 * No input may make the scorer slow: every regular expression in the scoring core is checked
 * for nested quantifiers, and pathological strings are scored end to end. (A catastrophic
 * backtrack would blow vitest's 20 s timeout; the speed budgets themselves are in
 * bench/scoring.bench.ts, never asserted here.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scoreAnswer } from './score';
import { apiQuestion } from './fixtures';
import { ScoringInputError } from './validate';

const here = dirname(fileURLToPath(import.meta.url));

describe('regular expressions of the scoring core', () => {
  const sources = readdirSync(here)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => [f, readFileSync(join(here, f), 'utf8')] as const);

  it('contain no nested quantifier such as (a+)+ or (\\w+\\s?)*', () => {
    const literal = /\/((?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\\\n])+)\/[dgimsuy]*/g;
    const nested = /\([^()]*[+*][^()]*\)[+*{]/;
    expect(nested.test('(a+)+') && nested.test('(\\w+\\s?)*')).toBe(true); // the check itself works
    expect(sources.length).toBeGreaterThan(5);
    for (const [file, src] of sources) {
      for (const m of src.matchAll(literal)) expect(nested.test(m[1]), `${file}: ${m[0]}`).toBe(false);
    }
  });
});

describe('pathological inputs', () => {
  const adversarial: [string, string][] = [
    ['one 100,000-letter word', 'a'.repeat(100_000)],
    ['apostrophes', "'".repeat(50_000) + "a'".repeat(25_000)],
    ['alternating word and apostrophe', "rate'".repeat(30_000)],
    ['dots', '.'.repeat(100_000)],
    ['a word repeated', 'limit '.repeat(16_000)],
    ['nested punctuation', '(('.repeat(20_000) + 'watermark' + '))'.repeat(20_000)],
    ['negations', "not isn't never no ".repeat(5_000)],
    ['a phrase word after thousands of the other', 'rate '.repeat(15_000) + 'limit'],
    ['hyphens and bullets', '- - -- --- '.repeat(9_000)],
    ['supplementary-plane characters', '\u{1F600}x'.repeat(30_000)],
    ['lone surrogates', '\ud800a'.repeat(30_000)],
  ];
  it.each(adversarial)('scores or cleanly refuses %s', (_name, text) => {
    try {
      const r = scoreAnswer(apiQuestion, text);
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(100);
    } catch (e) {
      expect(e).toBeInstanceOf(ScoringInputError);
      expect((e as ScoringInputError).code).toBe('empty'); // only the word-free strings (dots, dashes)
    }
  });

  it('never throws anything but ScoringInputError, and keeps the score in 0–100 (fast-check, seeded)', () => {
    const word = fc.constantFrom(
      'rate',
      'limit',
      'not',
      "isn't",
      'query',
      'logs',
      'watermark',
      ',',
      '.',
      ';',
      '\n',
      '-',
      'the',
      'overkill',
      'if',
      'labels',
      'only',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 400 }),
          fc.array(word, { maxLength: 120 }).map((w) => w.join(' ')),
        ),
        (text) => {
          try {
            const r = scoreAnswer(apiQuestion, text);
            expect(r.score).toBeGreaterThanOrEqual(0);
            expect(r.score).toBeLessThanOrEqual(100);
            for (const c of r.concepts) for (const e of c.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
          } catch (e) {
            expect(e).toBeInstanceOf(ScoringInputError);
          }
        },
      ),
      { seed: 4332, numRuns: 400 },
    );
  });
});
