import { describe, expect, it } from 'vitest';
import { runExperiment } from './experiment';
import { parseSeeds, spread, summariseSeeds, MAX_SEEDS } from './seeds';

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
