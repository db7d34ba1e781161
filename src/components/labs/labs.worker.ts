/// <reference lib="webworker" />
/**
 * Runs the image labs off the main thread: TensorFlow.js on its WASM backend, with the .wasm
 * binaries, the Fashion-MNIST subset and the CNN's weights all fetched from the site's own origin
 * (/models/tfjs/, written by src/integrations/semantic-model.ts, and /labs/). The page creates
 * this worker only when a run starts, so TensorFlow.js never loads with the page. Messages are
 * LabRequest and LabReply (src/lib/labs/requests.ts); cancelling terminates the worker.
 */
import * as tf from '@tensorflow/tfjs-core';
// tfjs-core's browser bundle leaves the ops' gradients out; the attacks need them (tf.grad).
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { handleLabRequest, labFiles, type LabRequest } from '../../lib/labs/requests';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

async function read(path: string): Promise<Uint8Array> {
  const url = `${BASE}labs/${path}`;
  const res = await fetch(url);
  if (!res.ok) throw new Error(`could not load ${url} (HTTP ${res.status})`);
  return new Uint8Array(await res.arrayBuffer());
}

let backend: Promise<void> | undefined;
function wasm() {
  backend ??= (async () => {
    setWasmPaths(`${BASE}models/tfjs/`);
    if (!(await tf.setBackend('wasm'))) throw new Error('TensorFlow.js could not start its WASM backend here');
    await tf.ready();
  })();
  backend.catch(() => (backend = undefined));
  return backend;
}

const files = labFiles(read);

scope.onmessage = async (e: MessageEvent<LabRequest>) => {
  try {
    await wasm();
  } catch (err) {
    scope.postMessage({ id: e.data.id, type: 'error', message: (err as Error).message });
    return;
  }
  await handleLabRequest(e.data, (m) => scope.postMessage(m), files);
};
