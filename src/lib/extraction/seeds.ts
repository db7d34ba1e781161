/**
 * Results across seeds (`dojo extract --seeds 1-5`): a claim about an attack or a defence holds
 * only if it holds on several seeds, so each figure is reported as its mean and range.
 */
import { SettingsError } from './errors';
import type { ExperimentResult } from './experiment';

/** At most this many seeds in one command (each is a full experiment). */
export const MAX_SEEDS = 20;

/** Parses "1-5", "1,3,7" or "4" into distinct seeds in the order given. */
export function parseSeeds(spec: string): number[] {
  const out: number[] = [];
  for (const part of spec.split(',').map((s) => s.trim())) {
    const range = /^(\d+)-(\d+)$/.exec(part);
    const [from, to] = range
      ? [Number(range[1]), Number(range[2])]
      : /^\d+$/.test(part)
        ? [Number(part), Number(part)]
        : [NaN, NaN];
    if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to) || from > to || to > 0xffffffff)
      throw new SettingsError(`--seeds takes seeds and ranges such as 1-5 or 1,3,7 (got "${spec}")`);
    if (to - from + 1 > MAX_SEEDS) throw new SettingsError(`--seeds takes at most ${MAX_SEEDS} seeds (got "${spec}")`);
    for (let s = from; s <= to; s++) if (!out.includes(s)) out.push(s);
    if (out.length > MAX_SEEDS) throw new SettingsError(`--seeds takes at most ${MAX_SEEDS} seeds (got "${spec}")`);
  }
  return out;
}

export const SEED_METRICS = [
  'queries',
  'cost',
  'fidelity',
  'fidelityUniform',
  'fidelityFraud',
  'balancedFidelity',
  'accuracy',
  'auprc',
  'detectedAtQuery',
] as const;
export type SeedMetric = (typeof SEED_METRICS)[number];

export interface Spread {
  mean: number | null;
  min: number | null;
  max: number | null;
  /** Seeds with a value (a run that recovered no model, or was never detected, has none). */
  n: number;
}

export function spread(values: readonly (number | null)[]): Spread {
  const v = values.filter((x): x is number => x !== null && Number.isFinite(x));
  if (!v.length) return { mean: null, min: null, max: null, n: 0 };
  return { mean: v.reduce((a, b) => a + b, 0) / v.length, min: Math.min(...v), max: Math.max(...v), n: v.length };
}

export interface SeedSummary {
  seeds: number[];
  /** How many seeds recovered a model. */
  recovered: number;
  metrics: Record<SeedMetric, Spread>;
}

export function summariseSeeds(seeds: readonly number[], results: readonly ExperimentResult[]): SeedSummary {
  const metrics = Object.fromEntries(SEED_METRICS.map((m) => [m, spread(results.map((r) => r[m]))])) as Record<
    SeedMetric,
    Spread
  >;
  return { seeds: [...seeds], recovered: results.filter((r) => r.recovered).length, metrics };
}
