/**
 * Jacobian-based dataset augmentation (Papernot et al., ASIA CCS 2017). Oracles: the paper's
 * update x + λ·sgn(J_F(x)[Õ(x)]) worked by hand for a linear substitute, its settings (150
 * initial samples, λ = 0.1, τ = 3), the doubling of the set each substitute epoch, and PRADA,
 * which Juuti et al. (EuroS&P 2019) built to catch this kind of synthetic query stream.
 */
import { describe, expect, it } from 'vitest';
import { runExperiment } from '../experiment';
import { createModel, sigmoid } from '../model';
import { Rng } from '../random';
import type { AttackContext } from './context';
import { JACOBIAN, augment, jacobianAugmentation, stepAt } from './jacobian';

describe('augment', () => {
  const m = createModel(3, 0);
  m.params.set([2, -0.5, 0, 0.1]);
  it('steps along the sign of the gradient for label 1 and against it for label 0, within the box', () => {
    const x = Float64Array.from([0.2, 3.95, -1]);
    // ∇z = w = (2, −0.5, 0): sgn (1, −1, 0).
    expect(Array.from(augment(m, x, 1, 0.1, 4))).toEqual([0.30000000000000004, 3.85, -1]);
    expect(Array.from(augment(m, x, 0, 0.1, 4))).toEqual([0.1, 4, -1]);
    expect(Array.from(augment(m, x, 0, -0.1, 4))).toEqual([0.30000000000000004, 3.85, -1]);
  });
});

describe('jacobianAugmentation', () => {
  it("uses the paper's settings and flips the step every τ = 3 epochs", () => {
    expect(JACOBIAN).toEqual({ initial: 150, lambda: 0.1, tau: 3 });
    expect([0, 1, 2, 3, 4, 5, 6].map(stepAt)).toEqual([0.1, 0.1, 0.1, -0.1, -0.1, -0.1, 0.1]);
  });

  it('doubles its set each substitute epoch, augments a random subset when the budget runs short, and trains on labels', () => {
    const w = [1, -1, 0.5, 0, 0];
    const victim = (x: Float64Array) => sigmoid(w.reduce((s, v, j) => s + v * x[j], 0.2));
    let spent = 0;
    const ctx: AttackContext = {
      d: 5,
      box: 4,
      hidden: 0,
      budget: 1000,
      rng: new Rng(1),
      ask: (x) => (spent >= 1000 ? null : (spent++, victim(x))),
      spent: () => spent,
      note: () => {},
    };
    const it = jacobianAugmentation(ctx);
    const atYield: number[] = [];
    let step = it.next();
    while (!step.done) {
      atYield.push(spent);
      step = it.next();
    }
    expect(atYield).toEqual([150, 300, 600, 1000]);
    // Trained on labels: the clone's decisions follow the victim's on most of the box.
    const r = new Rng(7);
    let same = 0;
    for (let i = 0; i < 2000; i++) {
      const x = Float64Array.from({ length: 5 }, () => r.uniform(-4, 4));
      const z = step.value!.params.reduce((s, v, j) => (j < 5 ? s + v * x[j] : s + v), 0);
      if (z > 0 === victim(x) > 0.5) same++;
    }
    expect(same / 2000).toBeGreaterThan(0.8);
  });
});

describe('against the simulator', () => {
  it('is caught by PRADA on most seeds, within a few hundred queries, unlike natural-looking traffic', () => {
    // Measured, 3,000 queries: alarm at 310, 180, 200, 410 on seeds 1–4, none on seed 5; none
    // for the substitute's public transactions or a merchant's traffic on any seed.
    const alarms = [1, 2, 3, 4, 5].map(
      (seed) =>
        runExperiment({ attack: 'jacobian-augmentation', detector: 'prada', budget: 3000, seed }).detectedAtQuery,
    );
    expect(alarms.filter((a) => a !== null && a <= 500).length).toBeGreaterThanOrEqual(4);
    for (const seed of [1, 2, 3, 4, 5])
      expect(runExperiment({ attack: 'benign', detector: 'prada', budget: 3000, seed }).detectedAtQuery).toBeNull();
  });

  it('says what it did', () => {
    const r = runExperiment({ attack: 'jacobian-augmentation', budget: 600 });
    expect(r.notes.join(' ')).toMatch(/150 plausible transactions labelled through the API, then 2 substitute epochs/);
  });
});
