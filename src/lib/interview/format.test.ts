import { describe, expect, it } from 'vitest';
import { fmt } from './format';

describe('fmt', () => {
  it('prints fixed decimals (toFixed rounding)', () => {
    expect(fmt(0.7612)).toBe('0.76');
    expect(fmt(-1.2)).toBe('-1.20');
    expect(fmt(12, 0)).toBe('12');
    expect(fmt(0.125, 3)).toBe('0.125');
  });
  it('never prints a negative zero', () => {
    expect(fmt(-0.001)).toBe('0.00');
    expect(fmt(-0)).toBe('0.00');
    expect(fmt(-0.4, 0)).toBe('0');
    expect(fmt(-0.006)).toBe('-0.01');
  });
});
