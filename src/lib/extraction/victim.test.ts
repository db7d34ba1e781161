/**
 * The victim behind the API. The AUPRC band is the reference's (extraction.md: logistic
 * regression on the real fraud data reaches about 0.68); the rest checks the victim's cached
 * answers against the metrics and the model computed afresh.
 */
import { describe, expect, it } from 'vitest';
import { FEATURES } from './data';
import { accuracy, auprc } from './metrics';
import { cloneModel, probabilities } from './model';
import { fitLogisticNewton, objective } from './train';
import { MLP_HIDDEN, VICTIM_KINDS, VICTIM_L2, fraudData, getVictim, hiddenUnits } from './victim';

describe('victim', () => {
  it('is a fraud model with realistic AUPRC on 0.17 % fraud', () => {
    const v = getVictim('logreg', 1);
    // Logistic regression on the real data reaches about 0.68 (reference); ours is in that region.
    expect(v.auprc).toBeGreaterThan(0.5);
    expect(v.auprc).toBeLessThan(0.8);
    expect(v.accuracy).toBeGreaterThan(0.998);
  });

  it('is the converged logistic regression: the penalised objective has no gradient and no better neighbour', () => {
    const v = getVictim('logreg', 1);
    const { train: t } = v.data;
    // Newton's method started from the victim has nothing left to do.
    const again = cloneModel(v.model);
    const fit = fitLogisticNewton(again, t.x, t.y, t.n, VICTIM_L2);
    expect(fit.iterations).toBe(0);
    expect(fit.gradientMax).toBeLessThan(1e-9);
    // Moving any weight either way raises the objective (an Adam iterate fails this).
    const base = objective(v.model, t.x, t.y, t.n, VICTIM_L2);
    for (const j of [0, 4, 14, 29, 30]) {
      for (const step of [-1e-3, 1e-3]) {
        const m = cloneModel(v.model);
        m.params[j] += step;
        expect(objective(m, t.x, t.y, t.n, VICTIM_L2), `weight ${j} ${step}`).toBeGreaterThan(base);
      }
    }
  });

  it('offers two kinds, the MLP with 16 hidden units', () => {
    expect(VICTIM_KINDS).toEqual(['logreg', 'mlp']);
    expect(MLP_HIDDEN).toBe(16);
    expect(hiddenUnits('logreg')).toBe(0);
    expect(hiddenUnits('mlp')).toBe(16);
  });

  it("keeps the victim's answers on each evaluation set, equal to the model's and to the metrics", () => {
    const v = getVictim('logreg', 1);
    expect(v.kind).toBe('logreg');
    expect(v.model).toMatchObject({ d: FEATURES, hidden: 0 });
    const { test, uniform, frauds } = v.data;
    expect(Array.from(v.testP)).toEqual(Array.from(probabilities(v.model, test.x, test.n)));
    expect(Array.from(v.uniformP)).toEqual(Array.from(probabilities(v.model, uniform.x, uniform.n)));
    expect(Array.from(v.fraudP)).toEqual(Array.from(probabilities(v.model, frauds.x, frauds.n)));
    expect(v.accuracy).toBe(accuracy(v.testP, test.y, test.w));
    expect(v.auprc).toBe(auprc(v.testP, test.y, test.w));
  });

  it('is built once per kind and seed', () => {
    expect(getVictim('logreg', 1)).toBe(getVictim('logreg', 1));
    expect(getVictim('logreg', 1).data).toBe(fraudData(1));
  });

  it('trains an MLP that catches more natural frauds than logistic regression (the interaction cluster)', () => {
    const linear = getVictim('logreg', 1);
    const mlp = getVictim('mlp', 1);
    expect(mlp.model).toMatchObject({ d: FEATURES, hidden: 16 });
    expect(mlp.data).toBe(linear.data);
    const recall = (p: Float64Array) => p.filter((v) => v > 0.5).length / p.length;
    expect(recall(mlp.fraudP)).toBeGreaterThan(recall(linear.fraudP) + 0.1);
    expect(mlp.accuracy).toBeGreaterThan(0.998);
  });
});

describe('fraudData', () => {
  it('keeps one data set in memory: another seed replaces it (victims keep their own)', () => {
    const first = fraudData(1);
    expect(fraudData(1)).toBe(first);
    const second = fraudData(2);
    expect(second.seed).toBe(2);
    expect(fraudData(2)).toBe(second);
    expect(getVictim('logreg', 1).data).toBe(first);
    expect(fraudData(1)).not.toBe(first); // rebuilt (data.test.ts checks it is the same data)
  });
});
