/**
 * `npm run train-fashion-cnn`: trains the labs' CNN (src/lib/labs/cnn.ts) on the shipped
 * Fashion-MNIST training subset with a fixed seed, on TensorFlow.js's WASM backend, and writes
 * public/labs/fashion-cnn/weights.bin (float32, little-endian) and manifest.json (shapes, seed,
 * epochs, clean accuracy on the test subset, SHA-256, and the losses of the first mini-batches,
 * which cnn-weights.test.ts retrains to check the script is deterministic).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng } from '../src/lib/extraction/random';
import {
  ARCHITECTURE,
  flattenParams,
  imagesTensor,
  initParams,
  PARAM_NAMES,
  PARAM_SHAPES,
  paramsToBytes,
  predict,
  type CnnParams,
} from '../src/lib/labs/cnn';
import { sha256Hex, type ImageSet } from '../src/lib/labs/data';
import { accuracy, perClassAccuracy } from '../src/lib/labs/metrics';
import { trainCnn } from '../src/lib/labs/train';
import type { WeightsManifest } from '../src/lib/labs/weights';
import { loadFashionMnist, WEIGHTS_DIR } from '../src/cli/labs';
import { nodeTf } from '../src/cli/tfjs-node';

export const TRAINING = { seed: 18, epochs: 8, batchSize: 64, learningRate: 0.002 } as const;
export const REPRODUCE_STEPS = 4;
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The first `steps` mini-batch losses of the shipped run (the reproducibility slice). */
export async function trainSlice(train: ImageSet, steps = REPRODUCE_STEPS): Promise<number[]> {
  const tf = await nodeTf();
  const rng = new Rng(TRAINING.seed);
  const params = initParams(rng.fork(1));
  const losses = await trainCnn(params, train, { ...TRAINING, maxSteps: steps }, rng.fork(2));
  tf.dispose(Object.values(params));
  return losses;
}

async function evaluate(params: CnnParams, set: ImageSet) {
  const x = imagesTensor(set.pixels, set.count);
  const pred = await predict(params, x);
  x.dispose();
  return { accuracy: accuracy(pred, set.labels), perClass: perClassAccuracy(pred, set.labels) };
}

async function main() {
  const tf = await nodeTf();
  const { manifest: data, train, test } = loadFashionMnist(ROOT);
  const rng = new Rng(TRAINING.seed);
  const params = initParams(rng.fork(1));
  const t0 = performance.now();
  const losses = await trainCnn(
    params,
    train,
    {
      ...TRAINING,
      onEpoch: (e, l) =>
        process.stdout.write(
          `epoch ${e + 1}/${TRAINING.epochs}: mean loss ${l.toFixed(4)} (${((performance.now() - t0) / 1000).toFixed(0)} s)\n`,
        ),
    },
    rng.fork(2),
  );
  const seconds = (performance.now() - t0) / 1000;
  const trainEval = await evaluate(params, train);
  const testEval = await evaluate(params, test);
  const bytes = paramsToBytes(await flattenParams(params));
  const dir = join(ROOT, ...WEIGHTS_DIR);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'weights.bin'), bytes);
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  const manifest: WeightsManifest = {
    format: 'dojo-fashion-cnn/1',
    architecture: ARCHITECTURE,
    params: PARAM_NAMES.map((name) => ({ name, shape: PARAM_SHAPES[name] })),
    file: 'weights.bin',
    bytes: bytes.length,
    sha256: sha256Hex(bytes),
    ...TRAINING,
    trainData: data.files.train.sha256,
    trainAccuracy: round(trainEval.accuracy),
    cleanAccuracy: round(testEval.accuracy),
    perClassAccuracy: testEval.perClass.map((v) => round(v ?? NaN)),
    seconds: Math.round(seconds),
    backend: tf.getBackend(),
    reproduce: { steps: REPRODUCE_STEPS, losses: losses.slice(0, REPRODUCE_STEPS).map((l) => Number(l.toFixed(6))) },
  };
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  process.stdout.write(
    `trained in ${seconds.toFixed(0)} s on ${tf.getBackend()}: train accuracy ${trainEval.accuracy.toFixed(4)}, clean test accuracy ${testEval.accuracy.toFixed(4)}; wrote ${bytes.length} bytes\n`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
