/**
 * The semantic scorer against issue 13's budgets: ≤ 150 ms per 300-word answer in Node once the
 * model is loaded (median of repeated runs, each on a fresh answer so the embedding cache does not
 * help), the lexical path still ≤ 5 ms (scoring.bench.ts), and the bytes the browser fetches for the
 * model, the WASM backend and the claim bank (all loaded only when a learner scores).
 */
import { performance } from 'node:perf_hooks';
import { statSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { semanticService } from '../src/cli/semantic';
import { modelDir } from '../src/cli/embedder';
import { serialiseBank } from '../src/lib/scoring/semantic/bank';
import { shardPaths, type ModelJson } from '../src/lib/scoring/semantic/embedder';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const require = createRequire(import.meta.url);

const sentences = [
  'I would start by drawing the data flow from user clicks through the event stream and the feature store to nightly training',
  'the trust boundary sits between the users and the stream because every click is attacker-controllable input',
  'fake accounts that inject bot clicks can poison the training data and push a seller up the rankings',
  'a validation gate before the nightly retrain compares click lift with purchases and quarantines suspect accounts',
  'the scores returned by the endpoint allow membership inference and model inversion, so return ranks instead',
  'sign the model artefact in the pipeline and verify the digest at load so a swapped model is refused',
  'rate limit each client and alert on sweeps of item IDs that look like extraction',
];

function answer(seed: number, words: number): string {
  const out: string[] = [];
  for (let i = 0; out.join(' ').split(' ').length < words; i++)
    out.push(`${sentences[(i * 3 + seed) % sentences.length]} (case ${seed}-${i}).`);
  return out.join(' ').split(' ').slice(0, words).join(' ');
}

export default async function bench(): Promise<boolean> {
  let t = performance.now();
  const service = await semanticService(root);
  const loadMs = performance.now() - t;
  const times: number[] = [];
  for (let i = 0; i < 25; i++) {
    const text = answer(i, 300);
    t = performance.now();
    await service.score('recommender-pipeline/stride', text);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const median = times.slice(5)[Math.floor((times.length - 5) / 2)];
  const dir = modelDir();
  const model = JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8')) as ModelJson;
  const modelBytes = ['model.json', 'vocab.json', ...shardPaths(model)].reduce(
    (s, f) => s + statSync(join(dir, f)).size,
    0,
  );
  const wasmBytes = statSync(
    join(
      dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm')),
      'tfjs-backend-wasm-simd.wasm',
    ),
  ).size;
  const bankBytes = Buffer.byteLength(serialiseBank(service.bank));
  const mb = (b: number) => `${(b / 1e6).toFixed(2)} MB`;
  console.log(`load (model + embedding the claim bank, Node)  ${loadMs.toFixed(0)} ms`);
  console.log(
    `300-word answer, model loaded  median ${median.toFixed(1)} ms  budget 150 ms  ${median <= 150 ? 'ok' : 'MISSED'}`,
  );
  console.log(
    `bytes fetched on the first score: model ${mb(modelBytes)}, WASM (SIMD) ${mb(wasmBytes)}, claim bank ${mb(bankBytes)}; cached in Cache Storage after`,
  );
  return median <= 150;
}
