import { describe, expect, it } from 'vitest';
import { learningPath } from './path';

const scenarios = [
  { id: 'hard', title: 'Hard', level: 'staff', skills: ['a'] },
  { id: 'easy', title: 'Easy', level: 'mid', skills: ['a'] },
];
const questions = [
  { id: 'easy/q-other', scenario: 'easy', title: 'Other skill', level: 'mid', skills: ['z'] },
  { id: 'easy/q-core', scenario: 'easy', title: 'Core skill', level: 'mid', skills: ['a'] },
  { id: 'hard/q', scenario: 'hard', title: 'Hard question', level: 'junior', skills: ['a'] },
  { id: 'elsewhere/q', scenario: 'elsewhere', title: 'Not in the career', level: 'junior', skills: ['a'] },
];

describe('learningPath', () => {
  it('orders by level, then core skills first, then threat model before questions', () => {
    const path = learningPath({ skills: ['a'], scenarios: ['hard', 'easy'] }, scenarios, questions);
    expect(path.map((s) => s.id)).toEqual(['hard/q', 'easy', 'easy/q-core', 'easy/q-other', 'hard']);
    expect(path[0]).toEqual({
      kind: 'question',
      id: 'hard/q',
      title: 'Hard question',
      level: 'junior',
      href: '/practice/hard/q/',
      core: true,
    });
    expect(path.find((s) => s.id === 'easy')!.href).toBe('/learn/easy/#tm-heading');
  });

  it("skips scenarios that do not exist and takes only the career's scenarios", () => {
    const path = learningPath({ skills: ['a'], scenarios: ['missing', 'easy'] }, scenarios, questions);
    expect(path.map((s) => s.id)).toEqual(['easy', 'easy/q-core', 'easy/q-other']);
  });
});
