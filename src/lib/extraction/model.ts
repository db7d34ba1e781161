/**
 * The two model kinds the simulator uses, for victims and surrogates alike: logistic regression
 * (hidden = 0) and a one-hidden-layer ReLU network with a sigmoid output. Parameters live in one
 * Float64Array so the optimiser treats both the same way.
 * Layout: hidden = 0 → [w (d), b]; hidden = h → [W1 (h×d), b1 (h), w2 (h), b2].
 */
import type { Rng } from './random';

export interface Model {
  readonly d: number;
  readonly hidden: number;
  readonly params: Float64Array;
}

export function createModel(d: number, hidden: number, rng?: Rng): Model {
  const size = hidden === 0 ? d + 1 : hidden * d + 2 * hidden + 1;
  const params = new Float64Array(size);
  if (hidden > 0 && rng) {
    // Glorot uniform, as Keras initialises Dense layers.
    const l1 = Math.sqrt(6 / (d + hidden));
    for (let i = 0; i < hidden * d; i++) params[i] = rng.uniform(-l1, l1);
    const l2 = Math.sqrt(6 / (hidden + 1));
    for (let i = 0; i < hidden; i++) params[hidden * d + hidden + i] = rng.uniform(-l2, l2);
  }
  return { d, hidden, params };
}

export function cloneModel(m: Model): Model {
  return { d: m.d, hidden: m.hidden, params: Float64Array.from(m.params) };
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** logit(p) = ln(p / (1 − p)). */
export function logit(p: number): number {
  return Math.log(p) - Math.log1p(-p);
}

/** w·x + b for a linear model, on the row of x starting at offset o. */
export function linearScore(w: Float64Array, x: Float64Array, o: number, d: number): number {
  let z = w[d];
  for (let j = 0; j < d; j++) z += w[j] * x[o + j];
  return z;
}

/**
 * The MLP's score before the sigmoid (one ReLU hidden layer of h units), on the row of x starting
 * at offset o. When `act` is given, the hidden activations are written to it (for backpropagation).
 */
export function mlpScore(
  w: Float64Array,
  x: Float64Array,
  o: number,
  d: number,
  h: number,
  act?: Float64Array,
): number {
  const b1 = h * d;
  const w2 = b1 + h;
  let z = w[w2 + h];
  for (let k = 0; k < h; k++) {
    let a = w[b1 + k];
    const r = k * d;
    for (let j = 0; j < d; j++) a += w[r + j] * x[o + j];
    const relu = a > 0 ? a : 0;
    if (act) act[k] = relu;
    z += w[w2 + k] * relu;
  }
  return z;
}

/** The score before the sigmoid, for the row of x starting at offset o. */
export function logitOf(m: Model, x: Float64Array, o = 0): number {
  const { d, hidden: h, params: w } = m;
  return h === 0 ? linearScore(w, x, o, d) : mlpScore(w, x, o, d, h);
}

export function probability(m: Model, x: Float64Array, o = 0): number {
  return sigmoid(logitOf(m, x, o));
}

/** Fraud probabilities for every row of a table. */
export function probabilities(m: Model, x: Float64Array, n: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = probability(m, x, i * m.d);
  return out;
}

/** Gradient of the logit with respect to the input (for the adaptive attack). */
export function inputGradient(m: Model, x: Float64Array, out: Float64Array): void {
  const { d, hidden: h, params: w } = m;
  if (h === 0) {
    for (let j = 0; j < d; j++) out[j] = w[j];
    return;
  }
  out.fill(0);
  const b1 = h * d;
  const w2 = b1 + h;
  for (let k = 0; k < h; k++) {
    let a = w[b1 + k];
    const r = k * d;
    for (let j = 0; j < d; j++) a += w[r + j] * x[j];
    if (a > 0) for (let j = 0; j < d; j++) out[j] += w[w2 + k] * w[r + j];
  }
}
