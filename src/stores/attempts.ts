/**
 * The learner's attempts at interview questions, with their history per question, and the
 * answer being drafted (so a reload loses nothing). Saved as records (one per attempt, one per
 * draft) in the browser's database, so two tabs that submit at once both keep their attempt
 * (src/lib/persist/record-store.ts). Selectors are plain functions over the persisted shape,
 * tested on plain objects.
 */
import { create } from 'zustand';
import { z } from 'zod';
import { ItemKeys, recordNonce, withPrefix, type RecordCodec } from '../lib/persist/records';
import type { LegacySource, PersistEnv } from '../lib/persist/record-store';
import { FLAG_KINDS } from '../lib/scoring/score';
import { semanticReportSchema } from '../lib/scoring/semantic/report';
import { SEMANTIC_FLAGS } from '../lib/scoring/semantic/flags';
import { MAX_ANSWER_CHARS } from '../lib/scoring/validate';
import type { Activity } from '../lib/progress/progress';
import { browserEnv, withRecords } from './persistence';

export const ATTEMPTS_STORE = 'dojo:attempts';
/**
 * 1: one localStorage item. 2: records in IndexedDB (an attempt or a draft per record).
 * 3: an attempt may carry the semantic scorer's level and report (version-2 records are valid).
 */
export const ATTEMPTS_VERSION = 3;
/** The last version saved in localStorage, moved into the database on first load. */
export const ATTEMPTS_LEGACY_VERSION = 1;
/** Attempts kept per question, newest last; older ones beyond this are dropped on save. */
export const MAX_ATTEMPTS_PER_QUESTION = 100;

const ALL_FLAGS = [...new Set([...FLAG_KINDS, ...SEMANTIC_FLAGS])] as [string, ...string[]];

export const attemptSchema = z.strictObject({
  /** ISO time of submission. */
  at: z.string().min(1).max(40),
  text: z.string().max(MAX_ANSWER_CHARS),
  score: z.number().int().min(0).max(100),
  words: z.number().int().min(0),
  /** Concept IDs found. */
  matched: z.array(z.string().max(100)).max(100),
  flags: z.array(z.enum(ALL_FLAGS)).max(ALL_FLAGS.length),
  /** Seconds on the optional timer, or null when it was off. */
  seconds: z.number().int().min(0).nullable(),
  /** Which scorer gave the score: the sentence model, or word matching (absent: word matching). */
  method: z.enum(['lexical', 'semantic']).optional(),
  /** The semantic scorer's level 0–4 (0: below level 1). */
  level: z.number().int().min(0).max(4).optional(),
  /** The semantic scorer's explanation, shown again after a reload. */
  report: semanticReportSchema.optional(),
});
export type Attempt = z.infer<typeof attemptSchema>;

export const attemptsPersistedSchema = z.strictObject({
  attempts: z.record(z.string(), z.array(attemptSchema).max(MAX_ATTEMPTS_PER_QUESTION)),
  drafts: z.record(z.string(), z.string().max(MAX_ANSWER_CHARS)),
});
export type AttemptsPersisted = z.infer<typeof attemptsPersistedSchema>;

/**
 * The cumulative ladder of the localStorage shapes (version 1 is the first). Version 2 is the
 * same state saved as records: attemptsCodec converts it, and record-store.ts moves it.
 */
export function migrateAttempts(persisted: unknown, fromVersion: number): unknown {
  if (fromVersion < 1) throw new Error(`no attempts data format before version 1 (found ${fromVersion})`);
  return persisted;
}

// ---- selectors ------------------------------------------------------------------------------

export function attemptsFor(s: AttemptsPersisted, q: string): Attempt[] {
  return s.attempts[q] ?? [];
}

export function bestScore(s: AttemptsPersisted, q: string): number | null {
  const a = attemptsFor(s, q);
  return a.length ? Math.max(...a.map((x) => x.score)) : null;
}

export function latestAttempt(s: AttemptsPersisted, q: string): Attempt | null {
  const a = attemptsFor(s, q);
  return a.length ? a[a.length - 1] : null;
}

/** Latest score minus the first, or null with fewer than two attempts. */
export function improvement(s: AttemptsPersisted, q: string): number | null {
  const a = attemptsFor(s, q);
  return a.length >= 2 ? a[a.length - 1].score - a[0].score : null;
}

export function draftFor(s: AttemptsPersisted, q: string): string {
  return s.drafts[q] ?? '';
}

/** Every attempt as a scored activity for the progress page (scenario = first part of the ID). */
export function activities(s: AttemptsPersisted): Activity[] {
  return Object.entries(s.attempts).flatMap(([q, list]) =>
    list.map((a) => ({ kind: 'question' as const, exercise: q, scenario: q.split('/')[0], score: a.score, at: a.at })),
  );
}

