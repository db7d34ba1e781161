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
  toPracticeEntry,
  toSavedRun,
} from './simulator-runs';

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
