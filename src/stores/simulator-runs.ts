/**
 * The free simulator's finished runs, kept across reloads: one record per run in the browser's
 * database (src/lib/persist/record-store.ts), so two tabs that finish runs at once both keep
 * theirs, backed up with everything else. A run in progress is not saved: a reload stops it.
 * Numbers are nullable in the schema because a backup is JSON, where NaN and Infinity (an AUPRC
 * with no fraud, a quota of none) become null.
 */
import { create } from 'zustand';
import { z } from 'zod';
import { ItemKeys, recordNonce, timedRecords, type RecordCodec } from '../lib/persist/records';
import type { PersistEnv } from '../lib/persist/record-store';
import type { ExperimentResult, ProgressPoint } from '../lib/extraction/experiment';
import type { RawSettings } from '../lib/extraction/settings';
import type { Activity } from '../lib/progress/progress';
import { MAX_RUNS } from '../lib/extraction/runs';
import { finiteOnly } from '../lib/util/finite-only';
import { browserEnv, withRecords } from './persistence';

export { finiteOnly };

export const SIMULATOR_RUNS_STORE = 'dojo:simulator-runs';
/** 1: one record per finished run. 2: adds the privacy experiments' results (privacy/ records). */
export const SIMULATOR_RUNS_VERSION = 2;

const num = z.number().nullable();
const text = z.string().max(4_000);

/** The fidelity figures (experiment.ts's Fidelity), shared by a progress point and a result. */
const fidelityShape = {
  fidelity: num,
  fidelityUniform: num,
  fidelityFraud: num,
  balancedFidelity: num,
  accuracy: num,
  auprc: num,
};

export const progressPointSchema = z.strictObject({
  queries: z.number().int().min(0),
  cost: num,
  detected: z.boolean(),
  ...fidelityShape,
});

const settingValue = z.union([z.string().max(200), z.number(), z.boolean(), z.null()]);

export const experimentResultSchema = z.strictObject({
  recovered: z.boolean(),
  features: z.number().int(),
  queries: z.number().int().min(0),
  refused: z.number().int().min(0),
  cost: num,
  seconds: num,
  ...fidelityShape,
  victimAccuracy: num,
  victimAuprc: num,
  detectedAtQuery: z.number().int().nullable(),
  clients: z
    .array(z.strictObject({ queries: z.number().int(), detectedAtQuery: z.number().int().nullable() }))
    .max(1000),
  detectorW: num,
  watermark: z
    .strictObject({
      watermarked: z.number().int(),
      matches: z.number().int(),
      log2PValue: num,
      proven: z.boolean(),
      // Since the capacity verdict: runs saved before it have neither.
      needed: z.number().int().nullable().optional(),
      cannot: z.enum(['too-few-watermarked', 'clone-capacity']).nullable().optional(),
    })
    .nullable(),
  honestCost: z.strictObject({ auprcPlain: num, auprcDefended: num, decisionsChanged: num, meanAbsChange: num }),
  points: z.array(progressPointSchema).max(500),
  notes: z.array(text).max(50),
  warnings: z.array(text).max(50),
  settings: z.record(z.string().max(40), settingValue),
});

export const savedRunSchema = z.strictObject({
  /** ISO time the run finished. */
  at: z.string().min(1).max(40),
  label: z.string().max(300),
  raw: z.record(z.string().max(40), settingValue),
  status: z.enum(['done', 'cancelled']),
  points: z.array(progressPointSchema).max(500),
  result: experimentResultSchema.optional(),
});
export type SavedRun = z.infer<typeof savedRunSchema>;

/**
 * One finished experiment in the learner's history: kept when the plot's runs are cleared, so the
 * progress page can say the simulator was practised (the model-extraction-defence skill).
 */
export const practiceEntrySchema = z.strictObject({
  /** ISO time the run finished. */
  at: z.string().min(1).max(40),
  /** The free simulator, the guided sequence, or the privacy attacks. */
  source: z.enum(['free', 'guided', 'privacy']),
  /** The attack run ("equation-solving", "membership-inference"), as the settings name it. */
  attack: z.string().max(60),
  /** Whether any defence or detector was on. */
  defended: z.boolean(),
  /** The guided step's title, for a guided run. */
  step: z.string().max(200).optional(),
});
export type PracticeEntry = z.infer<typeof practiceEntrySchema>;

/** The history keeps the newest entries only: enough for any learner, small in a backup. */
export const MAX_PRACTICE_ENTRIES = 2_000;

const spreadSchema = z.strictObject({ mean: num, min: num, max: num });
const figureKey = z.string().max(40);

