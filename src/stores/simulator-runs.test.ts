/**
 * The simulator's saved runs: a real experiment's result saved and read back in another "tab"
 * (the same database), two tabs finishing runs at once, the bound on runs kept, and values JSON
 * cannot hold (NaN, Infinity) saved as null rather than refused.
 */
import { describe, expect, it } from 'vitest';
import { testProfile } from '../lib/persist/test-env';
import { runExperiment } from '../lib/extraction/experiment';
import { MAX_RUNS } from '../lib/extraction/runs';
import {
  activities,
  createSimulatorRunsStore,
  finiteOnly,
  practiceEntrySchema,
  savedRunSchema,
  SIMULATOR_RUNS_STORE,
  SIMULATOR_RUNS_VERSION,
  MAX_PRIVACY_RUNS,
  privacyView,
  savedPrivacySchema,
  toPracticeEntry,
  toSavedPrivacy,
  toSavedRun,
} from './simulator-runs';
import { runPrivacyOverSeeds } from '../lib/extraction/privacy';

const result = runExperiment({ attack: 'lowd-meek', defence: 'labels', budget: 400 });
const finished = (label: string) => ({
  label,
  raw: { attack: 'lowd-meek', budget: 400 },
  status: 'done',
  points: result.points,
  result,
});

describe('toSavedRun', () => {
  it('keeps a finished run whole, with Infinity (no quota) as null', () => {
    const saved = toSavedRun(finished('a'), new Date('2026-12-02T10:00:00Z'))!;
    expect(saved).not.toBeNull();
    expect(saved.at).toBe('2026-12-02T10:00:00.000Z');
    expect(saved.result!.queries).toBe(result.queries);
    expect(saved.result!.balancedFidelity).toBe(result.balancedFidelity);
    expect(result.settings.quota).toBe(Infinity);
    expect(saved.result!.settings.quota).toBeNull();
    expect(savedRunSchema.safeParse(JSON.parse(JSON.stringify(saved))).success).toBe(true);
  });

  it('saves nothing for a run still running or failed', () => {
    expect(toSavedRun({ ...finished('a'), status: 'running' }, new Date())).toBeNull();
    expect(toSavedRun({ ...finished('a'), status: 'error' }, new Date())).toBeNull();
  });

  it('turns every non-finite number into null, deep', () => {
    expect(finiteOnly({ a: NaN, b: [1, Infinity, { c: -Infinity }], d: 'x', e: undefined })).toEqual({
      a: null,
      b: [1, null, { c: null }],
      d: 'x',
    });
  });
});

describe('toPracticeEntry', () => {
  const at = new Date('2026-12-02T10:00:00Z');
  it('records a finished run: its attack, and whether anything defended the API', () => {
    expect(toPracticeEntry(finished('a'), 'free', at)).toEqual({
      at: '2026-12-02T10:00:00.000Z',
      source: 'free',
      attack: 'lowd-meek',
      defended: false,
    });
    const guided = { label: 'Rounding', raw: { defence: 'round:2' }, status: 'done' };
    expect(toPracticeEntry(guided, 'guided', at)).toMatchObject({
      source: 'guided',
      attack: 'equation-solving',
      defended: true,
      step: 'Rounding',
    });
  });

  it.each([
    [{ detector: 'prada' }, true],
    [{ quota: 500 }, true],
    [{ quota: '' }, false],
    [{ watermark: true }, true],
    [{ defence: 'none', detector: 'none' }, false],
  ])('defended for %o: %s', (raw, defended) => {
    expect(toPracticeEntry({ label: 'x', raw, status: 'done' }, 'free', at)?.defended).toBe(defended);
  });

  it('records nothing for a cancelled or failed run', () => {
    expect(toPracticeEntry({ ...finished('a'), status: 'cancelled' }, 'free', at)).toBeNull();
    expect(toPracticeEntry({ ...finished('a'), status: 'error' }, 'free', at)).toBeNull();
  });
});

