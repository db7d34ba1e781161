import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createStore } from 'zustand/vanilla';
import { bindRecords, type PersistEnv } from './record-store';
import { OrderedItems, withPrefix, type Ordered, type RecordCodec } from './records';
import { memoryStorage } from './safe-persist';
import { recordingReporter, testProfile, unavailableEnv } from './test-env';

// A small store with the shapes real stores have: a list of items with IDs, saved one record each.
interface Note {
  id: string;
  text: string;
}
interface Notes {
  notes: Note[];
}
interface NotesState extends Notes {
  add(text: string): void;
  remove(id: string): void;
}
const noteSchema = z.strictObject({ id: z.string(), text: z.string().max(100) });
const order = new OrderedItems<Note>();
const codec: RecordCodec<Notes> = {
  name: 'dojo:notes',
  version: 2,
  empty: () => ({ notes: [] }),
  toRecords: (s, previous) => new Map(order.entries(s.notes, (n) => `note/${n.id}`, previous)),
  fromRecords: (records) => ({
    notes: OrderedItems.sorted(withPrefix(records, 'note/').map(([k, v]) => [k, v as Ordered<Note>])),
  }),
  schemaFor: (key) => (key.startsWith('note/') ? z.strictObject({ order: z.number(), item: noteSchema }) : null),
};
const legacy = { version: 1, schema: z.strictObject({ notes: z.array(noteSchema) }) };

let ids = 0;
function notesStore(env: PersistEnv) {
  const store = createStore<NotesState>()((set) => ({
    notes: [],
    add: (text) => set((s) => ({ notes: [...s.notes, { id: `n${++ids}-${Math.random()}`, text }] })),
    remove: (id) => set((s) => ({ notes: s.notes.filter((n) => n.id !== id) })),
  }));
  const persist = bindRecords(store, codec, (s) => ({ notes: s.notes }), env, legacy);
  return Object.assign(store, { persist });
}
const texts = (s: { getState(): Notes }) => s.getState().notes.map((n) => n.text);
/** Lets queued saves, channel messages and the re-reads they cause run. */
const settle = async (...stores: { persist: { flush(): Promise<void> } }[]) => {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r, 5));
    for (const s of stores) await s.persist.flush();
  }
};

describe('saving records', () => {
  it('saves each change as records that a new tab reads back', async () => {
    const profile = await testProfile();
    const a = notesStore(profile.tab());
    await a.persist.rehydrate();
    a.getState().add('first');
    a.getState().add('second');
    await a.persist.flush();
    const { version, records } = await profile.db.read('dojo:notes');
    expect(version).toBe(2);
    expect(records.size).toBe(2);
    const b = notesStore(profile.tab());
    await b.persist.rehydrate();
    expect(texts(b)).toEqual(['first', 'second']);
  });

  it('two tabs adding in the same millisecond both keep their record (the whole-state overwrite is gone)', async () => {
    const profile = await testProfile();
    const [a, b] = [notesStore(profile.tab()), notesStore(profile.tab())];
    await Promise.all([a.persist.rehydrate(), b.persist.rehydrate()]);
    for (let i = 0; i < 10; i++) {
      a.getState().add(`a${i}`);
      b.getState().add(`b${i}`);
    }
    await settle(a, b);
    const expected = [
      ...Array.from({ length: 10 }, (_, i) => `a${i}`),
      ...Array.from({ length: 10 }, (_, i) => `b${i}`),
    ];
    expect((await profile.db.read('dojo:notes')).records.size).toBe(20);
    expect([...texts(a)].sort()).toEqual([...expected].sort());
    expect([...texts(b)].sort()).toEqual([...expected].sort());
  });

  it('a deletion in one tab reaches the other, which keeps its own unsaved-yet additions', async () => {
    const profile = await testProfile();
    const [a, b] = [notesStore(profile.tab()), notesStore(profile.tab())];
    await Promise.all([a.persist.rehydrate(), b.persist.rehydrate()]);
    a.getState().add('doomed');
    await settle(a, b);
    expect(texts(b)).toEqual(['doomed']);
    a.getState().remove(a.getState().notes[0]!.id);
    b.getState().add('mine');
    await settle(a, b);
    expect(texts(a)).toEqual(['mine']);
    expect(texts(b)).toEqual(['mine']);
  });
});

describe('the journal of changes not yet in the database', () => {
  it('brings back a change whose database write never finished (the page was left at once)', async () => {
    const legacyStorage = memoryStorage();
    const profile = await testProfile({ legacy: legacyStorage });
    const a = notesStore(profile.tab());
    await a.persist.rehydrate();
    a.getState().add('saved');
    await a.persist.flush();
    profile.db.failure = 'hang';
    a.getState().add('checked just before leaving');
    // The tab is gone; its write never reaches the database.
    expect(Object.keys(legacyStorage.dump()).filter((k) => k.startsWith('dojo:notes:journal:'))).toHaveLength(1);
    profile.db.failure = null;
    const b = notesStore(profile.tab());
    await b.persist.rehydrate();
    expect(texts(b)).toEqual(['saved', 'checked just before leaving']);
    expect((await profile.db.read('dojo:notes')).records.size).toBe(2);
    expect(legacyStorage.dump()).toEqual({}); // replayed, then removed
  });

  it('is empty once the database has every change', async () => {
    const legacyStorage = memoryStorage();
    const profile = await testProfile({ legacy: legacyStorage });
    const a = notesStore(profile.tab());
    await a.persist.rehydrate();
    a.getState().add('x');
    expect(Object.keys(legacyStorage.dump())).toHaveLength(1);
    await a.persist.flush();
    expect(legacyStorage.dump()).toEqual({});
  });
});

