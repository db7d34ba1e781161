/**
 * Checks the interview questions' rubrics as content: the seed IDs exist, every scenario has
 * questions, every concept has many phrasings and none is a single generic word, and each
 * question's own answer strategy, read as an answer, earns a good score from its rubric.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContentOrThrow } from '../content/load-from-disk';
import { compileRubric } from './rubric';
import { scoreAnswer } from './score';
import { tokenise } from './tokenise';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const content = loadContentOrThrow(root);
const questions = content.questions.map((q) => q.data);

/** Stems too common in answers to be evidence on their own. */
const GENERIC = new Set(
  [
    'model',
    'data',
    'api',
    'client',
    'user',
    'system',
    'attack',
    'threat',
    'risk',
    'secur',
    'input',
    'output',
    'queri',
    'train',
    'compon',
    'element',
    'account',
    'log',
    'test',
    'monitor',
    'control',
    'access',
    'custom',
    'servic',
  ].map((w) => w),
);

describe('interview questions', () => {
  it('include the five seed questions', () => {
    const ids = new Set(questions.map((q) => q.id));
    for (const id of [
      'recommender-pipeline/stride',
      'fraud-api-cloning/respond',
      'fraud-api-cloning/business-impact',
      'image-classifier/threats',
      'mlops-platform/threat-model',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it('give every scenario at least three questions', () => {
    for (const s of content.scenarios) {
      expect(questions.filter((q) => q.scenario === s.data.id).length, s.data.id).toBeGreaterThanOrEqual(3);
    }
  });

  it.each(questions.map((q) => [q.id, q] as const))('%s: has a rich rubric', (_id, q) => {
    expect(q.rubric.concepts.length).toBeGreaterThanOrEqual(5);
    expect(q.followUps.length).toBeGreaterThanOrEqual(2);
    const compiled = compileRubric(q);
    const seen = new Map<string, string>();
    for (const c of compiled.concepts) {
      expect(c.phrases.length, `${c.id} phrasings`).toBeGreaterThanOrEqual(6);
      for (const p of c.phrases) {
        if (p.stems.length === 1)
          expect(GENERIC.has(p.stems[0]), `${c.id}: "${p.text}" is a single generic word`).toBe(false);
        const key = p.stems.join(' ');
        expect(seen.get(key) ?? c.id, `"${p.text}" is in two concepts`).toBe(c.id);
        seen.set(key, c.id);
      }
    }
  });

  it.each(questions.map((q) => [q.id, q] as const))(
    '%s: its answer strategy, read as an answer, scores well',
    (_id, q) => {
      const answer = [q.strategy.summary, ...q.strategy.points, q.strategy.sample ?? ''].join('\n');
      const r = scoreAnswer(q, answer);
      expect(r.flags.map((f) => f.kind)).toEqual([]);
      expect(r.score).toBeGreaterThanOrEqual(60);
    },
  );
});

describe('the seed sample answers are paraphrased, not pasted', () => {
  const seedFile = resolve(root, '..', 'shared', 'seed', '000_e9993090354d43b3.txt');
  it.skipIf(!existsSync(seedFile))('shares no run of eight words with the seed', () => {
    const words = (s: string) => tokenise(s).map((t) => t.word);
    const seed = words(readFileSync(seedFile, 'utf8'));
    const grams = new Set<string>();
    for (let i = 0; i + 8 <= seed.length; i++) grams.add(seed.slice(i, i + 8).join(' '));
    for (const q of questions) {
      const mine = words([q.strategy.summary, ...q.strategy.points, q.strategy.sample ?? ''].join('\n'));
      for (let i = 0; i + 8 <= mine.length; i++)
        expect(grams.has(mine.slice(i, i + 8).join(' ')), `${q.id}: "${mine.slice(i, i + 8).join(' ')}"`).toBe(false);
    }
  });
});
