/**
 * Training the labs' CNN: Adam on mini-batches in a seeded order, so a seed, the data and the
 * settings give the same weights (up to the backend's floating-point order; see cnn-weights.test.ts).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Rng } from '../extraction/random';
import { imagesTensor, loss, PARAM_NAMES, type CnnParams, type ParamName } from './cnn';
import { PIXELS, type ImageSet } from './data';

export interface TrainOptions {
  epochs: number;
  batchSize: number;
  learningRate: number;
  /** Stop after this many mini-batches in all (the reproducibility check trains a short slice). */
  maxSteps?: number;
  onEpoch?: (epoch: number, meanLoss: number) => void;
}

/** Trains the variables in place; returns the loss of every mini-batch. */
export async function trainCnn(
  params: Record<ParamName, tf.Variable>,
  data: ImageSet,
  opts: TrainOptions,
  rng: Rng,
): Promise<number[]> {
  const optimizer = tf.train.adam(opts.learningRate);
  const vars = PARAM_NAMES.map((n) => params[n]);
  const losses: number[] = [];
  const order = Int32Array.from({ length: data.count }, (_, i) => i);
  const batchPixels = new Uint8Array(opts.batchSize * PIXELS);
  const batchLabels = new Int32Array(opts.batchSize);
  try {
    for (let epoch = 0; epoch < opts.epochs; epoch++) {
      rng.shuffle(order);
      let sum = 0;
      let batches = 0;
      for (let s = 0; s + opts.batchSize <= data.count; s += opts.batchSize) {
        if (opts.maxSteps !== undefined && losses.length >= opts.maxSteps) return losses;
        for (let k = 0; k < opts.batchSize; k++) {
          const i = order[s + k];
          batchPixels.set(data.pixels.subarray(i * PIXELS, (i + 1) * PIXELS), k * PIXELS);
          batchLabels[k] = data.labels[i];
        }
        const value = tf.tidy(() => {
          const x = imagesTensor(batchPixels, opts.batchSize);
          const y = tf.tensor1d(batchLabels, 'int32');
          return optimizer.minimize(() => loss(params as CnnParams, x, y), true, vars) as tf.Scalar;
        });
        const l = (await value.data())[0];
        value.dispose();
        losses.push(l);
        sum += l;
        batches++;
      }
      opts.onEpoch?.(epoch, sum / Math.max(1, batches));
    }
    return losses;
  } finally {
    optimizer.dispose();
  }
}
