/**
 * The image labs' finished runs (/labs/evasion/, /labs/poisoning/), kept across reloads: one
 * record per run in the browser's database (src/lib/persist/record-store.ts), so two tabs that
 * finish runs at once both keep theirs, backed up with everything else (src/stores/codecs.ts).
 * A run in progress is not saved: a reload stops it. Each run keeps the form as typed, the
 * figures and the few images the page draws; the history of practice (which lab, which attack,
 * defended or not) outlives clearing the runs, for the progress page.
 */
import { create } from 'zustand';
import { z } from 'zod';
import { ItemKeys, recordNonce, timedRecords, type RecordCodec } from '../lib/persist/records';
import type { PersistEnv } from '../lib/persist/record-store';
import type { Activity } from '../lib/progress/progress';
import { CLASSES, PIXELS } from '../lib/labs/data';
import { MAX_SWEEP_POINTS } from '../lib/labs/evasion/sweep-settings';
import { finiteOnly } from '../lib/util/finite-only';
import { browserEnv, withRecords } from './persistence';

export const LAB_RUNS_STORE = 'dojo:lab-runs';
/** 1: evasion runs, ε sweeps, poisoning runs, poison-rate sweeps and the practice history, one record each. */
export const LAB_RUNS_VERSION = 1;

const num = z.number().nullable();
const count = z.number().int().min(0);
const text = z.string().max(4_000);
const at = z.string().min(1).max(40);
const label = z
  .number()
  .int()
  .min(0)
  .max(CLASSES - 1);
/** An image as grey levels 0–255. */
const grey = z.array(z.number().int().min(0).max(255)).length(PIXELS);
const perClass = z.array(num).length(CLASSES);
const notes = z.array(text).max(50);
const settingValue = z.union([z.string().max(200), z.number(), z.boolean(), z.null()]);
/** The settings the core ran with (as parsed). */
const coreSettings = z.record(z.string().max(40), settingValue);
/** The form's fields as typed when the run started (what the page puts back in the form). */
const formSettings = z.record(z.string().max(40), z.string().max(200));

export const evasionOutcomeSchema = z.strictObject({
  settings: coreSettings,
  images: count,
  cleanAccuracy: num,
  adversarialAccuracy: num,
  attackSuccessRate: num,
  meanPerturbation: z.strictObject({ linf: num, l2: num }),
  queries: count.nullable(),
  gradientSteps: count,
  perClassAccuracy: z.strictObject({ clean: perClass, adversarial: perClass }),
  notes,
  examples: z
    .array(
      z.strictObject({
        label,
        clean: grey,
        adversarial: grey,
        cleanProbabilities: perClass,
        adversarialProbabilities: perClass,
      }),
    )
    .max(8)
    .optional(),
});

export const poisoningOutcomeSchema = z.strictObject({
  settings: coreSettings,
  trainImages: count,
  testImages: count,
  cleanAccuracy: num,
  attackSuccessRate: num,
  perClassAccuracy: perClass,
  poisoned: count,
  removed: count,
  detectionPrecision: num,
  detectionRecall: num,
  maliciousContributors: count.nullable(),
  wrongLabelsFirst: count.nullable(),
  wrongLabelsUsed: count.nullable(),
  notes,
  examples: z
    .array(z.strictObject({ pixels: grey, label, predicted: label, withoutTrigger: label.nullable() }))
    .max(12)
    .optional(),
});

export const sweepPointSchema = z.strictObject({
  epsilon: z.number().min(0),
  cleanAccuracy: num,
  adversarialAccuracy: num,
  attackSuccessRate: num,
});

