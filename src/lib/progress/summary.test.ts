/** The Learn and Practice index lines, on activities written out by hand. */
import { describe, expect, it } from 'vitest';
import type { Activity } from './progress';
import { questionDone, scenarioDone } from './summary';

const act = (kind: Activity['kind'], exercise: string, score: number | null, at: string): Activity => ({
  kind,
  exercise,
  scenario: exercise.split('/')[0]!,
  score,
  at,
});

describe('scenarioDone', () => {
  const questions = ['s/one', 's/two', 's/three'];
  it('says nothing when nothing was done on the scenario (work elsewhere does not count)', () => {
    expect(scenarioDone([], 's', questions)).toBeNull();
    expect(
      scenarioDone(
        [act('question', 'other/one', 90, '2026-12-01'), act('threat-model', 'other', 80, '2026-12-01')],
        's',
        questions,
      ),
    ).toBeNull();
  });
  it('counts submissions and distinct questions answered, each with its best score', () => {
    const done = [
      act('threat-model', 's', 40, '2026-12-01'),
      act('threat-model', 's', 64, '2026-12-02'),
      act('question', 's/one', 55, '2026-12-01'),
      act('question', 's/one', 80, '2026-12-02'),
      act('question', 's/two', 30, '2026-12-03'),
    ];
    expect(scenarioDone(done, 's', questions)).toBe(
      'Threat model submitted twice, best 64; 2 of 3 questions answered, best 80.',
    );
    expect(scenarioDone(done.slice(0, 1), 's', questions)).toBe('Threat model submitted once, best 40.');
    expect(scenarioDone(done.slice(4), 's', ['s/two'])).toBe('1 of 1 question answered, best 30.');
  });
});

describe('questionDone', () => {
  it('says nothing for a question never answered', () => {
    expect(questionDone([act('question', 's/two', 70, '2026-12-01')], 's/one')).toBeNull();
  });
  it('gives the only score, or the best and the latest by time', () => {
    expect(questionDone([act('question', 's/one', 70, '2026-12-01')], 's/one')).toBe('Answered once: 70.');
    const three = [
      act('question', 's/one', 65, '2026-12-03'),
      act('question', 's/one', 72, '2026-12-02'),
      act('question', 's/one', 40, '2026-12-01'),
    ];
    expect(questionDone(three, 's/one')).toBe('Answered 3 times: best 72, latest 65.');
  });
});
