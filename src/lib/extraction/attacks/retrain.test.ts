/**
 * Retraining attacks (Tramèr et al. 2016, §5) against a hand-set linear victim in 5 dimensions,
 * and the substitute and benign samplers in the data's 30. Oracles: the schedule worked by hand
 * in context.test.ts ([6, 12, 18, 30, 60] for budget 60 and d = 5), the victim's own labels, and
 * the samplers of data.ts replayed from the same seed.
 */
import { describe, expect, it } from 'vitest';
import { FEATURES, naturalQuery, publicQuery } from '../data';
import { probability, sigmoid, type Model } from '../model';
import { Rng } from '../random';
import type { Attack, AttackContext } from './context';
import {
  benign,
  BISECTION_STEPS,
  lineSearchSampler,
  retrainAdaptive,
  retrainLineSearch,
  retrainUniform,
  streamRetrain,
  substitute,
} from './retrain';

const w = [1.5, -2, 0.5, 1, -0.8];
const score = (x: ArrayLike<number>) => w.reduce((s, wj, j) => s + wj * x[j], -0.4);
const victim = (x: Float64Array) => sigmoid(score(x));

function run(attack: Attack, opts: { budget: number; d?: number; refuseAfter?: number; seed?: number }) {
  const { budget, d = w.length, refuseAfter = Infinity, seed = 1 } = opts;
  const asked: Float64Array[] = [];
  const ctx: AttackContext = {
    d,
    box: 4,
    hidden: 0,
    budget,
    rng: new Rng(seed),
    ask: (x) => (asked.length >= Math.min(budget, refuseAfter) ? null : (asked.push(Float64Array.from(x)), victim(x))),
    spent: () => asked.length,
    note: () => {},
  };
  const it = attack(ctx);
  const spentAtYield: number[] = [];
  for (;;) {
    const step = it.next();
    if (step.done) return { final: mustHave(step.value), asked, spentAtYield };
    spentAtYield.push(asked.length);
  }
}

function uniformAgreement(m: Model): number {
  const r = new Rng(99);
  let same = 0;
  for (let i = 0; i < 5000; i++) {
    const x = Float64Array.from({ length: w.length }, () => r.uniform(-4, 4));
    if (probability(m, x) > 0.5 === victim(x) > 0.5) same++;
  }
  return same / 5000;
}

const meanAbsScore = (xs: Float64Array[]) => xs.reduce((s, x) => s + Math.abs(score(x)), 0) / xs.length;

describe('streamRetrain and retrainUniform', () => {
  it('retrains and reports at each checkpoint of the schedule', () => {
    const r = run(retrainUniform, { budget: 60 });
    expect(r.spentAtYield).toEqual([6, 12, 18, 30, 60]);
    expect(r.asked).toHaveLength(60);
  });

  it('reports once more at a refusal and stops', () => {
    const r = run(retrainUniform, { budget: 60, refuseAfter: 20 });
    expect(r.spentAtYield).toEqual([6, 12, 18, 20]);
  });

  it('learns a linear victim from 10(d + 1) uniform probability answers', () => {
    expect(uniformAgreement(run(retrainUniform, { budget: 60 }).final)).toBeGreaterThan(0.95);
  });

  it('repeats from the seed', () => {
    const a = run(retrainUniform, { budget: 30 });
    const b = run(retrainUniform, { budget: 30 });
    expect(Array.from(b.final.params)).toEqual(Array.from(a.final.params));
  });

  it('queries the sampler it is given', () => {
    const point = Float64Array.of(1, 1, 1, 1, 1);
    const r = run((ctx) => streamRetrain(ctx, () => point), { budget: 12 });
    expect(r.asked.every((x) => x.every((v) => v === 1))).toBe(true);
  });
});

describe('retrainLineSearch', () => {
  it('starts with d + 1 uniform queries, then bisects towards the boundary', () => {
    const r = run(retrainLineSearch, { budget: 300 });
    expect(r.spentAtYield).toEqual([6, 12, 18, 30, 60, 120, 180, 300]);
    const uniform = meanAbsScore(r.asked.slice(0, 6));
    const searched = meanAbsScore(r.asked.slice(100));
    expect(searched).toBeLessThan(0.3 * uniform);
  });

  it('queries the midpoint of two earlier queries first in each bisection', () => {
    const r = run(retrainLineSearch, { budget: 60 });
    const seventh = r.asked[6];
    const earlier = r.asked.slice(0, 6);
    const isMidpoint = earlier.some((a) =>
      earlier.some((b) => a !== b && Array.from(seventh).every((v, j) => Math.abs(v - (a[j] + b[j]) / 2) < 1e-12)),
    );
    expect(isMidpoint).toBe(true);
  });
});

