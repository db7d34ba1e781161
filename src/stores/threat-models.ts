/**
 * The learner's threat models, one per scenario, saved as they work: one record per threat,
 * per scored submission, per dismissed suggestion and per scenario's settings, in the browser's
 * database (src/lib/persist/record-store.ts), so a reload or a closed tab loses nothing and two
 * tabs adding threats at once both keep theirs. Also the exercise's progress: submissions, the
 * last score, whether the reference was revealed, the suggestions toggle and dismissed
 * suggestions. Selectors are plain functions, tested on plain objects.
 */
import { create } from 'zustand';
import { z } from 'zod';
import {
  OrderedItems,
  ItemKeys,
  recordNonce,
  withPrefix,
  type Ordered,
  type RecordCodec,
} from '../lib/persist/records';
import type { LegacySource, PersistEnv } from '../lib/persist/record-store';
import { browserEnv, withRecords } from './persistence';
import { THREAT_MODEL_FORMAT, threatSchema, type Threat, type ThreatModel } from '../lib/content/schemas';
import type { Activity } from '../lib/progress/progress';

export const THREAT_MODELS_STORE = 'dojo:threat-models';
/**
 * 1: first shape (localStorage). 2: `history` of scored submissions per scenario (for /progress/).
 * 3: records in IndexedDB (threatModelsCodec). 4: a submission keeps the threats it was scored on,
 * so its breakdown and feedback can be shown again after a reload.
 */
export const THREAT_MODELS_VERSION = 4;
/** The last version saved in localStorage, moved into the database on first load. */
export const THREAT_MODELS_LEGACY_VERSION = 2;
/** Scored submissions kept per scenario, newest last. */
export const MAX_HISTORY = 200;

export const submissionSchema = z.strictObject({
  /** ISO time of the submission. */
  at: z.string().min(1).max(40),
  score: z.number().min(0).max(100),
  /** The threats as submitted (exchange format), to show the breakdown again; absent before version 4. */
  threats: z.array(threatSchema).max(500).optional(),
});
export type Submission = z.infer<typeof submissionSchema>;

/** A threat as edited: the exchange-format fields plus a local ID and where it came from. */
export const draftThreatSchema = threatSchema.extend({
  id: z.string().min(1).max(64),
  /** The suggestion key it was accepted from, if any (the score notes suggestions used). */
  suggestion: z.string().max(200).optional(),
});
export type DraftThreat = z.infer<typeof draftThreatSchema>;

export const scenarioWorkSchema = z.strictObject({
  threats: z.array(draftThreatSchema).max(500),
  submissions: z.number().int().min(0),
  lastScore: z.number().min(0).max(100).nullable(),
  history: z.array(submissionSchema).max(MAX_HISTORY),
  revealed: z.boolean(),
  suggestionsOn: z.boolean(),
  dismissed: z.array(z.string().max(200)).max(2000),
});
export type ScenarioWork = z.infer<typeof scenarioWorkSchema>;

export const threatModelsPersistedSchema = z.strictObject({ work: z.record(z.string(), scenarioWorkSchema) });
export type ThreatModelsPersisted = z.infer<typeof threatModelsPersistedSchema>;

export const emptyWork = (): ScenarioWork => ({
  threats: [],
  submissions: 0,
  lastScore: null,
  history: [],
  revealed: false,
  suggestionsOn: false,
  dismissed: [],
});

/**
 * The cumulative migration ladder. Version 1 is the first persisted shape.
 * 1 → 2: adds `history`; a version-1 last score becomes one submission dated at the migration
 * (the time of the earlier submissions was never recorded).
 */
export function migrateThreatModels(persisted: unknown, fromVersion: number, now = new Date()): unknown {
  if (fromVersion < 1) throw new Error(`no threat-model data format before version 1 (found ${fromVersion})`);
  let state = persisted as { work?: Record<string, Record<string, unknown>> };
  if (fromVersion < 2) {
    const work = Object.fromEntries(
      Object.entries(state.work ?? {}).map(([scenario, w]) => [
        scenario,
        { ...w, history: typeof w.lastScore === 'number' ? [{ at: now.toISOString(), score: w.lastScore }] : [] },
      ]),
    );
    state = { ...state, work };
  }
  return state;
}

// ---- selectors ------------------------------------------------------------------------------

export function workFor(s: ThreatModelsPersisted, scenario: string): ScenarioWork {
  return s.work[scenario] ?? emptyWork();
}

/** The learner's model in the exchange format (local IDs and origins dropped). */
export function exchangeModel(s: ThreatModelsPersisted, scenario: string): ThreatModel {
  return {
    format: THREAT_MODEL_FORMAT,
    scenario,
    threats: workFor(s, scenario).threats.map(({ id: _id, suggestion: _s, ...t }) => t),
  };
}

export function suggestionsUsed(s: ThreatModelsPersisted, scenario: string): number {
  return workFor(s, scenario).threats.filter((t) => t.suggestion).length;
}

