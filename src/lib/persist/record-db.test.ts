import { describe, expect, it } from 'vitest';
import 'fake-indexeddb/auto';
import { openRecordDb, storageFailureReason } from './record-db';
import { freshDbName } from './test-env';

const m = (o: Record<string, unknown>) => new Map(Object.entries(o));

describe('openRecordDb (on fake-indexeddb)', () => {
  it('writes puts and deletes of one store in one go, and keeps stores apart', async () => {
    const db = await openRecordDb(freshDbName());
    await db.write('dojo:a', 1, m({ x: 1, y: { z: [2] } }), []);
    await db.write('dojo:b', 3, m({ x: 'other' }), []);
    await db.write('dojo:a', 2, m({ w: true }), ['x']);
    expect(await db.read('dojo:a')).toEqual({ version: 2, records: m({ w: true, y: { z: [2] } }) });
    expect(await db.read('dojo:b')).toEqual({ version: 3, records: m({ x: 'other' }) });
    expect(await db.read('dojo:none')).toEqual({ version: null, records: new Map() });
    expect((await db.storeNames()).sort()).toEqual(['dojo:a', 'dojo:b']);
  });

  it('replace swaps whole stores, leaves others, and can add set-aside entries with notices', async () => {
    const db = await openRecordDb(freshDbName());
    await db.write('dojo:a', 1, m({ old: 1 }), []);
    await db.write('dojo:b', 1, m({ keep: 1 }), []);
    await db.replace({ 'dojo:a': { version: 2, records: m({ fresh: 2 }) } }, [
      { store: 'dojo:a', raw: '{', reason: 'broken', at: '2026-01-01' },
    ]);
    expect(await db.read('dojo:a')).toEqual({ version: 2, records: m({ fresh: 2 }) });
    expect((await db.read('dojo:b')).records).toEqual(m({ keep: 1 }));
    expect(await db.listNotices()).toEqual([]);
    await db.replace({}, [{ store: 'dojo:a', raw: '[', reason: 'also broken', at: '2026-01-02' }], { notify: true });
    const notices = await db.listNotices();
    expect(notices.map((n) => n.row)).toEqual([
      { id: notices[0]!.id, store: 'dojo:a', setAsideId: 2, reason: 'also broken', at: '2026-01-02' },
    ]);
    expect((await db.listSetAside()).map((e) => [e.id, e.raw])).toEqual([
      [1, '{'],
      [2, '['],
    ]);
  });

  it('setAside moves chosen records, or a whole store with its version, and records a notice each', async () => {
    const db = await openRecordDb(freshDbName());
    await db.write('dojo:a', 4, m({ bad: 'x', good: 'y' }), []);
    expect(await db.setAside('dojo:a', ['bad'], 'did not fit', 't1')).toEqual([1]);
    expect((await db.read('dojo:a')).records).toEqual(m({ good: 'y' }));
    await db.setAside('dojo:a', null, 'newer version', 't2');
    expect(await db.read('dojo:a')).toEqual({ version: null, records: new Map() });
    const aside = await db.listSetAside();
    expect(aside.map(({ key, raw, reason }) => ({ key, raw, reason }))).toEqual([
      { key: 'bad', raw: '"x"', reason: 'did not fit' },
      { key: undefined, raw: '{"version":4,"records":{"good":"y"}}', reason: 'newer version' },
    ]);
    const notices = await db.listNotices();
    expect(notices).toHaveLength(2);
    await db.deleteNotices([notices[0]!.id]);
    expect(await db.listNotices()).toHaveLength(1);
    expect(await db.listSetAside()).toHaveLength(2); // dismissing a notice keeps the data
  });
});

describe('storageFailureReason', () => {
  const named = (name: string, message = '') => Object.assign(new Error(message), { name });
  it('says in words what the browser refused', () => {
    expect(storageFailureReason(named('QuotaExceededError'))).toBe('the browser’s storage for this site is full');
    expect(storageFailureReason(named('InvalidStateError'))).toBe(
      'the browser refused to save (private browsing or storage blocked)',
    );
    expect(storageFailureReason(named('SecurityError'))).toBe('this browser blocks storage for this site');
    expect(storageFailureReason(new Error('disk on fire'))).toBe('saving failed: disk on fire');
    expect(storageFailureReason('')).toBe('saving failed');
  });
});
