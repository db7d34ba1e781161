/**
 * Mini-batch Adam on binary cross-entropy. Oracles: Adam's first step from Kingma and Ba (ICLR
 * 2015, Algorithm 1: with bias correction the first step is lr·g / (|g| + ε/√(1 − β₂)) per
 * parameter), the loss ln 2 of a model at zero, central finite differences of the loss for the
 * MLP's backward pass, and the maximum-likelihood fact that soft targets σ(w·x + b) are fitted
 * best by w and b themselves.
 */
import { describe, expect, it } from 'vitest';
import { createModel, probability, sigmoid, type Model } from './model';
import { Rng } from './random';
import { DEFAULT_TRAIN, createOptimiser, fitLogisticNewton, objective, train } from './train';

const oneBatch = (n: number, lr = 0.01) => ({ epochs: 1, batchSize: n, learningRate: lr });
/** Adam's first step for gradient g, with this module's ε = 1e-7 added to √v. */
const firstStep = (lr: number, g: number) => (lr * g) / (Math.abs(g) + 1e-7 / Math.sqrt(1 - 0.999));

function meanLoss(m: Model, x: Float64Array, y: number[]): number {
  let s = 0;
  for (let i = 0; i < y.length; i++) {
    const p = probability(m, x, i * m.d);
    s -= y[i] * Math.log(p + 1e-12) + (1 - y[i]) * Math.log(1 - p + 1e-12);
  }
  return s / y.length;
}

describe('train', () => {
  it('has the documented defaults and a zeroed optimiser', () => {
    expect(DEFAULT_TRAIN).toEqual({ epochs: 20, batchSize: 64, learningRate: 0.01, l2: 0 });
    const opt = createOptimiser(createModel(3, 2));
    expect(opt.t).toBe(0);
    expect(opt.m.length).toBe(3 * 2 + 2 * 2 + 1);
    expect(opt.v.every((v) => v === 0)).toBe(true);
  });

  it('reports ln 2 for the first epoch of a model at zero, whatever the targets', () => {
    const m = createModel(1, 0);
    const loss = train(m, Float64Array.from([1, -2, 0.5]), [1, 0, 0.3], 3, oneBatch(3), new Rng(1));
    expect(loss).toBeCloseTo(Math.LN2, 10);
  });

  it("takes Adam's first step: lr·g/(|g| + ε/√(1 − β₂)) against the mean gradient", () => {
    // Rows x = 1, −2, 0.5 with targets 1, 0, 1 at p = ½: mean (p − t)·x = −7/12, mean (p − t) = −1/6.
    const m = createModel(1, 0);
    train(m, Float64Array.from([1, -2, 0.5]), [1, 0, 1], 3, oneBatch(3), new Rng(1));
    expect(m.params[0]).toBeCloseTo(-firstStep(0.01, -7 / 12), 12);
    expect(m.params[1]).toBeCloseTo(-firstStep(0.01, -1 / 6), 12);
  });

  it("backpropagates the MLP correctly: each parameter's first step matches −sign of the numerical gradient", () => {
    const m = createModel(3, 4, new Rng(4));
    m.params.forEach((_, i) => (m.params[i] += 0.05 * Math.cos(i))); // nonzero biases
    const r = new Rng(5);
    const n = 8;
    const x = Float64Array.from({ length: n * 3 }, () => r.normal());
    const y = Array.from({ length: n }, () => r.next());
    const before = Float64Array.from(m.params);
    const grad = before.map((_, k) => {
      const probe = { ...m, params: Float64Array.from(before) };
      probe.params[k] = before[k] + 1e-6;
      const up = meanLoss(probe, x, y);
      probe.params[k] = before[k] - 1e-6;
      return (up - meanLoss(probe, x, y)) / 2e-6;
    });
    train(m, x, y, n, oneBatch(n, 1e-4), new Rng(6));
    let checked = 0;
    grad.forEach((g, k) => {
      const step = m.params[k] - before[k];
      if (Math.abs(g) > 1e-4) {
        expect(step / -firstStep(1e-4, g), `parameter ${k}`).toBeCloseTo(1, 3);
        checked++;
      } else expect(Math.abs(step), `parameter ${k}`).toBeLessThan(1e-5);
    });
    expect(checked).toBeGreaterThan(10);
  });

  it('recovers w = 2, b = −1 from soft targets σ(2x − 1) (the cross-entropy minimum)', () => {
    const r = new Rng(7);
    const n = 2000;
    const x = Float64Array.from({ length: n }, () => r.uniform(-3, 3));
    const y = Array.from(x, (v) => sigmoid(2 * v - 1));
    const m = createModel(1, 0);
    train(m, x, y, n, { epochs: 40, batchSize: 64, learningRate: 0.02 }, new Rng(8));
    expect(m.params[0]).toBeCloseTo(2, 1);
    expect(m.params[1]).toBeCloseTo(-1, 1);
  });

  it('weights positive examples (t > ½) in the loss, and only those', () => {
    const x = Float64Array.from([1, 1]);
    const opts = { ...oneBatch(2), positiveWeight: 3 };
    expect(train(createModel(1, 0), x, [1, 0], 2, opts, new Rng(1))).toBeCloseTo((3 * Math.LN2 + Math.LN2) / 2, 10);
    expect(train(createModel(1, 0), x, [0.5, 0.5], 2, opts, new Rng(1))).toBeCloseTo(Math.LN2, 10);
  });

  it('applies the L2 penalty to weights and not to the bias', () => {
    // Inputs at 0 and targets σ(1) at b = 1: the data gradient is exactly 0, so only L2 moves w.
    const m = createModel(1, 0);
    m.params.set([1, 1]);
    train(m, Float64Array.from([0, 0]), [sigmoid(1), sigmoid(1)], 2, { ...oneBatch(2), l2: 0.1 }, new Rng(1));
    expect(m.params[0]).toBeCloseTo(1 - firstStep(0.01, 0.1), 12);
    expect(m.params[1]).toBe(1);
  });

  it('counts one Adam step per batch and carries the optimiser across calls (warm start)', () => {
    const r = new Rng(9);
    const x = Float64Array.from({ length: 10 }, () => r.normal());
    const y = Array.from({ length: 10 }, (_, i) => i % 2);
    const m = createModel(1, 0);
    const opt = createOptimiser(m);
    const opts = { epochs: 2, batchSize: 4, learningRate: 0.01 };
    train(m, x, y, 10, opts, new Rng(1), opt);
    expect(opt.t).toBe(6); // ⌈10/4⌉ batches × 2 epochs
    train(m, x, y, 10, opts, new Rng(1), opt);
    expect(opt.t).toBe(12);
  });

  it('gives the same parameters from the same seed', () => {
    const r = new Rng(10);
    const x = Float64Array.from({ length: 200 }, () => r.normal());
    const y = Array.from({ length: 100 }, (_, i) => (x[2 * i] > 0 ? 1 : 0));
    const run = () => {
      const m = createModel(2, 3, new Rng(11));
      train(m, x, y, 100, { epochs: 3, batchSize: 16, learningRate: 0.01 }, new Rng(12));
      return Array.from(m.params);
    };
    expect(run()).toEqual(run());
  });

  it('lets the MLP learn what logistic regression cannot (XOR of signs: x₀·x₁ > 0)', () => {
    const r = new Rng(13);
    const n = 800;
    const x = Float64Array.from({ length: 2 * n }, () => r.uniform(-2, 2));
    const y = Array.from({ length: n }, (_, i) => (x[2 * i] * x[2 * i + 1] > 0 ? 1 : 0));
    const acc = (m: Model) => y.filter((t, i) => (probability(m, x, 2 * i) > 0.5 ? 1 : 0) === t).length / n;
    const opts = { epochs: 60, batchSize: 32, learningRate: 0.02 };
    const mlp = createModel(2, 16, new Rng(14));
    train(mlp, x, y, n, opts, new Rng(15));
    const linear = createModel(2, 0);
    train(linear, x, y, n, opts, new Rng(15));
    expect(acc(mlp)).toBeGreaterThan(0.9);
    expect(acc(linear)).toBeLessThan(0.7);
  });

  it('returns NaN and changes nothing when there are no rows', () => {
    const m = createModel(2, 0);
    m.params.set([1, 2, 3]);
    const opt = createOptimiser(m);
    expect(train(m, new Float64Array(0), [], 0, DEFAULT_TRAIN, new Rng(1), opt)).toBeNaN();
    expect(Array.from(m.params)).toEqual([1, 2, 3]);
    expect(opt.t).toBe(0);
  });
});

