/**
 * The manifest of the CNN's shipped weights (public/labs/fashion-cnn/manifest.json), written by
 * scripts/train-fashion-cnn.ts: how they were trained, the clean accuracy they reach, and the
 * figures of a short retraining slice that cnn-weights.test.ts repeats.
 */
import { ARCHITECTURE, PARAM_COUNT, PARAM_NAMES, PARAM_SHAPES } from './cnn';
import { sha256Hex } from './data';
import { DataError } from './errors';

export interface WeightsManifest {
  format: 'dojo-fashion-cnn/1';
  architecture: string;
  params: { name: string; shape: number[] }[];
  file: string;
  bytes: number;
  sha256: string;
  seed: number;
  epochs: number;
  batchSize: number;
  learningRate: number;
  /** SHA-256 of the training images file the weights were fitted on. */
  trainData: string;
  trainAccuracy: number;
  /** Accuracy on the 1,000-image test subset. */
  cleanAccuracy: number;
  perClassAccuracy: number[];
  seconds: number;
  backend: string;
  /** A short slice (the first `steps` mini-batches of the same run) and the losses it gave. */
  reproduce: { steps: number; losses: number[] };
}

export function checkWeights(bytes: Uint8Array, m: WeightsManifest, path: string): void {
  const fail = (why: string) =>
    new DataError(`${path} is damaged: ${why}; regenerate it with npm run train-fashion-cnn`);
  if (m.architecture !== ARCHITECTURE) throw fail(`it is for ${m.architecture}, the code builds ${ARCHITECTURE}`);
  const shapes = PARAM_NAMES.map((n) => ({ name: n, shape: PARAM_SHAPES[n] }));
  if (JSON.stringify(m.params) !== JSON.stringify(shapes)) throw fail('its parameter shapes differ from the code');
  if (bytes.length !== m.bytes || m.bytes !== PARAM_COUNT * 4)
    throw fail(`it is ${bytes.length} bytes, expected ${PARAM_COUNT * 4}`);
  const digest = sha256Hex(bytes);
  if (digest !== m.sha256) throw fail(`its SHA-256 is ${digest}, the manifest says ${m.sha256}`);
}
