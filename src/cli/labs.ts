/**
 * The image labs' files for Node: reads the shipped Fashion-MNIST subset and the CNN's weights
 * from public/labs/ and hands the bytes to the pure decoders in src/lib/labs/, which check them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeImageSet, type DataManifest, type ImageSet } from '../lib/labs/data';
import { paramsFromBytes, type CnnParams } from '../lib/labs/cnn';
import { checkWeights, type WeightsManifest } from '../lib/labs/weights';
import { DataError } from '../lib/labs/errors';

export const DATA_DIR = ['public', 'labs', 'fashion-mnist'];
export const WEIGHTS_DIR = ['public', 'labs', 'fashion-cnn'];

function readJson<T>(path: string): T {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (e) {
    throw new DataError(`cannot read ${path}: ${(e as Error).message}`);
  }
}

function readBytes(path: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path));
  } catch (e) {
    throw new DataError(`cannot read ${path}: ${(e as Error).message}`);
  }
}

export function loadFashionMnist(root: string): { manifest: DataManifest; train: ImageSet; test: ImageSet } {
  const dir = join(root, ...DATA_DIR);
  const manifest = readJson<DataManifest>(join(dir, 'manifest.json'));
  const load = (key: 'train' | 'test') =>
    decodeImageSet(readBytes(join(dir, manifest.files[key].path)), {
      ...manifest.files[key],
      path: join(...DATA_DIR, manifest.files[key].path),
    });
  return { manifest, train: load('train'), test: load('test') };
}

export function loadTestImages(root: string): ImageSet {
  const dir = join(root, ...DATA_DIR);
  const manifest = readJson<DataManifest>(join(dir, 'manifest.json'));
  const entry = manifest.files.test;
  return decodeImageSet(readBytes(join(dir, entry.path)), { ...entry, path: join(...DATA_DIR, entry.path) });
}

/** The shipped weights, checked against their manifest. Needs a tf backend set (see tfjs-node.ts). */
export function loadCnn(root: string): { manifest: WeightsManifest; params: CnnParams } {
  const dir = join(root, ...WEIGHTS_DIR);
  const manifest = readJson<WeightsManifest>(join(dir, 'manifest.json'));
  const path = join(...WEIGHTS_DIR, manifest.file);
  const bytes = readBytes(join(dir, manifest.file));
  checkWeights(bytes, manifest, path);
  return { manifest, params: paramsFromBytes(bytes, path) };
}
