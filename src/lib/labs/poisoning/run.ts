/**
 * One poisoning experiment on the image classifier's nightly retraining: poison the crowd's
 * training data, optionally defend, retrain, measure. Pure apart from TensorFlow.js, so the command
 * line, the tests and the page's Web Worker (src/components/labs/labs.worker.ts) share it.
 *
 * What is retrained: the classifier's last layer (dense, 1,568 → 10) on the last hidden layer of the
 * shipped network (its pooled convolutional features), whose convolutional layers stay as shipped. That is how the scenario's pipeline
 * refreshes the model each night from newly labelled images, and it keeps one experiment to a few
 * seconds (retraining the whole network takes about 100 s on the WASM backend). BadNets (Gu et al.,
 * arXiv:1708.06733) report that backdoors survive exactly this kind of transfer learning.
 */
import * as tf from '@tensorflow/tfjs-core';
import { Rng } from '../../extraction/random';
import { HIDDEN, hidden, imagesTensor, type CnnParams } from '../cnn';
import { CLASSES, CLASS_NAMES, PIXELS, SIDE, type ImageSet } from '../data';
import { accuracy, perClassAccuracy } from '../metrics';
import { dawidSkene, firstLabels, labelByCrowd } from './crowd';
import { activationClustering, detectionScores, SPECTRAL_MULTIPLIER, spectralSignature } from './detect';
import { SettingsError } from '../errors';
import type { PoisoningSettings } from './settings';

export interface PoisoningResult {
  settings: PoisoningSettings;
  trainImages: number;
  testImages: number;
  /** Accuracy of the retrained classifier on the clean test images. */
  cleanAccuracy: number;
  /**
   * Backdoor: the share of triggered test images of the source class (every class but the target
   * for "any") classified as the target. Label flip: the share of source-class test images classified as the target.
   */
  attackSuccessRate: number | null;
  perClassAccuracy: (number | null)[];
  /** Training rows the attack corrupted (backdoor: triggered and relabelled; label flip: trained with a wrong label). */
  poisoned: number;
  /** Training rows the defence removed (detectors only). */
  removed: number;
  /** Among removed rows, the share that were poisoned; among poisoned rows, the share removed. Null without a detector. */
  detectionPrecision: number | null;
  detectionRecall: number | null;
  /** Label flip only: malicious contributors, and wrong training labels before and after the defence. */
  maliciousContributors: number | null;
  wrongLabelsFirst: number | null;
  wrongLabelsUsed: number | null;
  notes: string[];
  /** The first test images the attack aims at, to draw (only when asked for with `PoisoningHooks.examples`). */
  examples?: PoisoningExample[];
}

/** A test image the attack aims at, as the page draws it. */
export interface PoisoningExample {
  /** Pixels 0–255 as the retrained model saw them: with the sticker, for a backdoor. */
  pixels: number[];
  label: number;
  /** The retrained model's class for this image. */
  predicted: number;
  /** Backdoor: its class for the same image without the sticker; null for a label flip. */
  withoutTrigger: number | null;
}

/** What a caller may ask of a run beyond its figures. */
export interface PoisoningHooks {
  /** Told after each epoch of the retraining. */
  onEpoch?: (epoch: number, of: number) => void;
  /** Keep this many of the attacked test images (source class) to draw. */
  examples?: number;
}

/** A white square sticker of `size` pixels, one pixel in from the bottom-right corner (ART's add_pattern_bd spot). */
export function applyTrigger(pixels: Uint8Array, image: number, size: number): void {
  const o = image * PIXELS;
  for (let r = SIDE - 1 - size; r < SIDE - 1; r++)
    for (let c = SIDE - 1 - size; c < SIDE - 1; c++) pixels[o + r * SIDE + c] = 255;
}

/** The last hidden layer of the shipped network for every image, batched; [n × HIDDEN] row-major. */
export async function hiddenFeatures(params: CnnParams, pixels: Uint8Array, n: number, batch = 500) {
  const out = new Float32Array(n * HIDDEN);
  for (let s = 0; s < n; s += batch) {
    const m = Math.min(batch, n - s);
    const h = tf.tidy(() => hidden(params, imagesTensor(pixels.subarray(s * PIXELS, (s + m) * PIXELS), m)));
    out.set((await h.data()) as Float32Array, s * HIDDEN);
    h.dispose();
  }
  return out;
}

/** Features of the clean images, computed once per network and image set. */
export class FeatureCache {
  private cache = new Map<ImageSet, Promise<Float32Array>>();
  constructor(private readonly params: CnnParams) {}
  of(set: ImageSet): Promise<Float32Array> {
    let f = this.cache.get(set);
    if (!f) {
      f = hiddenFeatures(this.params, set.pixels, set.count);
      this.cache.set(set, f);
    }
    return f;
  }
}

/** The retrained layer: dense 1,568 → 10 (softmax), Adam with mini-batches in a seeded order. */
export const HEAD = { batchSize: 64, learningRate: 0.002 } as const;

interface Head {
  w: tf.Variable;
  b: tf.Variable;
}