export function threatsOn(s: ThreatModelsPersisted, scenario: string, element: string): DraftThreat[] {
  return workFor(s, scenario).threats.filter((t) => t.element === element);
}

/** Every scored submission as an activity for the progress page. */
export function activities(s: ThreatModelsPersisted): Activity[] {
  return Object.entries(s.work).flatMap(([scenario, w]) =>
    w.history.map((h) => ({
      kind: 'threat-model' as const,
      exercise: scenario,
      scenario,
      score: h.score,
      at: h.at,
      // What the submitted model mapped (submissions before version 4 kept no threats: none).
      techniques: [...new Set((h.threats ?? []).flatMap((t) => t.atlas))],
    })),
  );
}

/**
 * The store's actions alone, for `useThreatModelsStore(useShallow(threatModelActions))`: the
 * same functions on every call, so an island that only acts does not re-render on each change.
 */
export function threatModelActions(s: ThreatModelsState): ThreatModelActions {
  const { addThreat, updateThreat, removeThreat, replaceThreats, clear } = s;
  const { recordSubmission, reveal, setSuggestions, dismissSuggestion } = s;
  return {
    addThreat,
    updateThreat,
    removeThreat,
    replaceThreats,
    clear,
    recordSubmission,
    reveal,
    setSuggestions,
    dismissSuggestion,
  };
}

// ---- records -------------------------------------------------------------------------------

const THREAT = 'threat/';
const SUBMISSION = 'submission/';
const SETTINGS = 'settings/';
const DISMISSED = 'dismissed/';

const settingsSchema = z.strictObject({
  revealed: z.boolean(),
  suggestionsOn: z.boolean(),
  /** Submissions beyond the dated history (before version 2, or beyond MAX_HISTORY). */
  earlierSubmissions: z.number().int().min(0),
});
const threatOrder = new OrderedItems<DraftThreat>();
const submissionKeys = new ItemKeys();

/** Splits "<scenario>/<rest>" (scenario IDs are slugs, so the first "/" ends them). */
function scenarioAndRest(key: string): [string, string] {
  const i = key.indexOf('/');
  return i < 0 ? [key, ''] : [key.slice(0, i), key.slice(i + 1)];
}

/**
 * Records: `threat/<scenario>/<threat id>` ({ order, item }), `submission/<scenario>/<time>-<nonce>`,
 * `settings/<scenario>` and `dismissed/<scenario>/<suggestion key>`.
 */
export const threatModelsCodec: RecordCodec<ThreatModelsPersisted> = {
  name: THREAT_MODELS_STORE,
  version: THREAT_MODELS_VERSION,
  empty: () => ({ work: {} }),
  toRecords(state, previous) {
    const records = new Map<string, unknown>();
    for (const [scenario, w] of Object.entries(state.work)) {
      for (const [key, value] of threatOrder.entries(w.threats, (t) => `${THREAT}${scenario}/${t.id}`, previous)) {
        records.set(key, value);
      }
      for (const h of w.history) {
        records.set(
          submissionKeys.keyOf(h, () => `${SUBMISSION}${scenario}/${h.at}-${recordNonce()}`),
          h,
        );
      }
      const earlierSubmissions = Math.max(0, w.submissions - w.history.length);
      if (w.revealed || w.suggestionsOn || earlierSubmissions > 0) {
        records.set(`${SETTINGS}${scenario}`, {
          revealed: w.revealed,
          suggestionsOn: w.suggestionsOn,
          earlierSubmissions,
        });
      }
      for (const key of w.dismissed) records.set(`${DISMISSED}${scenario}/${key}`, true);
    }
    return records;
  },
  fromRecords(records) {
    const work: Record<string, ScenarioWork> = {};
    const threats: Record<string, [string, Ordered<DraftThreat>][]> = {};
    const history: Record<string, [string, Submission][]> = {};
    const of = (scenario: string) => (work[scenario] ??= emptyWork());
    for (const [rest, value] of withPrefix(records, THREAT)) {
      const [scenario] = scenarioAndRest(rest);
      of(scenario);
      (threats[scenario] ??= []).push([THREAT + rest, value as Ordered<DraftThreat>]);
    }
    for (const [rest, value] of withPrefix(records, SUBMISSION)) {
      const [scenario] = scenarioAndRest(rest);
      of(scenario);
      (history[scenario] ??= []).push([SUBMISSION + rest, value as Submission]);
    }
    for (const [scenario, value] of withPrefix(records, SETTINGS)) {
      const v = value as z.infer<typeof settingsSchema>;
      Object.assign(of(scenario), {
        revealed: v.revealed,
        suggestionsOn: v.suggestionsOn,
        submissions: v.earlierSubmissions,
      });
    }
    for (const [rest] of withPrefix(records, DISMISSED)) {
      const [scenario, key] = scenarioAndRest(rest);
      of(scenario).dismissed.push(key);
    }
    for (const [scenario, w] of Object.entries(work)) {
      w.threats = OrderedItems.sorted(threats[scenario] ?? []);
      const dated = (history[scenario] ?? []).sort(([ka, a], [kb, b]) =>
        a.at < b.at ? -1 : a.at > b.at ? 1 : ka < kb ? -1 : ka > kb ? 1 : 0,
      );
      for (const [key, h] of dated) submissionKeys.remember(h, key);
      w.submissions += dated.length;
      w.history = dated.map(([, h]) => h).slice(-MAX_HISTORY);
      w.lastScore = w.history.at(-1)?.score ?? null;
      w.dismissed.sort();
    }
    return { work };
  },
  /**
   * The record ladder. 3 → 4: submission records may carry their threats; version-3 records are
   * valid version-4 records unchanged (their breakdown cannot be shown again, only their score).
   */
  migrateRecords(records, from) {
    if (from < 3) throw new Error(`no threat-model record format before version 3 (found ${from})`);
    return new Map(records);
  },
  schemaFor(key) {
    const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
    const [kind, rest] = scenarioAndRest(key);
    const [scenario, tail] = scenarioAndRest(rest);
    if (!slug.test(scenario)) return null;
    if (kind === 'threat' && tail) return z.strictObject({ order: z.number().int().min(0), item: draftThreatSchema });
    if (kind === 'submission' && tail) return submissionSchema;
    if (kind === 'settings' && !rest.includes('/')) return settingsSchema;
    if (kind === 'dismissed' && tail) return z.literal(true);
    return null;
  },
};