export const savedEvasionSchema = z.strictObject({ at, settings: formSettings, outcome: evasionOutcomeSchema });
export const savedSweepSchema = z.strictObject({
  at,
  settings: formSettings,
  points: z.array(sweepPointSchema).min(1).max(MAX_SWEEP_POINTS),
});
export const savedPoisoningSchema = z.strictObject({ at, settings: formSettings, outcome: poisoningOutcomeSchema });
export const ratePointSchema = z.strictObject({
  rate: z.number().min(0).max(1),
  cleanAccuracy: num,
  attackSuccessRate: num,
  detectionRecall: num,
});
export const savedRateSweepSchema = z.strictObject({
  at,
  settings: formSettings,
  points: z.array(ratePointSchema).min(1).max(MAX_SWEEP_POINTS),
});

/** One finished run in the learner's history, for the progress page. */
export const labPracticeSchema = z.strictObject({
  at,
  lab: z.enum(['evasion', 'poisoning']),
  /** The attack as the settings name it ("fgsm", "backdoor"). */
  attack: z.string().max(60),
  /** Whether a defence was on. */
  defended: z.boolean(),
});

export type SavedEvasion = z.infer<typeof savedEvasionSchema>;
export type SavedSweep = z.infer<typeof savedSweepSchema>;
export type SavedPoisoning = z.infer<typeof savedPoisoningSchema>;
export type SavedRateSweep = z.infer<typeof savedRateSweepSchema>;
export type LabPractice = z.infer<typeof labPracticeSchema>;
export type LabName = LabPractice['lab'];

/** Enough runs of each kind to compare settings; the pages show the newest. */
export const MAX_LAB_RUNS = 20;
export const MAX_LAB_PRACTICE = 2_000;

export interface LabRunsPersisted {
  evasion: SavedEvasion[];
  sweeps: SavedSweep[];
  poisoning: SavedPoisoning[];
  rateSweeps: SavedRateSweep[];
  practice: LabPractice[];
}

/**
 * A finished run as saved, or null when the schema refuses it. The page shows what this returns,
 * so what a learner sees is what comes back after a reload. NaN and ±Infinity become null.
 */
function saved<T>(schema: z.ZodType<T>, value: object): T | null {
  const checked = schema.safeParse(finiteOnly(value));
  return checked.success ? checked.data : null;
}

export const toSavedEvasion = (outcome: object, settings: Record<string, string>, when: Date) =>
  saved(savedEvasionSchema, { at: when.toISOString(), settings, outcome });
export const toSavedSweep = (points: object[], settings: Record<string, string>, when: Date) =>
  saved(savedSweepSchema, { at: when.toISOString(), settings, points });
export const toSavedPoisoning = (outcome: object, settings: Record<string, string>, when: Date) =>
  saved(savedPoisoningSchema, { at: when.toISOString(), settings, outcome });
export const toSavedRateSweep = (points: object[], settings: Record<string, string>, when: Date) =>
  saved(savedRateSweepSchema, { at: when.toISOString(), settings, points });

/** What each lab's runs do, in ATLAS terms (what the progress page's coverage map credits). */
export const LAB_TECHNIQUES: Record<string, readonly string[]> = {
  // White-box gradient attacks that craft adversarial images to evade the classifier.
  evasion: ['AML.T0043.000', 'AML.T0015'],
  // Poisoned uploads with a sticker, then the sticker on test images.
  backdoor: ['AML.T0020', 'AML.T0043.004'],
  // Contributors who mislabel: poisoned training labels.
  'label-flip': ['AML.T0020'],
};

/** The scenario the labs' victim belongs to. */
export const LABS_SCENARIO = 'image-classifier';

/** The history as the progress page's activities: practice, unscored. */
export function activities({ practice }: Pick<LabRunsPersisted, 'practice'>): Activity[] {
  return practice.map((p) => ({
    kind: 'lab',
    exercise: `lab/${p.lab}`,
    scenario: LABS_SCENARIO,
    score: null,
    at: p.at,
    techniques: LAB_TECHNIQUES[p.lab === 'evasion' ? 'evasion' : p.attack] ?? ['AML.T0020'],
  }));
}

