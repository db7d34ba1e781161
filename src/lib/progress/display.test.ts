import { describe, expect, it } from 'vitest';
import { attemptsSummary, EXERCISE_KIND_NAMES, scoreBand } from './display';

describe('the progress page figures', () => {
  it('shade by best score at the 50 and 80 boundaries (worked by hand), none when unpractised', () => {
    expect([null, 0, 49, 50, 79, 80, 100].map(scoreBand)).toEqual(['none', 'low', 'low', 'mid', 'mid', 'high', 'high']);
  });

  it('count attempts in the singular and the plural', () => {
    expect(attemptsSummary(1, 62)).toBe('1 attempt, best 62');
    expect(attemptsSummary(3, 80)).toBe('3 attempts, best 80');
  });

  it('name both kinds of exercise', () => {
    expect(EXERCISE_KIND_NAMES['threat-model']).toEqual({ cell: 'Threat model', prose: 'threat model' });
    expect(EXERCISE_KIND_NAMES.question).toEqual({ cell: 'Question', prose: 'interview question' });
  });
});
