import { describe, expect, it } from 'vitest';
import { memoryStorage, type KeyValueStorage } from '../lib/persist/safe-persist';
import { testProfile } from '../lib/persist/test-env';
import { scoresheetToJson } from '../lib/interview/scoresheet';
import { fixtureSession, sheetOf } from '../lib/interview/testing';
import {
  createInterviewStore,
  initialInterview,
  INTERVIEW_STORE,
  interviewSelectors,
  type InterviewPersisted,
} from './interview';

const session = fixtureSession();
const [q1, q2, q3] = session.questions;

type Profile = Awaited<ReturnType<typeof testProfile>>;
/** A store in a new tab: of `source`'s browser profile, or of a new one whose localStorage is `source`. */
async function freshStore(source: Profile | KeyValueStorage = memoryStorage()) {
  const profile = 'tab' in source ? source : await testProfile({ legacy: source });
  const store = createInterviewStore(profile.tab());
  await store.persist.rehydrate();
  return { store, storage: profile };
}

function rateAll(store: Awaited<ReturnType<typeof freshStore>>['store'], ratings: (1 | 2 | 3 | 4)[]) {
  session.questions.forEach((q, i) => store.getState().setRating(q, ratings[i]));
}

describe('selectors on plain objects', () => {
  const base: InterviewPersisted = { ...initialInterview(), session };

  it('finds the current question and unrated ones', () => {
    expect(interviewSelectors.currentQuestion({ ...base, run: { ...base.run, current: 1 } })).toBe(q2);
    expect(interviewSelectors.currentQuestion(initialInterview())).toBeNull();
    expect(
      interviewSelectors.unrated({ ...base, draft: { [q1]: { rating: 2, notAsked: false, concepts: [], notes: '' } } }),
    ).toEqual([q2, q3]);
  });

  it('locks scoring after submission and when others’ sheets are on this machine', () => {
    expect(interviewSelectors.scoringLock(base)).toBeNull();
    expect(interviewSelectors.scoringLock(initialInterview())).toBe('Set up or load a session first.');
    const ben = sheetOf(session, 'Ben', [3, 3, 3]);
    expect(interviewSelectors.scoringLock({ ...base, me: 'Ana', sheets: [ben] })).toContain(
      'already holds the scoresheets of Ben',
    );
    expect(interviewSelectors.scoringLock({ ...base, me: 'Ben', submitted: ben })).toContain(
      'cannot change once submitted',
    );
  });

  it('locks the merge until this panelist has submitted', () => {
    expect(interviewSelectors.mergeLock({ ...base, me: 'Ana' })).toBe(
      "Ana, submit your own scoresheet before you see anyone else's: each panelist scores independently.",
    );
    expect(interviewSelectors.mergeLock({ ...base, me: null })).toBeNull();
    expect(interviewSelectors.mergeLock(initialInterview())).toContain('Load the session first');
  });
});

