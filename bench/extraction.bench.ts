/**
 * Extraction simulator budgets (issue 5):
 * - a 10,000-query experiment in Node in ≤ 250 ms (median of 5, victim already trained: the API's
 *   model exists before any attack; its one-off training is reported beside);
 * - functionally equivalent extraction of the default MLP victim in ≤ 2 s;
 * - the surrogate training against TensorFlow.js on its fastest backend here (WASM; the pure-JS
 *   CPU one for reference), warmed up, median of several fits, on identical data, architecture
 *   (30→16 ReLU→1 sigmoid), optimiser (Adam, lr 0.01), batch (64) and epochs, with the balanced
 *   agreement each reaches (plain agreement is passed by a constant clone): goal ≥ 3× faster at
 *   equal accuracy (within 1 point). The ratio is reported as measured, met or not.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import * as tfl from '@tensorflow/tfjs-layers';
import { runExperiment } from '../src/lib/extraction/experiment';
import { getVictim } from '../src/lib/extraction/victim';
import { uniformTable, FEATURES } from '../src/lib/extraction/data';
import { balancedAgreement } from '../src/lib/extraction/metrics';
import { createModel, probabilities } from '../src/lib/extraction/model';
import type { Model } from '../src/lib/extraction/model';
import { Rng } from '../src/lib/extraction/random';
import { train } from '../src/lib/extraction/train';

const EXPERIMENT_BUDGET_MS = 250;
const SPEEDUP_GOAL = 3;
const FE_BUDGET_MS = 2_000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeExperiment(attack: string): { ms: number; fidelity: number } {
  runExperiment({ attack, budget: 10_000 }); // warm-up (JIT)
  const times: number[] = [];
  let fidelity = 0;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const r = runExperiment({ attack, budget: 10_000 });
    times.push(performance.now() - t0);
    // Retraining always recovers a model; a null would mean no clone at all, which counts as 0.
    fidelity = r.balancedFidelity ?? 0;
  }
  return { ms: median(times), fidelity };
}

/** Our parameter layout ([W1 (h×d), b1, w2, b2]) as Keras's Dense weights: kernel [d, h], bias [h], kernel [h, 1], bias [1]. */
function kerasWeights(m: Model): tf.Tensor[] {
  const { d, hidden: h, params } = m;
  const k1 = new Float32Array(d * h);
  for (let u = 0; u < h; u++) for (let j = 0; j < d; j++) k1[j * h + u] = params[u * d + j];
  return [
    tf.tensor2d(k1, [d, h]),
    tf.tensor1d(Float32Array.from(params.subarray(h * d, h * d + h))),
    tf.tensor2d(Float32Array.from(params.subarray(h * d + h, h * d + 2 * h)), [h, 1]),
    tf.tensor1d([params[h * d + 2 * h]]),
  ];
}

/** Fresh models (different seeds), each fitted for `epochs`: medians of RUNS timed fits after one warm-up fit. */
const RUNS = 5;

async function compareWithTfjs(epochs: number, backend: 'wasm' | 'cpu') {
  const victim = getVictim('logreg', 1);
  const rng = new Rng(77);
  const trainSet = uniformTable(rng.fork(1), 10_000);
  const evalSet = uniformTable(rng.fork(2), 5_000);
  const victimEval = probabilities(victim.model, evalSet.x, evalSet.n);
  const yTrain = Float64Array.from(probabilities(victim.model, trainSet.x, trainSet.n), (p) => (p > 0.5 ? 1 : 0));
  // Balanced agreement: a constant "legitimate" clone scores 0.5, however rare fraud is.
  const acc = (p: ArrayLike<number>) => balancedAgreement(victimEval, p);

  const oursTimes: number[] = [];
  const oursAcc: number[] = [];
  // Both trainers start each run from the same Glorot-uniform weights, so the comparison is of the
  // optimisers alone (only the shuffling order differs: TensorFlow.js draws its own).
  const initial = (run: number) => createModel(FEATURES, 16, new Rng(5 + run));
  for (let run = 0; run <= RUNS; run++) {
    const ours = initial(run);
    const t0 = performance.now();
    train(ours, trainSet.x, yTrain, trainSet.n, { epochs, batchSize: 64, learningRate: 0.01 }, new Rng(6 + run));
    if (run === 0) continue; // run 0 warms the JIT up
    oursTimes.push(performance.now() - t0);
    oursAcc.push(acc(probabilities(ours, evalSet.x, evalSet.n)));
  }

  await tf.setBackend(backend);
  await tf.ready();
  const xs = tf.tensor2d(Float32Array.from(trainSet.x), [trainSet.n, FEATURES]);
  const ys = tf.tensor2d(Float32Array.from(yTrain), [trainSet.n, 1]);
  const xe = tf.tensor2d(Float32Array.from(evalSet.x), [evalSet.n, FEATURES]);
  const tfTimes: number[] = [];
  const tfAcc: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const model = tfl.sequential({
      layers: [
        tfl.layers.dense({ inputShape: [FEATURES], units: 16, activation: 'relu' }),
        tfl.layers.dense({ units: 1, activation: 'sigmoid' }),
      ],
    });
    model.setWeights(kerasWeights(initial(run)));
    model.compile({ optimizer: tf.train.adam(0.01), loss: 'binaryCrossentropy' });
    const t0 = performance.now();
    await model.fit(xs, ys, { epochs: run === 0 ? 1 : epochs, batchSize: 64, shuffle: true, verbose: 0 });
    if (run > 0) {
      // run 0 compiles kernels and warms up
      tfTimes.push(performance.now() - t0);
      const pe = model.predict(xe) as tf.Tensor;
      tfAcc.push(acc(await pe.data()));
      pe.dispose();
    }
    model.dispose();
  }
  tf.dispose([xs, ys, xe]);
  return { oursMs: median(oursTimes), oursAcc: median(oursAcc), tfMs: median(tfTimes), tfAcc: median(tfAcc) };
}

