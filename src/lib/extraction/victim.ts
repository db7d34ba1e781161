/**
 * The victim: the fraud model behind the API, trained in the engine on the synthetic training
 * set. Victims are cached per (kind, seed) because an API's model exists before any attack.
 */
import { FEATURES, generateFraudData, type FraudData, type Table } from './data';
import { accuracy, auprc } from './metrics';
import { createModel, probabilities, type Model } from './model';
import { Rng } from './random';
import { createOptimiser, fitLogisticNewton, train, type TrainOptions } from './train';

export type VictimKind = 'logreg' | 'mlp';
export const VICTIM_KINDS: VictimKind[] = ['logreg', 'mlp'];
export const MLP_HIDDEN = 16;
/** L2 penalty of both victims (weights only). */
export const VICTIM_L2 = 1e-4;
/**
 * The MLP's schedule: Adam with the step decayed along a cosine from 0.01 to 0.0002 over 20
 * epochs (the logistic victim is solved exactly by Newton's method instead).
 */
export const MLP_VICTIM_EPOCHS = 20;
const MLP_STEP = { from: 0.01, to: 0.0002 };
const MLP_BATCH = 128;

export interface Victim {
  kind: VictimKind;
  model: Model;
  data: FraudData;
  /** AUPRC and accuracy on the natural test set. */
  auprc: number;
  accuracy: number;
  /** The victim's answers on the evaluation sets, computed once. */
  testP: Float64Array;
  uniformP: Float64Array;
  fraudP: Float64Array;
}

const dataCache = new Map<number, FraudData>();
const victimCache = new Map<string, Victim>();

export function fraudData(seed: number): FraudData {
  let d = dataCache.get(seed);
  if (!d) {
    d = generateFraudData(seed);
    dataCache.clear(); // keep one data set in memory (about 20 MB)
    dataCache.set(seed, d);
  }
  return d;
}

export function hiddenUnits(kind: VictimKind): number {
  return kind === 'mlp' ? MLP_HIDDEN : 0;
}

export function getVictim(kind: VictimKind, seed: number): Victim {
  const key = `${kind}:${seed}`;
  const cached = victimCache.get(key);
  if (cached) return cached;
  const data = fraudData(seed);
  const rng = new Rng(seed).fork(kind === 'mlp' ? 11 : 10);
  const model = createModel(FEATURES, hiddenUnits(kind), rng);
  const t = data.train;
  if (kind === 'logreg') fitLogisticNewton(model, t.x, t.y, t.n, VICTIM_L2);
  else trainMlpVictim(model, t, rng);
  const testP = probabilities(model, data.test.x, data.test.n);
  const victim: Victim = {
    kind,
    model,
    data,
    auprc: auprc(testP, data.test.y, data.test.w),
    accuracy: accuracy(testP, data.test.y, data.test.w),
    testP,
    uniformP: probabilities(model, data.uniform.x, data.uniform.n),
    fraudP: probabilities(model, data.frauds.x, data.frauds.n),
  };
  if (victimCache.size >= 4) victimCache.clear();
  victimCache.set(key, victim);
  return victim;
}

function trainMlpVictim(model: Model, t: Table, rng: Rng): void {
  const opt = createOptimiser(model);
  for (let epoch = 0; epoch < MLP_VICTIM_EPOCHS; epoch++) {
    const c = 0.5 * (1 + Math.cos((Math.PI * epoch) / (MLP_VICTIM_EPOCHS - 1)));
    const step: TrainOptions = {
      epochs: 1,
      batchSize: MLP_BATCH,
      learningRate: MLP_STEP.to + (MLP_STEP.from - MLP_STEP.to) * c,
      l2: VICTIM_L2,
    };
    train(model, t.x, t.y, t.n, step, rng, opt);
  }
}
