import { describe, expect, it } from 'vitest';
import { runExperiment } from './experiment';
import { formatSeedValue, parseSeeds, runOverSeeds, spread, summariseSeeds, MAX_SEEDS } from './seeds';

describe('parseSeeds', () => {
  it('reads ranges and lists, without repeats', () => {
    expect(parseSeeds('1-5')).toEqual([1, 2, 3, 4, 5]);
    expect(parseSeeds('3, 1,3,7')).toEqual([3, 1, 7]);
    expect(parseSeeds('0')).toEqual([0]);
  });
  it('refuses what is not a seed list, and more than MAX_SEEDS seeds', () => {
    for (const bad of ['', '5-1', 'a', '1-', '-3', '1.5', '1,,2'])
      expect(() => parseSeeds(bad), bad).toThrow(/--seeds takes seeds and ranges/);
    expect(() => parseSeeds(`1-${MAX_SEEDS + 1}`)).toThrow(`at most ${MAX_SEEDS} seeds`);
    expect(() => parseSeeds('1-1000000000000')).toThrow();
  });
});

describe('spread and summariseSeeds', () => {
  it('gives mean and range over the values there are', () => {
    expect(spread([1, 2, 6])).toEqual({ mean: 3, min: 1, max: 6, n: 3 });
    expect(spread([null, 4])).toEqual({ mean: 4, min: 4, max: 4, n: 1 });
    expect(spread([null, null])).toEqual({ mean: null, min: null, max: null, n: 0 });
  });
  it('summarises real runs on seeds 1–3: equation solving needs d + 1 = 31 queries on each', () => {
    const seeds = [1, 2, 3];
    const s = summariseSeeds(
      seeds,
      seeds.map((seed) => runExperiment({ seed })),
    );
    expect(s.recovered).toBe(3);
    expect(s.metrics.queries).toEqual({ mean: 31, min: 31, max: 31, n: 3 });
    expect(s.metrics.balancedFidelity.min).toBeGreaterThan(0.999);
    expect(s.metrics.detectedAtQuery.n).toBe(0);
  });
});

describe('runOverSeeds (the simulator page across seeds)', () => {
  it('runs each seed once, reports each as it finishes, and summarises as the command line does', () => {
    const done: number[] = [];
    const raw = { attack: 'equation-solving', budget: 200 } as const;
    const { summary, perSeed } = runOverSeeds(
      [1, 2, 3],
      (seed) => runExperiment({ ...raw, seed }),
      (n) => done.push(n),
    );
    expect(done).toEqual([1, 2, 3]);
    expect(perSeed.map((r) => r.seed)).toEqual([1, 2, 3]);
    const direct = [1, 2, 3].map((seed) => runExperiment({ ...raw, seed }));
    expect(summary).toEqual(summariseSeeds([1, 2, 3], direct));
    expect(perSeed.map((r) => r.balancedFidelity)).toEqual(direct.map((r) => r.balancedFidelity));
    // Equation solving on logistic regression: d + 1 queries on every seed, so no spread.
    expect(summary.metrics.queries.min).toBe(summary.metrics.queries.max);
    expect(perSeed.every((r) => r.detectedAtQuery === null)).toBe(true);
  });

  it.each([
    [0.91234, 'balancedFidelity', '0.912'],
    [1234.4, 'queries', '1234'],
    [1.234, 'cost', '1.23'],
    [null, 'auprc', 'n/a'],
  ] as const)('formats %s as a %s: %s', (v, m, text) => {
    expect(formatSeedValue(v, m)).toBe(text);
  });
});
