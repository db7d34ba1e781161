/**
 * The labs' saved runs: a run saved and read back in another "tab", two tabs finishing runs at
 * once, the bound on runs kept, clearing one lab, values JSON cannot hold saved as null, records
 * the schema refuses, the progress page's activities, and a backup that carries them. The outcomes
 * here are written out by hand in the cores' shapes; tests/unit/labs-requests.test.ts saves real ones.
 */
import { describe, expect, it } from 'vitest';
import { testProfile } from '../lib/persist/test-env';
import { createBackup, restoreBackup } from '../lib/backup/backup';
import { STORE_CODECS } from './codecs';
import {
  activities,
  createLabRunsStore,
  LAB_RUNS_STORE,
  LAB_RUNS_VERSION,
  MAX_LAB_RUNS,
  savedEvasionSchema,
  toSavedEvasion,
  toSavedPoisoning,
  toSavedRateSweep,
  toSavedSweep,
} from './lab-runs';

const ten = (v: number) => Array.from({ length: 10 }, () => v);
const image = (v: number) => Array.from({ length: 784 }, () => v);

/** An FGSM outcome as the worker posts it (EvasionOutcome), with one image to draw. */
const evasionOutcome = {
  settings: {
    attack: 'fgsm',
    defence: 'none',
    epsilon: 0.1,
    steps: 1,
    stepSize: 0.0125,
    randomStart: true,
    seed: 1,
    images: 20,
  },
  images: 20,
  cleanAccuracy: 0.9,
  adversarialAccuracy: 0.25,
  attackSuccessRate: 0.7222222222222222,
  meanPerturbation: { linf: 0.1, l2: 1.9 },
  queries: null,
  gradientSteps: 1,
  perClassAccuracy: { clean: [1, 1, NaN, 1, 0.5, 1, 0.5, 1, 1, 1], adversarial: ten(0.25) },
  notes: [],
  examples: [
    {
      label: 9,
      clean: image(0),
      adversarial: image(26),
      cleanProbabilities: [0, 0, 0, 0, 0, 0.01, 0, 0.04, 0, 0.95],
      adversarialProbabilities: [0, 0, 0, 0, 0, 0.6, 0, 0.3, 0, 0.1],
    },
  ],
};
const poisoningOutcome = {
  settings: {
    attack: 'backdoor',
    defence: 'none',
    rate: 0.02,
    target: 1,
    source: 7,
    triggerSize: 4,
    contributors: 100,
    labelsPerImage: 3,
    expectedPoison: 0.15,
    epochs: 2,
    seed: 1,
  },
  trainImages: 6000,
  testImages: 1000,
  cleanAccuracy: 0.874,
  attackSuccessRate: 0.99,
  perClassAccuracy: ten(0.87),
  poisoned: 120,
  removed: 0,
  detectionPrecision: null,
  detectionRecall: null,
  maliciousContributors: null,
  wrongLabelsFirst: null,
  wrongLabelsUsed: null,
  notes: ['Backdoor: 120 of 6,000 training images (2.0 %).'],
  examples: [{ pixels: image(255), label: 7, predicted: 1, withoutTrigger: 7 }],
};
const form = { attack: 'fgsm', epsilon: '0.1', steps: '20', seed: '1', images: '20' };
const when = (minute: number) => new Date(Date.UTC(2026, 11, 3, 9, minute));

