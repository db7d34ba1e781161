/**
 * The crowd that labels the product images, and the two ways the pipeline turns its labels into
 * training labels. Pure: no TensorFlow.js, no DOM.
 *
 * Each image is labelled by `labelsPerImage` different contributors drawn at random. Honest
 * contributors give the true class (Fashion-MNIST's label); a malicious one labels every image of
 * the source class as the target class and every other image truthfully, which keeps its overall
 * agreement with the crowd high (a targeted label-flipping attack).
 *
 * - none: the pipeline keeps the first label an image received, as a single-labeller pipeline does.
 * - consensus: the labels are combined by Dawid and Skene's EM (Applied Statistics 28(1), 1979),
 *   which estimates each contributor's confusion matrix (its reputation, class by class) and each
 *   image's most probable class. A contributor who always calls sneakers "bags" earns a confusion
 *   matrix that says so, and its votes on sneakers stop counting; plain majority voting cannot see
 *   that, because the same contributor agrees with everyone on the other nine classes.
 */
import type { Rng } from '../../extraction/random';
import { CLASSES } from '../data';

export interface Crowd {
  /** Contributors (by index) who are malicious. */
  malicious: Set<number>;
  /** For image i, its labellers and their labels: labellers[i * k + j], labels[i * k + j]. */
  labellers: Int32Array;
  labels: Uint8Array;
  /** Labels per image. */
  k: number;
}

export interface CrowdOptions {
  contributors: number;
  labelsPerImage: number;
  /** Share of contributors who are malicious (rounded to a whole number of contributors). */
  maliciousShare: number;
  source: number;
  target: number;
}

/** Draws the crowd and its labels for images whose true classes are `truth`. */
export function labelByCrowd(truth: ArrayLike<number>, o: CrowdOptions, rng: Rng): Crowd {
  const people = Array.from({ length: o.contributors }, (_, i) => i);
  rng.shuffle(people);
  const malicious = new Set(people.slice(0, Math.round(o.maliciousShare * o.contributors)));
  const k = o.labelsPerImage;
  const n = truth.length;
  const labellers = new Int32Array(n * k);
  const labels = new Uint8Array(n * k);
  const chosen = new Set<number>();
  for (let i = 0; i < n; i++) {
    chosen.clear();
    for (let j = 0; j < k; j++) {
      let c = rng.int(o.contributors);
      while (chosen.has(c)) c = rng.int(o.contributors);
      chosen.add(c);
      labellers[i * k + j] = c;
      labels[i * k + j] = malicious.has(c) && truth[i] === o.source ? o.target : truth[i];
    }
  }
  return { malicious, labellers, labels, k };
}

/** The pipeline without a defence: each image keeps the first label it received. */
export function firstLabels(crowd: Crowd, n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = crowd.labels[i * crowd.k];
  return out;
}

/** Plain majority vote; a tie goes to the earliest label among the tied classes. */
export function majorityLabels(crowd: Crowd, n: number): Uint8Array {
  const out = new Uint8Array(n);
  const votes = new Int32Array(CLASSES);
  for (let i = 0; i < n; i++) {
    votes.fill(0);
    let best = crowd.labels[i * crowd.k];
    for (let j = 0; j < crowd.k; j++) {
      const l = crowd.labels[i * crowd.k + j];
      votes[l]++;
      if (votes[l] > votes[best]) best = l;
    }
    out[i] = best;
  }
  return out;
}

export interface Consensus {
  labels: Uint8Array;
  /** Each contributor's estimated accuracy on the images whose consensus is the class (their reputation). */
  reputation: (c: number, cls: number) => number;
  iterations: number;
}

/**
 * Dawid–Skene EM, started from majority vote. The confusion matrices are smoothed with a prior
 * that expects contributors to be mostly right (2 pseudo-counts on the diagonal, 0.1 elsewhere),
 * so a contributor seen on few images of a class is neither trusted nor condemned on that alone.
 */
export function dawidSkene(crowd: Crowd, n: number, contributors: number, maxIterations = 20): Consensus {
  const K = CLASSES;
  const { k, labels, labellers } = crowd;
  // Posterior over true classes per image, from the vote shares.
  const T = new Float64Array(n * K);
  for (let i = 0; i < n; i++) for (let j = 0; j < k; j++) T[i * K + labels[i * k + j]] += 1 / k;
  const conf = new Float64Array(contributors * K * K); // conf[c][true][given], log after the M-step
  const prior = new Float64Array(K);
  let iterations = 0;
  const hard = new Uint8Array(n);
  for (; iterations < maxIterations; iterations++) {
    // M-step: class priors and every contributor's confusion matrix.
    prior.fill(0);
    for (let c = 0; c < contributors; c++)
      for (let t = 0; t < K; t++) for (let g = 0; g < K; g++) conf[(c * K + t) * K + g] = t === g ? 2 : 0.1;
    for (let i = 0; i < n; i++)
      for (let t = 0; t < K; t++) {
        const p = T[i * K + t];
        if (p === 0) continue;
        prior[t] += p;
        for (let j = 0; j < k; j++) conf[(labellers[i * k + j] * K + t) * K + labels[i * k + j]] += p;
      }
    for (let t = 0; t < K; t++) prior[t] = Math.log((prior[t] + 1) / (n + K));
    for (let c = 0; c < contributors; c++)
      for (let t = 0; t < K; t++) {
        const row = (c * K + t) * K;
        let sum = 0;
        for (let g = 0; g < K; g++) sum += conf[row + g];
        for (let g = 0; g < K; g++) conf[row + g] = Math.log(conf[row + g] / sum);
      }
    // E-step: each image's posterior over its true class.
    let changed = 0;
    for (let i = 0; i < n; i++) {
      let max = -Infinity;
      let arg = 0;
      for (let t = 0; t < K; t++) {
        let s = prior[t];
        for (let j = 0; j < k; j++) s += conf[(labellers[i * k + j] * K + t) * K + labels[i * k + j]];
        T[i * K + t] = s;
        if (s > max) {
          max = s;
          arg = t;
        }
      }
      let z = 0;
      for (let t = 0; t < K; t++) z += T[i * K + t] = Math.exp(T[i * K + t] - max);
      for (let t = 0; t < K; t++) T[i * K + t] /= z;
      if (iterations === 0 || hard[i] !== arg) changed++;
      hard[i] = arg;
    }
    if (changed === 0) break;
  }
  return {
    labels: hard,
    reputation: (c, cls) => Math.exp(conf[(c * K + cls) * K + cls]),
    iterations: Math.min(iterations + 1, maxIterations),
  };
}
