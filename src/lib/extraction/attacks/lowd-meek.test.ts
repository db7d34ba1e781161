/**
 * Lowd–Meek line search with labels only (the Steal-ML reference, lowd_meek.py, as extraction.md
 * summarises it). Oracles: the victim's own weights, recovered up to a positive scale, and the
 * query count by hand: about 33 bisections to find the boundary, then per feature one base query,
 * ~7 doubling steps from 1/64 and ~20 bisections to ε = 1e-6, so queries grow linearly with d,
 * 20 to 35 per feature.
 */
import { describe, expect, it } from 'vitest';
import { cloneModel, type Model } from '../model';
import { Rng } from '../random';
import type { AttackContext } from './context';
import { LOWD_MEEK_EPSILON, lowdMeek } from './lowd-meek';

function attack(label: (x: Float64Array) => boolean, d: number, budget: number, hidden = 0) {
  let spent = 0;
  const notes: string[] = [];
  const ctx: AttackContext = {
    d,
    box: 4,
    hidden,
    budget,
    rng: new Rng(1),
    ask: (x) => (spent >= budget ? null : (spent++, label(x) ? 1 : 0)),
    spent: () => spent,
    note: (t) => notes.push(t),
  };
  const run = lowdMeek(ctx);
  const yields: Model[] = [];
  for (;;) {
    const step = run.next();
    if (step.done) return { final: mustHave(step.value), yields, spent, notes };
    yields.push(cloneModel(step.value));
  }
}

function linear(d: number, seed: number) {
  const r = new Rng(seed);
  const w = Array.from({ length: d }, () => r.normal());
  const b = 0.3;
  const score = (x: ArrayLike<number>) => w.reduce((s, wj, j) => s + wj * x[j], b);
  return { w, b, label: (x: Float64Array) => score(x) > 0 };
}

const cosine = (a: ArrayLike<number>, b: number[]) => {
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let j = 0; j < b.length; j++) {
    ab += a[j] * b[j];
    aa += a[j] * a[j];
    bb += b[j] * b[j];
  }
  return ab / Math.sqrt(aa * bb);
};

describe('lowdMeek', () => {
  it('searches to a precision of ε = 1e-6', () => {
    expect(LOWD_MEEK_EPSILON).toBe(1e-6);
  });

  it('recovers the weights and bias of a linear victim up to a positive scale', () => {
    const v = linear(5, 101);
    const r = attack(v.label, 5, 100_000);
    expect(r.notes).toEqual([]);
    const p = Array.from(r.final.params);
    const witness = p.findIndex((x) => Math.abs(x) === 1); // w_r is set to ±1
    const scale = Math.abs(v.w[witness]);
    p.slice(0, 5).forEach((x, j) => expect(x).toBeCloseTo(v.w[j] / scale, 5));
    expect(p[5]).toBeCloseTo(v.b / scale, 5);
    expect(cosine(p, v.w)).toBeGreaterThan(1 - 1e-12);
  });

  it('agrees with the victim on 10,000 uniform inputs', () => {
    const v = linear(10, 102);
    const { final } = attack(v.label, 10, 100_000);
    const r = new Rng(3);
    let same = 0;
    for (let i = 0; i < 10_000; i++) {
      const x = Float64Array.from({ length: 10 }, () => r.uniform(-4, 4));
      const z = Array.from(x).reduce((s, xj, j) => s + final.params[j] * xj, final.params[10]);
      if (z > 0 === v.label(x)) same++;
    }
    expect(same / 10_000).toBeGreaterThanOrEqual(0.9995);
  });

  it('spends queries linearly in d: 20 to 35 more per feature', () => {
    const ds = [5, 10, 20, 40];
    const spent = ds.map((d) => attack(linear(d, 200 + d).label, d, 1_000_000).spent);
    for (let i = 1; i < ds.length; i++) {
      const perFeature = (spent[i] - spent[i - 1]) / (ds[i] - ds[i - 1]);
      expect(perFeature).toBeGreaterThan(20);
      expect(perFeature).toBeLessThan(35);
    }
    expect(spent[0]).toBeGreaterThan(5 * 20); // the boundary search is on top
  });

  it('reports the model after the witness, then every few features, then at the end', () => {
    const r = attack(linear(5, 103).label, 5, 100_000);
    expect(r.yields.length).toBeGreaterThanOrEqual(3);
    const first = Array.from(r.yields[0].params.subarray(0, 5));
    expect(first.filter((x) => x !== 0)).toHaveLength(1); // only w_r is known
    expect(r.yields[r.yields.length - 1]).toEqual(r.final);
  });

  it('says when the budget runs out, and leaves the missing weights at 0', () => {
    const r = attack(linear(5, 104).label, 5, 80);
    expect(r.spent).toBe(80);
    expect(r.notes).toEqual([
      'The budget ran out after 80 queries, before every weight was found (missing weights count as 0).',
    ]);
    expect(Array.from(r.final.params.subarray(0, 5)).filter((x) => x === 0).length).toBeGreaterThan(0);
  });

  it('never finds both classes against a constant victim, and answers "legitimate"', () => {
    const r = attack(() => false, 3, 50);
    expect(r.spent).toBe(50);
    expect(r.notes[0]).toBe(
      'The budget ran out after 50 queries, before every weight was found (missing weights count as 0).',
    );
    expect(Array.from(r.final.params)).toEqual([0, 0, 0, -10]);
  });

  it('stops when no feature flips the label at the boundary (a thin fraud slab |x₀| < ¼)', () => {
    const r = attack((x) => Math.abs(x[0]) < 0.25, 3, 100_000);
    expect(r.notes).toEqual(['No feature flips the label around the boundary point: the line search cannot start.']);
    expect(Array.from(r.final.params)).toEqual([0, 0, 0, -10]);
  });

  it('warns that an MLP victim is beyond it', () => {
    const r = attack(linear(3, 105).label, 3, 100_000, 4);
    expect(r.notes[0]).toBe(
      'Lowd–Meek assumes a linear model; against an MLP victim it recovers a linear approximation at best.',
    );
    expect(r.final.hidden).toBe(0);
  });
});

/** These attacks always return a model; a null would be a bug. */
function mustHave<T>(m: T | null): T {
  if (m === null) throw new Error('the attack returned no model');
  return m;
}
