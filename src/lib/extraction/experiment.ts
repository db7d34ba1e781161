/**
 * One extraction experiment: a victim behind the API with its defences, an attack with a query
 * budget, and the clone's fidelity measured at each checkpoint. `experimentSteps` is a generator
 * (the Web Worker posts each point as it comes); `runExperiment` runs it to the end.
 */
import { ClientPool, type PredictionApi } from './api';
import { ATTACKS } from './attacks/index';
import { keepsDecisions, type AttackContext } from './attacks/context';
import { BOX, FEATURES } from './data';
import { honestCost, type HonestCost } from './honest-cost';
import { reverseSigmoidSources } from './defences';
import { accuracy, agreement, auprc, balancedAgreement } from './metrics';
import { probabilities, type Model } from './model';
import { Rng } from './random';
import { parseSettings, type RawSettings, type Settings } from './settings';
import { utf8 } from './sha256';
import { getVictim, hiddenUnits, type Victim } from './victim';
import { verdict, type WatermarkVerdict } from './watermark';

export interface Fidelity {
  /** 1 − R_test: label agreement with the victim on the natural test set. */
  fidelity: number;
  /** 1 − R_unif: the same on uniform inputs in the box. */
  fidelityUniform: number;
  /** Agreement on natural fraud transactions. */
  fidelityFraud: number;
  /** Agreement averaged over the victim's two labels (test set and frauds together). */
  balancedFidelity: number;
  /** The surrogate's accuracy and AUPRC against the true labels of the test set. */
  accuracy: number;
  auprc: number;
}

export interface ProgressPoint extends Fidelity {
  queries: number;
  cost: number;
  /** True once the detector has raised its alarm. */
  detected: boolean;
}

/** The fidelity figures, or null for each when no model was recovered. */
export type MaybeFidelity = { [K in keyof Fidelity]: Fidelity[K] | null };

export interface ExperimentResult extends MaybeFidelity {
  /** False when the attack could not recover any model (its figures are then null). */
  recovered: boolean;
  features: number;
  queries: number;
  refused: number;
  cost: number;
  /** Seconds the queries take at the rate limit (0 without one). */
  seconds: number;
  victimAccuracy: number;
  victimAuprc: number;
  detectedAtQuery: number | null;
  /** Per client account: queries answered, and its own query count at its detector's alarm. */
  clients: { queries: number; detectedAtQuery: number | null }[];
  /** PRADA's last Shapiro–Wilk W, when the detector ran far enough to compute one. */
  detectorW: number | null;
  watermark: WatermarkVerdict | null;
  honestCost: HonestCost;
  points: ProgressPoint[];
  notes: string[];
  warnings: string[];
  settings: Omit<Settings, 'defences'>;
}

/** The watermark key. A real deployment keeps it secret; the simulator derives it from the seed. */
function watermarkKey(seed: number): Uint8Array {
  return utf8(`dojo-watermark-key-${seed}`);
}

export function evaluate(victim: Victim, m: Model): Fidelity {
  const { data } = victim;
  const testS = probabilities(m, data.test.x, data.test.n);
  const fraudS = probabilities(m, data.frauds.x, data.frauds.n);
  const unifS = probabilities(m, data.uniform.x, data.uniform.n);
  const both = (a: Float64Array, b: Float64Array) => {
    const out = new Float64Array(a.length + b.length);
    out.set(a);
    out.set(b, a.length);
    return out;
  };
  return {
    fidelity: agreement(victim.testP, testS, data.test.w),
    fidelityUniform: agreement(victim.uniformP, unifS),
    fidelityFraud: agreement(victim.fraudP, fraudS),
    balancedFidelity: balancedAgreement(both(victim.testP, victim.fraudP), both(testS, fraudS)),
    accuracy: accuracy(testS, data.test.y, data.test.w),
    auprc: auprc(testS, data.test.y, data.test.w),
  };
}