describe('what is saved of a run', () => {
  it('keeps the figures and the drawn images, with NaN (a class with no images) as null', () => {
    const saved = toSavedEvasion(evasionOutcome, form, when(0))!;
    expect(saved).not.toBeNull();
    expect(saved.at).toBe('2026-12-03T09:00:00.000Z');
    expect(saved.outcome.perClassAccuracy.clean[2]).toBeNull();
    expect(saved.outcome.examples![0].adversarial[0]).toBe(26);
    expect(savedEvasionSchema.safeParse(JSON.parse(JSON.stringify(saved))).success).toBe(true);
    expect(toSavedPoisoning(poisoningOutcome, { attack: 'backdoor' }, when(0))!.outcome.poisoned).toBe(120);
  });

  it('refuses what the schema does not allow: a pixel above 255, an image of the wrong size, too many points', () => {
    const bright = { ...evasionOutcome.examples[0], adversarial: image(256) };
    expect(toSavedEvasion({ ...evasionOutcome, examples: [bright] }, form, when(0))).toBeNull();
    const small = { ...poisoningOutcome.examples[0], pixels: [1, 2, 3] };
    expect(toSavedPoisoning({ ...poisoningOutcome, examples: [small] }, {}, when(0))).toBeNull();
    const point = { epsilon: 0, cleanAccuracy: 0.9, adversarialAccuracy: 0.9, attackSuccessRate: 0 };
    expect(toSavedSweep([point], form, when(0))!.points).toHaveLength(1);
    expect(
      toSavedSweep(
        Array.from({ length: 13 }, () => point),
        form,
        when(0),
      ),
    ).toBeNull();
    expect(toSavedSweep([], form, when(0))).toBeNull();
  });
});

describe('activities', () => {
  it('credits the techniques each lab’s attack used, unscored, on the image-classifier scenario', () => {
    const practice = [
      { at: '2026-12-03T09:00:00.000Z', lab: 'evasion', attack: 'pgd', defended: false },
      { at: '2026-12-03T09:01:00.000Z', lab: 'poisoning', attack: 'backdoor', defended: true },
      { at: '2026-12-03T09:02:00.000Z', lab: 'poisoning', attack: 'label-flip', defended: false },
    ] as const;
    expect(activities({ practice: [...practice] })).toEqual([
      {
        kind: 'lab',
        exercise: 'lab/evasion',
        scenario: 'image-classifier',
        score: null,
        at: practice[0].at,
        techniques: ['AML.T0043.000', 'AML.T0015'],
      },
      {
        kind: 'lab',
        exercise: 'lab/poisoning',
        scenario: 'image-classifier',
        score: null,
        at: practice[1].at,
        techniques: ['AML.T0020', 'AML.T0043.004'],
      },
      {
        kind: 'lab',
        exercise: 'lab/poisoning',
        scenario: 'image-classifier',
        score: null,
        at: practice[2].at,
        techniques: ['AML.T0020'],
      },
    ]);
  });
});

