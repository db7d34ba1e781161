/**
 * One evasion experiment: draw the seed's test images, classify them, attack them, classify the
 * adversarial images, and report the figures of the command-line contract (docs/ARCHITECTURE.md).
 * Pure apart from TensorFlow.js, so the command line, the tests and the page's Web Worker
 * (src/components/labs/labs.worker.ts) share it.
 */
import * as tf from '@tensorflow/tfjs-core';
import { Rng } from '../../extraction/random';
import { imagesTensor } from '../cnn';
import { CLASSES, PIXELS, sampleImages, type ImageSet } from '../data';
import { accuracy, perClassAccuracy } from '../metrics';
import type { Classifier } from './classifier';
import { fgsm } from './fgsm';
import { pgd } from './pgd';
import type { EvasionSettings } from './settings';

/** One attacked image. */
export interface ImageResult {
  label: number;
  clean: number;
  adversarial: number;
  /** ‖x̃ − x‖∞ and ‖x̃ − x‖₂ with pixels in [0, 1]. */
  linf: number;
  l2: number;
}

export interface EvasionResult {
  settings: EvasionSettings;
  images: number;
  cleanAccuracy: number;
  adversarialAccuracy: number;
  /** Among the images the model classified correctly, the share the attack made it get wrong. */
  attackSuccessRate: number | null;
  meanPerturbation: { linf: number; l2: number };
  /** Prediction-API queries; null for white-box attacks, which read gradients instead. */
  queries: number | null;
  /** Input gradients computed per image (1 for FGSM, steps for PGD). */
  gradientSteps: number;
  perClassAccuracy: { clean: (number | null)[]; adversarial: (number | null)[] };
  perImage: ImageResult[];
  notes: string[];
  /** The first images attacked, to draw (only when asked for with `EvasionHooks.examples`). */
  examples?: EvasionExample[];
}

/** One attacked image as the page draws it. */
export interface EvasionExample {
  label: number;
  /**
   * Pixels 0–255 of the clean image and of the adversarial one, the latter rounded to whole grey
   * levels for drawing (as an 8-bit image file would hold it); the classes and probabilities are
   * those of the attack's own image.
   */
  clean: number[];
  adversarial: number[];
  /** Softmax probabilities of the ten classes for the clean and for the adversarial image. */
  cleanProbabilities: number[];
  adversarialProbabilities: number[];
}

/** What a caller may ask of a run beyond its figures. */
export interface EvasionHooks {
  /** Told after each gradient step of each batch: steps done, and the run's total. */
  onProgress?: (done: number, of: number) => void;
  /** Keep this many of the first attacked images to draw (at most one batch). */
  examples?: number;
}

/** Batches of this many images bound the memory an attack holds (activations of one batch). */
export const ATTACK_BATCH = 100;

async function classes(model: Classifier, x: tf.Tensor4D): Promise<Int32Array> {
  const p = tf.tidy(() => tf.argMax(model.logits(x), 1));
  const out = (await p.data()) as Int32Array;
  p.dispose();
  return out;
}

/** The attack the settings name, on one batch: adversarial images, in [0, 1]. */
export function attackBatch(
  model: Classifier,
  x: tf.Tensor4D,
  y: tf.Tensor1D,
  s: EvasionSettings,
  rng: Rng,
  onStep?: () => void,
) {
  switch (s.attack) {
    case 'fgsm': {
      const adv = fgsm(model, x, y, s.epsilon);
      onStep?.();
      return adv;
    }
    case 'pgd':
    case 'pgd-l2':
      return pgd(
        model,
        x,
        y,
        {
          norm: s.attack === 'pgd' ? 'linf' : 'l2',
          epsilon: s.epsilon,
          steps: s.steps,
          stepSize: s.stepSize,
          randomStart: s.randomStart,
        },
        rng,
        onStep,
      );
  }
}

/** Per-image L∞ and L2 distances between two batches of images in [0, 1]. */
function distances(a: Float32Array, b: Float32Array, n: number): { linf: number; l2: number }[] {
  const out = [];
  for (let i = 0; i < n; i++) {
    let inf = 0;
    let sq = 0;
    for (let j = i * PIXELS; j < (i + 1) * PIXELS; j++) {
      const d = Math.abs(a[j] - b[j]);
      if (d > inf) inf = d;
      sq += d * d;
    }
    out.push({ linf: inf, l2: Math.sqrt(sq) });
  }
  return out;
}

