import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../lib/persist/safe-persist';
import { testProfile } from '../lib/persist/test-env';
import {
  activities,
  createThreatModelsStore,
  migrateThreatModels,
  emptyWork,
  exchangeModel,
  suggestionsUsed,
  threatsOn,
  workFor,
  THREAT_MODELS_STORE,
  type ThreatModelsPersisted,
} from './threat-models';
import type { Threat } from '../lib/content/schemas';

const threat: Threat = {
  element: 'api',
  stride: 'Tampering',
  atlas: ['AML.T0043'],
  owasp: ['ML01'],
  title: 'Evasion',
  likelihood: 3,
  impact: 4,
  mitigations: ['AML.M0015'],
};

describe('threat-model selectors (plain objects)', () => {
  const state: ThreatModelsPersisted = {
    work: {
      demo: {
        ...emptyWork(),
        threats: [
          { ...threat, id: 'a' },
          { ...threat, element: 'db', stride: 'Tampering', id: 'b', suggestion: 'db:x' },
        ],
      },
    },
  };
  it('gives empty work for an unknown scenario', () => {
    expect(workFor(state, 'other')).toEqual(emptyWork());
  });
  it('exports the exchange format without local fields', () => {
    const m = exchangeModel(state, 'demo');
    expect(m.format).toBe('dojo-threat-model/1');
    expect(m.threats[0]).toEqual(threat);
    expect(m.threats[1]).not.toHaveProperty('suggestion');
  });
  it('counts accepted suggestions and filters by element', () => {
    expect(suggestionsUsed(state, 'demo')).toBe(1);
    expect(threatsOn(state, 'demo', 'db').map((t) => t.id)).toEqual(['b']);
  });
});

describe('threat-model store persistence', () => {
  it('saves as the learner works and restores after a "reload"', async () => {
    const profile = await testProfile();
    const a = createThreatModelsStore(profile.tab());
    await a.persist.rehydrate();
    const id = a.getState().addThreat('demo', threat);
    a.getState().updateThreat('demo', id, { likelihood: 5 });
    a.getState().recordSubmission('demo', 42);
    await a.persist.flush();
    const b = createThreatModelsStore(profile.tab());
    await b.persist.rehydrate();
    expect(workFor(b.getState(), 'demo')).toMatchObject({ submissions: 1, lastScore: 42, revealed: true });
    expect(workFor(b.getState(), 'demo').threats[0]).toMatchObject({ ...threat, likelihood: 5, id });
  });

  it('sets aside corrupted or newer saved data with a notice instead of dropping it', async () => {
    for (const [raw, reason] of [
      ['{not json', 'not valid JSON'],
      [JSON.stringify({ state: { work: {} }, version: 7 }), 'newer version (7)'],
      [JSON.stringify({ state: { work: { demo: { threats: 'x' } } }, version: 2 }), 'expected shape'],
      [JSON.stringify({ state: { work: {} }, version: 0 }), 'migration from version 0 failed'],
    ] as const) {
      const storage = memoryStorage();
      storage.setItem(THREAT_MODELS_STORE, raw);
      const profile = await testProfile({ legacy: storage });
      const s = createThreatModelsStore(profile.tab());
      await s.persist.rehydrate();
      expect(s.getState().work).toEqual({});
      const [aside] = await profile.db.listSetAside();
      expect(aside!.reason).toContain(reason);
      expect(aside!.raw).toBe(raw);
      expect((await profile.db.listNotices()).length).toBe(1);
    }
  });

  it('replaces, clears, reveals, toggles and dismisses per scenario', async () => {
    const s = createThreatModelsStore((await testProfile()).tab());
    const st = () => s.getState();
    st().replaceThreats('demo', [threat, threat]);
    st().setSuggestions('demo', true);
    st().dismissSuggestion('demo', 'api:x');
    st().dismissSuggestion('demo', 'api:x');
    st().reveal('other');
    expect(workFor(st(), 'demo')).toMatchObject({ suggestionsOn: true, dismissed: ['api:x'] });
    expect(new Set(workFor(st(), 'demo').threats.map((t) => t.id)).size).toBe(2);
    expect(workFor(st(), 'other').revealed).toBe(true);
    st().clear('demo');
    expect(workFor(st(), 'demo').threats).toEqual([]);
  });
});

