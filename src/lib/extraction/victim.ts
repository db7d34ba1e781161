/**
 * The victim: the fraud model behind the API, trained in the engine on the synthetic training
 * set. Victims are cached per (kind, seed) because an API's model exists before any attack.
 */
import { FEATURES, generateFraudData, type FraudData } from './data';
import { auprc } from './metrics';
import { createModel, probabilities, type Model } from './model';
import { Rng } from './random';
import { train } from './train';

export type VictimKind = 'logreg' | 'mlp';
export const VICTIM_KINDS: VictimKind[] = ['logreg', 'mlp'];
export const MLP_HIDDEN = 16;
const LOGREG_VICTIM_TRAINING = { epochs: 3, batchSize: 128, learningRate: 0.05, l2: 1e-4 };
const MLP_VICTIM_TRAINING = { epochs: 4, batchSize: 128, learningRate: 0.01, l2: 1e-4 };

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
  train(model, t.x, t.y, t.n, kind === 'mlp' ? MLP_VICTIM_TRAINING : LOGREG_VICTIM_TRAINING, rng);
  const testP = probabilities(model, data.test.x, data.test.n);
  let ok = 0;
  for (let i = 0; i < data.test.n; i++) if ((testP[i] > 0.5 ? 1 : 0) === data.test.y[i]) ok++;
  const victim: Victim = {
    kind,
    model,
    data,
    auprc: auprc(testP, data.test.y),
    accuracy: ok / data.test.n,
    testP,
    uniformP: probabilities(model, data.uniform.x, data.uniform.n),
    fraudP: probabilities(model, data.frauds.x, data.frauds.n),
  };
  if (victimCache.size >= 4) victimCache.clear();
  victimCache.set(key, victim);
  return victim;
}
