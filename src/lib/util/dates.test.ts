import { describe, expect, it } from 'vitest';
import { formatDateTime } from './dates';

describe('formatDateTime', () => {
  it('shows an ISO time as a medium British date and a short time', () => {
    expect(formatDateTime('2026-11-25T10:00:00.000Z', 'UTC')).toBe('25 Nov 2026, 10:00');
    expect(formatDateTime('2026-11-25T23:30:00Z', 'Asia/Tokyo')).toBe('26 Nov 2026, 08:30');
    expect(formatDateTime('2026-01-05', 'UTC')).toBe('5 Jan 2026, 00:00');
  });

  it('returns text that is not a time unchanged', () => {
    expect(formatDateTime('not a date')).toBe('not a date');
    expect(formatDateTime('')).toBe('');
  });
});