describe('when saving fails', () => {
  it('storage full: says so at once, keeps the work in memory, and saves all of it once space is back', async () => {
    const profile = await testProfile();
    const reporter = recordingReporter();
    const a = notesStore(profile.tab(reporter));
    await a.persist.rehydrate();
    profile.db.failure = 'quota';
    a.getState().add('kept in memory');
    await a.persist.flush();
    expect(reporter.events).toContain('failed dojo:notes: the browser’s storage for this site is full');
    expect(a.persist.saveState()).toEqual({ kind: 'failed', reason: 'the browser’s storage for this site is full' });
    expect(texts(a)).toEqual(['kept in memory']);
    expect(a.persist.snapshot().records.size).toBe(1); // what "Download unsaved work" exports
    expect((await profile.db.read('dojo:notes')).records.size).toBe(0);
    profile.db.failure = null;
    a.getState().add('next');
    await a.persist.flush();
    expect(reporter.events.at(-1)).toBe('saved dojo:notes');
    expect((await profile.db.read('dojo:notes')).records.size).toBe(2);
  });

  it('storage blocked (private mode): the same, with its own reason', async () => {
    const profile = await testProfile();
    const reporter = recordingReporter();
    const a = notesStore(profile.tab(reporter));
    await a.persist.rehydrate();
    profile.db.failure = 'blocked';
    a.getState().add('x');
    await a.persist.flush();
    expect(reporter.events.at(-1)).toBe(
      'failed dojo:notes: the browser refused to save (private browsing or storage blocked)',
    );
  });

  it('no database at all: works in memory and says work stays on this page only', async () => {
    const env = unavailableEnv();
    const a = notesStore(env);
    await a.persist.rehydrate();
    a.getState().add('x');
    await a.persist.flush();
    expect(texts(a)).toEqual(['x']);
    expect(env.reporter.events).toEqual([
      'failed dojo:notes: this browser blocks storage for this site: work is kept on this page only',
    ]);
  });
});

describe('reading saved records', () => {
  it('sets aside one damaged record with a notice and keeps the rest', async () => {
    const profile = await testProfile();
    await profile.db.write(
      'dojo:notes',
      2,
      new Map<string, unknown>([
        ['note/good', { order: 0, item: { id: 'good', text: 'fine' } }],
        ['note/bad', { order: 1, item: { id: 'bad', text: 5 } }],
        ['mystery', 1],
      ]),
      [],
    );
    const reporter = recordingReporter();
    const a = notesStore(profile.tab(reporter));
    await a.persist.rehydrate();
    expect(texts(a)).toEqual(['fine']);
    const aside = await profile.db.listSetAside();
    expect(aside.map((e) => [e.key, e.raw]).sort()).toEqual([
      ['mystery', '1'],
      ['note/bad', '{"order":1,"item":{"id":"bad","text":5}}'],
    ]);
    expect((await profile.db.listNotices()).length).toBe(2);
    expect(reporter.events.filter((e) => e.startsWith('set aside')).length).toBe(2);
    expect([...(await profile.db.read('dojo:notes')).records.keys()]).toEqual(['note/good']);
  });

  it('sets aside a store saved by a newer version, whole, then starts empty', async () => {
    const profile = await testProfile();
    await profile.db.write('dojo:notes', 9, new Map([['note/x', { anything: true }]]), []);
    const a = notesStore(profile.tab());
    await a.persist.rehydrate();
    expect(texts(a)).toEqual([]);
    const [entry] = await profile.db.listSetAside();
    expect(entry!.reason).toBe('the saved data is from a newer version (9) of the site');
    expect(JSON.parse(entry!.raw)).toEqual({ version: 9, records: { 'note/x': { anything: true } } });
  });

  it('newer data and full storage: goes read-only, says so, and never overwrites the newer data', async () => {
    const profile = await testProfile();
    await profile.db.write('dojo:notes', 9, new Map([['note/x', { anything: true }]]), []);
    profile.db.failure = 'quota';
    const reporter = recordingReporter();
    const a = notesStore(profile.tab(reporter));
    await a.persist.rehydrate();
    expect(a.persist.saveState().kind).toBe('read-only');
    expect(reporter.events).toContain(
      'set aside dojo:notes (memory): the saved data is from a newer version (9) of the site',
    );
    profile.db.failure = null;
    a.getState().add('edit');
    await a.persist.flush();
    const saved = await profile.db.read('dojo:notes');
    expect(saved.version).toBe(9);
    expect([...saved.records.keys()]).toEqual(['note/x']);
  });
});

