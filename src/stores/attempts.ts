/**
 * The learner's attempts at interview questions, with their history per question, and the
 * answer being drafted (so a reload loses nothing). Persisted with safePersist: integer
 * version, migration ladder, zod-validated. Selectors are plain functions over the persisted
 * shape, tested on plain objects.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { z } from 'zod';
import { safePersist, type KeyValueStorage } from '../lib/persist/safe-persist';
import { FLAG_KINDS } from '../lib/scoring/score';
import { MAX_ANSWER_CHARS } from '../lib/scoring/validate';
import type { Activity } from '../lib/progress/progress';

export const ATTEMPTS_STORE = 'dojo:attempts';
export const ATTEMPTS_VERSION = 1;
/** Attempts kept per question, newest last; older ones beyond this are dropped on save. */
export const MAX_ATTEMPTS_PER_QUESTION = 100;

export const attemptSchema = z.strictObject({
  /** ISO time of submission. */
  at: z.string().min(1).max(40),
  text: z.string().max(MAX_ANSWER_CHARS),
  score: z.number().int().min(0).max(100),
  words: z.number().int().min(0),
  /** Concept IDs found. */
  matched: z.array(z.string().max(100)).max(100),
  flags: z.array(z.enum(FLAG_KINDS)).max(FLAG_KINDS.length),
  /** Seconds on the optional timer, or null when it was off. */
  seconds: z.number().int().min(0).nullable(),
});
export type Attempt = z.infer<typeof attemptSchema>;

export const attemptsPersistedSchema = z.strictObject({
  attempts: z.record(z.string(), z.array(attemptSchema).max(MAX_ATTEMPTS_PER_QUESTION)),
  drafts: z.record(z.string(), z.string().max(MAX_ANSWER_CHARS)),
});
export type AttemptsPersisted = z.infer<typeof attemptsPersistedSchema>;

/** The cumulative migration ladder. Version 1 is the first persisted shape. */
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

// ---- store ----------------------------------------------------------------------------------

export interface AttemptsActions {
  record(q: string, attempt: Attempt): void;
  setDraft(q: string, text: string): void;
  clearHistory(q: string): void;
}
export type AttemptsState = AttemptsPersisted & AttemptsActions;

export function createAttemptsStore(storage?: () => KeyValueStorage) {
  return create<AttemptsState>()(
    persist(
      (set) => ({
        attempts: {},
        drafts: {},
        record: (q, attempt) =>
          set((s) => ({
            attempts: { ...s.attempts, [q]: [...attemptsFor(s, q), attempt].slice(-MAX_ATTEMPTS_PER_QUESTION) },
          })),
        setDraft: (q, text) => set((s) => ({ drafts: { ...s.drafts, [q]: text.slice(0, MAX_ANSWER_CHARS) } })),
        clearHistory: (q) =>
          set((s) => {
            const { [q]: _dropped, ...rest } = s.attempts;
            return { attempts: rest };
          }),
      }),
      safePersist<AttemptsState, AttemptsPersisted>({
        name: ATTEMPTS_STORE,
        version: ATTEMPTS_VERSION,
        schema: attemptsPersistedSchema,
        migrate: migrateAttempts,
        partialize: (s) => ({ attempts: s.attempts, drafts: s.drafts }),
        ...(storage ? { storage } : {}),
      }),
    ),
  );
}

export const useAttemptsStore = createAttemptsStore();
