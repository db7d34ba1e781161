/**
 * The attacker's surrogate: its training schedule worked by hand from the formulas (epochs
 * ⌈20,000/n⌉ clamped to 5–200 and step 0.05·min(1, √(1000/n)) for logistic regression; epochs
 * ⌈15,000/n⌉ clamped to 5–100 and step 0.01 for the MLP), and warm-started fitting.
 */
import { describe, expect, it } from 'vitest';
import { sigmoid } from '../model';
import { Rng } from '../random';
import { QuerySet } from './context';
import { createSurrogate, fitSurrogate, surrogateTraining } from './surrogate';

describe('createSurrogate', () => {
  it('builds a model of the victim family with a fresh optimiser', () => {
    const lr = createSurrogate(30, 0, new Rng(1));
    expect(lr.model).toMatchObject({ d: 30, hidden: 0 });
    expect(lr.model.params.every((v) => v === 0)).toBe(true);
    const mlp = createSurrogate(30, 16, new Rng(1));
    expect(mlp.model.params.length).toBe(16 * 30 + 2 * 16 + 1);
    expect(mlp.model.params.some((v) => v !== 0)).toBe(true); // Glorot initialisation
    expect(mlp.opt.t).toBe(0);
    expect(mlp.opt.m.length).toBe(mlp.model.params.length);
  });
});

describe('surrogateTraining', () => {
  it('for logistic regression: 200 epochs at most, 5 at least, smaller steps past 1,000 answers', () => {
    expect(surrogateTraining(31, 0)).toEqual({ epochs: 200, batchSize: 64, learningRate: 0.05, l2: 0 });
    expect(surrogateTraining(1000, 0)).toEqual({ epochs: 20, batchSize: 64, learningRate: 0.05, l2: 0 });
    expect(surrogateTraining(3000, 0).epochs).toBe(7); // ⌈6.67⌉
    const big = surrogateTraining(100_000, 0);
    expect(big.epochs).toBe(5);
    expect(big.learningRate).toBeCloseTo(0.005, 12); // 0.05·√(1000/100,000)
  });

  it('for the MLP: 100 epochs at most, 5 at least, a fixed step', () => {
    expect(surrogateTraining(31, 16)).toEqual({ epochs: 100, batchSize: 64, learningRate: 0.01, l2: 0 });
    expect(surrogateTraining(1000, 16).epochs).toBe(15);
    expect(surrogateTraining(100_000, 16)).toEqual({ epochs: 5, batchSize: 64, learningRate: 0.01, l2: 0 });
  });
});

describe('fitSurrogate', () => {
  const qs = new QuerySet(2);
  const r = new Rng(2);
  for (let i = 0; i < 500; i++) {
    const x = Float64Array.of(r.uniform(-4, 4), r.uniform(-4, 4));
    qs.push(x, sigmoid(x[0] - 2 * x[1] + 0.5));
  }

  it('fits the answers as soft targets: σ(x₀ − 2x₁ + ½) is recovered to 0.1', () => {
    const s = createSurrogate(2, 0, new Rng(3));
    fitSurrogate(s, qs, new Rng(4));
    const [w0, w1, b] = s.model.params;
    expect(w0).toBeCloseTo(1, 1);
    expect(w1).toBeCloseTo(-2, 1);
    expect(b).toBeCloseTo(0.5, 1);
  });

  it('warm-starts: the optimiser carries on across checkpoints', () => {
    const s = createSurrogate(2, 0, new Rng(3));
    fitSurrogate(s, qs, new Rng(4));
    expect(s.opt.t).toBe(40 * 8); // ⌈20,000/500⌉ epochs × ⌈500/64⌉ batches
    fitSurrogate(s, qs, new Rng(4));
    expect(s.opt.t).toBe(2 * 40 * 8);
  });
});
