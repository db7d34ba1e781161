/**
 * The simulator's runs as the page keeps them for comparison, and how each message from the
 * extraction worker changes them. Pure: src/components/simulator/useExtractionRunner.ts owns the
 * worker and feeds its messages through `applyReply`.
 */
import type { ExperimentResult, Fidelity, ProgressPoint } from './experiment';
import type { RawSettings } from './settings';
import type { SeedRow, SeedSummary } from './seeds';

/** The measures a run can be plotted by (all agreements with the victim, from 0 to 1). */
export type FidelityMeasure = keyof Pick<
  Fidelity,
  'balancedFidelity' | 'fidelity' | 'fidelityUniform' | 'fidelityFraud'
>;

export interface Run {
  id: number;
  label: string;
  raw: RawSettings;
  points: ProgressPoint[];
  /** Share of the budget spent, from 0 to 1. */
  fraction: number;
  status: 'running' | 'done' | 'cancelled' | 'error';
  result?: ExperimentResult;
  error?: string;
}

/** Runs kept on the plot and in the table; the oldest goes when a seventh starts. */
export const MAX_RUNS = 6;

/** What the page asks the worker: run these settings under this run's id. */
export interface WorkerRequest {
  id: number;
  raw: RawSettings;
}

/** What the page asks the worker for the spread across seeds: these settings on each seed. */
export interface SeedsRequest {
  id: number;
  raw: RawSettings;
  seeds: number[];
}

/** What the worker answers a SeedsRequest: one message per seed finished, then the spread. */
export type SeedsReply =
  | { id: number; type: 'seed-done'; done: number; of: number }
  | { id: number; type: 'seeds'; summary: SeedSummary; perSeed: SeedRow[] }
  | { id: number; type: 'error'; message: string };

/** What the worker answers, each message tagged with the run's id. */
export type WorkerReply =
  | { id: number; type: 'progress'; point: ProgressPoint; fraction: number }
  | { id: number; type: 'done'; result: ExperimentResult }
  | { id: number; type: 'error'; message: string };

/** A new run, just started: no points yet. */
export function startedRun(id: number, label: string, raw: RawSettings): Run {
  return { id, label, raw, points: [], fraction: 0, status: 'running' };
}

/** Adds a run, dropping the oldest beyond MAX_RUNS. */
export function addRun(runs: readonly Run[], run: Run): Run[] {
  return [...runs, run].slice(-MAX_RUNS);
}

function change(runs: readonly Run[], id: number, f: (r: Run) => Run): Run[] {
  return runs.map((r) => (r.id === id ? f(r) : r));
}

/** The runs after a worker message: a point added, the result in place of the points, or the error. */
export function applyReply(runs: readonly Run[], reply: WorkerReply): Run[] {
  switch (reply.type) {
    case 'progress':
      return change(runs, reply.id, (r) => ({ ...r, points: [...r.points, reply.point], fraction: reply.fraction }));
    case 'done':
      return change(runs, reply.id, (r) => ({
        ...r,
        status: 'done',
        fraction: 1,
        result: reply.result,
        points: reply.result.points,
      }));
    case 'error':
      return change(runs, reply.id, (r) => ({ ...r, status: 'error', error: reply.message }));
  }
}

/** Marks a run cancelled; its points so far stay on the plot. */
export function cancelRun(runs: readonly Run[], id: number): Run[] {
  return change(runs, id, (r) => ({ ...r, status: 'cancelled' }));
}

/** True when the reply ends its run (no more messages will come for it). */
export function endsRun(reply: WorkerReply): boolean {
  return reply.type !== 'progress';
}
