/**
 * A seeded synthetic transaction data set shaped like the public credit-card fraud data
 * (Dal Pozzolo et al., CIDM 2015): 30 numeric features — Time, V1–V28 (PCA-like components),
 * Amount — and fraud at 0.172 % of transactions. The real data cannot be shipped or fetched here,
 * so this generator mimics its shape: legitimate transactions are near-normal, frauds form two
 * shifted clusters along the components that separate fraud best in the real data (V14, V12, V10,
 * V17 low; V4, V11 high), plus a smaller interaction cluster that a linear model misses.
 * All features are in standard units, as the API receives them.
 */
import { Rng } from './random';

export const FEATURES = 30;
export const FEATURE_NAMES = ['Time', ...Array.from({ length: 28 }, (_, i) => `V${i + 1}`), 'Amount(log, std)'];
/** Fraud share of the real data set: 492 of 284,807 transactions [checked]. */
export const FRAUD_RATE = 492 / 284807;
/** The attacker's box for uniform probing and for 1 − R_unif: each feature in [-BOX, BOX]. */
export const BOX = 4;

export interface Table {
  /** Row-major, n × FEATURES. */
  x: Float64Array;
  /** 1 = fraud. */
  y: Uint8Array;
  n: number;
  /**
   * Row weights of a stratified table (undefined: every row counts once). The test set holds
   * extra frauds, each weighted down, so that its weighted figures estimate natural traffic while
   * fraud-class figures rest on about a thousand frauds rather than the ~35 that 0.17 % of
   * 20,000 gives.
   */
  w?: Float64Array;
}

export interface FraudData {
  train: Table;
  /** Natural traffic plus `SIZES.testFrauds` extra frauds, weighted back to the natural fraud rate. */
  test: Table;
  /** Natural fraud transactions only: agreement on the fraud class. */
  frauds: Table;
  /** Uniform inputs in the box: 1 − R_unif. */
  uniform: Table;
  seed: number;
}

export const SIZES = { train: 60_000, test: 20_000, testFrauds: 1_000, frauds: 1_000, uniform: 5_000 };

const v = (k: number) => k; // V1 is index 1, …, V28 is index 28
/** Fraud cluster A: the classic "card testing" shape. */
const CLUSTER_A: [number, number][] = [
  [v(14), -3.4],
  [v(12), -2.8],
  [v(10), -2.6],
  [v(17), -2.8],
  [v(4), 2.3],
  [v(11), 2.1],
  [v(3), -1.5],
];
/** Fraud cluster B: high amounts and a different component signature. */
const CLUSTER_B: [number, number][] = [
  [v(14), -2.2],
  [v(7), -2.4],
  [v(16), -2.0],
  [v(2), 1.9],
  [29, 2.0],
  [v(9), -1.5],
];

/**
 * The two fraud clusters as profiles: each cluster's mean in standard units (legitimate
 * transactions have mean 0 in every feature, and the fraud scaling by 1.3 keeps it there, so the
 * mean is the cluster's shift) and its signature, the shifted features, largest first. The
 * interaction frauds (V5 and V6 far from 0 with the same sign) have no mean shift to compare.
 */
export const FRAUD_PROFILES: { name: string; mean: number[]; signature: number[] }[] = [
  { name: 'card testing (cluster A)', shifts: CLUSTER_A },
  { name: 'high amounts (cluster B)', shifts: CLUSTER_B },
].map(({ name, shifts }) => {
  const mean = new Array<number>(FEATURES).fill(0);
  for (const [j, m] of shifts) mean[j] = m;
  return { name, mean, signature: [...shifts].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).map(([j]) => j) };
});

function legitimate(rng: Rng, out: Float64Array, o: number) {
  out[o] = rng.uniform(-Math.sqrt(3), Math.sqrt(3)); // Time: two days, uniform, standardised
  for (let j = 1; j <= 28; j++) out[o + j] = rng.normal() * (j <= 3 ? 1.25 : j >= 20 ? 0.7 : 1);
  // Amount is log-normal in the real data; in log space a skewed but bounded feature.
  const z = rng.normal();
  out[o + 29] = 0.6 * z + 0.25 * z * z - 0.25;
}