describe('privacy practice', () => {
  it('is kept by the schema and credits the privacy technique the attack used, not extraction', () => {
    const entry = {
      at: '2026-12-02T10:00:00.000Z',
      source: 'privacy',
      attack: 'membership-inference',
      defended: false,
    };
    expect(practiceEntrySchema.parse(entry)).toEqual(entry);
    const [mi, inv] = activities({
      practice: [
        practiceEntrySchema.parse(entry),
        practiceEntrySchema.parse({ ...entry, attack: 'model-inversion', defended: true }),
      ],
    });
    expect(mi).toMatchObject({ exercise: 'simulator/privacy', techniques: ['AML.T0040', 'AML.T0024.000'] });
    expect(inv.techniques).toEqual(['AML.T0040', 'AML.T0024.001']);
    expect(activities({ practice: [{ ...entry, source: 'free', attack: 'lowd-meek' }] })[0].techniques).toEqual([
      'AML.T0040',
      'AML.T0024.002',
    ]);
  });
});

describe('the store', () => {
  it('keeps the history when the plot is cleared, and reads it back in another tab', async () => {
    const profile = await testProfile();
    const first = createSimulatorRunsStore(profile.tab());
    await first.persist.rehydrate();
    const at = new Date('2026-12-02T10:00:00Z');
    first.getState().save(toSavedRun(finished('a'), at)!);
    first.getState().record(toPracticeEntry(finished('a'), 'free', at)!);
    first.getState().record(toPracticeEntry({ label: 'Labels only', raw: {}, status: 'done' }, 'guided', at)!);
    first.getState().clear();
    await first.persist.flush();
    const second = createSimulatorRunsStore(profile.tab());
    await second.persist.rehydrate();
    expect(second.getState().runs).toEqual([]);
    expect(second.getState().practice.map((p) => [p.source, p.attack])).toEqual([
      ['free', 'lowd-meek'],
      ['guided', 'equation-solving'],
    ]);
    const saved = await profile.db.read(SIMULATOR_RUNS_STORE);
    expect([...saved.records.keys()].every((k) => k.startsWith('practice/'))).toBe(true);
  });

  it('reads back in another tab what one tab saved, as versioned records', async () => {
    const profile = await testProfile();
    const first = createSimulatorRunsStore(profile.tab());
    await first.persist.rehydrate();
    first.getState().save(toSavedRun(finished('first run'), new Date('2026-12-02T10:00:00Z'))!);
    await first.persist.flush();
    const second = createSimulatorRunsStore(profile.tab());
    await second.persist.rehydrate();
    expect(second.getState().runs.map((r) => r.label)).toEqual(['first run']);
    expect(second.getState().runs[0].result!.notes).toEqual(result.notes);
    const saved = await profile.db.read(SIMULATOR_RUNS_STORE);
    expect(saved.version).toBe(SIMULATOR_RUNS_VERSION);
    expect([...saved.records.keys()][0]).toMatch(/^run\/2026-12-02T10:00:00\.000Z-/);
  });

  it('keeps both runs when two tabs finish one each at the same moment', async () => {
    const profile = await testProfile();
    const a = createSimulatorRunsStore(profile.tab());
    const b = createSimulatorRunsStore(profile.tab());
    await Promise.all([a.persist.rehydrate(), b.persist.rehydrate()]);
    const at = new Date('2026-12-02T11:00:00Z');
    a.getState().save(toSavedRun(finished('tab A'), at)!);
    b.getState().save(toSavedRun(finished('tab B'), at)!);
    await Promise.all([a.persist.flush(), b.persist.flush()]);
    const c = createSimulatorRunsStore(profile.tab());
    await c.persist.rehydrate();
    expect(
      c
        .getState()
        .runs.map((r) => r.label)
        .sort(),
    ).toEqual(['tab A', 'tab B']);
  });

  it(`keeps the newest ${MAX_RUNS} runs, and clears`, async () => {
    const store = createSimulatorRunsStore((await testProfile()).tab());
    await store.persist.rehydrate();
    for (let i = 0; i < MAX_RUNS + 3; i++)
      store.getState().save(toSavedRun(finished(`run ${i}`), new Date(Date.UTC(2026, 11, 2, 12, i)))!);
    expect(store.getState().runs.map((r) => r.label)).toEqual(
      Array.from({ length: MAX_RUNS }, (_, i) => `run ${i + 3}`),
    );
    store.getState().clear();
    expect(store.getState().runs).toEqual([]);
  });
});