/**
 * A finished privacy experiment (membership inference or model inversion) as the page shows it:
 * the settings as typed, and per seed the figures, their spread and what the attack did. The
 * per-query detail of each run is not kept: the figures are what the learner compares.
 */
export const savedPrivacySchema = z
  .strictObject({
    /** ISO time the experiment finished. */
    at: z.string().min(1).max(40),
    attack: z.enum(['membership-inference', 'model-inversion']),
    /** The form's fields as typed when the experiment started. */
    settings: z.record(z.string().max(40), z.string().max(200)),
    seeds: z.array(z.number().int()).min(1).max(20),
    figures: z.array(z.record(figureKey, num)).min(1).max(20),
    summary: z.record(figureKey, spreadSchema),
    notes: z.array(text).max(50),
    /** Model inversion on one seed: the nearest fraud profile and the features that moved most. */
    profile: z.string().max(200).optional(),
    topFeatures: z.array(z.string().max(100)).max(30).optional(),
  })
  .refine((r) => r.figures.length === r.seeds.length, { message: 'one row of figures per seed' });
export type SavedPrivacy = z.infer<typeof savedPrivacySchema>;

/** Enough privacy experiments to compare settings; the page shows the newest. */
export const MAX_PRIVACY_RUNS = 20;

export interface SimulatorRunsPersisted {
  runs: SavedRun[];
  practice: PracticeEntry[];
  privacy: SavedPrivacy[];
}

/** What the page shows of a privacy experiment, fresh or saved. */
export type PrivacyView = Omit<SavedPrivacy, 'at' | 'settings'>;

/** The part of a privacy outcome (src/lib/extraction/privacy.ts) the page shows and keeps. */
export function privacyView(outcome: {
  attack: SavedPrivacy['attack'];
  seeds: number[];
  figures: Record<string, number | null>[];
  summary: SavedPrivacy['summary'];
  notes: string[];
  runs: { attack: string; result: object }[];
}): PrivacyView {
  const first = outcome.runs[0]?.result as { profile?: unknown; topFeatures?: unknown } | undefined;
  const inversion =
    outcome.attack === 'model-inversion' && outcome.seeds.length === 1 && typeof first?.profile === 'string'
      ? { profile: first.profile, topFeatures: Array.isArray(first.topFeatures) ? first.topFeatures.map(String) : [] }
      : {};
  const { attack, seeds, figures, summary, notes } = outcome;
  return { attack, seeds, figures, summary, notes, ...inversion };
}

/** A privacy experiment as saved, or null if it cannot be (a view the schema refuses). */
export function toSavedPrivacy(view: PrivacyView, settings: Record<string, string>, at: Date): SavedPrivacy | null {
  const saved = finiteOnly({ at: at.toISOString(), settings, ...view });
  const checked = savedPrivacySchema.safeParse(saved);
  return checked.success ? checked.data : null;
}

/** A finished run as saved, or null for one still running (or failed: nothing to compare). */
export function toSavedRun(
  run: { label: string; raw: RawSettings; status: string; points: ProgressPoint[]; result?: ExperimentResult },
  at: Date,
): SavedRun | null {
  if (run.status !== 'done' && run.status !== 'cancelled') return null;
  const saved = finiteOnly({
    at: at.toISOString(),
    label: run.label,
    raw: run.raw,
    status: run.status,
    points: run.points,
    ...(run.result ? { result: run.result } : {}),
  });
  const checked = savedRunSchema.safeParse(saved);
  return checked.success ? checked.data : null;
}

/** The history entry of a finished (not cancelled) run, or null. */
export function toPracticeEntry(
  run: { label: string; raw: RawSettings; status: string },
  source: PracticeEntry['source'],
  at: Date,
): PracticeEntry | null {
  if (run.status !== 'done') return null;
  // Read from the raw settings (which were checked when the run started) rather than parsed
  // again: the settings parser brings every attack with it, and this module is in every backup.
  const { attack, defence, detector, watermark, quota, rate } = run.raw;
  const given = (v: unknown) => v !== undefined && v !== '' && v !== 'none';
  const entry = {
    at: at.toISOString(),
    source,
    attack: typeof attack === 'string' && attack ? attack : 'equation-solving',
    defended:
      given(defence) ||
      given(detector) ||
      watermark === true ||
      watermark === 'true' ||
      (given(quota) && Number.isFinite(Number(quota))) ||
      (given(rate) && Number.isFinite(Number(rate))),
    ...(source === 'guided' ? { step: run.label.slice(0, 200) } : {}),
  };
  const checked = practiceEntrySchema.safeParse(entry);
  return checked.success ? checked.data : null;
}

