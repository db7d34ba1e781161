/**
 * The image labs' shipped files: the Fashion-MNIST subset (public/labs/fashion-mnist/, written by
 * scripts/build-fashion-mnist.ts) and the CNN's weights (public/labs/fashion-cnn/, written by
 * scripts/train-fashion-cnn.ts) against their manifests: the clean accuracy the weights reach, and
 * a short retraining slice.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCnn, loadFashionMnist } from '../../src/cli/labs';
import { nodeTf } from '../../src/cli/tfjs-node';
import { REPRODUCE_STEPS, trainSlice } from '../../scripts/train-fashion-cnn';
import { disposeParams, imagesTensor, predict } from '../../src/lib/labs/cnn';
import { CLASSES, fileBytes } from '../../src/lib/labs/data';
import { accuracy } from '../../src/lib/labs/metrics';
import { checkWeights } from '../../src/lib/labs/weights';

const root = resolve(__dirname, '..', '..');

beforeAll(async () => {
  await nodeTf();
});

describe('the shipped images', () => {
  it('are 600 train and 100 test images a class, as the manifest says', () => {
    const { manifest, train, test } = loadFashionMnist(root);
    expect(manifest.perClass).toEqual({ train: 600, test: 100 });
    for (const [set, per] of [
      [train, 600],
      [test, 100],
    ] as const) {
      const counts = new Array(CLASSES).fill(0);
      set.labels.forEach((l) => counts[l]++);
      expect(counts).toEqual(new Array(CLASSES).fill(per));
    }
    // the files are the bytes the manifest's SHA-256 names (decode checked it); sizes stay small
    const bytes = readFileSync(join(root, 'public/labs/fashion-mnist/train.bin'));
    expect(bytes.length).toBe(fileBytes(6000));
  });
});

describe('the shipped CNN weights', () => {
  it('reach the clean accuracy their manifest states (±0.5 point) on the 1,000 test images, and at least 85 %', async () => {
    const { test } = loadFashionMnist(root);
    const { manifest, params } = loadCnn(root);
    const x = imagesTensor(test.pixels, test.count);
    const acc = accuracy(await predict(params, x), test.labels);
    x.dispose();
    disposeParams(params);
    expect(Math.abs(acc - manifest.cleanAccuracy)).toBeLessThanOrEqual(0.005);
    // The README's user-submitted "2 Conv+pool" figures are 0.876–0.916 on the full 60,000 images.
    expect(manifest.cleanAccuracy).toBeGreaterThanOrEqual(0.85);
  });

  it(`retraining the script's first ${REPRODUCE_STEPS} mini-batches from its seed repeats its losses within 1e-3`, async () => {
    const { manifest, train } = (() => {
      const d = loadFashionMnist(root);
      return { manifest: loadCnn(root).manifest, train: d.train };
    })();
    const losses = await trainSlice(train);
    expect(losses).toHaveLength(manifest.reproduce.losses.length);
    losses.forEach((l, i) => expect(Math.abs(l - manifest.reproduce.losses[i])).toBeLessThan(1e-3));
    // and the slice does learn: the loss falls from about ln 10
    expect(losses[0]).toBeGreaterThan(1.5);
    expect(losses.at(-1)!).toBeLessThan(losses[0]);
  });

  it('are refused when a byte is damaged', () => {
    const { manifest } = loadCnn(root);
    const bytes = new Uint8Array(readFileSync(join(root, 'public/labs/fashion-cnn', manifest.file)));
    bytes[1000] ^= 0x40;
    expect(() => checkWeights(bytes, manifest, 'weights.bin')).toThrow(
      /weights.bin is damaged: its SHA-256 is [0-9a-f]{64}, the manifest says/,
    );
    expect(() => checkWeights(bytes.subarray(4), manifest, 'weights.bin')).toThrow('it is 115748 bytes');
  });
});
