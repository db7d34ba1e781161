/**
 * Proportional-odds ordinal logistic regression (McCullagh 1980), the model behind R's
 * MASS::polr: P(grade ≤ k | x) = σ(θ_k − w·x) for k = 0…K−2, with ordered cut points θ.
 * Fitted by full-batch gradient descent with Adam on the mean negative log-likelihood plus an L2
 * penalty on w; features are standardised inside the model, so weights are comparable. Pure and
 * deterministic.
 */

export interface OrdinalModel {
  /** Number of grades (0…classes−1). */
  classes: number;
  features: string[];
  mean: number[];
  scale: number[];
  weights: number[];
  /** Ordered cut points θ_0 < … < θ_{K−2}. */
  cuts: number[];
}

export interface FitOptions {
  l2?: number;
  iterations?: number;
  learningRate?: number;
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

function standardise(X: number[][]): { mean: number[]; scale: number[] } {
  const p = X[0]?.length ?? 0;
  const mean = Array.from({ length: p }, (_, j) => X.reduce((s, r) => s + r[j], 0) / X.length);
  const scale = mean.map((m, j) => {
    const v = X.reduce((s, r) => s + (r[j] - m) ** 2, 0) / X.length;
    return v > 1e-12 ? Math.sqrt(v) : 1;
  });
  return { mean, scale };
}

/** The linear predictor w·z of one row, z standardised. */
export function linear(model: OrdinalModel, x: readonly number[]): number {
  let eta = 0;
  for (let j = 0; j < model.weights.length; j++) eta += (model.weights[j] * (x[j] - model.mean[j])) / model.scale[j];
  return eta;
}

/** P(grade = k) for k = 0…classes−1. */
export function probabilities(model: OrdinalModel, x: readonly number[]): number[] {
  const eta = linear(model, x);
  const cum = [...model.cuts.map((c) => sigmoid(c - eta)), 1];
  return cum.map((c, k) => Math.max(0, c - (k > 0 ? cum[k - 1] : 0)));
}

/** The expected grade Σ k·P(k). */
export function expectedGrade(model: OrdinalModel, x: readonly number[]): number {
  return probabilities(model, x).reduce((s, p, k) => s + k * p, 0);
}

export function negLogLikelihood(model: OrdinalModel, X: readonly number[][], y: readonly number[]): number {
  let s = 0;
  X.forEach((x, i) => (s -= Math.log(Math.max(1e-12, probabilities(model, x)[y[i]]))));
  return s / X.length;
}

export function fitOrdinal(
  X: number[][],
  y: number[],
  features: string[],
  classes: number,
  { l2 = 0.01, iterations = 3000, learningRate = 0.05 }: FitOptions = {},
): OrdinalModel {
  if (X.length === 0) throw new Error('fitOrdinal needs at least one row');
  if (y.some((v) => !Number.isInteger(v) || v < 0 || v >= classes)) throw new Error(`grades must be 0…${classes - 1}`);
  const { mean, scale } = standardise(X);
  const Z = X.map((r) => r.map((v, j) => (v - mean[j]) / scale[j]));
  const p = features.length;
  const K = classes;
  // Parameters: w (p), θ_0, log-gaps (K−2).
  const params = new Array<number>(p + K - 1).fill(0);
  // Start the cut points at the logits of the grades' cumulative shares.
  const counts = Array.from({ length: K }, (_, k) => y.filter((v) => v === k).length);
  let cum = 0;
  const start: number[] = [];
  for (let k = 0; k < K - 1; k++) {
    cum += counts[k];
    const share = Math.min(1 - 1e-3, Math.max(1e-3, cum / y.length));
    start.push(Math.log(share / (1 - share)));
  }
  params[p] = start[0];
  for (let k = 1; k < K - 1; k++) params[p + k] = Math.log(Math.max(1e-3, start[k] - start[k - 1]));
  const cutsOf = (q: number[]) => {
    const c = [q[p]];
    for (let k = 1; k < K - 1; k++) c.push(c[k - 1] + Math.exp(q[p + k]));
    return c;
  };
  const m = new Array<number>(params.length).fill(0);
  const v = new Array<number>(params.length).fill(0);
  const b1 = 0.9;
  const b2 = 0.999;
  for (let it = 1; it <= iterations; it++) {
    const cuts = cutsOf(params);
    const gW = new Array<number>(p).fill(0);
    const gC = new Array<number>(K - 1).fill(0);
    for (let i = 0; i < Z.length; i++) {
      let eta = 0;
      for (let j = 0; j < p; j++) eta += params[j] * Z[i][j];
      const k = y[i];
      const upper = k < K - 1 ? sigmoid(cuts[k] - eta) : 1;
      const lower = k > 0 ? sigmoid(cuts[k - 1] - eta) : 0;
      const prob = Math.max(1e-12, upper - lower);
      const dUpper = k < K - 1 ? upper * (1 - upper) : 0;
      const dLower = k > 0 ? lower * (1 - lower) : 0;
      // d(−log prob)/dη and /dθ
      const dEta = (dUpper - dLower) / prob;
      for (let j = 0; j < p; j++) gW[j] += dEta * Z[i][j];
      if (k < K - 1) gC[k] -= dUpper / prob;
      if (k > 0) gC[k - 1] += dLower / prob;
    }
    const n = Z.length;
    const grad = new Array<number>(params.length).fill(0);
    for (let j = 0; j < p; j++) grad[j] = gW[j] / n + 2 * l2 * params[j];
    // θ_k = θ_0 + Σ_{i≤k} exp(g_i): chain rule onto θ_0 and the log-gaps.
    for (let k = 0; k < K - 1; k++) grad[p] += gC[k] / n;
    for (let g = 1; g < K - 1; g++) {
      let s = 0;
      for (let k = g; k < K - 1; k++) s += gC[k] / n;
      grad[p + g] = s * Math.exp(params[p + g]);
    }
    for (let j = 0; j < params.length; j++) {
      m[j] = b1 * m[j] + (1 - b1) * grad[j];
      v[j] = b2 * v[j] + (1 - b2) * grad[j] * grad[j];
      const mh = m[j] / (1 - b1 ** it);
      const vh = v[j] / (1 - b2 ** it);
      params[j] -= (learningRate * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  return { classes: K, features, mean, scale, weights: params.slice(0, p), cuts: cutsOf(params) };
}
