/**
 * Equation solving (Tramèr et al., USENIX Security 2016; extraction.md: "d + 1 linearly
 * independent queries recover the model exactly"), run against hand-set logistic models through a
 * minimal attack context.
 */
import { equationWeight, roundedDecimals } from './equation-solving';
import { describe, expect, it } from 'vitest';
import { cloneModel, sigmoid, type Model } from '../model';
import { Rng } from '../random';
import type { Attack, AttackContext } from './context';
import { EQUATION_SOLVING_NEEDS_LOGREG, equationSolving } from './equation-solving';

const w = [0.5, -1, 2, 0.3, -0.7];
const b = 0.2;
const truth = (x: Float64Array) => sigmoid(w.reduce((s, wj, j) => s + wj * x[j], b));

function attack(answer: (x: Float64Array) => number, budget: number, hidden = 0, d = w.length) {
  const asked: Float64Array[] = [];
  const notes: string[] = [];
  const ctx: AttackContext = {
    d,
    box: 4,
    hidden,
    budget,
    rng: new Rng(1),
    ask: (x) => (asked.length >= budget ? null : (asked.push(Float64Array.from(x)), answer(x))),
    spent: () => asked.length,
    note: (t) => notes.push(t),
  };
  const run = (equationSolving as Attack)(ctx);
  const yields: Model[] = [];
  for (;;) {
    const step = run.next();
    if (step.done) return { final: step.value as Model, recovered: step.value !== null, yields, asked, notes };
    yields.push(cloneModel(step.value));
  }
}

describe('equationSolving', () => {
  it('recovers w and b to 1e-9 from exactly d + 1 = 6 probability answers', () => {
    const r = attack(truth, 1000);
    expect(r.asked).toHaveLength(6);
    expect(r.final.hidden).toBe(0);
    Array.from(r.final.params).forEach((v, j) => expect(v).toBeCloseTo([...w, b][j], 9));
    expect(r.notes).toEqual([]);
  });

  it('reports one checkpoint, the final model', () => {
    const r = attack(truth, 1000);
    expect(r.yields).toHaveLength(1);
    expect(r.yields[0]).toEqual(r.final);
  });

  it('gets no equation from labels, says so and recovers no model (no stand-in clone)', () => {
    const r = attack((x) => (truth(x) > 0.5 ? 1 : 0), 50);
    expect(r.asked).toHaveLength(50);
    expect(r.notes).toEqual([
      '50 answers were exactly 0 or 1 and gave no equation.',
      'Only 0 usable equations of the 6 needed: no model recovered.',
    ]);
    expect(r.recovered).toBe(false);
    expect(r.yields).toEqual([]);
  });

  it('skips answers of exactly 0 or 1 and keeps asking for usable ones', () => {
    let i = 0;
    const r = attack((x) => (i++ % 2 === 0 ? 1 : truth(x)), 1000);
    expect(r.asked).toHaveLength(12); // every other answer is a label: 6 wasted, 6 equations
    expect(r.notes).toEqual(['6 answers were exactly 0 or 1 and gave no equation.']);
    expect(r.final.params[2]).toBeCloseTo(2, 9);
  });

  it('recovers nothing when the budget is below d + 1', () => {
    const r = attack(truth, 3);
    expect(r.asked).toHaveLength(3);
    expect(r.notes).toEqual(['Only 3 usable equations of the 6 needed: no model recovered.']);
    expect(r.recovered).toBe(false);
  });

  it('stops at a refusal', () => {
    const r = attack(truth, 0);
    expect(r.asked).toHaveLength(0);
    expect(r.notes[0]).toContain('Only 0 usable equations of the 6 needed');
  });

  it('is close, not exact, when answers are rounded to 4 decimals', () => {
    // Rounding can also turn an answer above 0.99995 into 1, which costs one more query.
    const r = attack((x) => Math.round(truth(x) * 1e4) / 1e4, 1000);
    expect(r.asked.length).toBeGreaterThanOrEqual(6);
    const err = Math.max(...Array.from(r.final.params, (v, j) => Math.abs(v - [...w, b][j])));
    expect(err).toBeGreaterThan(1e-9);
    expect(err).toBeLessThan(0.5);
  });

  it('refuses an MLP victim before spending a query: its answers are not linear in its weights', () => {
    expect(() => attack(truth, 40, 3)).toThrow(EQUATION_SOLVING_NEEDS_LOGREG);
    expect(EQUATION_SOLVING_NEEDS_LOGREG).toMatch(/use retrain-uniform, retrain-adaptive or substitute/);
  });
});

describe('reading rounded answers', () => {
  it('sees the decimals an answer is rounded to, or none for an exact one', () => {
    expect(roundedDecimals(0.37)).toBe(2);
    expect(roundedDecimals(0.5)).toBe(1);
    expect(roundedDecimals(0.1234)).toBe(4);
    expect(roundedDecimals(1 / 3)).toBeNull();
  });
  it('weighs an equation by the precision of its logit: (p (1 − p))², highest at 0.5', () => {
    // d logit / dp = 1 / (p (1 − p)): a fixed rounding step costs least at p = 0.5.
    expect(equationWeight(0.5)).toBe(0.0625);
    expect(equationWeight(0.9)).toBeCloseTo(0.0081, 12);
    expect(equationWeight(0.1)).toBeCloseTo(equationWeight(0.9), 12);
  });
});
