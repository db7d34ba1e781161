import { describe, expect, it } from 'vitest';
import { noticeFromRow, parseNotices } from './notices';

const good = { store: 'dojo:attempts', setAsideKey: 'dojo:attempts:set-aside:1', reason: 'broken', at: '2026-01-01' };

describe('parseNotices', () => {
  it('keeps valid notices and counts the rest (the lists that crashed pages in issue 17)', () => {
    expect(parseNotices([good, null, { ...good, store: 5 }, { ...good, reason: { x: 1 } }, [[good]]])).toEqual({
      notices: [good],
      rejected: 4,
    });
  });
  it('treats nothing saved as no notices, and any other value as one rejected entry', () => {
    expect(parseNotices(undefined)).toEqual({ notices: [], rejected: 0 });
    expect(parseNotices(null)).toEqual({ notices: [], rejected: 0 });
    expect(parseNotices({ store: 's' })).toEqual({ notices: [], rejected: 1 });
  });
  it('refuses over-long fields (a notice is shown on every page)', () => {
    expect(parseNotices([{ ...good, reason: 'x'.repeat(501) }]).rejected).toBe(1);
  });
});

describe('noticeFromRow', () => {
  it('reads a database row, naming where the data is', () => {
    expect(noticeFromRow({ id: 3, store: 'dojo:a', setAsideId: 7, reason: 'r', at: 't' })).toEqual({
      store: 'dojo:a',
      setAsideKey: 'set-aside #7',
      reason: 'r',
      at: 't',
    });
  });
  it.each([null, 5, 'x', [], { store: 'dojo:a', setAsideId: 'seven', reason: 'r', at: 't' }, { setAsideId: 1.5 }])(
    'returns null for %j',
    (row) => expect(noticeFromRow(row)).toBeNull(),
  );
});