function fraud(rng: Rng, out: Float64Array, o: number) {
  legitimate(rng, out, o);
  const u = rng.next();
  if (u < 0.8) {
    const cluster = u < 0.55 ? CLUSTER_A : CLUSTER_B;
    for (let j = 1; j < 30; j++) out[o + j] *= 1.3;
    for (const [j, m] of cluster) out[o + j] += m;
  } else {
    // Interaction fraud: V5 and V6 both far from zero with the same sign (non-linear).
    const s = rng.next() < 0.5 ? -1 : 1;
    out[o + 5] = s * (2.2 + Math.abs(rng.normal()) * 0.6);
    out[o + 6] = s * (2.2 + Math.abs(rng.normal()) * 0.6);
    out[o + 14] -= 0.8;
  }
}

export function naturalTable(rng: Rng, n: number, fraudRate = FRAUD_RATE): Table {
  const x = new Float64Array(n * FEATURES);
  const y = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (rng.next() < fraudRate) {
      y[i] = 1;
      fraud(rng, x, i * FEATURES);
    } else legitimate(rng, x, i * FEATURES);
  }
  return { x, y, n };
}

export function uniformTable(rng: Rng, n: number): Table {
  const x = new Float64Array(n * FEATURES);
  for (let i = 0; i < x.length; i++) x[i] = rng.uniform(-BOX, BOX);
  return { x, y: new Uint8Array(n), n };
}

/** One natural transaction (for benign traffic), written into out. */
export function naturalQuery(rng: Rng, out: Float64Array, fraudRate = FRAUD_RATE): void {
  if (rng.next() < fraudRate) fraud(rng, out, 0);
  else legitimate(rng, out, 0);
}

/**
 * A plausible public distribution an attacker can sample without our data (Knockoff Nets,
 * CopycatCNN): transactions from another market, wider and shifted, with fraud at 1 %.
 */
export function publicQuery(rng: Rng, out: Float64Array): void {
  naturalQuery(rng, out, 0.01);
  for (let j = 1; j < FEATURES; j++) out[j] = out[j] * 1.4 + 0.3 * Math.sin(j);
}

/**
 * Natural traffic with extra frauds appended (stratified sampling): legitimate rows weigh 1 and
 * every fraud weighs the same, so that the weighted fraud share is the natural rate.
 */
export function stratifiedTable(natural: Table, frauds: Table, fraudRate = FRAUD_RATE): Table {
  const n = natural.n + frauds.n;
  const x = new Float64Array(n * FEATURES);
  x.set(natural.x.subarray(0, natural.n * FEATURES));
  x.set(frauds.x.subarray(0, frauds.n * FEATURES), natural.n * FEATURES);
  const y = new Uint8Array(n);
  y.set(natural.y.subarray(0, natural.n));
  y.set(frauds.y.subarray(0, frauds.n), natural.n);
  let nFraud = 0;
  for (let i = 0; i < n; i++) nFraud += y[i];
  const fraudWeight = nFraud ? ((n - nFraud) * fraudRate) / (1 - fraudRate) / nFraud : 1;
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) w[i] = y[i] === 1 ? fraudWeight : 1;
  return { x, y, n, w };
}

export function generateFraudData(seed: number): FraudData {
  const root = new Rng(seed);
  const frauds = naturalTable(root.fork(3), SIZES.frauds, 1);
  return {
    train: naturalTable(root.fork(1), SIZES.train),
    test: stratifiedTable(naturalTable(root.fork(2), SIZES.test), naturalTable(root.fork(5), SIZES.testFrauds, 1)),
    frauds,
    uniform: uniformTable(root.fork(4), SIZES.uniform),
    seed,
  };
}

export function row(t: Table, i: number): Float64Array {
  return t.x.subarray(i * FEATURES, (i + 1) * FEATURES);
}
