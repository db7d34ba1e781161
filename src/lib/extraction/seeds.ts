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

/** How a person reads each measure (the simulator's table across seeds). */
export const SEED_METRIC_LABELS: Record<SeedMetric, string> = {
  queries: 'Queries',
  cost: 'Cost (USD)',
  fidelity: 'Fidelity',
  fidelityUniform: 'Fidelity on uniform inputs',
  fidelityFraud: 'Fidelity on frauds',
  balancedFidelity: 'Balanced fidelity',
  accuracy: "Clone's accuracy",
  auprc: "Clone's AUPRC",
  detectedAtQuery: 'Detected at query',
};

/** A figure as the tables print it: counts whole, cost to the cent, rates to three places; "n/a" for none. */
export function formatSeedValue(v: number | null, metric: SeedMetric): string {
  if (v === null) return 'n/a';
  if (metric === 'queries' || metric === 'detectedAtQuery') return v.toFixed(0);
  return metric === 'cost' ? v.toFixed(2) : v.toFixed(3);
}

/** The seeds the simulator page runs a setting on, as the guided sequence's claims are checked. */
export const PAGE_SEEDS = [1, 2, 3, 4, 5] as const;

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

/** One seed's figures in the spread table. */
export type SeedRow = { seed: number; recovered: boolean } & Record<SeedMetric, number | null>;

/** The settings run on each seed, summarised, with each seed's figures: what the page's table shows. */
export function runOverSeeds(
  seeds: readonly number[],
  run: (seed: number) => ExperimentResult,
  onSeed: (done: number) => void = () => {},
): { summary: SeedSummary; perSeed: SeedRow[] } {
  const results = seeds.map((seed, i) => {
    const r = run(seed);
    onSeed(i + 1);
    return r;
  });
  return {
    summary: summariseSeeds(seeds, results),
    perSeed: results.map((r, i) => ({
      seed: seeds[i],
      recovered: r.recovered,
      ...(Object.fromEntries(SEED_METRICS.map((m) => [m, Number.isFinite(r[m]) ? r[m] : null])) as Record<
        SeedMetric,
        number | null
      >),
    })),
  };
}
