import { describe, expect, it } from 'vitest';
import { NO_RESULTS, countMessage } from './messages';

describe('countMessage', () => {
  it('uses the exact empty-state text for zero and nonsense counts', () => {
    expect(NO_RESULTS).toBe('0 results found. Try a different search term.');
    for (const n of [0, -3, Number.NaN, Number.NEGATIVE_INFINITY]) expect(countMessage(n)).toBe(NO_RESULTS);
    expect(countMessage(0, ['career'])).toBe(NO_RESULTS);
  });
  it('counts results, singular and plural', () => {
    expect(countMessage(1)).toBe('1 result found');
    expect(countMessage(12)).toBe('12 results found');
  });
  it('names the type when one type is filtered (the seed\'s "1 career found")', () => {
    expect(countMessage(1, ['career'])).toBe('1 career found');
    expect(countMessage(6, ['career'])).toBe('6 careers found');
    expect(countMessage(2, ['career', 'skill'])).toBe('2 results found');
  });
});
