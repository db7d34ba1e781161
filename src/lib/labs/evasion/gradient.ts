/**
 * The white-box attacks' shared step: the gradient of the cross-entropy loss with respect to the
 * input images (tf.grad), and the projection back into the pixel range.
 */
import * as tf from '@tensorflow/tfjs-core';
import { CLASSES } from '../data';
import type { Classifier } from './classifier';

/** ∇ₓ J(x, y): one gradient per image (the loss is summed, so each image's gradient is its own). */
export function inputGradient(model: Classifier, x: tf.Tensor4D, labels: tf.Tensor1D): tf.Tensor4D {
  return tf.tidy(() => {
    const y = tf.oneHot(labels, CLASSES);
    const g = tf.grad((z: tf.Tensor) =>
      tf.losses.softmaxCrossEntropy(y, model.logits(z as tf.Tensor4D), undefined, undefined, tf.Reduction.SUM),
    );
    return g(x) as tf.Tensor4D;
  });
}

/** Pixels back into [0, 1]. */
export function clipPixels(x: tf.Tensor): tf.Tensor4D {
  return tf.clipByValue(x, 0, 1) as tf.Tensor4D;
}

/** Each image's L2 norm, shaped [n, 1, 1, 1] to broadcast over the image (floored to avoid 0/0). */
export function l2Norms(t: tf.Tensor4D): tf.Tensor4D {
  return tf.tidy(() => tf.maximum(tf.sqrt(tf.sum(tf.square(t), [1, 2, 3], true)), 1e-12) as tf.Tensor4D);
}
