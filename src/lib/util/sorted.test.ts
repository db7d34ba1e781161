import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lowerBound } from './sorted';

describe('lowerBound', () => {
  // Expected indices worked by hand from the definition "first index with value ≥ x".
  it('finds the first index at or above the value, ties included', () => {
    const a = [1, 3, 3, 3, 7];
    expect(lowerBound(a, 0)).toBe(0);
    expect(lowerBound(a, 1)).toBe(0);
    expect(lowerBound(a, 2)).toBe(1);
    expect(lowerBound(a, 3)).toBe(1);
    expect(lowerBound(a, 4)).toBe(4);
    expect(lowerBound(a, 7)).toBe(4);
    expect(lowerBound(a, 8)).toBe(5);
  });

  it('returns 0 on an empty list and works on typed arrays', () => {
    expect(lowerBound([], 5)).toBe(0);
    expect(lowerBound(Float64Array.from([0.1, 0.2, 0.2, 0.9]), 0.2)).toBe(1);
  });

  it('agrees with a linear scan on random sorted lists (oracle: findIndex)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (xs, x) => {
        const sorted = [...xs].sort((p, q) => p - q);
        const scan = sorted.findIndex((v) => v >= x);
        expect(lowerBound(sorted, x)).toBe(scan === -1 ? sorted.length : scan);
      }),
      { seed: 11, numRuns: 300 },
    );
  });
});
