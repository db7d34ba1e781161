/**
 * Extraction simulator budgets (issue 5):
 * - a 10,000-query experiment in Node in ≤ 250 ms (median of 5, victim already trained: the API's
 *   model exists before any attack; its one-off training is reported beside);
 * - the surrogate training against TensorFlow.js's pure-JS CPU backend on identical data,
 *   architecture (30→16 ReLU→1 sigmoid), optimiser (Adam, lr 0.01), batch (64) and epochs,
 *   with the accuracy each reaches: goal ≥ 3× faster at equal accuracy (within 1 point).
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { runExperiment } from '../src/lib/extraction/experiment';
import { getVictim } from '../src/lib/extraction/victim';
import { uniformTable, FEATURES } from '../src/lib/extraction/data';
import { createModel, probabilities } from '../src/lib/extraction/model';
import { Rng } from '../src/lib/extraction/random';
import { train } from '../src/lib/extraction/train';

const EXPERIMENT_BUDGET_MS = 250;
const SPEEDUP_GOAL = 3;

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

async function compareWithTfjs(epochs: number) {
  const victim = getVictim('logreg', 1);
  const rng = new Rng(77);
  const trainSet = uniformTable(rng.fork(1), 10_000);
  const evalSet = uniformTable(rng.fork(2), 5_000);
  const labels = (t: typeof trainSet) =>
    Float64Array.from(probabilities(victim.model, t.x, t.n), (p) => (p > 0.5 ? 1 : 0));
  const yTrain = labels(trainSet);
  const yEval = labels(evalSet);
  const acc = (p: ArrayLike<number>) => {
    let ok = 0;
    for (let i = 0; i < p.length; i++) if ((p[i] > 0.5 ? 1 : 0) === yEval[i]) ok++;
    return ok / p.length;
  };

  const ours = createModel(FEATURES, 16, new Rng(5));
  let t0 = performance.now();
  train(ours, trainSet.x, yTrain, trainSet.n, { epochs, batchSize: 64, learningRate: 0.01 }, new Rng(6));
  const oursMs = performance.now() - t0;
  const oursAcc = acc(probabilities(ours, evalSet.x, evalSet.n));

  await tf.setBackend('cpu');
  await tf.ready();
  const model = tfl.sequential({
    layers: [
      tfl.layers.dense({ inputShape: [FEATURES], units: 16, activation: 'relu' }),
      tfl.layers.dense({ units: 1, activation: 'sigmoid' }),
    ],
  });
  model.compile({ optimizer: tf.train.adam(0.01), loss: 'binaryCrossentropy' });
  const xs = tf.tensor2d(Float32Array.from(trainSet.x), [trainSet.n, FEATURES]);
  const ys = tf.tensor2d(Float32Array.from(yTrain), [trainSet.n, 1]);
  t0 = performance.now();
  await model.fit(xs, ys, { epochs, batchSize: 64, shuffle: true, verbose: 0 });
  const tfMs = performance.now() - t0;
  const xe = tf.tensor2d(Float32Array.from(evalSet.x), [evalSet.n, FEATURES]);
  const pe = model.predict(xe) as tf.Tensor;
  const tfAcc = acc(await pe.data());
  tf.dispose([xs, ys, xe, pe]);
  return { oursMs, oursAcc, tfMs, tfAcc };
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

  const epochs = 10;
  const c = await compareWithTfjs(epochs);
  const speedup = c.tfMs / c.oursMs;
  const equal = Math.abs(c.oursAcc - c.tfAcc) <= 0.01 || c.oursAcc >= c.tfAcc;
  console.log(`surrogate MLP 30→16→1, 10,000 examples, ${epochs} epochs, batch 64, Adam 0.01:`);
  console.log(`  engine: ${c.oursMs.toFixed(0)} ms, agreement with victim ${c.oursAcc.toFixed(4)}`);
  console.log(`  tfjs-core + tfjs-layers, cpu backend: ${c.tfMs.toFixed(0)} ms, agreement ${c.tfAcc.toFixed(4)}`);
  const pass = speedup >= SPEEDUP_GOAL && equal;
  console.log(
    `  speed-up ${speedup.toFixed(1)}× (goal ≥ ${SPEEDUP_GOAL}× at equal accuracy) ${pass ? 'OK' : 'MISSED'}`,
  );
  if (!pass) ok = false;
  return ok;
}
