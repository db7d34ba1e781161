/**
 * Fast Gradient Sign Method: Goodfellow, Shlens and Szegedy, "Explaining and Harnessing
 * Adversarial Examples", ICLR 2015: x̃ = x + ε·sign(∇ₓJ(θ, x, y)), then clipped to [0, 1].
 * One gradient per image, an L∞ perturbation of at most ε.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Classifier } from './classifier';
import { clipPixels, inputGradient } from './gradient';

export function fgsm(model: Classifier, x: tf.Tensor4D, labels: tf.Tensor1D, epsilon: number): tf.Tensor4D {
  return tf.tidy(() => clipPixels(tf.add(x, tf.mul(tf.sign(inputGradient(model, x, labels)), epsilon))));
}