/** Softmax probabilities of the first k images of a batch, one array of ten per image. */
async function probabilities(model: Classifier, x: tf.Tensor4D, k: number): Promise<number[][]> {
  const p = tf.tidy(() => tf.softmax(model.logits(tf.slice(x, [0, 0, 0, 0], [k, -1, -1, -1]))));
  const values = (await p.data()) as Float32Array;
  p.dispose();
  return Array.from({ length: k }, (_, i) => Array.from(values.subarray(i * CLASSES, (i + 1) * CLASSES)));
}

/** The first k images of a batch as the page draws them (see EvasionExample). */
async function examplesOf(
  model: Classifier,
  x: tf.Tensor4D,
  adv: tf.Tensor4D,
  pixels: { clean: Float32Array; adversarial: Float32Array },
  labels: Uint8Array,
  k: number,
): Promise<EvasionExample[]> {
  const [cleanP, advP] = [await probabilities(model, x, k), await probabilities(model, adv, k)];
  const grey = (a: Float32Array, i: number) =>
    Array.from(a.subarray(i * PIXELS, (i + 1) * PIXELS), (v) => Math.round(v * 255));
  return Array.from({ length: k }, (_, i) => ({
    label: labels[i],
    clean: grey(pixels.clean, i),
    adversarial: grey(pixels.adversarial, i),
    cleanProbabilities: cleanP[i],
    adversarialProbabilities: advP[i],
  }));
}

export async function runEvasion(
  model: Classifier,
  test: ImageSet,
  s: EvasionSettings,
  hooks: EvasionHooks = {},
): Promise<EvasionResult> {
  const rng = new Rng(s.seed);
  const set = sampleImages(test, s.images, rng.fork(1));
  const attackRng = rng.fork(2);
  const perImage: ImageResult[] = [];
  const steps = s.attack === 'fgsm' ? 1 : s.steps;
  const total = Math.ceil(set.count / ATTACK_BATCH) * steps;
  let done = 0;
  const onStep = hooks.onProgress && (() => hooks.onProgress?.(++done, total));
  let examples: EvasionExample[] | undefined;
  for (let start = 0; start < set.count; start += ATTACK_BATCH) {
    const n = Math.min(ATTACK_BATCH, set.count - start);
    const labels = set.labels.subarray(start, start + n);
    const x = imagesTensor(set.pixels.subarray(start * PIXELS, (start + n) * PIXELS), n);
    const y = tf.tensor1d(Int32Array.from(labels), 'int32');
    const adv = attackBatch(model, x, y, s, attackRng, onStep);
    const clean = await classes(model, x);
    const advClass = await classes(model, adv);
    const pixels = { clean: (await x.data()) as Float32Array, adversarial: (await adv.data()) as Float32Array };
    const d = distances(pixels.clean, pixels.adversarial, n);
    if (start === 0 && hooks.examples)
      examples = await examplesOf(model, x, adv, pixels, labels, Math.min(hooks.examples, n));
    tf.dispose([x, y, adv]);
    for (let i = 0; i < n; i++)
      perImage.push({ label: labels[i], clean: clean[i], adversarial: advClass[i], linf: d[i].linf, l2: d[i].l2 });
  }
  const result = summarise(s, perImage);
  return examples ? { ...result, examples } : result;
}

export function summarise(s: EvasionSettings, perImage: ImageResult[]): EvasionResult {
  const labels = perImage.map((r) => r.label);
  const clean = perImage.map((r) => r.clean);
  const adv = perImage.map((r) => r.adversarial);
  const correct = perImage.filter((r) => r.clean === r.label);
  const n = perImage.length;
  const mean = (f: (r: ImageResult) => number) => perImage.reduce((a, r) => a + f(r), 0) / n;
  const notes: string[] = [];
  if (correct.length === 0) notes.push('the model got every clean image wrong: no attack success rate');
  return {
    settings: s,
    images: n,
    cleanAccuracy: accuracy(clean, labels),
    adversarialAccuracy: accuracy(adv, labels),
    attackSuccessRate: correct.length ? correct.filter((r) => r.adversarial !== r.label).length / correct.length : null,
    meanPerturbation: { linf: mean((r) => r.linf), l2: mean((r) => r.l2) },
    queries: null,
    gradientSteps: s.attack === 'fgsm' ? 1 : s.steps,
    perClassAccuracy: { clean: perClassAccuracy(clean, labels), adversarial: perClassAccuracy(adv, labels) },
    perImage,
    notes,
  };
}
