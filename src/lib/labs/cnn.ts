/**
 * The labs' victim: a small convolutional network for 28×28 grey images, written with
 * @tensorflow/tfjs-core's ops (no layers library) so attacks can take input gradients with tf.grad.
 * conv 5×5×16 + ReLU → max-pool 2 → conv 5×5×32 + ReLU → max-pool 2 → dense 10 (logits).
 *
 * Works on whatever backend is set (WASM in Node and the browser, CPU in some tests). The WASM
 * backend has no kernel for a convolution's filter gradient (Conv2DBackpropFilter) and a slow one
 * for its input gradient (Conv2DBackpropInput: 206 ms against 26 ms for the forward pass on 100
 * images here), so `conv2dSame` gives tf.conv2d a custom gradient made of forward convolutions,
 * which WASM runs fast (XNNPACK): about 36 ms for the input gradient. cnn.test.ts checks it
 * against tf.conv2d's own gradient on the CPU backend.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Rng } from '../extraction/random';
import { DataError } from './errors';
import { CLASSES, SIDE } from './data';

export const ARCHITECTURE = 'conv5x5x16-relu-maxpool2-conv5x5x32-relu-maxpool2-dense10';
export const PARAM_NAMES = ['w1', 'b1', 'w2', 'b2', 'w3', 'b3'] as const;
export type ParamName = (typeof PARAM_NAMES)[number];
const C1 = 16;
const C2 = 32;
const K = 5;
const FLAT = (SIDE / 4) * (SIDE / 4) * C2;
export const PARAM_SHAPES: Record<ParamName, number[]> = {
  w1: [K, K, 1, C1],
  b1: [C1],
  w2: [K, K, C1, C2],
  b2: [C2],
  w3: [FLAT, CLASSES],
  b3: [CLASSES],
};

export type CnnParams = Record<ParamName, tf.Tensor>;

const size = (shape: number[]) => shape.reduce((a, b) => a * b, 1);
export const PARAM_COUNT = PARAM_NAMES.reduce((n, p) => n + size(PARAM_SHAPES[p]), 0);

/**
 * Stride-1 "same" convolution of an odd square kernel, with the gradient written as forward
 * convolutions (see the file's comment): dx is the input gradient (the transposed convolution,
 * that is a convolution with the kernel rotated by 180° and its channels swapped), dw correlates
 * the padded input with dy, the batch taking the place of the channels.
 */
export function conv2dSame(x: tf.Tensor4D, w: tf.Tensor4D): tf.Tensor4D {
  const op = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const [xi, wi, save] = args as [tf.Tensor4D, tf.Tensor4D, tf.GradSaveFunc];
    save([xi, wi]);
    return {
      value: tf.conv2d(xi, wi, 1, 'same'),
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
        const [xs, ws] = saved as tf.Tensor4D[];
        const pad = (ws.shape[0] - 1) / 2;
        const rotated = tf.transpose(tf.reverse(ws, [0, 1]), [0, 1, 3, 2]) as tf.Tensor4D;
        const dx = tf.conv2d(dy as tf.Tensor4D, rotated, 1, 'same');
        const padded = tf.pad(xs, [
          [0, 0],
          [pad, pad],
          [pad, pad],
          [0, 0],
        ]);
        const dw = tf.transpose(
          tf.conv2d(
            tf.transpose(padded, [3, 1, 2, 0]) as tf.Tensor4D,
            tf.transpose(dy, [1, 2, 0, 3]) as tf.Tensor4D,
            1,
            'valid',
          ),
          [1, 2, 0, 3],
        );
        return [dx, dw];
      },
    };
  });
  return op(x, w) as tf.Tensor4D;
}

/** Width of the last hidden layer (the pooled second convolution, flattened): what the dense layer reads. */
export const HIDDEN = FLAT;

/** The last hidden layer [n, HIDDEN] for images x [n, 28, 28, 1] in [0, 1]. */
export function hidden(p: Pick<CnnParams, 'w1' | 'b1' | 'w2' | 'b2'>, x: tf.Tensor4D): tf.Tensor2D {
  return tf.tidy(() => {
    let h = tf.relu(tf.add(conv2dSame(x, p.w1 as tf.Tensor4D), p.b1)) as tf.Tensor4D;
    h = tf.maxPool(h, 2, 2, 'valid');
    h = tf.relu(tf.add(conv2dSame(h, p.w2 as tf.Tensor4D), p.b2)) as tf.Tensor4D;
    h = tf.maxPool(h, 2, 2, 'valid');
    return tf.reshape(h, [-1, FLAT]) as tf.Tensor2D;
  });
}