describe('retrainAdaptive', () => {
  it("moves later queries onto the surrogate's boundary, inside the box", () => {
    const r = run(retrainAdaptive, { budget: 300 });
    expect(r.asked).toHaveLength(300);
    expect(r.spentAtYield[r.spentAtYield.length - 1]).toBe(300);
    const uniform = meanAbsScore(r.asked.slice(0, 6));
    const adaptive = meanAbsScore(r.asked.slice(150));
    expect(adaptive).toBeLessThan(0.5 * uniform);
    for (const x of r.asked) for (const v of x) expect(Math.abs(v)).toBeLessThanOrEqual(4);
    expect(uniformAgreement(r.final)).toBeGreaterThan(0.95);
  });
});

describe('substitute and benign', () => {
  it("substitute queries the public distribution from the context's generator, fork 7", () => {
    const r = run(substitute, { budget: 40, d: FEATURES });
    const replay = new Rng(1).fork(7);
    for (const x of r.asked) {
      const expected = new Float64Array(FEATURES);
      publicQuery(replay, expected);
      expect(Array.from(x)).toEqual(Array.from(expected));
    }
  });

  it("benign queries natural transactions from the context's generator, fork 8", () => {
    const r = run(benign, { budget: 40, d: FEATURES });
    const replay = new Rng(1).fork(8);
    for (const x of r.asked) {
      const expected = new Float64Array(FEATURES);
      naturalQuery(replay, expected);
      expect(Array.from(x)).toEqual(Array.from(expected));
    }
    expect(r.spentAtYield).toEqual([31, 40]);
  });
});

describe('lineSearchSampler (Steal-ML: fresh uniform pairs)', () => {
  // A 1-D victim whose boundary is x = 0.3: "fraud" above it.
  const ctx = {
    d: 1,
    box: 1,
    hidden: 0,
    budget: 1000,
    rng: new Rng(3),
    ask: () => null,
    spent: () => 0,
    note: () => {},
  };
  const answer = (x: Float64Array) => (x[0]! > 0.3 ? 0.9 : 0.1);

  it('lands its queries near the boundary (bisection to 2⁻¹⁰ of each segment)', () => {
    const s = lineSearchSampler(ctx);
    const asked: number[] = [];
    for (let i = 0; i < 400; i++) {
      const x = s.next();
      s.answer(answer(x));
      asked.push(x[0]!);
    }
    expect(BISECTION_STEPS).toBe(10);
    expect(asked.filter((v) => Math.abs(v - 0.3) < 0.01).length).toBeGreaterThan(100);
  });

  it('never bisects from a midpoint: every search starts from two uniform points not used before', () => {
    const rng = new Rng(5);
    const draws = new Set<number>();
    const uniform = rng.uniform.bind(rng);
    rng.uniform = (lo: number, hi: number) => {
      const v = uniform(lo, hi);
      draws.add(v);
      return v;
    };
    const s = lineSearchSampler({ ...ctx, rng });
    const used = new Set<number>();
    let midpoints = 0;
    let searches = 0;
    for (let i = 0; i < 500; i++) {
      const x = s.next();
      const v = x[0]!;
      if (!draws.has(v)) {
        if (midpoints % BISECTION_STEPS === 0) {
          // The first midpoint of a search: the mean of two fresh uniform points of opposite label.
          const ends = [...draws].filter((a) => !used.has(a));
          const pair = ends
            .flatMap((a) => ends.map((b) => [a, b] as const))
            .find(([a, b]) => a > 0.3 && b <= 0.3 && (a + b) / 2 === v);
          expect(pair, `search ${searches + 1}`).toBeDefined();
          used.add(pair![0]);
          used.add(pair![1]);
          searches++;
        }
        midpoints++;
      }
      s.answer(answer(x));
    }
    expect(searches).toBeGreaterThan(10);
  });
});

/** These attacks always return a model; a null would be a bug. */
function mustHave<T>(m: T | null): T {
  if (m === null) throw new Error('the attack returned no model');
  return m;
}
