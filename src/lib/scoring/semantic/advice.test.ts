import { describe, expect, it } from 'vitest';
import { advise } from './advice';
import type { SemanticReport } from './report';

const levels = { '1': 'one', '2': 'two', '3': 'three', '4': 'four' };
const concept = (id: string, weight: number, credited: boolean) => ({
  id,
  label: `Idea ${id}`,
  weight,
  why: `Why ${id}.`,
  credit: credited ? 0.8 : 0.1,
  credited,
  evidence: credited ? { start: 0, end: 3, text: 'abc' } : null,
  closestReference: null,
  rejected: null,
});
const report = (over: Partial<SemanticReport>): SemanticReport => ({
  method: 'semantic',
  q: 's/q',
  score: 50,
  level: 2,
  probabilities: [0, 0.2, 0.6, 0.2, 0],
  concepts: [concept('a', 1, true), concept('b', 3, false), concept('c', 2, false)],
  misconceptions: [],
  flags: [],
  caps: [],
  words: 80,
  units: 5,
  ...over,
});

describe('advise', () => {
  it('names the level reached and the heaviest missing ideas for the next', () => {
    const a = advise(report({}), levels)!;
    expect(a).toMatchObject({ reached: 2, reachedText: 'two', next: 3, nextText: 'three' });
    expect(a.todo).toEqual(['Explain idea b. Why b.', 'Explain idea c. Why c.']);
  });

  it('puts a cap first, and never says nothing is missing when a cap holds the answer back', () => {
    const a = advise(
      report({
        level: 0,
        concepts: [concept('a', 1, true)],
        caps: [{ reason: 'the answer is closer to another question', level: 0 }],
      }),
      levels,
    )!;
    expect(a.reachedText).toBeNull();
    expect(a.todo).toEqual(['Fix what capped it at level 0: the answer is closer to another question.']);
  });

  it('says what the top level needs when every idea is there, and has no next level at 4', () => {
    expect(advise(report({ level: 3, concepts: [concept('a', 1, true)] }), levels)!.todo[0]).toMatch(
      /Every idea is there/,
    );
    expect(advise(report({ level: 4, concepts: [concept('a', 1, true)] }), levels)).toMatchObject({
      next: null,
      todo: [],
    });
  });

  it('gives nothing for an answer a person must grade', () => {
    expect(advise(report({ level: null, score: null }), levels)).toBeNull();
  });
});
