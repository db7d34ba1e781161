/**
 * The two backdoor detectors ART ships, on the representations the classifier learns from (the
 * network's last hidden layer), class by class. Pure: plain arrays, no TensorFlow.js.
 *
 * - ActivationDefence (Chen et al., arXiv:1811.03728, 2018, as ART implements it): within each
 *   training label, reduce the activations to 10 dimensions with PCA, split them into 2 clusters
 *   with k-means, and flag a cluster that is much smaller than the other. ART's default analysis
 *   ("smaller") flags the smaller cluster of every class, clean ones included; this lab uses its
 *   relative-size analysis (flag the smaller cluster only when it holds under 35 % of the class),
 *   so a clean class keeps its images.
 * - SpectralSignatureDefense (Tran, Li and Madry, NeurIPS 2018; the authors' code and ART): within
 *   each label, centre the representations, score each by the square of its projection on the top
 *   singular vector, and remove the 1.5 × expected-poison-share highest scores.
 *
 * PCA is a randomised subspace iteration (Halko, Martinsson and Tropp, SIAM Review 53(2), 2011)
 * with a Rayleigh–Ritz step, so a class of a thousand 1,568-wide rows takes milliseconds.
 */
import { kmeans } from 'ml-kmeans';
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import type { Rng } from '../../extraction/random';

/** Rows of a class: row r of the class is features[rows[r] * d …]. */
interface ClassRows {
  features: Float32Array;
  d: number;
  rows: number[];
}

/** X (centred rows) times a d × m matrix Q (column-major columns): n × m, column-major. */
function times(x: ClassRows, mean: Float64Array, q: Float64Array[], out: Float64Array[]) {
  const { features, d, rows } = x;
  for (let c = 0; c < q.length; c++) out[c].fill(0);
  for (let r = 0; r < rows.length; r++) {
    const o = rows[r] * d;
    for (let c = 0; c < q.length; c++) {
      const qc = q[c];
      let s = 0;
      for (let j = 0; j < d; j++) s += (features[o + j] - mean[j]) * qc[j];
      out[c][r] = s;
    }
  }
}

/** Xᵀ times an n × m matrix Y: d × m, column-major. */
function timesT(x: ClassRows, mean: Float64Array, y: Float64Array[], out: Float64Array[]) {
  const { features, d, rows } = x;
  for (let c = 0; c < y.length; c++) out[c].fill(0);
  for (let r = 0; r < rows.length; r++) {
    const o = rows[r] * d;
    for (let c = 0; c < y.length; c++) {
      const w = y[c][r];
      if (w === 0) continue;
      const oc = out[c];
      for (let j = 0; j < d; j++) oc[j] += w * (features[o + j] - mean[j]);
    }
  }
}

/** Modified Gram–Schmidt, in place. */
function orthonormalise(cols: Float64Array[]) {
  for (let a = 0; a < cols.length; a++) {
    for (let b = 0; b < a; b++) {
      let dot = 0;
      for (let j = 0; j < cols[a].length; j++) dot += cols[a][j] * cols[b][j];
      for (let j = 0; j < cols[a].length; j++) cols[a][j] -= dot * cols[b][j];
    }
    let norm = 0;
    for (let j = 0; j < cols[a].length; j++) norm += cols[a][j] ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < cols[a].length; j++) cols[a][j] /= norm;
  }
}

function classMean(x: ClassRows): Float64Array {
  const mean = new Float64Array(x.d);
  for (const r of x.rows) for (let j = 0; j < x.d; j++) mean[j] += x.features[r * x.d + j];
  for (let j = 0; j < x.d; j++) mean[j] /= Math.max(1, x.rows.length);
  return mean;
}

/**
 * The rows' coordinates on their top `dims` principal components (n × dims, row-major arrays),
 * largest variance first.
 */
