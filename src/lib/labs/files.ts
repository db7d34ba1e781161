/**
 * The image labs' files, read through whatever the caller has: fetch from the site's own origin
 * in the browser's worker, the file system in tests. Paths are relative to public/labs/ (the site's
 * /labs/); every file is checked by the pure decoders before it is used.
 */
import { paramsFromBytes, type CnnParams } from './cnn';
import { decodeImageSet, type DataManifest, type ImageSet } from './data';
import { DataError } from './errors';
import { checkWeights, type WeightsManifest } from './weights';

/** Reads one file's bytes; throws (or rejects) with a message naming the file when it cannot. */
export type ReadBytes = (path: string) => Promise<Uint8Array>;

export const DATA_PATH = 'fashion-mnist';
export const WEIGHTS_PATH = 'fashion-cnn';

async function readJson<T>(read: ReadBytes, path: string): Promise<T> {
  const bytes = await read(path);
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as T;
  } catch (e) {
    throw new DataError(`${path} is not JSON: ${(e as Error).message}`);
  }
}

/** The test images, or the training and test images, checked against their manifest. */
export async function readImageSets(read: ReadBytes, which: 'test'): Promise<{ test: ImageSet }>;
export async function readImageSets(read: ReadBytes, which: 'both'): Promise<{ train: ImageSet; test: ImageSet }>;
export async function readImageSets(
  read: ReadBytes,
  which: 'test' | 'both',
): Promise<{ train?: ImageSet; test: ImageSet }> {
  const manifest = await readJson<DataManifest>(read, `${DATA_PATH}/manifest.json`);
  const load = async (key: 'train' | 'test') => {
    const entry = { ...manifest.files[key], path: `${DATA_PATH}/${manifest.files[key].path}` };
    return decodeImageSet(await read(entry.path), entry);
  };
  const [test, train] = await Promise.all([load('test'), which === 'both' ? load('train') : undefined]);
  return train ? { train, test } : { test };
}

/** The victim's weights, checked against their manifest. Needs a TensorFlow.js backend set. */
export async function readVictim(read: ReadBytes): Promise<{ manifest: WeightsManifest; params: CnnParams }> {
  const manifest = await readJson<WeightsManifest>(read, `${WEIGHTS_PATH}/manifest.json`);
  const path = `${WEIGHTS_PATH}/${manifest.file}`;
  const bytes = await read(path);
  checkWeights(bytes, manifest, path);
  return { manifest, params: paramsFromBytes(bytes, path) };
}