const keys = new ItemKeys();
const PREFIXES = {
  evasion: 'evasion/',
  sweeps: 'sweep/',
  poisoning: 'poisoning/',
  rateSweeps: 'rate-sweep/',
  practice: 'practice/',
} as const satisfies Record<keyof LabRunsPersisted, string>;
const SCHEMAS: Record<keyof LabRunsPersisted, z.ZodType> = {
  evasion: savedEvasionSchema,
  sweeps: savedSweepSchema,
  poisoning: savedPoisoningSchema,
  rateSweeps: savedRateSweepSchema,
  practice: labPracticeSchema,
};
const LIMITS: Record<keyof LabRunsPersisted, number> = {
  evasion: MAX_LAB_RUNS,
  sweeps: MAX_LAB_RUNS,
  poisoning: MAX_LAB_RUNS,
  rateSweeps: MAX_LAB_RUNS,
  practice: MAX_LAB_PRACTICE,
};
const KINDS = Object.keys(PREFIXES) as (keyof LabRunsPersisted)[];

export const labRunsCodec: RecordCodec<LabRunsPersisted> = {
  name: LAB_RUNS_STORE,
  version: LAB_RUNS_VERSION,
  empty: () => ({ evasion: [], sweeps: [], poisoning: [], rateSweeps: [], practice: [] }),
  toRecords(state) {
    const records = new Map<string, unknown>();
    for (const kind of KINDS)
      for (const r of state[kind])
        records.set(
          keys.keyOf(r, () => `${PREFIXES[kind]}${r.at}-${recordNonce()}`),
          r,
        );
    return records;
  },
  fromRecords(records) {
    const sorted = (kind: keyof LabRunsPersisted) => timedRecords(records, PREFIXES[kind], keys).slice(-LIMITS[kind]);
    return {
      evasion: sorted('evasion') as SavedEvasion[],
      sweeps: sorted('sweeps') as SavedSweep[],
      poisoning: sorted('poisoning') as SavedPoisoning[],
      rateSweeps: sorted('rateSweeps') as SavedRateSweep[],
      practice: sorted('practice') as LabPractice[],
    };
  },
  schemaFor(key) {
    const kind = KINDS.find((k) => key.startsWith(PREFIXES[k]) && key.length > PREFIXES[k].length);
    return kind ? SCHEMAS[kind] : null;
  },
};

export interface LabRunsState extends LabRunsPersisted {
  saveEvasion(run: SavedEvasion): void;
  saveSweep(run: SavedSweep): void;
  savePoisoning(run: SavedPoisoning): void;
  saveRateSweep(run: SavedRateSweep): void;
  /** Adds a finished run to the history (which clearing the runs keeps). */
  record(entry: LabPractice): void;
  /** Forgets one lab's saved runs and sweeps; the history stays. */
  clear(lab: LabName): void;
}

export function createLabRunsStore(env: PersistEnv = browserEnv) {
  const add = <T>(list: T[], item: T, max = MAX_LAB_RUNS) => [...list, item].slice(-max);
  const store = create<LabRunsState>()((set) => ({
    evasion: [],
    sweeps: [],
    poisoning: [],
    rateSweeps: [],
    practice: [],
    saveEvasion: (run) => set((s) => ({ evasion: add(s.evasion, run) })),
    saveSweep: (run) => set((s) => ({ sweeps: add(s.sweeps, run) })),
    savePoisoning: (run) => set((s) => ({ poisoning: add(s.poisoning, run) })),
    saveRateSweep: (run) => set((s) => ({ rateSweeps: add(s.rateSweeps, run) })),
    record: (entry) => set((s) => ({ practice: add(s.practice, entry, MAX_LAB_PRACTICE) })),
    clear: (lab) => set(lab === 'evasion' ? { evasion: [], sweeps: [] } : { poisoning: [], rateSweeps: [] }),
  }));
  return withRecords(
    store,
    labRunsCodec,
    (s) => ({
      evasion: s.evasion,
      sweeps: s.sweeps,
      poisoning: s.poisoning,
      rateSweeps: s.rateSweeps,
      practice: s.practice,
    }),
    env,
  );
}

export const useLabRunsStore = createLabRunsStore();
