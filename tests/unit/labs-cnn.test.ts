import { beforeAll, describe, expect, it } from 'vitest';
import type * as TF from '@tensorflow/tfjs-core';
import { nodeTf } from '../../src/cli/tfjs-node';
import { Rng } from '../../src/lib/extraction/random';
import { conv2dSame, initParams, logits, PARAM_COUNT, paramsFromBytes, paramsToBytes } from '../../src/lib/labs/cnn';

let tf: typeof TF;
beforeAll(async () => {
  tf = await nodeTf('cpu');
});

function maxAbsDiff(a: TF.Tensor, b: TF.Tensor): number {
  return tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0]);
}

describe('conv2dSame', () => {
  it("matches tf.conv2d and its own gradients (the CPU backend's Conv2DBackprop kernels) within 1e-4 relative", () => {
    const rng = new Rng(3);
    const rand = (shape: number[]) =>
      tf.tensor(
        Float32Array.from({ length: shape.reduce((a, b) => a * b) }, () => rng.normal()),
        shape,
      );
    const x = rand([4, 14, 14, 3]) as TF.Tensor4D;
    const w = rand([5, 5, 3, 6]) as TF.Tensor4D;
    const dy = rand([4, 14, 14, 6]);
    expect(maxAbsDiff(conv2dSame(x, w), tf.conv2d(x, w, 1, 'same'))).toBeLessThan(1e-4);
    const ours = tf.grads((a: TF.Tensor, b: TF.Tensor) =>
      tf.sum(tf.mul(conv2dSame(a as TF.Tensor4D, b as TF.Tensor4D), dy)),
    )([x, w]);
    const theirs = tf.grads((a: TF.Tensor, b: TF.Tensor) =>
      tf.sum(tf.mul(tf.conv2d(a as TF.Tensor4D, b as TF.Tensor4D, 1, 'same'), dy)),
    )([x, w]);
    for (let k = 0; k < 2; k++) {
      const scale = tf.tidy(() => tf.max(tf.abs(theirs[k])).dataSync()[0]);
      expect(maxAbsDiff(ours[k], theirs[k]) / scale).toBeLessThan(1e-4);
    }
    tf.dispose([x, w, dy, ...ours, ...theirs]);
  });
});

describe('the CNN', () => {
  it('maps a batch of images to 10 logits, and its parameters round-trip through bytes', async () => {
    const params = initParams(new Rng(1));
    const x = tf.zeros([2, 28, 28, 1]) as TF.Tensor4D;
    const out = logits(params, x);
    expect(out.shape).toEqual([2, 10]);
    const flat = new Float32Array(PARAM_COUNT);
    let off = 0;
    for (const v of Object.values(params)) {
      flat.set(await v.data(), off);
      off += v.size;
    }
    const back = paramsFromBytes(paramsToBytes(flat));
    expect(maxAbsDiff(logits(back, x), out)).toBe(0);
    tf.dispose([x, out, ...Object.values(params), ...Object.values(back)]);
  });
  it('refuses a weights file of the wrong size or with non-finite values', () => {
    expect(() => paramsFromBytes(new Uint8Array(10), 'w.bin')).toThrow(
      `w.bin is damaged: it is 10 bytes, the conv5x5x16-relu-maxpool2-conv5x5x32-relu-maxpool2-dense10 network needs ${PARAM_COUNT * 4}`,
    );
    const nan = new Float32Array(PARAM_COUNT);
    nan[7] = NaN;
    expect(() => paramsFromBytes(paramsToBytes(nan), 'w.bin')).toThrow('not finite');
  });
});