describe('saved privacy experiments', () => {
  // Real outcomes from the core the page's worker runs, on small settings.
  const inversion = runPrivacyOverSeeds('model-inversion', { victim: 'logreg', budget: '200' }, [1], () => {});
  const membership = runPrivacyOverSeeds(
    'membership-inference',
    { victim: 'logreg', attack: 'threshold', trainSize: '400' },
    [1, 2],
    () => {},
  );
  const settings = { attack: 'model-inversion', victim: 'logreg', budget: '200', seed: '1' };
  const at = (minute: number) => new Date(Date.UTC(2026, 11, 3, 9, minute));

  it('keeps the figures of every seed, their spread, and the inversion profile of one seed', () => {
    const saved = toSavedPrivacy(privacyView(inversion), settings, at(0))!;
    expect(saved).not.toBeNull();
    expect(saved.figures).toEqual(inversion.figures);
    expect(saved.profile).toBe((inversion.runs[0].result as { profile: string }).profile);
    const many = toSavedPrivacy(privacyView(membership), { ...settings, attack: 'membership-inference' }, at(1))!;
    expect(many.seeds).toEqual([1, 2]);
    expect(many.summary.auc.mean).toBeCloseTo(
      ((membership.figures[0].auc ?? 0) + (membership.figures[1].auc ?? 0)) / 2,
      12,
    );
    expect(many.profile).toBeUndefined();
    expect(savedPrivacySchema.safeParse(JSON.parse(JSON.stringify(many))).success).toBe(true);
  });

  it('refuses a saved experiment whose rows do not match its seeds', () => {
    const saved = toSavedPrivacy(privacyView(membership), settings, at(0))!;
    expect(savedPrivacySchema.safeParse({ ...saved, seeds: [1] }).success).toBe(false);
  });

  it('reads back in another tab what one tab saved, and keeps the newest', async () => {
    const profile = await testProfile();
    const first = createSimulatorRunsStore(profile.tab());
    await first.persist.rehydrate();
    for (let i = 0; i < MAX_PRIVACY_RUNS + 2; i++)
      first.getState().savePrivacy(toSavedPrivacy(privacyView(inversion), { ...settings, seed: String(i) }, at(i))!);
    await first.persist.flush();
    const second = createSimulatorRunsStore(profile.tab());
    await second.persist.rehydrate();
    const back = second.getState().privacy;
    expect(back).toHaveLength(MAX_PRIVACY_RUNS);
    expect(back.at(-1)!.settings.seed).toBe(String(MAX_PRIVACY_RUNS + 1));
    expect(back.at(-1)!.figures).toEqual(inversion.figures);
  });

  it('brings a version 1 database forward with its runs and history intact', async () => {
    const profile = await testProfile();
    const run = toSavedRun(finished('old run'), at(0))!;
    const entry = toPracticeEntry(finished('old run'), 'free', at(0))!;
    await profile.db.replace({
      [SIMULATOR_RUNS_STORE]: {
        version: 1,
        records: new Map<string, unknown>([
          ['run/2026-12-03T09:00:00.000Z-a', run],
          ['practice/2026-12-03T09:00:00.000Z-b', entry],
        ]),
      },
    });
    const store = createSimulatorRunsStore(profile.tab());
    await store.persist.rehydrate();
    expect(store.getState().runs.map((r) => r.label)).toEqual(['old run']);
    expect(store.getState().practice).toEqual([entry]);
    expect(store.getState().privacy).toEqual([]);
    store.getState().savePrivacy(toSavedPrivacy(privacyView(inversion), settings, at(1))!);
    await store.persist.flush();
    const saved = await profile.db.read(SIMULATOR_RUNS_STORE);
    expect(saved.version).toBe(SIMULATOR_RUNS_VERSION);
    expect([...saved.records.keys()].some((k) => k.startsWith('privacy/'))).toBe(true);
  });
});
