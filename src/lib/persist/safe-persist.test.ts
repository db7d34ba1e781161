import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createStore } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import { dismissNotices, memoryStorage, readNotices, readPersisted, safePersist, SET_ASIDE_MARK } from './safe-persist';

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

describe('safePersist with zustand', () => {
  it('round-trips state through storage and rehydrates a migrated fixture', async () => {
    const storage = memoryStorage();
    storage.setItem('dojo:test', JSON.stringify({ version: 1, state: { texts: ['old'] } }));
    type S = P & { add: (t: string) => void };
    const make = () =>
      createStore<S>()(
        persist(
          (set) => ({ items: [], add: (text) => set((s) => ({ items: [...s.items, { text, score: 1 }] })) }),
          safePersist<S, P>({ ...config, partialize: (s) => ({ items: s.items }), storage: () => storage }),
        ),
      );
    const store = make();
    await store.persist.rehydrate();
    expect(store.getState().items).toEqual([{ text: 'old', score: 0 }]);
    store.getState().add('new');
    const again = make();
    await again.persist.rehydrate();
    expect(again.getState().items.map((i) => i.text)).toEqual(['old', 'new']);
  });
});

describe('dismissNotices', () => {
  it("forgets one store's notices and keeps the others (and the data set aside)", () => {
    const storage = memoryStorage();
    storage.setItem('dojo:a', '{');
    storage.setItem('dojo:b', '{');
    readPersisted(storage, { ...config, name: 'dojo:a' });
    readPersisted(storage, { ...config, name: 'dojo:b' });
    expect(readNotices(storage).map((n) => n.store)).toEqual(['dojo:a', 'dojo:b']);
    dismissNotices(storage, 'dojo:a');
    expect(readNotices(storage).map((n) => n.store)).toEqual(['dojo:b']);
    dismissNotices(storage);
    expect(readNotices(storage)).toEqual([]);
    expect(Object.keys(storage.dump()).filter((k) => k.includes(SET_ASIDE_MARK))).toHaveLength(2);
  });
});