describe('the interview store', () => {
  it('survives a reload: a new store on the same storage has the work in progress', async () => {
    const { store, storage } = await freshStore();
    store.getState().loadSession(session);
    store.getState().chooseMe('Ana');
    store.getState().startClock(1_000);
    store.getState().goTo(1, 61_000);
    store.getState().setRating(q1, 3);
    store.getState().toggleConcept(q1, 'log-analysis');
    store.getState().setNotes(q1, 'Asked about logs first.');
    await store.persist.flush();
    const { store: again } = await freshStore(storage);
    const s = again.getState();
    expect(s.session).toEqual(session);
    expect(s.me).toBe('Ana');
    expect(s.run.current).toBe(1);
    expect(s.run.running).toBe(true);
    expect(s.run.total.startedAt).toBe(1_000);
    expect(s.draft[q1]).toEqual({
      rating: 3,
      notAsked: false,
      concepts: ['log-analysis'],
      notes: 'Asked about logs first.',
    });
  });

  it('submits only a complete draft, then freezes it', async () => {
    const { store } = await freshStore();
    store.getState().loadSession(session);
    expect(store.getState().submit(new Date()).ok).toBe(false);
    store.getState().chooseMe('Ana');
    store.getState().setRating(q1, 2);
    expect(store.getState().submit(new Date())).toEqual({
      ok: false,
      error: `Rate every question before submitting; still unrated: ${q2}, ${q3}.`,
    });
    rateAll(store, [2, 3, 4]);
    const r = store.getState().submit(new Date('2026-11-25T11:00:00.000Z'));
    expect(r.ok).toBe(true);
    store.getState().setRating(q1, 4);
    expect(store.getState().draft[q1].rating).toBe(2);
    expect(store.getState().chooseMe('Ben')).toEqual({
      ok: false,
      error: 'This browser already submitted the scoresheet of Ana.',
    });
  });

  it('refuses to merge before submitting, then merges and keeps everything on a refusal', async () => {
    const { store } = await freshStore();
    store.getState().loadSession(session);
    store.getState().chooseMe('Ana');
    const ben = scoresheetToJson(sheetOf(session, 'Ben', [3, 4, 3]));
    expect(store.getState().importSheet(ben).ok).toBe(false);
    rateAll(store, [3, 2, 4]);
    const mine = store.getState().submit(new Date());
    expect(mine.ok).toBe(true);
    if (mine.ok) expect(store.getState().importSheet(mine.value).ok).toBe(true);
    expect(store.getState().importSheet(ben).ok).toBe(true);
    const before = store.getState().sheets;
    const r = store.getState().importSheet('{"broken": ');
    expect(r.ok).toBe(false);
    const foreign = scoresheetToJson(sheetOf(fixtureSession({}, 'other0000session'), 'Chidi', [1, 1, 1]));
    expect(store.getState().importSheet(foreign).ok).toBe(false);
    expect(store.getState().sheets).toBe(before);
    expect(store.getState().sheets.map((s) => s.panelist)).toEqual(['Ana', 'Ben']);
  });

  it('records consensus and recommendation, refusing them without a reason', async () => {
    const { store } = await freshStore();
    store.getState().loadSession(session);
    expect(store.getState().setConsensus(q1, 3, '').ok).toBe(false);
    expect(store.getState().setConsensus(q1, 3, 'Agreed after discussion').ok).toBe(true);
    expect(store.getState().setRecommendation('hire', '').ok).toBe(false);
    expect(store.getState().setRecommendation('hire', 'Clear plan').ok).toBe(true);
    expect(store.getState().consensus[q1]).toEqual({ rating: 3, reason: 'Agreed after discussion' });
    expect(store.getState().recommendation).toEqual({ decision: 'hire', rationale: 'Clear plan' });
  });

  it('keeps work when the same session is loaded again and resets for a different one', async () => {
    const { store } = await freshStore();
    store.getState().loadSession(session);
    store.getState().setRating(q1, 4);
    store.getState().loadSession(structuredClone(session));
    expect(store.getState().draft[q1].rating).toBe(4);
    store.getState().loadSession(fixtureSession({}, 'another1session2'));
    expect(store.getState().draft).toEqual({});
  });

  it('sets corrupted saved state aside instead of losing it', async () => {
    const storage = memoryStorage();
    const corrupted = JSON.stringify({ version: 1, state: { ...initialInterview(), session: { format: 'nope' } } });
    storage.setItem(INTERVIEW_STORE, corrupted);
    const { store, storage: profile } = await freshStore(storage);
    expect(store.getState().session).toBeNull();
    const [aside] = await profile.db.listSetAside();
    expect(aside!.reason).toContain('did not have the expected shape');
    expect(aside!.raw).toBe(corrupted);
    const older = memoryStorage();
    older.setItem(INTERVIEW_STORE, JSON.stringify({ version: 0, state: {} }));
    const { storage: olderProfile } = await freshStore(older);
    expect((await olderProfile.db.listSetAside())[0]!.reason).toBe(
      'the migration from version 0 failed: no interview data format before version 1 (found 0)',
    );
  });

  it('keeps a session in progress as records, one per draft rating', async () => {
    const { store, storage: profile } = await freshStore();
    store.getState().loadSession(session);
    store.getState().setRating(q1, 2);
    await store.persist.flush();
    const { records, version } = await profile.db.read(INTERVIEW_STORE);
    expect(version).toBe(3);
    expect([...records.keys()].sort()).toEqual([`draft/${q1}`, 'run', 'session']);
  });
});

