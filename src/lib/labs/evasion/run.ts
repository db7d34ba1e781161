/**
 * One evasion experiment: draw the seed's test images, classify them, attack them, classify the
 * adversarial images, and report the figures of the command-line contract (docs/ARCHITECTURE.md).
 * Pure apart from TensorFlow.js, so the command line, the tests and (later) a Web Worker share it.
 */
import * as tf from '@tensorflow/tfjs-core';
import { Rng } from '../../extraction/random';
import { imagesTensor } from '../cnn';
import { PIXELS, sampleImages, type ImageSet } from '../data';
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
export function attackBatch(model: Classifier, x: tf.Tensor4D, y: tf.Tensor1D, s: EvasionSettings, rng: Rng) {
  switch (s.attack) {
    case 'fgsm':
      return fgsm(model, x, y, s.epsilon);
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

export async function runEvasion(model: Classifier, test: ImageSet, s: EvasionSettings): Promise<EvasionResult> {
  const rng = new Rng(s.seed);
  const set = sampleImages(test, s.images, rng.fork(1));
  const attackRng = rng.fork(2);
  const perImage: ImageResult[] = [];
  for (let start = 0; start < set.count; start += ATTACK_BATCH) {
    const n = Math.min(ATTACK_BATCH, set.count - start);
    const labels = set.labels.subarray(start, start + n);
    const x = imagesTensor(set.pixels.subarray(start * PIXELS, (start + n) * PIXELS), n);
    const y = tf.tensor1d(Int32Array.from(labels), 'int32');
    const adv = attackBatch(model, x, y, s, attackRng);
    const clean = await classes(model, x);
    const advClass = await classes(model, adv);
    const d = distances((await x.data()) as Float32Array, (await adv.data()) as Float32Array, n);
    tf.dispose([x, y, adv]);
    for (let i = 0; i < n; i++)
      perImage.push({ label: labels[i], clean: clean[i], adversarial: advClass[i], linf: d[i].linf, l2: d[i].l2 });
  }
  return summarise(s, perImage);
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
