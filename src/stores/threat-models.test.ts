import { describe, expect, it } from 'vitest';
import { memoryStorage, readNotices } from '../lib/persist/safe-persist';
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
    const storage = memoryStorage();
    const a = createThreatModelsStore(() => storage);
    await a.persist.rehydrate();
    const id = a.getState().addThreat('demo', threat);
    a.getState().updateThreat('demo', id, { likelihood: 5 });
    a.getState().recordSubmission('demo', 42);
    const b = createThreatModelsStore(() => storage);
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
      const s = createThreatModelsStore(() => storage);
      await s.persist.rehydrate();
      expect(s.getState().work).toEqual({});
      const notices = readNotices(storage);
      expect(notices[0].reason).toContain(reason);
      expect(storage.getItem(notices[0].setAsideKey)).toBe(raw);
    }
  });

  it('replaces, clears, reveals, toggles and dismisses per scenario', async () => {
    const s = createThreatModelsStore(() => memoryStorage());
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
    const s = createThreatModelsStore(() => storage);
    await s.persist.rehydrate();
    expect(workFor(s.getState(), 'demo').threats).toEqual([{ ...threat, id: 'a' }]);
    expect(workFor(s.getState(), 'demo').history.map((h) => h.score)).toEqual([57]);
    expect(readNotices(storage)).toEqual([]);
  });

  it('records every submission in the history, as progress activities', async () => {
    const s = createThreatModelsStore(() => memoryStorage());
    s.getState().recordSubmission('demo', 20);
    s.getState().recordSubmission('demo', 65);
    expect(activities(s.getState()).map((a) => [a.kind, a.exercise, a.score])).toEqual([
      ['threat-model', 'demo', 20],
      ['threat-model', 'demo', 65],
    ]);
  });
});
