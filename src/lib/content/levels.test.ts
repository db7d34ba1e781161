import { describe, expect, it } from 'vitest';
import { LEVELS, levelIndex } from './levels';
import { level } from './schemas';

describe('levels', () => {
  it('are ordered easiest first (the order DESIGN.md gives: junior, mid, senior, staff)', () => {
    expect(LEVELS).toEqual(['junior', 'mid', 'senior', 'staff']);
    expect(LEVELS.map(levelIndex)).toEqual([0, 1, 2, 3]);
  });

  it('give −1 for a name that is not a level, including a different case and the empty string', () => {
    expect(levelIndex('principal')).toBe(-1);
    expect(levelIndex('Senior')).toBe(-1);
    expect(levelIndex('')).toBe(-1);
  });

  it('are the values the content schema accepts', () => {
    expect(level().options).toEqual([...LEVELS]);
    expect(level().safeParse('principal').success).toBe(false);
  });
});
