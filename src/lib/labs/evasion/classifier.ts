/**
 * What an evasion attack sees of the victim: logits for a batch of images. White-box attacks take
 * gradients through it; the black-box one only reads its scores and counts the queries.
 * A defence (a later step) wraps a classifier in another.
 */
import type * as tf from '@tensorflow/tfjs-core';
import { logits, type CnnParams } from '../cnn';

export interface Classifier {
  /** Logits [n, 10] for images [n, 28, 28, 1] in [0, 1]; differentiable in the images. */
  logits(x: tf.Tensor4D): tf.Tensor2D;
}

export function cnnClassifier(params: CnnParams): Classifier {
  return { logits: (x) => logits(params, x) };
}