// ---- records -------------------------------------------------------------------------------

const attemptKeys = new ItemKeys();
const ATTEMPT = 'attempt/';
const DRAFT = 'draft/';

/**
 * Records: `attempt/<question>/<time>-<nonce>` per attempt, `draft/<question>` per draft. The key
 * of an attempt is made once, when it is first saved, so attempts added in two tabs in the same
 * millisecond are two records.
 */
export const attemptsCodec: RecordCodec<AttemptsPersisted> = {
  name: ATTEMPTS_STORE,
  version: ATTEMPTS_VERSION,
  empty: () => ({ attempts: {}, drafts: {} }),
  toRecords(state) {
    const records = new Map<string, unknown>();
    for (const [q, list] of Object.entries(state.attempts)) {
      for (const a of list)
        records.set(
          attemptKeys.keyOf(a, () => `${ATTEMPT}${q}/${a.at}-${recordNonce()}`),
          a,
        );
    }
    for (const [q, text] of Object.entries(state.drafts)) if (text) records.set(`${DRAFT}${q}`, text);
    return records;
  },
  fromRecords(records) {
    const attempts: Record<string, [string, Attempt][]> = {};
    for (const [rest, value] of withPrefix(records, ATTEMPT)) {
      const q = rest.slice(0, rest.lastIndexOf('/'));
      (attempts[q] ??= []).push([ATTEMPT + rest, value as Attempt]);
    }
    const byQuestion = Object.fromEntries(
      Object.entries(attempts).map(([q, list]) => {
        list.sort(([ka, a], [kb, b]) => (a.at < b.at ? -1 : a.at > b.at ? 1 : ka < kb ? -1 : ka > kb ? 1 : 0));
        for (const [key, a] of list) attemptKeys.remember(a, key);
        return [q, list.map(([, a]) => a).slice(-MAX_ATTEMPTS_PER_QUESTION)];
      }),
    );
    const drafts = Object.fromEntries(withPrefix(records, DRAFT).map(([q, text]) => [q, text as string]));
    return { attempts: byQuestion, drafts };
  },
  /** Version 3 only adds optional fields: version-2 records are valid as they are. */
  migrateRecords(records, from) {
    if (from < 2) throw new Error(`no attempts record format before version 2 (found ${from})`);
    return new Map(records);
  },
  schemaFor(key) {
    if (key.startsWith(ATTEMPT) && key.lastIndexOf('/') > ATTEMPT.length) return attemptSchema;
    if (key.startsWith(DRAFT) && key.length > DRAFT.length) return z.string().max(MAX_ANSWER_CHARS);
    return null;
  },
};

export const attemptsLegacy: LegacySource<AttemptsPersisted> = {
  version: ATTEMPTS_LEGACY_VERSION,
  schema: attemptsPersistedSchema,
  migrate: migrateAttempts,
};

// ---- store ----------------------------------------------------------------------------------

export interface AttemptsActions {
  record(q: string, attempt: Attempt): void;
  /** Replaces the attempt saved at `at` (the word-matching score, once the sentence model has scored it). */
  upgrade(q: string, at: string, attempt: Attempt): void;
  setDraft(q: string, text: string): void;
  clearHistory(q: string): void;
}
export type AttemptsState = AttemptsPersisted & AttemptsActions;

export function createAttemptsStore(env: PersistEnv = browserEnv) {
  const store = create<AttemptsState>()((set) => ({
    attempts: {},
    drafts: {},
    record: (q, attempt) =>
      set((s) => ({
        attempts: { ...s.attempts, [q]: [...attemptsFor(s, q), attempt].slice(-MAX_ATTEMPTS_PER_QUESTION) },
      })),
    upgrade: (q, at, attempt) =>
      set((s) => {
        const list = attemptsFor(s, q);
        const i = list.findIndex((a) => a.at === at);
        if (i < 0) return {};
        return { attempts: { ...s.attempts, [q]: list.map((a, j) => (j === i ? attempt : a)) } };
      }),
    setDraft: (q, text) => set((s) => ({ drafts: { ...s.drafts, [q]: text.slice(0, MAX_ANSWER_CHARS) } })),
    clearHistory: (q) =>
      set((s) => {
        const { [q]: _dropped, ...rest } = s.attempts;
        return { attempts: rest };
      }),
  }));
  return withRecords(store, attemptsCodec, (s) => ({ attempts: s.attempts, drafts: s.drafts }), env, attemptsLegacy);
}

export const useAttemptsStore = createAttemptsStore();