export function principalCoordinates(x: ClassRows, dims: number, rng: Rng, iterations = 4): number[][] {
  const n = x.rows.length;
  const m = Math.min(dims + 5, n, x.d);
  const mean = classMean(x);
  const q = Array.from({ length: m }, () => Float64Array.from({ length: x.d }, () => rng.normal()));
  const y = Array.from({ length: m }, () => new Float64Array(n));
  orthonormalise(q);
  for (let it = 0; it < iterations; it++) {
    times(x, mean, q, y);
    timesT(x, mean, y, q);
    orthonormalise(q);
  }
  times(x, mean, q, y);
  // Rayleigh–Ritz: the eigenvectors of (XQ)ᵀ(XQ) rotate Q onto the principal directions.
  const b = new Matrix(m, m);
  for (let a = 0; a < m; a++)
    for (let c = a; c < m; c++) {
      let s = 0;
      for (let r = 0; r < n; r++) s += y[a][r] * y[c][r];
      b.set(a, c, s);
      b.set(c, a, s);
    }
  const eig = new EigenvalueDecomposition(b, { assumeSymmetric: true });
  const order = eig.realEigenvalues.map((v, i) => [v, i] as const).sort((p, q2) => q2[0] - p[0]);
  const vectors = eig.eigenvectorMatrix;
  const k = Math.min(dims, m);
  return Array.from({ length: n }, (_, r) =>
    Array.from({ length: k }, (_, c) => {
      const col = order[c][1];
      let s = 0;
      for (let a = 0; a < m; a++) s += y[a][r] * vectors.get(a, col);
      return s;
    }),
  );
}

/** Training rows grouped by the label they were trained with. */
function byLabel(labels: ArrayLike<number>): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  for (let i = 0; i < labels.length; i++) {
    const g = groups.get(labels[i]) ?? [];
    g.push(i);
    groups.set(labels[i], g);
  }
  return groups;
}

export interface Detection {
  /** flagged[i]: the detector would remove training row i. */
  flagged: Uint8Array;
  /** Per label: what the detector saw and did. */
  classes: { label: number; rows: number; flagged: number; smallerShare?: number }[];
}

export const ACTIVATION_DEFAULTS = { dims: 10, clusters: 2, sizeThreshold: 0.35 } as const;

export function activationClustering(
  features: Float32Array,
  d: number,
  labels: ArrayLike<number>,
  rng: Rng,
  o: { dims?: number; sizeThreshold?: number } = {},
): Detection {
  const dims = o.dims ?? ACTIVATION_DEFAULTS.dims;
  const threshold = o.sizeThreshold ?? ACTIVATION_DEFAULTS.sizeThreshold;
  const flagged = new Uint8Array(labels.length);
  const classes: Detection['classes'] = [];
  for (const [label, rows] of [...byLabel(labels)].sort((a, b) => a[0] - b[0])) {
    if (rows.length < 2 * ACTIVATION_DEFAULTS.clusters) {
      classes.push({ label, rows: rows.length, flagged: 0 });
      continue;
    }
    const coords = principalCoordinates({ features, d, rows }, dims, rng);
    const { clusters } = kmeans(coords, ACTIVATION_DEFAULTS.clusters, {
      initialization: 'kmeans++',
      seed: rng.int(2 ** 31),
      maxIterations: 100,
    });
    const sizes = [0, 0];
    for (const c of clusters) sizes[c]++;
    const smaller = sizes[0] <= sizes[1] ? 0 : 1;
    const share = sizes[smaller] / rows.length;
    let count = 0;
    if (share < threshold)
      clusters.forEach((c, r) => {
        if (c === smaller) {
          flagged[rows[r]] = 1;
          count++;
        }
      });
    classes.push({ label, rows: rows.length, flagged: count, smallerShare: share });
  }
  return { flagged, classes };
}

export const SPECTRAL_MULTIPLIER = 1.5;

export function spectralSignature(
  features: Float32Array,
  d: number,
  labels: ArrayLike<number>,
  expectedPoison: number,
  rng: Rng,
): Detection {
  const flagged = new Uint8Array(labels.length);
  const classes: Detection['classes'] = [];
  for (const [label, rows] of [...byLabel(labels)].sort((a, b) => a[0] - b[0])) {
    const top = principalCoordinates({ features, d, rows }, 1, rng);
    const scores = top.map((c, r) => [c[0] ** 2, r] as const).sort((a, b) => b[0] - a[0]);
    const remove = Math.min(rows.length, Math.ceil(SPECTRAL_MULTIPLIER * expectedPoison * rows.length));
    for (let i = 0; i < remove; i++) flagged[rows[scores[i][1]]] = 1;
    classes.push({ label, rows: rows.length, flagged: remove });
  }
  return { flagged, classes };
}

/** Precision and recall of a detector against the rows that really were poisoned; null when undefined. */
export function detectionScores(
  flagged: ArrayLike<number>,
  poisoned: ArrayLike<number>,
): { precision: number | null; recall: number | null; flagged: number } {
  let tp = 0;
  let fl = 0;
  let pos = 0;
  for (let i = 0; i < flagged.length; i++) {
    if (flagged[i]) fl++;
    if (poisoned[i]) pos++;
    if (flagged[i] && poisoned[i]) tp++;
  }
  return { precision: fl ? tp / fl : null, recall: pos ? tp / pos : null, flagged: fl };
}