describe('the store', () => {
  it('reads back in another tab what one tab saved, as versioned records, and clears one lab only', async () => {
    const profile = await testProfile();
    const first = createLabRunsStore(profile.tab());
    await first.persist.rehydrate();
    first.getState().saveEvasion(toSavedEvasion(evasionOutcome, form, when(0))!);
    first
      .getState()
      .saveSweep(
        toSavedSweep([{ epsilon: 0, cleanAccuracy: 1, adversarialAccuracy: 1, attackSuccessRate: 0 }], form, when(1))!,
      );
    first.getState().savePoisoning(toSavedPoisoning(poisoningOutcome, { attack: 'backdoor' }, when(2))!);
    const ratePoint = { rate: 0.02, cleanAccuracy: 0.87, attackSuccessRate: 0.99, detectionRecall: null };
    first.getState().saveRateSweep(toSavedRateSweep([ratePoint], { attack: 'backdoor' }, when(3))!);
    first.getState().record({ at: when(2).toISOString(), lab: 'poisoning', attack: 'backdoor', defended: false });
    await first.persist.flush();

    const second = createLabRunsStore(profile.tab());
    await second.persist.rehydrate();
    expect(second.getState().evasion[0].outcome.examples![0].label).toBe(9);
    expect(second.getState().sweeps).toHaveLength(1);
    expect(second.getState().poisoning[0].outcome.attackSuccessRate).toBe(0.99);
    const saved = await profile.db.read(LAB_RUNS_STORE);
    expect(saved.version).toBe(LAB_RUNS_VERSION);
    expect([...saved.records.keys()].map((k) => k.split('/')[0]).sort()).toEqual([
      'evasion',
      'poisoning',
      'practice',
      'rate-sweep',
      'sweep',
    ]);

    second.getState().clear('evasion');
    expect(second.getState().evasion).toEqual([]);
    expect(second.getState().sweeps).toEqual([]);
    expect(second.getState().poisoning).toHaveLength(1);
    expect(second.getState().rateSweeps[0].points[0].attackSuccessRate).toBe(0.99);
    second.getState().clear('poisoning');
    expect(second.getState().poisoning).toEqual([]);
    expect(second.getState().rateSweeps).toEqual([]);
    expect(second.getState().practice).toHaveLength(1);
  });

  it('keeps both runs when two tabs finish one each at the same moment', async () => {
    const profile = await testProfile();
    const a = createLabRunsStore(profile.tab());
    const b = createLabRunsStore(profile.tab());
    await Promise.all([a.persist.rehydrate(), b.persist.rehydrate()]);
    a.getState().saveEvasion(toSavedEvasion(evasionOutcome, { ...form, seed: 'A' }, when(5))!);
    b.getState().saveEvasion(toSavedEvasion(evasionOutcome, { ...form, seed: 'B' }, when(5))!);
    await Promise.all([a.persist.flush(), b.persist.flush()]);
    const c = createLabRunsStore(profile.tab());
    await c.persist.rehydrate();
    expect(
      c
        .getState()
        .evasion.map((r) => r.settings.seed)
        .sort(),
    ).toEqual(['A', 'B']);
  });

  it(`keeps the newest ${MAX_LAB_RUNS} runs of a lab`, async () => {
    const store = createLabRunsStore((await testProfile()).tab());
    await store.persist.rehydrate();
    for (let i = 0; i < MAX_LAB_RUNS + 3; i++)
      store.getState().savePoisoning(toSavedPoisoning(poisoningOutcome, { seed: String(i) }, when(i))!);
    expect(store.getState().poisoning.map((r) => r.settings.seed)).toEqual(
      Array.from({ length: MAX_LAB_RUNS }, (_, i) => String(i + 3)),
    );
  });

  it('sets aside a damaged record with a reason and keeps the rest', async () => {
    const profile = await testProfile();
    const good = toSavedEvasion(evasionOutcome, form, when(0))!;
    await profile.db.write(
      LAB_RUNS_STORE,
      LAB_RUNS_VERSION,
      new Map<string, unknown>([
        ['evasion/a', good],
        ['evasion/b', { ...good, outcome: { ...good.outcome, images: -1 } }],
      ]),
      [],
    );
    const store = createLabRunsStore(profile.tab());
    await store.persist.rehydrate();
    expect(store.getState().evasion).toHaveLength(1);
    expect((await profile.db.listSetAside()).map((e) => e.store)).toEqual([LAB_RUNS_STORE]);
  });

  it('goes into a backup and comes back from it', async () => {
    const source = await testProfile();
    const store = createLabRunsStore(source.tab());
    await store.persist.rehydrate();
    store.getState().saveEvasion(toSavedEvasion(evasionOutcome, form, when(0))!);
    store.getState().record({ at: when(0).toISOString(), lab: 'evasion', attack: 'fgsm', defended: false });
    await store.persist.flush();
    const text = JSON.stringify(await createBackup(new Map(), source.db));
    const target = await testProfile();
    expect(await restoreBackup(target.db, text, STORE_CODECS)).toEqual({
      ok: true,
      value: { stores: [LAB_RUNS_STORE], records: 2 },
    });
    const back = createLabRunsStore(target.tab());
    await back.persist.rehydrate();
    expect(back.getState().evasion[0].outcome.adversarialAccuracy).toBe(0.25);
    expect(back.getState().practice.map((p) => p.attack)).toEqual(['fgsm']);
  });
});
