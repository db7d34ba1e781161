import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../lib/persist/safe-persist';
import { testProfile } from '../lib/persist/test-env';
import {
  activities,
  ATTEMPTS_STORE,
  attemptsFor,
  bestScore,
  createAttemptsStore,
  draftFor,
  improvement,
  latestAttempt,
  MAX_ATTEMPTS_PER_QUESTION,
  ATTEMPTS_VERSION,
  type Attempt,
  type AttemptsPersisted,
} from './attempts';

const attempt = (score: number, at = '2026-11-01T10:00:00.000Z'): Attempt => ({
  at,
  text: `answer scoring ${score}`,
  score,
  words: 3,
  matched: [],
  flags: [],
  seconds: null,
});

describe('selectors on plain objects', () => {
  const s: AttemptsPersisted = {
    attempts: {
      'a/x': [attempt(20), attempt(65, '2026-11-02T10:00:00.000Z'), attempt(50, '2026-11-03T10:00:00.000Z')],
    },
    drafts: { 'a/x': 'half an answer' },
  };
  it('give history, best, latest and improvement per question', () => {
    expect(attemptsFor(s, 'a/x').map((a) => a.score)).toEqual([20, 65, 50]);
    expect(bestScore(s, 'a/x')).toBe(65);
    expect(latestAttempt(s, 'a/x')?.score).toBe(50);
    expect(improvement(s, 'a/x')).toBe(30);
    expect(draftFor(s, 'a/x')).toBe('half an answer');
  });
  it('are empty for an unattempted question', () => {
    expect(attemptsFor(s, 'b/y')).toEqual([]);
    expect(bestScore(s, 'b/y')).toBeNull();
    expect(latestAttempt(s, 'b/y')).toBeNull();
    expect(improvement(s, 'b/y')).toBeNull();
    expect(improvement({ attempts: { 'b/y': [attempt(10)] }, drafts: {} }, 'b/y')).toBeNull();
    expect(draftFor(s, 'b/y')).toBe('');
  });
  it('list activities for the progress page', () => {
    expect(activities(s)[1]).toEqual({
      kind: 'question',
      exercise: 'a/x',
      scenario: 'a',
      score: 65,
      at: '2026-11-02T10:00:00.000Z',
    });
  });
});

describe('the persisted store', () => {
  it('keeps attempts and drafts across a reload, as records at version 2', async () => {
    const profile = await testProfile();
    const first = createAttemptsStore(profile.tab());
    await first.persist.rehydrate();
    first.getState().record('a/x', attempt(40));
    first.getState().setDraft('a/x', 'next try');
    await first.persist.flush();
    const second = createAttemptsStore(profile.tab());
    await second.persist.rehydrate();
    expect(attemptsFor(second.getState(), 'a/x').map((a) => a.score)).toEqual([40]);
    expect(draftFor(second.getState(), 'a/x')).toBe('next try');
    const saved = await profile.db.read(ATTEMPTS_STORE);
    expect(saved.version).toBe(ATTEMPTS_VERSION);
    expect([...saved.records.keys()].sort()).toEqual([
      expect.stringMatching(/^attempt\/a\/x\/2026-11-01T10:00:00\.000Z-/),
      'draft/a/x',
    ]);
  });

  it(`keeps the newest ${MAX_ATTEMPTS_PER_QUESTION} attempts of a question`, async () => {
    const store = createAttemptsStore((await testProfile()).tab());
    for (let i = 0; i < MAX_ATTEMPTS_PER_QUESTION + 5; i++) store.getState().record('a/x', attempt(i % 101));
    const list = attemptsFor(store.getState(), 'a/x');
    expect(list).toHaveLength(MAX_ATTEMPTS_PER_QUESTION);
    expect(list[0].score).toBe(5);
  });

  it('two tabs submitting in the same millisecond keep both attempts', async () => {
    const profile = await testProfile();
    const [a, b] = [createAttemptsStore(profile.tab()), createAttemptsStore(profile.tab())];
    await Promise.all([a.persist.rehydrate(), b.persist.rehydrate()]);
    for (let i = 0; i < 5; i++) {
      a.getState().record('a/x', attempt(10 + i));
      b.getState().record('a/x', attempt(50 + i));
    }
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setTimeout(r, 5));
      await Promise.all([a.persist.flush(), b.persist.flush()]);
    }
    const c = createAttemptsStore(profile.tab());
    await c.persist.rehydrate();
    for (const s of [a, b, c]) expect(attemptsFor(s.getState(), 'a/x')).toHaveLength(10);
  });

  it('moves the version-1 localStorage fixture into the database', async () => {
    const storage = memoryStorage();
    const fixture = { version: 1, state: { attempts: { 'a/x': [attempt(70)] }, drafts: { 'a/x': 'draft' } } };
    storage.setItem(ATTEMPTS_STORE, JSON.stringify(fixture));
    const profile = await testProfile({ legacy: storage });
    const store = createAttemptsStore(profile.tab());
    await store.persist.rehydrate();
    expect(bestScore(store.getState(), 'a/x')).toBe(70);
    expect(draftFor(store.getState(), 'a/x')).toBe('draft');
    expect(storage.getItem(ATTEMPTS_STORE)).toBeNull();
    const reopened = createAttemptsStore(profile.tab());
    await reopened.persist.rehydrate();
    expect(reopened.getState()).toMatchObject({ attempts: fixture.state.attempts, drafts: fixture.state.drafts });
  });

  it.each([
    [
      'an invalid attempt',
      { version: 1, state: { attempts: { 'a/x': [{ score: 'high' }] }, drafts: {} } },
      'expected shape',
    ],
    ['a version before 1', { version: 0, state: {} }, 'no attempts data format before version 1'],
    ['a newer version', { version: 7, state: {} }, 'newer version (7)'],
  ])('sets aside %s without losing it', async (_name, value, reason) => {
    const storage = memoryStorage();
    storage.setItem(ATTEMPTS_STORE, JSON.stringify(value));
    const profile = await testProfile({ legacy: storage });
    const store = createAttemptsStore(profile.tab());
    await store.persist.rehydrate();
    expect(store.getState().attempts).toEqual({});
    const [aside] = await profile.db.listSetAside();
    expect(JSON.parse(aside!.raw)).toEqual(value);
    expect(aside!.reason).toContain(reason);
    expect((await profile.db.listNotices())[0]!.row).toMatchObject({ store: ATTEMPTS_STORE, reason: aside!.reason });
  });
});