export const threatModelsLegacy: LegacySource<ThreatModelsPersisted> = {
  version: THREAT_MODELS_LEGACY_VERSION,
  schema: threatModelsPersistedSchema,
  migrate: migrateThreatModels,
};

// ---- store ----------------------------------------------------------------------------------

export interface ThreatModelActions {
  addThreat(scenario: string, threat: Threat, suggestion?: string): string;
  updateThreat(scenario: string, id: string, patch: Partial<Threat>): void;
  removeThreat(scenario: string, id: string): void;
  /** Replaces the scenario's threats (an import already validated by the caller). */
  replaceThreats(scenario: string, threats: Threat[]): void;
  clear(scenario: string): void;
  /** Records a scored submission and the threats it was scored on; it reveals the reference. */
  recordSubmission(scenario: string, overall: number, threats?: readonly Threat[]): void;
  reveal(scenario: string): void;
  setSuggestions(scenario: string, on: boolean): void;
  dismissSuggestion(scenario: string, key: string): void;
}
export type ThreatModelsState = ThreatModelsPersisted & ThreatModelActions;

let counter = 0;
function newId(): string {
  counter = (counter + 1) % 1_000_000;
  return `t${Date.now().toString(36)}${counter.toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

export function createThreatModelsStore(env: PersistEnv = browserEnv) {
  const store = create<ThreatModelsState>()((set) => {
    const edit = (scenario: string, f: (w: ScenarioWork) => ScenarioWork) =>
      set((s) => ({ work: { ...s.work, [scenario]: f(workFor(s, scenario)) } }));
    return {
      work: {},
      addThreat(scenario, threat, suggestion) {
        const id = newId();
        edit(scenario, (w) => ({
          ...w,
          threats: [...w.threats, { ...threat, id, ...(suggestion ? { suggestion } : {}) }],
        }));
        return id;
      },
      updateThreat: (scenario, id, patch) =>
        edit(scenario, (w) => ({ ...w, threats: w.threats.map((t) => (t.id === id ? { ...t, ...patch } : t)) })),
      removeThreat: (scenario, id) => edit(scenario, (w) => ({ ...w, threats: w.threats.filter((t) => t.id !== id) })),
      replaceThreats: (scenario, threats) =>
        edit(scenario, (w) => ({ ...w, threats: threats.map((t) => ({ ...t, id: newId() })) })),
      clear: (scenario) => edit(scenario, (w) => ({ ...w, threats: [] })),
      recordSubmission: (scenario, overall, threats) =>
        edit(scenario, (w) => ({
          ...w,
          submissions: w.submissions + 1,
          lastScore: overall,
          history: [
            ...w.history,
            { at: new Date().toISOString(), score: overall, ...(threats ? { threats: [...threats] } : {}) },
          ].slice(-MAX_HISTORY),
          revealed: true,
        })),
      reveal: (scenario) => edit(scenario, (w) => ({ ...w, revealed: true })),
      setSuggestions: (scenario, on) => edit(scenario, (w) => ({ ...w, suggestionsOn: on })),
      dismissSuggestion: (scenario, key) =>
        edit(scenario, (w) => ({ ...w, dismissed: [...new Set([...w.dismissed, key])] })),
    };
  });
  return withRecords(store, threatModelsCodec, (s) => ({ work: s.work }), env, threatModelsLegacy);
}

export const useThreatModelsStore = createThreatModelsStore();