describe('selector stability', () => {
  it('returns the same empty draft object for an unrated question (a stable snapshot for React)', () => {
    const s: InterviewPersisted = { ...initialInterview(), session };
    expect(interviewSelectors.draftFor(s, q1)).toBe(interviewSelectors.draftFor(s, q1));
  });
});

describe('view selectors', () => {
  it('pick exactly what the merge page and the report read, from plain objects', () => {
    const s: InterviewPersisted = { ...initialInterview(), session, me: 'Ana' };
    expect(interviewSelectors.mergeView(s)).toEqual({ session, me: 'Ana', submitted: null, sheets: [] });
    expect(interviewSelectors.reportView(s)).toEqual({ session, sheets: [], consensus: {}, recommendation: null });
    expect(interviewSelectors.mergeLock(interviewSelectors.mergeView(s))).toBe(interviewSelectors.mergeLock(s));
  });
});

describe('questions not asked', () => {
  it('needs no rating, clears one given, and is marked in the submitted sheet', async () => {
    const { store } = await freshStore();
    store.getState().loadSession(session);
    store.getState().chooseMe('Ana');
    store.getState().setRating(q1, 3);
    store.getState().setRating(q2, 2);
    store.getState().setNotAsked(q2, true);
    expect(store.getState().draft[q2]).toMatchObject({ rating: null, notAsked: true });
    expect(interviewSelectors.unrated(store.getState())).toEqual([q3]);
    store.getState().setNotAsked(q3, true);
    const r = store.getState().submit(new Date('2026-11-25T11:00:00.000Z'));
    expect(r.ok && r.value.scores.map((s) => [s.rating, s.notAsked ?? false])).toEqual([
      [3, false],
      [null, true],
      [null, true],
    ]);
  });
});

describe('interview records, version 2 → 3', () => {
  it('reads version-2 drafts (a stored fixture) as asked questions, and saves them as version 3', async () => {
    const profile = await testProfile();
    // As version 2 of the site saved them: draft ratings without notAsked.
    await profile.db.write(
      INTERVIEW_STORE,
      2,
      new Map<string, unknown>([
        ['session', session],
        ['me', 'Ana'],
        [`draft/${q1}`, { rating: 3, concepts: ['log-analysis'], notes: 'Asked about the logs.' }],
        [`draft/${q2}`, { rating: null, concepts: [], notes: '' }],
      ]),
      [],
    );
    const { store } = await freshStore(profile);
    expect(store.getState().draft).toEqual({
      [q1]: { rating: 3, notAsked: false, concepts: ['log-analysis'], notes: 'Asked about the logs.' },
      [q2]: { rating: null, notAsked: false, concepts: [], notes: '' },
    });
    expect(await profile.db.listSetAside()).toEqual([]);
    expect((await profile.db.read(INTERVIEW_STORE)).version).toBe(3);
  });

  it('carries version-1 localStorage drafts (a stored fixture) into version-3 records', async () => {
    const legacy = memoryStorage();
    legacy.setItem(
      INTERVIEW_STORE,
      JSON.stringify({
        version: 1,
        state: { ...initialInterview(), session, draft: { [q1]: { rating: 4, concepts: [], notes: 'n' } } },
      }),
    );
    const { store, storage: profile } = await freshStore(legacy);
    expect(store.getState().draft[q1]).toEqual({ rating: 4, notAsked: false, concepts: [], notes: 'n' });
    expect(await profile.db.listSetAside()).toEqual([]);
  });
});
