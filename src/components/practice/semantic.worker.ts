/**
 * The semantic scorer's Web Worker: loads the sentence model, the WASM backend and the claim bank
 * from the site's own origin (kept in Cache Storage, so a second visit reads them from disk),
 * reports progress, and scores answers off the main thread with the same core as `dojo score`.
 */
import * as tf from '@tensorflow/tfjs-core';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { parseBank, type ClaimBank } from '../../lib/scoring/semantic/bank';
import {
  createUseEmbedder,
  shardPaths,
  weightBytes,
  type Embedder,
  type ModelJson,
} from '../../lib/scoring/semantic/embedder';
import { fittedModel } from '../../lib/scoring/semantic/model';
import { scoreSemantic } from '../../lib/scoring/semantic/score';
import { ScoringInputError } from '../../lib/scoring/validate';
import type { SemanticReply, SemanticRequest } from './semantic-protocol';

/** Bump when the files change, so old copies in Cache Storage are not used. The weight shards are
 * served as <name>.bin (src/integrations/semantic-model.ts). */
const CACHE = 'dojo-sentence-model-v1';
const BASE = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}models/`;

const post = (m: SemanticReply) => (self as unknown as Worker).postMessage(m);

async function openCache(): Promise<Cache | null> {
  try {
    return typeof caches === 'undefined' ? null : await caches.open(CACHE);
  } catch {
    return null; // storage blocked: load from the network every time
  }
}

/** Fetches a file of the site's, from Cache Storage when it is there, counting bytes as they come. */
async function fetchBytes(cache: Cache | null, url: string, onBytes: (n: number) => void): Promise<ArrayBuffer> {
  const hit = await cache?.match(url).catch(() => undefined);
  const res = hit ?? (await fetch(url));
  if (!res.ok) throw new Error(`could not load ${url} (HTTP ${res.status})`);
  if (!hit && cache) await cache.put(url, res.clone()).catch(() => undefined); // full storage: carry on
  if (!res.body) {
    const buf = await res.arrayBuffer();
    onBytes(buf.byteLength);
    return buf;
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    onBytes(value.byteLength);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out.buffer;
}

let loading: Promise<{ embedder: Embedder; bank: ClaimBank }> | undefined;

function load() {
  loading ??= (async () => {
    const cache = await openCache();
    const text = async (url: string) => new TextDecoder().decode(await fetchBytes(cache, url, () => {}));
    const model = JSON.parse(await text(`${BASE}use/model.json`)) as ModelJson;
    const total = weightBytes(model);
    let loaded = 0;
    post({ type: 'progress', loaded, total });
    const shards = await Promise.all(
      shardPaths(model).map((p) =>
        fetchBytes(cache, `${BASE}use/${p}.bin`, (n) => {
          loaded += n;
          post({ type: 'progress', loaded, total });
        }),
      ),
    );
    const weights = new Uint8Array(shards.reduce((s, b) => s + b.byteLength, 0));
    let at = 0;
    for (const b of shards) {
      weights.set(new Uint8Array(b), at);
      at += b.byteLength;
    }
    const vocab = JSON.parse(await text(`${BASE}use/vocab.json`)) as [string, number][];
    const bank = parseBank(JSON.parse(await text(`${BASE}claims.json`)));
    setWasmPaths(`${BASE}tfjs/`);
    await tf.setBackend('wasm');
    const embedder = await createUseEmbedder({ model, weights: weights.buffer, vocab });
    post({ type: 'ready' });
    return { embedder, bank };
  })();
  loading.catch(() => (loading = undefined)); // a failed load may be tried again
  return loading;
}

self.onmessage = async (e: MessageEvent<SemanticRequest>) => {
  const m = e.data;
  if (m.type === 'load') {
    load().catch((err: Error) => post({ type: 'failed', message: err.message }));
    return;
  }
  try {
    const { embedder, bank } = await load();
    const result = await scoreSemantic(m.question, m.text, {
      bank,
      embedder,
      model: fittedModel(),
      sources: m.sources,
    });
    post({ type: 'result', id: m.id, result });
  } catch (err) {
    if (err instanceof ScoringInputError) post({ type: 'error', id: m.id, message: err.message });
    else post({ type: 'failed', id: m.id, message: (err as Error).message });
  }
};