export function* experimentSteps(raw: RawSettings): Generator<ProgressPoint, ExperimentResult, void> {
  const { settings, warnings } = parseSettings(raw);
  const victim = getVictim(settings.victim, settings.seed);
  const rootRng = new Rng(settings.seed).fork(20);
  const secret = settings.watermark ? watermarkKey(settings.seed) : null;
  const api = new ClientPool(
    victim.model,
    {
      defences: settings.defences,
      quota: settings.quota,
      ratePerSecond: settings.rate,
      pricePerQuery: settings.price,
      detectorDelta: settings.detector === 'prada' ? settings.delta : null,
      blockOnAlarm: settings.blockOnAlarm,
      watermarkSecret: secret,
      watermarkRate: settings.watermarkRate,
    },
    settings.clients,
    rootRng.fork(1),
  );
  const notes: string[] = [];
  let refusal: string | null = null;
  const ctx: AttackContext = {
    d: FEATURES,
    box: BOX,
    hidden: hiddenUnits(settings.victim),
    budget: settings.budget,
    rng: rootRng.fork(2),
    ask: (x) => {
      if (api.answered >= settings.budget) return null;
      const a = api.query(x);
      if (a.ok) return a.p;
      const who = settings.clients > 1 ? `all ${settings.clients} client accounts` : 'the client';
      refusal ??=
        a.reason === 'quota'
          ? `The API's quota stopped ${who} after ${api.answered} queries.`
          : settings.clients > 1
            ? `The API blocked ${who} after their PRADA alarms (the first at query ${api.detectedAt()}).`
            : `The API blocked the client after PRADA's alarm at query ${api.detectedAt()}.`;
      return null;
    },
    spent: () => api.answered,
    note: (t) => notes.push(t),
    labelPreserving: settings.attacker === 'aware' && keepsDecisions(settings.defences),
    sampling: settings.sampling,
    ...inversion(settings),
  };
  const points: ProgressPoint[] = [];
  const attack = ATTACKS[settings.attack](ctx);
  let final: Model | null = null;
  let yielded: Model | null = null;
  for (;;) {
    const step = attack.next();
    if (step.done) {
      final = step.value;
      break;
    }
    yielded = step.value;
    const point: ProgressPoint = {
      queries: api.answered,
      cost: api.cost(),
      detected: api.detectedAt() !== null,
      ...evaluate(victim, step.value),
    };
    if (points.length && points[points.length - 1].queries === point.queries) points[points.length - 1] = point;
    else points.push(point);
    yield point;
  }
  if (refusal) notes.push(refusal);
  final ??= yielded;
  const figures: MaybeFidelity = final
    ? (points[points.length - 1] ?? evaluate(victim, final))
    : {
        fidelity: null,
        fidelityUniform: null,
        fidelityFraud: null,
        balancedFidelity: null,
        accuracy: null,
        auprc: null,
      };
  if (final && points.length && final !== yielded) Object.assign(figures, evaluate(victim, final));
  const last = figures;
  return {
    recovered: final !== null,
    features: FEATURES,
    queries: api.answered,
    refused: api.refused,
    cost: api.cost(),
    seconds: api.seconds(),
    fidelity: last.fidelity,
    fidelityUniform: last.fidelityUniform,
    fidelityFraud: last.fidelityFraud,
    balancedFidelity: last.balancedFidelity,
    accuracy: last.accuracy,
    auprc: last.auprc,
    victimAccuracy: victim.accuracy,
    victimAuprc: victim.auprc,
    detectedAtQuery: api.detectedAt(),
    clients: api.perClient(),
    detectorW: api.detector?.lastW ?? null,
    watermark: secret && final ? watermarkVerdict(api.watermarked, final) : null,
    honestCost: honestCost(
      victim.testP,
      victim.data.test,
      settings.defences,
      secret,
      settings.seed,
      settings.watermarkRate,
    ),
    points,
    notes,
    warnings,
    settings: withoutDefences(settings),
  };
}

/** What an aware attacker can undo: a reverse sigmoid alone, whose β and γ it knows. */
function inversion(settings: Settings): Pick<AttackContext, 'invert'> {
  const [only, ...rest] = settings.defences;
  if (settings.attacker !== 'aware' || rest.length || only?.kind !== 'reverse-sigmoid') return {};
  const { beta, gamma } = only;
  return {
    invert: {
      describe: `reverse sigmoid with β = ${beta}, γ = ${gamma}`,
      sources: (p) => reverseSigmoidSources(p, beta, gamma),
    },
  };
}

function watermarkVerdict(records: PredictionApi['watermarked'], clone: Model): WatermarkVerdict {
  let matches = 0;
  for (const r of records) {
    const p = probabilities(clone, r.x, 1)[0];
    if ((p > 0.5 ? 1 : 0) === r.wrongLabel) matches++;
  }
  return verdict(records.length, matches, { linearClone: clone.hidden === 0 });
}

function withoutDefences(s: Settings): Omit<Settings, 'defences'> {
  const { defences: _d, ...rest } = s;
  return rest;
}

export function runExperiment(raw: RawSettings): ExperimentResult {
  const it = experimentSteps(raw);
  for (;;) {
    const step = it.next();
    if (step.done) return step.value;
  }
}
