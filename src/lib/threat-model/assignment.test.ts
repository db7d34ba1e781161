import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assignmentWeight, assignThreats, SECOND_COVER_FACTOR } from './assignment';

/** Oracle: the best total over every way to give each reference to one learner or none (≤ 2 each). */
function bruteForce(weights: number[][], factor = SECOND_COVER_FACTOR): number {
  const learners = weights.length;
  const refs = weights[0]?.length ?? 0;
  let best = 0;
  const choice: number[] = [];
  const walk = (j: number) => {
    if (j === refs) {
      let total = 0;
      for (let i = 0; i < learners; i++) {
        const mine = choice.flatMap((l, r) => (l === i ? [weights[i]![r]!] : [])).sort((a, b) => b - a);
        if (mine.length > 2) return;
        total += (mine[0] ?? 0) + factor * (mine[1] ?? 0);
      }
      best = Math.max(best, total);
      return;
    }
    for (let l = -1; l < learners; l++) {
      choice[j] = l;
      walk(j + 1);
    }
  };
  walk(0);
  return best;
}

describe('assignThreats', () => {
  it('gives each reference threat to one learner threat (hand-worked)', () => {
    // Learner 0 resembles both references, learner 1 only the second: one-to-one beats 0 taking both.
    const pairs = assignThreats([
      [0.9, 0.8],
      [0, 0.7],
    ]);
    expect(pairs).toEqual([
      { learner: 0, reference: 0, slot: 1, weight: 0.9 },
      { learner: 1, reference: 1, slot: 1, weight: 0.7 },
    ]);
  });

  it('lets one learner threat cover a second reference threat at half weight, its better one first', () => {
    const pairs = assignThreats([[0.6, 1]]);
    expect(pairs).toEqual([
      { learner: 0, reference: 0, slot: 2, weight: 0.3 },
      { learner: 0, reference: 1, slot: 1, weight: 1 },
    ]);
  });

  it('never gives a learner threat a third reference threat, and leaves out zero weights', () => {
    const pairs = assignThreats([[1, 1, 1]]);
    expect(pairs).toHaveLength(2);
    expect(assignThreats([[0, 0]])).toEqual([]);
    expect(assignThreats([])).toEqual([]);
    expect(assignThreats([[]])).toEqual([]);
  });

  it('reaches the brute-force optimum on random matrices (oracle: exhaustive search, 300 seeded cases)', () => {
    const matrix = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })).chain(([l, r]) =>
      fc.array(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: r, maxLength: r }), {
        minLength: l,
        maxLength: l,
      }),
    );
    fc.assert(
      fc.property(matrix, (m) => {
        const weights = m.map((row) => row.map((x) => x / 10));
        const pairs = assignThreats(weights);
        expect(assignmentWeight(pairs)).toBeCloseTo(bruteForce(weights), 9);
        // A valid assignment: each reference at most once, each learner at most twice.
        expect(new Set(pairs.map((p) => p.reference)).size).toBe(pairs.length);
        for (let i = 0; i < weights.length; i++)
          expect(pairs.filter((p) => p.learner === i).length).toBeLessThanOrEqual(2);
      }),
      { seed: 12, numRuns: 300 },
    );
  });
});
