/**
 * Training the attacker's surrogate on the answers collected so far, warm-started across
 * checkpoints. Probabilities are used as soft targets; labels-only answers are hard targets.
 */
import { createModel, type Model } from '../model';
import type { Rng } from '../random';
import { createOptimiser, train, type Optimiser, type TrainOptions } from '../train';
import type { QuerySet } from './context';

export interface Surrogate {
  model: Model;
  opt: Optimiser;
}

export function createSurrogate(d: number, hidden: number, rng: Rng): Surrogate {
  const model = createModel(d, hidden, rng);
  return { model, opt: createOptimiser(model) };
}

/** Epochs shrink as data grows so that each retraining costs about the same. */
export function surrogateTraining(n: number, hidden: number): TrainOptions {
  // Smaller steps on more data: the last iterate of Adam stays close to the optimum.
  const shrink = Math.min(1, Math.sqrt(1000 / n));
  if (hidden === 0)
    return {
      epochs: Math.min(200, Math.max(5, Math.ceil(20_000 / n))),
      batchSize: 64,
      learningRate: 0.05 * shrink,
      l2: 0,
    };
  return { epochs: Math.min(100, Math.max(5, Math.ceil(15_000 / n))), batchSize: 64, learningRate: 0.01, l2: 0 };
}

export function fitSurrogate(s: Surrogate, qs: QuerySet, rng: Rng): void {
  train(s.model, qs.x, qs.y, qs.n, surrogateTraining(qs.n, s.model.hidden), rng, s.opt);
}
