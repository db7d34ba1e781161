/**
 * Mini-batch Adam on binary cross-entropy with soft targets (a probability answer) or hard ones
 * (a label), for both model kinds. The same loop trains the victim and every surrogate; the bench
 * compares it with TensorFlow.js on identical data, architecture and epochs.
 */
import { solveSquare } from './linalg';
import type { Model } from './model';
import { linearScore, mlpScore, sigmoid } from './model';
import type { Rng } from './random';

export interface TrainOptions {
  epochs: number;
  batchSize: number;
  learningRate: number;
  /** L2 penalty on weights (not biases). */
  l2?: number;
  /** Weight of positive examples (class imbalance). */
  positiveWeight?: number;
}

export const DEFAULT_TRAIN: TrainOptions = { epochs: 20, batchSize: 64, learningRate: 0.01, l2: 0 };

/** Adam state kept across calls so a surrogate can be warm-started as answers arrive. */
export interface Optimiser {
  m: Float64Array;
  v: Float64Array;
  t: number;
}

export function createOptimiser(model: Model): Optimiser {
  return { m: new Float64Array(model.params.length), v: new Float64Array(model.params.length), t: 0 };
}

/**
 * Trains in place on rows x (n × d, row-major) with targets y in [0, 1].
 * Returns the mean loss of the last epoch.
 */
export function train(
  model: Model,
  x: Float64Array,
  y: ArrayLike<number>,
  n: number,
  opts: TrainOptions,
  rng: Rng,
  opt: Optimiser = createOptimiser(model),
): number {
  if (n === 0) return NaN;
  const { d, hidden: h, params: w } = model;
  const grad = new Float64Array(w.length);
  const act = new Float64Array(h);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const b1 = 0.9;
  const b2 = 0.999;
  const l2 = opts.l2 ?? 0;
  const pw = opts.positiveWeight ?? 1;
  const nWeights = h === 0 ? d : h * d;
  let lastLoss = NaN;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    rng.shuffle(order);
    let lossSum = 0;
    for (let start = 0; start < n; start += opts.batchSize) {
      const end = Math.min(n, start + opts.batchSize);
      grad.fill(0);
      for (let bi = start; bi < end; bi++) {
        const i = order[bi];
        const o = i * d;
        const t = y[i];
        const z = h === 0 ? linearScore(w, x, o, d) : mlpScore(w, x, o, d, h, act);
        const p = sigmoid(z);
        const sw = t > 0.5 ? pw : 1;
        lossSum += sw * bce(p, t);
        const g = sw * (p - t);
        if (h === 0) {
          for (let j = 0; j < d; j++) grad[j] += g * x[o + j];
          grad[d] += g;
        } else mlpBackward(w, grad, x, o, d, h, act, g);
      }
      const scale = 1 / (end - start);
      opt.t++;
      const lr = (opts.learningRate * Math.sqrt(1 - Math.pow(b2, opt.t))) / (1 - Math.pow(b1, opt.t));
      for (let k = 0; k < w.length; k++) {
        let gk = grad[k] * scale;
        if (k < nWeights && l2 > 0) gk += l2 * w[k];
        opt.m[k] = b1 * opt.m[k] + (1 - b1) * gk;
        opt.v[k] = b2 * opt.v[k] + (1 - b2) * gk * gk;
        w[k] -= (lr * opt.m[k]) / (Math.sqrt(opt.v[k]) + 1e-7);
      }
    }
    lastLoss = lossSum / n;
  }
  return lastLoss;
}

function bce(p: number, t: number): number {
  const e = 1e-12;
  return -(t * Math.log(p + e) + (1 - t) * Math.log(1 - p + e));
}

function mlpBackward(
  w: Float64Array,
  grad: Float64Array,
  x: Float64Array,
  o: number,
  d: number,
  h: number,
  act: Float64Array,
  g: number,
) {
  const b1 = h * d;
  const w2 = b1 + h;
  grad[w2 + h] += g;
  for (let k = 0; k < h; k++) {
    if (act[k] <= 0) continue;
    grad[w2 + k] += g * act[k];
    const gk = g * w[w2 + k];
    grad[b1 + k] += gk;
    const r = k * d;
    for (let j = 0; j < d; j++) grad[r + j] += gk * x[o + j];
  }
}

/** Mean cross-entropy plus (l2 / 2)·‖w‖² (bias not penalised): what both trainers minimise. */
export function objective(model: Model, x: Float64Array, y: ArrayLike<number>, n: number, l2: number): number {
  const { d, hidden: h, params: w } = model;
  let loss = 0;
  for (let i = 0; i < n; i++) {
    const z = h === 0 ? linearScore(w, x, i * d, d) : mlpScore(w, x, i * d, d, h);
    loss += bce(sigmoid(z), y[i]);
  }
  const nWeights = h === 0 ? d : h * d;
  let r = 0;
  for (let k = 0; k < nWeights; k++) r += w[k] * w[k];
  return loss / n + (l2 / 2) * r;
}

/** What `fitLogisticNewton` reports: Newton steps taken and the final gradient's largest entry. */
export interface NewtonFit {
  iterations: number;
  gradientMax: number;
}

/**
 * Logistic regression fitted to convergence by Newton's method (iteratively reweighted least
 * squares) on the same objective as `train`, halving a step until the objective does not rise.
 * The optimum is unique (the penalty makes the objective strictly convex), so a converged victim
 * is one fixed model per training set rather than wherever a few Adam epochs stopped.
 */
export function fitLogisticNewton(
  model: Model,
  x: Float64Array,
  y: ArrayLike<number>,
  n: number,
  l2: number,
  { maxIterations = 50, tolerance = 1e-9 } = {},
): NewtonFit {
  if (model.hidden !== 0) throw new Error('fitLogisticNewton fits logistic regression (hidden = 0) only');
  const { d, params: w } = model;
  const k = d + 1;
  const grad = new Float64Array(k);
  const hess = new Float64Array(k * k);
  let current = objective(model, x, y, n, l2);
  let gradientMax = Infinity;
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    grad.fill(0);
    hess.fill(0);
    for (let i = 0; i < n; i++) {
      const o = i * d;
      const p = sigmoid(linearScore(w, x, o, d));
      const g = (p - y[i]) / n;
      const h = (p * (1 - p)) / n;
      for (let a = 0; a < k; a++) {
        const xa = a < d ? x[o + a] : 1;
        grad[a] += g * xa;
        if (h === 0) continue;
        for (let b = a; b < k; b++) hess[a * k + b] += h * xa * (b < d ? x[o + b] : 1);
      }
    }
    for (let a = 0; a < k; a++) for (let b = 0; b < a; b++) hess[a * k + b] = hess[b * k + a];
    for (let a = 0; a < d; a++) {
      grad[a] += l2 * w[a];
      hess[a * k + a] += l2;
    }
    hess[d * k + d] += 1e-12;
    gradientMax = grad.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
    if (gradientMax < tolerance) break;
    const step = solveSquare(hess, grad, k);
    if (!step) break;
    const before = Float64Array.from(w);
    let t = 1;
    for (let halvings = 0; halvings < 30; halvings++, t /= 2) {
      for (let a = 0; a < k; a++) w[a] = before[a] - t * step[a];
      const next = objective(model, x, y, n, l2);
      if (next <= current) {
        current = next;
        break;
      }
    }
  }
  return { iterations, gradientMax };
}
