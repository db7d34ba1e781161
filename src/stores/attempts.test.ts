import { describe, expect, it } from 'vitest';
import { memoryStorage, readNotices, SET_ASIDE_MARK } from '../lib/persist/safe-persist';
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
  it('keeps attempts and drafts across a reload', async () => {
    const storage = memoryStorage();
    const first = createAttemptsStore(() => storage);
    await first.persist.rehydrate();
    first.getState().record('a/x', attempt(40));
    first.getState().setDraft('a/x', 'next try');
    const second = createAttemptsStore(() => storage);
    await second.persist.rehydrate();
    expect(attemptsFor(second.getState(), 'a/x').map((a) => a.score)).toEqual([40]);
    expect(draftFor(second.getState(), 'a/x')).toBe('next try');
    expect(JSON.parse(storage.getItem(ATTEMPTS_STORE)!).version).toBe(1);
  });

  it(`keeps the newest ${MAX_ATTEMPTS_PER_QUESTION} attempts of a question`, () => {
    const store = createAttemptsStore(() => memoryStorage());
    for (let i = 0; i < MAX_ATTEMPTS_PER_QUESTION + 5; i++) store.getState().record('a/x', attempt(i % 101));
    const list = attemptsFor(store.getState(), 'a/x');
    expect(list).toHaveLength(MAX_ATTEMPTS_PER_QUESTION);
    expect(list[0].score).toBe(5);
  });

  it('reads the version-1 fixture', async () => {
    const storage = memoryStorage();
    const fixture = { version: 1, state: { attempts: { 'a/x': [attempt(70)] }, drafts: {} } };
    storage.setItem(ATTEMPTS_STORE, JSON.stringify(fixture));
    const store = createAttemptsStore(() => storage);
    await store.persist.rehydrate();
    expect(bestScore(store.getState(), 'a/x')).toBe(70);
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
    const store = createAttemptsStore(() => storage);
    await store.persist.rehydrate();
    expect(store.getState().attempts).toEqual({});
    const aside = Object.keys(storage.dump()).find((k) => k.startsWith(`${ATTEMPTS_STORE}${SET_ASIDE_MARK}`));
    expect(aside && JSON.parse(storage.getItem(aside)!)).toEqual(value);
    expect(readNotices(storage)[0].reason).toContain(reason);
  });
});