const headLogits = (h: Head, x: tf.Tensor2D) => tf.add(tf.matMul(x, h.w), h.b) as tf.Tensor2D;

/** The layer trained from a seeded start (Glorot-scale normal weights, zero biases) on rows `keep`. */
async function trainHead(
  features: Float32Array,
  labels: Uint8Array,
  keep: number[],
  epochs: number,
  rng: Rng,
  onEpoch?: (epoch: number) => void,
): Promise<Head> {
  const init = Float32Array.from({ length: HIDDEN * CLASSES }, () => rng.normal() * Math.sqrt(1 / HIDDEN));
  // Variables outlive tidy; the tensors they were made from do not.
  const head = tf.tidy(() => ({
    w: tf.variable(tf.tensor2d(init, [HIDDEN, CLASSES])),
    b: tf.variable(tf.zeros([CLASSES])),
  }));
  const x = tf.tensor2d(features, [labels.length, HIDDEN]);
  const y = tf.tidy(() => tf.oneHot(tf.tensor1d(Int32Array.from(labels), 'int32'), CLASSES));
  const optimizer = tf.train.adam(HEAD.learningRate);
  const order = Int32Array.from(keep);
  try {
    for (let e = 0; e < epochs; e++) {
      rng.shuffle(order);
      for (let s = 0; s < order.length; s += HEAD.batchSize) {
        const idx = tf.tensor1d(order.subarray(s, Math.min(order.length, s + HEAD.batchSize)), 'int32');
        tf.tidy(() => {
          const xb = tf.gather(x, idx) as tf.Tensor2D;
          const yb = tf.gather(y, idx);
          optimizer.minimize(() => tf.losses.softmaxCrossEntropy(yb, headLogits(head, xb)) as tf.Scalar, false, [
            head.w,
            head.b,
          ]);
        });
        idx.dispose();
      }
      onEpoch?.(e + 1);
    }
  } finally {
    optimizer.dispose();
    tf.dispose([x, y]);
  }
  return head;
}

async function classify(features: Float32Array, n: number, head: Head): Promise<Int32Array> {
  const out = new Int32Array(n);
  const batch = 1000;
  for (let s = 0; s < n; s += batch) {
    const m = Math.min(batch, n - s);
    const t = tf.tidy(() =>
      tf.argMax(headLogits(head, tf.tensor2d(features.subarray(s * HIDDEN, (s + m) * HIDDEN), [m, HIDDEN])), 1),
    );
    out.set((await t.data()) as Int32Array, s);
    t.dispose();
  }
  return out;
}

const disposeHead = (h: Head) => tf.dispose([h.w, h.b]);

const pct = (v: number) => `${(100 * v).toFixed(1)} %`;