describe('moving localStorage data into the database', () => {
  it('moves a version-1 item through the ladder, and removes it only once the database has it', async () => {
    const legacyStorage = memoryStorage();
    legacyStorage.setItem('dojo:notes', JSON.stringify({ version: 1, state: { notes: [{ id: 'a', text: 'old' }] } }));
    legacyStorage.setItem('dojo:notes:set-aside:2026-01-01T00:00:00.000Z', '{broken');
    const profile = await testProfile({ legacy: legacyStorage });
    const a = notesStore(profile.tab());
    await a.persist.rehydrate();
    expect(texts(a)).toEqual(['old']);
    expect(legacyStorage.dump()).toEqual({});
    expect((await profile.db.read('dojo:notes')).version).toBe(2);
    expect((await profile.db.listSetAside()).map((e) => e.raw)).toEqual(['{broken']);
  });

  it('sets an unreadable item aside in the database with the ladder’s reason', async () => {
    const legacyStorage = memoryStorage();
    legacyStorage.setItem('dojo:notes', JSON.stringify({ version: 5, state: {} }));
    const profile = await testProfile({ legacy: legacyStorage });
    const a = notesStore(profile.tab());
    await a.persist.rehydrate();
    expect(texts(a)).toEqual([]);
    const [entry] = await profile.db.listSetAside();
    expect(entry!.reason).toBe('the saved data is from a newer version (5) of the site');
    expect(entry!.raw).toBe(JSON.stringify({ version: 5, state: {} }));
  });

  it('keeps the localStorage item when the database refuses it', async () => {
    const legacyStorage = memoryStorage();
    const raw = JSON.stringify({ version: 1, state: { notes: [{ id: 'a', text: 'old' }] } });
    legacyStorage.setItem('dojo:notes', raw);
    const profile = await testProfile({ legacy: legacyStorage });
    profile.db.failure = 'quota';
    const reporter = recordingReporter();
    const a = notesStore(profile.tab(reporter));
    await a.persist.rehydrate();
    expect(legacyStorage.getItem('dojo:notes')).toBe(raw);
    expect(reporter.events).toContain('failed dojo:notes: the browser’s storage for this site is full');
  });
});

describe('the record ladder', () => {
  // Version 3 of the notes store renames a note's "text" to "body".
  interface Note3 {
    id: string;
    body: string;
  }
  const order3 = new OrderedItems<Note3>();
  const codec3: RecordCodec<{ notes: Note3[] }> = {
    name: 'dojo:notes',
    version: 3,
    empty: () => ({ notes: [] }),
    toRecords: (s, previous) => new Map(order3.entries(s.notes, (n) => `note/${n.id}`, previous)),
    fromRecords: (records) => ({
      notes: OrderedItems.sorted(withPrefix(records, 'note/').map(([k, v]) => [k, v as Ordered<Note3>])),
    }),
    schemaFor: (key) =>
      key.startsWith('note/')
        ? z.strictObject({ order: z.number(), item: z.strictObject({ id: z.string(), body: z.string() }) })
        : null,
    migrateRecords(records, from) {
      if (from < 2) throw new Error(`no notes record format before version 2 (found ${from})`);
      const out = new Map<string, unknown>();
      for (const [key, value] of records) {
        const { order, item } = value as Ordered<Note>;
        out.set(key, { order, item: { id: item.id, body: item.text } });
      }
      return out;
    },
  };
  const store3 = (env: PersistEnv) => {
    const store = createStore<{ notes: Note3[] }>()(() => ({ notes: [] }));
    return Object.assign(store, { persist: bindRecords(store, codec3, (s) => s, env) });
  };

  it('carries version-2 records (a stored fixture) to version 3 and writes them back at once', async () => {
    const profile = await testProfile();
    // As version 2 of the site saved them.
    await profile.db.write(
      'dojo:notes',
      2,
      new Map([['note/a', { order: 0, item: { id: 'a', text: 'old words' } }]]),
      [],
    );
    const s = store3(profile.tab());
    await s.persist.rehydrate();
    expect(s.getState().notes).toEqual([{ id: 'a', body: 'old words' }]);
    expect(await profile.db.read('dojo:notes')).toEqual({
      version: 3,
      records: new Map([['note/a', { order: 0, item: { id: 'a', body: 'old words' } }]]),
    });
  });

  it('sets aside records the ladder cannot carry, with its reason', async () => {
    const profile = await testProfile();
    await profile.db.write('dojo:notes', 1, new Map([['note/a', { anything: 1 }]]), []);
    const s = store3(profile.tab());
    await s.persist.rehydrate();
    expect(s.getState().notes).toEqual([]);
    expect((await profile.db.listSetAside())[0]!.reason).toBe(
      'the migration from version 1 failed: no notes record format before version 2 (found 1)',
    );
  });
});