/** Logits [n, 10] for images x [n, 28, 28, 1] in [0, 1]. */
export function logits(p: CnnParams, x: tf.Tensor4D): tf.Tensor2D {
  return tf.tidy(() => tf.add(tf.matMul(hidden(p, x), p.w3), p.b3) as tf.Tensor2D);
}

/** Mean softmax cross-entropy of the logits against integer labels. */
export function loss(p: CnnParams, x: tf.Tensor4D, labels: tf.Tensor1D): tf.Scalar {
  return tf.tidy(() => tf.losses.softmaxCrossEntropy(tf.oneHot(labels, CLASSES), logits(p, x)) as tf.Scalar);
}

/** He-normal weights and zero biases from the seeded generator, as trainable variables. */
export function initParams(rng: Rng): Record<ParamName, tf.Variable> {
  const out = {} as Record<ParamName, tf.Variable>;
  for (const name of PARAM_NAMES) {
    const shape = PARAM_SHAPES[name];
    const values = new Float32Array(size(shape));
    if (name.startsWith('w')) {
      const fanIn = size(shape.slice(0, -1));
      const sd = Math.sqrt(2 / fanIn);
      for (let i = 0; i < values.length; i++) values[i] = rng.normal() * sd;
    }
    out[name] = tf.variable(tf.tensor(values, shape), true, undefined);
  }
  return out;
}

/** Every parameter, in PARAM_NAMES order, as one float32 array (the weights file's body). */
export async function flattenParams(p: CnnParams): Promise<Float32Array> {
  const out = new Float32Array(PARAM_COUNT);
  let off = 0;
  for (const name of PARAM_NAMES) {
    const v = (await p[name].data()) as Float32Array;
    out.set(v, off);
    off += v.length;
  }
  return out;
}

/** Parameters from a weights file's bytes (float32, little-endian, PARAM_NAMES order). */
export function paramsFromBytes(bytes: Uint8Array, name = 'weights file'): CnnParams {
  if (bytes.length !== PARAM_COUNT * 4)
    throw new DataError(
      `${name} is damaged: it is ${bytes.length} bytes, the ${ARCHITECTURE} network needs ${PARAM_COUNT * 4}; regenerate it with npm run train-fashion-cnn`,
    );
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const all = new Float32Array(PARAM_COUNT);
  for (let i = 0; i < PARAM_COUNT; i++) all[i] = view.getFloat32(i * 4, true);
  if (!all.every(Number.isFinite))
    throw new DataError(`${name} is damaged: it holds values that are not finite numbers`);
  const out = {} as CnnParams;
  let off = 0;
  for (const p of PARAM_NAMES) {
    const n = size(PARAM_SHAPES[p]);
    out[p] = tf.tensor(all.subarray(off, off + n), PARAM_SHAPES[p]);
    off += n;
  }
  return out;
}

export function paramsToBytes(flat: Float32Array): Uint8Array {
  const out = new Uint8Array(flat.length * 4);
  const view = new DataView(out.buffer);
  flat.forEach((v, i) => view.setFloat32(i * 4, v, true));
  return out;
}

export function disposeParams(p: CnnParams): void {
  for (const name of PARAM_NAMES) p[name].dispose();
}

/** Predicted classes for images x (batched so a page or worker never holds every activation). */
export async function predict(p: CnnParams, x: tf.Tensor4D, batch = 250): Promise<Int32Array> {
  const n = x.shape[0];
  const out = new Int32Array(n);
  for (let s = 0; s < n; s += batch) {
    const m = Math.min(batch, n - s);
    const pred = tf.tidy(() => tf.argMax(logits(p, tf.slice(x, [s, 0, 0, 0], [m, SIDE, SIDE, 1])), 1));
    out.set((await pred.data()) as Int32Array, s);
    pred.dispose();
  }
  return out;
}

/** Images as the network's input tensor [n, 28, 28, 1] in [0, 1]. */
export function imagesTensor(pixels: Uint8Array | Float32Array, n: number): tf.Tensor4D {
  const values = pixels instanceof Uint8Array ? Float32Array.from(pixels, (v) => v / 255) : pixels;
  return tf.tensor4d(values, [n, SIDE, SIDE, 1]);
}