export default async function bench(): Promise<boolean> {
  let ok = true;
  let t0 = performance.now();
  getVictim('logreg', 1);
  console.log(
    `victim set-up (data generation + logistic regression training, once per seed): ${(performance.now() - t0).toFixed(0)} ms`,
  );
  t0 = performance.now();
  getVictim('mlp', 1);
  console.log(`victim set-up (MLP): ${(performance.now() - t0).toFixed(0)} ms`);

  for (const attack of ['retrain-uniform', 'retrain-adaptive', 'retrain-line-search']) {
    const { ms, fidelity } = timeExperiment(attack);
    const pass = ms <= EXPERIMENT_BUDGET_MS;
    if (!pass) ok = false;
    console.log(
      `10,000-query ${attack} experiment (logreg victim): ${ms.toFixed(0)} ms median of 5 (budget ${EXPERIMENT_BUDGET_MS} ms) ${pass ? 'OK' : 'MISSED'}; balanced fidelity ${fidelity.toFixed(4)}`,
    );
  }
  t0 = performance.now();
  runExperiment({ attack: 'benign', budget: 10_000, detector: 'prada' });
  console.log(`10,000 benign queries with PRADA (no budget set): ${(performance.now() - t0).toFixed(0)} ms`);

  runExperiment({ victim: 'mlp', attack: 'functionally-equivalent', budget: 20_000 }); // warm-up
  const feTimes: number[] = [];
  let fe = runExperiment({ victim: 'mlp', attack: 'functionally-equivalent', budget: 20_000 });
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    fe = runExperiment({ victim: 'mlp', attack: 'functionally-equivalent', budget: 20_000 });
    feTimes.push(performance.now() - t);
  }
  const feMs = median(feTimes);
  const fePass = feMs <= FE_BUDGET_MS;
  if (!fePass) ok = false;
  console.log(
    `functionally-equivalent extraction of the MLP victim: ${feMs.toFixed(0)} ms median of 5 (budget ${FE_BUDGET_MS} ms) ${fePass ? 'OK' : 'MISSED'}; ${fe.queries} queries, balanced fidelity ${(fe.balancedFidelity ?? 0).toFixed(4)}`,
  );

  const epochs = 10;
  console.log(
    `surrogate MLP 30→16→1, 10,000 examples, ${epochs} epochs, batch 64, Adam 0.01; median of ${RUNS} after a warm-up; accuracy is balanced agreement with the victim on 5,000 uniform inputs:`,
  );
  for (const backend of ['wasm', 'cpu'] as const) {
    const c = await compareWithTfjs(epochs, backend);
    const speedup = c.tfMs / c.oursMs;
    const equal = c.oursAcc >= c.tfAcc - 0.01;
    console.log(`  engine: ${c.oursMs.toFixed(0)} ms, balanced agreement ${c.oursAcc.toFixed(4)}`);
    console.log(
      `  TensorFlow.js ${backend} backend: ${c.tfMs.toFixed(0)} ms, balanced agreement ${c.tfAcc.toFixed(4)}`,
    );
    if (backend === 'wasm') {
      // The fastest TensorFlow.js backend here is the comparison that counts.
      const pass = speedup >= SPEEDUP_GOAL && equal;
      console.log(
        `  speed-up over WASM ${speedup.toFixed(1)}× (goal ≥ ${SPEEDUP_GOAL}× at equal accuracy, within 1 point) ${pass ? 'OK' : 'MISSED'}`,
      );
      if (!pass) ok = false;
    } else console.log(`  speed-up over the pure-JS cpu backend ${speedup.toFixed(1)}× (for reference)`);
  }
  return ok;
}
