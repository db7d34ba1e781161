/**
 * Time-axis labels, worked by hand in UTC and Tokyo (UTC+9, no summer time), written as the
 * site writes dates (en-GB: "1 Dec", 24-hour "19:40").
 */
import { describe, expect, it } from 'vitest';
import { timeTickLabels } from './time-axis';

const s = (iso: string) => Date.parse(iso) / 1000;

describe('timeTickLabels', () => {
  it('reads ticks ten minutes apart as times, not ":40 :50 :00", with the day under the first', () => {
    const ticks = ['2026-12-01T19:40:00Z', '2026-12-01T19:50:00Z', '2026-12-01T20:00:00Z'].map(s);
    expect(timeTickLabels(ticks, 'UTC')).toEqual(['19:40\n1 Dec', '19:50', '20:00']);
  });

  it('names the day again where it changes, in the given time zone', () => {
    const ticks = ['2026-12-01T22:00:00Z', '2026-12-02T00:00:00Z', '2026-12-02T02:00:00Z'].map(s);
    expect(timeTickLabels(ticks, 'UTC')).toEqual(['22:00\n1 Dec', '00:00\n2 Dec', '02:00']);
    // In Tokyo the same moments are 07:00, 09:00 and 11:00 on 2 December.
    expect(timeTickLabels(ticks, 'Asia/Tokyo')).toEqual(['07:00\n2 Dec', '09:00', '11:00']);
  });

  it('reads ticks a day or more apart as dates, the year under the first and at a new year', () => {
    const ticks = ['2026-12-30T00:00:00Z', '2026-12-31T00:00:00Z', '2027-01-01T00:00:00Z'].map(s);
    expect(timeTickLabels(ticks, 'UTC')).toEqual(['30 Dec\n2026', '31 Dec', '1 Jan\n2027']);
  });

  it('reads ticks a year or more apart as month and year', () => {
    const ticks = ['2025-01-01T00:00:00Z', '2026-01-01T00:00:00Z'].map(s);
    expect(timeTickLabels(ticks, 'UTC')).toEqual(['Jan 2025', 'Jan 2026']);
  });

  it('gives one tick its time and day, and no ticks no labels', () => {
    expect(timeTickLabels([s('2026-12-01T19:35:00Z')], 'UTC')).toEqual(['19:35\n1 Dec']);
    expect(timeTickLabels([], 'UTC')).toEqual([]);
  });
});