describe('fitLogisticNewton', () => {
  it('finds the saturated model: b = logit of the x = 0 frequency, w = the log odds ratio', () => {
    // One binary feature: 40 rows at x = 0 with 10 positives, 60 at x = 1 with 45 positives. The
    // maximum-likelihood fit reproduces each group's frequency: b = logit(¼), b + w = logit(¾).
    const x = new Float64Array(100);
    const y: number[] = [];
    for (let i = 0; i < 100; i++) {
      x[i] = i < 40 ? 0 : 1;
      y.push(i < 40 ? (i < 10 ? 1 : 0) : i < 85 ? 1 : 0);
    }
    const m = createModel(1, 0);
    const fit = fitLogisticNewton(m, x, y, 100, 0);
    expect(fit.gradientMax).toBeLessThan(1e-9);
    expect(m.params[1]).toBeCloseTo(Math.log(1 / 3), 9);
    expect(m.params[0]).toBeCloseTo(Math.log(3) - Math.log(1 / 3), 9);
    expect(objective(m, x, y, 100, 0)).toBeCloseTo(meanLoss(m, x, y), 12);
  });

  it('shrinks the weight with the L2 penalty, and stays finite on separable data', () => {
    const x = Float64Array.from([-2, -1, 1, 2]);
    const y = [0, 0, 1, 1];
    const m = createModel(1, 0);
    const fit = fitLogisticNewton(m, x, y, 4, 0.1);
    expect(Number.isFinite(m.params[0])).toBe(true);
    expect(fit.gradientMax).toBeLessThan(1e-9);
    // At the optimum the data gradient balances the penalty: mean((p − y)x) = −0.1·w.
    let g = 0;
    for (let i = 0; i < 4; i++) g += ((sigmoid(m.params[0] * x[i] + m.params[1]) - y[i]) * x[i]) / 4;
    expect(g).toBeCloseTo(-0.1 * m.params[0], 9);
  });

  it('refuses an MLP', () => {
    expect(() => fitLogisticNewton(createModel(2, 3), new Float64Array(2), [1], 1, 0)).toThrow(/logistic regression/);
  });
});