describe('threat models as records', () => {
  it('two tabs adding threats in the same millisecond keep all of them, in the order each added them', async () => {
    const profile = await testProfile();
    const [a, b] = [createThreatModelsStore(profile.tab()), createThreatModelsStore(profile.tab())];
    await Promise.all([a.persist.rehydrate(), b.persist.rehydrate()]);
    for (let i = 0; i < 10; i++) {
      a.getState().addThreat('demo', { ...threat, title: `a${i}` });
      b.getState().addThreat('demo', { ...threat, title: `b${i}` });
    }
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setTimeout(r, 5));
      await Promise.all([a.persist.flush(), b.persist.flush()]);
    }
    for (const s of [a, b]) {
      const titles = workFor(s.getState(), 'demo').threats.map((t) => t.title);
      expect(titles).toHaveLength(20);
      expect(titles.filter((t) => t.startsWith('a'))).toEqual(Array.from({ length: 10 }, (_, i) => `a${i}`));
    }
  });

  it('round-trips every field of a scenario’s work through records', async () => {
    const profile = await testProfile();
    const a = createThreatModelsStore(profile.tab());
    await a.persist.rehydrate();
    a.getState().addThreat('demo', threat, 'api:suggested');
    a.getState().addThreat('demo', { ...threat, element: 'db' });
    a.getState().recordSubmission('demo', 30);
    a.getState().setSuggestions('demo', true);
    a.getState().dismissSuggestion('demo', 'db:a/b c');
    a.getState().reveal('other');
    await a.persist.flush();
    const b = createThreatModelsStore(profile.tab());
    await b.persist.rehydrate();
    expect(b.getState().work).toEqual(a.getState().work);
  });
});

describe('threat-model store migrations', () => {
  /** A version-1 save, as the first release of the builder wrote it. */
  const v1Fixture = {
    version: 1,
    state: {
      work: {
        demo: {
          threats: [{ ...threat, id: 'a' }],
          submissions: 2,
          lastScore: 57,
          revealed: true,
          suggestionsOn: false,
          dismissed: [],
        },
        other: { threats: [], submissions: 0, lastScore: null, revealed: false, suggestionsOn: true, dismissed: ['x'] },
      },
    },
  };

  it('migrates 1 → 2: the last score becomes one dated submission, nothing else changes', () => {
    const now = new Date('2026-11-25T12:00:00Z');
    const migrated = migrateThreatModels(v1Fixture.state, 1, now) as ThreatModelsPersisted;
    expect(migrated.work.demo).toEqual({
      ...v1Fixture.state.work.demo,
      history: [{ at: '2026-11-25T12:00:00.000Z', score: 57 }],
    });
    expect(migrated.work.other.history).toEqual([]);
  });

  it("rehydrates a stored version-1 fixture and keeps the learner's work", async () => {
    const storage = memoryStorage();
    storage.setItem(THREAT_MODELS_STORE, JSON.stringify(v1Fixture));
    const profile = await testProfile({ legacy: storage });
    const s = createThreatModelsStore(profile.tab());
    await s.persist.rehydrate();
    expect(workFor(s.getState(), 'demo').threats).toEqual([{ ...threat, id: 'a' }]);
    expect(workFor(s.getState(), 'demo').history.map((h) => h.score)).toEqual([57]);
    expect(await profile.db.listSetAside()).toEqual([]);
    // The earlier of the two version-1 submissions was never dated: the count keeps it.
    expect(workFor(s.getState(), 'demo')).toMatchObject({ submissions: 2, lastScore: 57, revealed: true });
    expect(workFor(s.getState(), 'other')).toMatchObject({ suggestionsOn: true, dismissed: ['x'] });
    const reopened = createThreatModelsStore(profile.tab());
    await reopened.persist.rehydrate();
    expect(reopened.getState().work).toEqual(s.getState().work);
  });

  it('records every submission in the history, as progress activities', async () => {
    const s = createThreatModelsStore((await testProfile()).tab());
    s.getState().recordSubmission('demo', 20);
    s.getState().recordSubmission('demo', 65);
    expect(activities(s.getState()).map((a) => [a.kind, a.exercise, a.score])).toEqual([
      ['threat-model', 'demo', 20],
      ['threat-model', 'demo', 65],
    ]);
  });
});

describe('threat-model records, version 3 → 4', () => {
  it('reads version-3 records (a stored fixture) unchanged, and keeps the threats of new submissions', async () => {
    const profile = await testProfile();
    // As version 3 of the site saved them: a submission without its threats.
    await profile.db.write(
      THREAT_MODELS_STORE,
      3,
      new Map<string, unknown>([
        ['threat/demo/t1', { order: 0, item: { ...threat, id: 't1' } }],
        ['submission/demo/2026-11-30T10:00:00.000Z-a', { at: '2026-11-30T10:00:00.000Z', score: 40 }],
      ]),
      [],
    );
    const s = createThreatModelsStore(profile.tab());
    await s.persist.rehydrate();
    expect(workFor(s.getState(), 'demo')).toMatchObject({ submissions: 1, lastScore: 40 });
    expect(await profile.db.listSetAside()).toEqual([]);
    expect((await profile.db.read(THREAT_MODELS_STORE)).version).toBe(4);
    s.getState().recordSubmission('demo', 55, [threat]);
    await s.persist.flush();
    const again = createThreatModelsStore(profile.tab());
    await again.persist.rehydrate();
    const history = workFor(again.getState(), 'demo').history;
    expect(history.map((h) => [h.score, h.threats?.length])).toEqual([
      [40, undefined],
      [55, 1],
    ]);
  });
});
