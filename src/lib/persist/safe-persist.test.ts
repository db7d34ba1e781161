import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { memoryStorage, readNotices, readPersisted, SET_ASIDE_MARK } from './safe-persist';

const schema = z.object({ items: z.array(z.object({ text: z.string(), score: z.number() })) });
type P = z.infer<typeof schema>;
const migrate = (s: unknown, from: number): unknown => {
  let state = s as Record<string, unknown>;
  if (from < 2) state = { items: (state.texts as string[]).map((text) => ({ text, score: 0 })) };
  return state;
};
const config = { name: 'dojo:test', version: 2, schema, migrate };

describe('readPersisted', () => {
  it('returns null when nothing is stored', () => {
    expect(readPersisted(memoryStorage(), config)).toBeNull();
  });

  it('migrates a version-1 fixture through the ladder', () => {
    const storage = memoryStorage();
    storage.setItem('dojo:test', JSON.stringify({ version: 1, state: { texts: ['a', 'b'] } }));
    expect(readPersisted(storage, config)).toEqual({
      items: [
        { text: 'a', score: 0 },
        { text: 'b', score: 0 },
      ],
    });
  });

  it('reads the current version unchanged', () => {
    const storage = memoryStorage();
    const state: P = { items: [{ text: 'x', score: 3 }] };
    storage.setItem('dojo:test', JSON.stringify({ version: 2, state }));
    expect(readPersisted(storage, config)).toEqual(state);
  });

  it.each([
    ['broken JSON', '{"version": 2, "state": {', 'not valid JSON'],
    ['a newer version', JSON.stringify({ version: 9, state: { items: [] } }), 'newer version (9)'],
    ['an invalid shape', JSON.stringify({ version: 2, state: { items: [{ text: 1 }] } }), 'expected shape'],
    ['a failing migration', JSON.stringify({ version: 1, state: { texts: 42 } }), 'migration from version 1 failed'],
  ])('sets aside %s and records a notice', (_label, raw, reason) => {
    const storage = memoryStorage();
    storage.setItem('dojo:test', raw);
    expect(readPersisted(storage, config)).toBeNull();
    const dump = storage.dump();
    const asideKey = Object.keys(dump).find((k) => k.startsWith(`dojo:test${SET_ASIDE_MARK}`));
    expect(asideKey).toBeDefined();
    expect(dump[asideKey!]).toBe(raw);
    expect(dump['dojo:test']).toBeUndefined();
    const notices = readNotices(storage);
    expect(notices).toHaveLength(1);
    expect(notices[0].reason).toContain(reason);
  });
});

describe('readNotices', () => {
  // The malformed notice lists that crashed every page with a builder (issue 17, item 2).
  it.each([
    ['[null]', '[null]'],
    ['a number as store', JSON.stringify([{ store: 5, setAsideKey: 'k', reason: 'r', at: 't' }])],
    ['an object as reason', JSON.stringify([{ store: 's', setAsideKey: 'k', reason: { text: 'r' }, at: 't' }])],
    ['nested arrays', '[[["x"]]]'],
    ['not a list', '{"store":"s"}'],
    ['not JSON', '[{'],
  ])('ignores %s, never throws, and keeps the valid notices beside it', (_label, raw) => {
    const storage = memoryStorage();
    storage.setItem('dojo:notices', raw);
    expect(readNotices(storage)).toEqual([]);
    const good = { store: 'dojo:a', setAsideKey: 'dojo:a:set-aside:1', reason: 'broken', at: '2026-01-01' };
    const list = JSON.parse(raw.startsWith('[') && raw !== '[{' ? raw : '[]') as unknown[];
    storage.setItem('dojo:notices', JSON.stringify([...list, good]));
    expect(readNotices(storage)).toEqual([good]);
  });
});