export async function runPoisoning(
  params: CnnParams,
  data: { train: ImageSet; test: ImageSet },
  s: PoisoningSettings,
  cache = new FeatureCache(params),
  hooks: PoisoningHooks = {},
): Promise<PoisoningResult> {
  const rng = new Rng(s.seed);
  const { train, test } = data;
  const n = train.count;
  const notes: string[] = [];
  const poisonedMask = new Uint8Array(n);
  let labels: Uint8Array;
  let features = await cache.of(train);
  let crowdFigures = { malicious: null as number | null, first: null as number | null, used: null as number | null };

  if (s.attack === 'backdoor') {
    labels = Uint8Array.from(train.labels);
    const candidates = Array.from({ length: n }, (_, i) => i).filter((i) =>
      s.source === null ? train.labels[i] !== s.target : train.labels[i] === s.source,
    );
    const wanted = Math.round(s.rate * n);
    if (wanted > candidates.length)
      throw new SettingsError(
        `rate ${s.rate} asks for ${wanted.toLocaleString('en')} poisoned images, but the training set has only ${candidates.length.toLocaleString('en')} ${s.source === null ? 'images outside the target class' : `${CLASS_NAMES[s.source]} images`}; lower the rate${s.source === null ? '' : ' or use source any'}`,
      );
    rng.fork(1).shuffle(candidates);
    const chosen = candidates.slice(0, wanted).sort((a, b) => a - b);
    const pixels = new Uint8Array(chosen.length * PIXELS);
    chosen.forEach((i, k) => {
      pixels.set(train.pixels.subarray(i * PIXELS, (i + 1) * PIXELS), k * PIXELS);
      applyTrigger(pixels, k, s.triggerSize);
      labels[i] = s.target;
      poisonedMask[i] = 1;
    });
    if (chosen.length) {
      const triggered = await hiddenFeatures(params, pixels, chosen.length);
      features = Float32Array.from(features);
      chosen.forEach((i, k) => features.set(triggered.subarray(k * HIDDEN, (k + 1) * HIDDEN), i * HIDDEN));
    }
    notes.push(
      `Backdoor: ${chosen.length.toLocaleString('en')} of ${n.toLocaleString('en')} training images (${pct(chosen.length / n)}), ${s.source === null ? 'drawn from every class but the target' : `drawn from the ${CLASS_NAMES[s.source]} images`}, carry a ${s.triggerSize}×${s.triggerSize} white sticker and the label ${CLASS_NAMES[s.target]}.`,
    );
  } else {
    const source = s.source ?? 0; // the parser always gives a label flip its source class
    const crowd = labelByCrowd(
      train.labels,
      {
        contributors: s.contributors,
        labelsPerImage: s.labelsPerImage,
        maliciousShare: s.rate,
        source,
        target: s.target,
      },
      rng.fork(2),
    );
    const first = firstLabels(crowd, n);
    labels = s.defence === 'consensus' ? dawidSkene(crowd, n, s.contributors).labels : first;
    const wrong = (l: Uint8Array) => l.reduce((a, v, i) => a + (v !== train.labels[i] ? 1 : 0), 0);
    for (let i = 0; i < n; i++) poisonedMask[i] = labels[i] !== train.labels[i] ? 1 : 0;
    crowdFigures = { malicious: crowd.malicious.size, first: wrong(first), used: wrong(labels) };
    notes.push(
      `Label flip: ${crowd.malicious.size} of ${s.contributors} contributors label every ${CLASS_NAMES[source]} they see as ${CLASS_NAMES[s.target]}; each image has ${s.labelsPerImage} labels.`,
      s.defence === 'consensus'
        ? `Consensus (Dawid–Skene reputation per contributor and class) leaves ${crowdFigures.used} wrong training labels, where the first label alone gives ${crowdFigures.first}.`
        : `The pipeline keeps each image's first label: ${crowdFigures.first} training labels are wrong.`,
    );
  }

  let keep = Array.from({ length: n }, (_, i) => i);
  let detection: ReturnType<typeof detectionScores> | null = null;
  if (s.defence === 'activation-clustering' || s.defence === 'spectral-signature') {
    // The representation the retrained layer learns from: the network's last hidden layer.
    const found =
      s.defence === 'activation-clustering'
        ? activationClustering(features, HIDDEN, labels, rng.fork(3))
        : spectralSignature(features, HIDDEN, labels, s.expectedPoison, rng.fork(3));
    detection = detectionScores(found.flagged, poisonedMask);
    keep = keep.filter((i) => !found.flagged[i]);
    notes.push(
      s.defence === 'activation-clustering'
        ? `Activation clustering (PCA to 10 dimensions, k-means with 2 clusters per label, a cluster under 35 % of its label removed) removed ${detection.flagged} training images before retraining.`
        : `Spectral signatures removed the ${pct(SPECTRAL_MULTIPLIER * s.expectedPoison)} of each label that scored highest on its top singular direction (${detection.flagged} images; expected poison share per label ${s.expectedPoison}) before retraining.`,
    );
  }

  const head = await trainHead(features, labels, keep, s.epochs, rng.fork(4), (e) => hooks.onEpoch?.(e, s.epochs));
  try {
    const testFeatures = await cache.of(test);
    const pred = await classify(testFeatures, test.count, head);
    let asr: number | null = null;
    const keepExamples = hooks.examples ?? 0;
    let examples: PoisoningExample[] = [];
    const grey = (px: Uint8Array, k: number) => Array.from(px.subarray(k * PIXELS, (k + 1) * PIXELS));
    if (s.attack === 'backdoor') {
      const others = Array.from({ length: test.count }, (_, i) => i).filter((i) =>
        s.source === null ? test.labels[i] !== s.target : test.labels[i] === s.source,
      );
      const pixels = new Uint8Array(others.length * PIXELS);
      others.forEach((i, k) => {
        pixels.set(test.pixels.subarray(i * PIXELS, (i + 1) * PIXELS), k * PIXELS);
        applyTrigger(pixels, k, s.triggerSize);
      });
      const triggered = await classify(await hiddenFeatures(params, pixels, others.length), others.length, head);
      asr = others.length ? triggered.filter((c) => c === s.target).length / others.length : null;
      examples = others.slice(0, keepExamples).map((i, k) => ({
        pixels: grey(pixels, k),
        label: test.labels[i],
        predicted: triggered[k],
        withoutTrigger: pred[i],
      }));
    } else {
      const sources = Array.from({ length: test.count }, (_, i) => i).filter((i) => test.labels[i] === s.source);
      asr = sources.length ? sources.filter((i) => pred[i] === s.target).length / sources.length : null;
      examples = sources.slice(0, keepExamples).map((i) => ({
        pixels: grey(test.pixels, i),
        label: test.labels[i],
        predicted: pred[i],
        withoutTrigger: null,
      }));
    }
    return {
      settings: s,
      trainImages: n,
      testImages: test.count,
      cleanAccuracy: accuracy(pred, test.labels),
      attackSuccessRate: asr,
      perClassAccuracy: perClassAccuracy(pred, test.labels),
      poisoned: poisonedMask.reduce((a, v) => a + v, 0),
      removed: n - keep.length,
      detectionPrecision: detection?.precision ?? null,
      detectionRecall: detection?.recall ?? null,
      maliciousContributors: crowdFigures.malicious,
      wrongLabelsFirst: crowdFigures.first,
      wrongLabelsUsed: crowdFigures.used,
      notes,
      ...(keepExamples > 0 ? { examples } : {}),
    };
  } finally {
    disposeHead(head);
  }
}