/** What every simulator run does: query the inference API (AML.T0040) to extract the model (AML.T0024.002). */
export const SIMULATOR_TECHNIQUES = ['AML.T0040', 'AML.T0024.002'] as const;

/** The scenario the simulator's fraud API belongs to. */
export const SIMULATOR_SCENARIO = 'fraud-api-cloning';

/** What a privacy experiment does: query the inference API to infer membership or invert the model. */
export const PRIVACY_TECHNIQUES: Record<string, readonly string[]> = {
  'membership-inference': ['AML.T0040', 'AML.T0024.000'],
  'model-inversion': ['AML.T0040', 'AML.T0024.001'],
};

/** The history as the progress page's activities: practice, unscored. */
export function activities({ practice }: Pick<SimulatorRunsPersisted, 'practice'>): Activity[] {
  return practice.map((p) => ({
    kind: 'simulator',
    exercise: `simulator/${p.source}`,
    scenario: SIMULATOR_SCENARIO,
    score: null,
    at: p.at,
    // Every extraction run queries the inference API to extract the model; a privacy run, to
    // learn about the training data.
    techniques: p.source === 'privacy' ? (PRIVACY_TECHNIQUES[p.attack] ?? ['AML.T0040']) : SIMULATOR_TECHNIQUES,
  }));
}

const keys = new ItemKeys();
const RUN = 'run/';
const PRACTICE = 'practice/';
const PRIVACY = 'privacy/';

export const simulatorRunsCodec: RecordCodec<SimulatorRunsPersisted> = {
  name: SIMULATOR_RUNS_STORE,
  version: SIMULATOR_RUNS_VERSION,
  empty: () => ({ runs: [], practice: [], privacy: [] }),
  toRecords(state) {
    const records = new Map<string, unknown>();
    for (const [prefix, list] of [
      [RUN, state.runs],
      [PRACTICE, state.practice],
      [PRIVACY, state.privacy],
    ] as const)
      for (const r of list)
        records.set(
          keys.keyOf(r, () => `${prefix}${r.at}-${recordNonce()}`),
          r,
        );
    return records;
  },
  fromRecords(records) {
    const sorted = <T extends { at: string }>(prefix: string) => timedRecords<T>(records, prefix, keys);
    return {
      // The newest MAX_RUNS: the plot and the table show no more.
      runs: sorted<SavedRun>(RUN).slice(-MAX_RUNS),
      practice: sorted<PracticeEntry>(PRACTICE).slice(-MAX_PRACTICE_ENTRIES),
      privacy: sorted<SavedPrivacy>(PRIVACY).slice(-MAX_PRIVACY_RUNS),
    };
  },
  schemaFor(key) {
    if (key.startsWith(RUN) && key.length > RUN.length) return savedRunSchema;
    if (key.startsWith(PRACTICE) && key.length > PRACTICE.length) return practiceEntrySchema;
    if (key.startsWith(PRIVACY) && key.length > PRIVACY.length) return savedPrivacySchema;
    return null;
  },
  // Version 2 only added a kind of record: version 1's runs and history are valid as they are.
  migrateRecords(records, fromVersion) {
    if (fromVersion !== 1) throw new Error(`no migration from version ${fromVersion}`);
    return new Map(records);
  },
};

export interface SimulatorRunsState extends SimulatorRunsPersisted {
  save(run: SavedRun): void;
  /** Adds a finished run to the history (which clearing the plot keeps). */
  record(entry: PracticeEntry): void;
  /** Keeps a finished privacy experiment (the newest MAX_PRIVACY_RUNS). */
  savePrivacy(run: SavedPrivacy): void;
  /** Clears the plot's runs; the history stays. */
  clear(): void;
}

export function createSimulatorRunsStore(env: PersistEnv = browserEnv) {
  const store = create<SimulatorRunsState>()((set) => ({
    runs: [],
    practice: [],
    privacy: [],
    save: (run) => set((s) => ({ runs: [...s.runs, run].slice(-MAX_RUNS) })),
    record: (entry) => set((s) => ({ practice: [...s.practice, entry].slice(-MAX_PRACTICE_ENTRIES) })),
    savePrivacy: (run) => set((s) => ({ privacy: [...s.privacy, run].slice(-MAX_PRIVACY_RUNS) })),
    clear: () => set({ runs: [] }),
  }));
  return withRecords(
    store,
    simulatorRunsCodec,
    (s) => ({ runs: s.runs, practice: s.practice, privacy: s.privacy }),
    env,
  );
}

export const useSimulatorRunsStore = createSimulatorRunsStore();
