/**
 * Membership inference against the simulator's fraud victims: given a transaction and its true
 * label, was it in the training set? Two attacks, both on the answers the API returns (after its
 * defences):
 * - `threshold` (Yeom et al., CSF 2018): members get more confident answers in their true label;
 *   the score is that confidence. Reported as AUC and as membership advantage, TPR − FPR, at the
 *   best threshold in hindsight (an upper bound on what a threshold attacker achieves).
 * - `shadow` (Shokri et al., S&P 2017): the attacker trains shadow models the same way on its own
 *   data from the same distribution, where it knows who is a member, and fits an attack model per
 *   true class on the shadow models' answers (here a logistic regression on the logit of the
 *   confidence). Its advantage is measured at its own decision (attack probability > 0.5).
 * Evaluated on equal numbers of members (training rows) and non-members (held-out natural
 * rows), and separately on frauds, the rare class, where memorisation shows first.
 */
import { applyDefences, formatDefences, parseDefences, type Defence } from './defences';
import { FEATURES, naturalTable, type Table } from './data';
import { SettingsError } from './errors';
import { createModel, logit, probabilities, type Model } from './model';
import { Rng } from './random';
import { createOptimiser, fitLogisticNewton, train } from './train';
import { fraudData, getVictim, MLP_HIDDEN, MLP_VICTIM_EPOCHS, VICTIM_L2, type VictimKind } from './victim';

export interface MembershipSettings {
  victim: VictimKind;
  attack: 'threshold' | 'shadow';
  /** Training rows of the victim (60,000: the simulator's own victim). */
  trainSize: number;
  l2: number;
  /** Epochs of the MLP (the logistic victim is fitted to convergence). */
  epochs: number;
  defence: string;
  seed: number;
  /** Shadow models the shadow attack trains. */
  shadows: number;
}

export const MEMBERSHIP_DEFAULTS: MembershipSettings = {
  victim: 'logreg',
  attack: 'threshold',
  trainSize: 60_000,
  l2: VICTIM_L2,
  epochs: MLP_VICTIM_EPOCHS,
  defence: 'none',
  seed: 1,
  shadows: 3,
};

export interface AttackFigures {
  /** Area under the ROC curve of the attack's score (0.5: no better than a coin). */
  auc: number;
  /** Its standard error (Hanley and McNeil 1982): the AUC ± 1.96 SE is a 95 % interval. */
  aucSe: number;
  /** TPR − FPR (Yeom et al.'s membership advantage). */
  advantage: number;
  members: number;
  nonMembers: number;
}

export interface MembershipResult {
  settings: MembershipSettings;
  /** All sampled members and non-members. */
  all: AttackFigures;
  /** Frauds only (null when the training set holds fewer than 5). */
  frauds: AttackFigures | null;
  /** The victim's accuracy on its training rows and on held-out rows: the generalisation gap. */
  trainAccuracy: number;
  testAccuracy: number;
  notes: string[];
}

type Raw = Partial<Record<keyof MembershipSettings, string | number | undefined>>;

/** Validated settings, with a clear message for every bad value. */
export function parseMembershipSettings(raw: Raw): MembershipSettings {
  const d = MEMBERSHIP_DEFAULTS;
  const pick = <T extends string>(v: unknown, allowed: readonly T[], what: string): T => {
    const s = String(v).trim();
    if ((allowed as readonly string[]).includes(s)) return s as T;
    throw new SettingsError(`unknown ${what} "${s}"; use one of ${allowed.join(', ')}`);
  };
  const num = (v: unknown, what: string, lo: number, hi: number, whole: boolean): number => {
    const n = typeof v === 'number' ? v : String(v).trim() === '' ? NaN : Number(v);
    if (!Number.isFinite(n) || (whole && !Number.isInteger(n)) || n < lo || n > hi)
      throw new SettingsError(
        `${what} must be ${whole ? 'a whole number' : 'a number'} from ${lo} to ${hi.toLocaleString('en')} (got ${String(v)})`,
      );
    return n;
  };
  const defence = formatDefences(parseDefences(String(raw.defence ?? d.defence)));
  return {
    victim: pick(raw.victim ?? d.victim, ['logreg', 'mlp'] as const, 'victim'),
    attack: pick(raw.attack ?? d.attack, ['threshold', 'shadow'] as const, 'membership attack'),
    trainSize: num(raw.trainSize ?? d.trainSize, 'train-size', 200, 60_000, true),
    l2: num(raw.l2 ?? d.l2, 'l2', 0, 1, false),
    epochs: num(raw.epochs ?? d.epochs, 'epochs', 1, 500, true),
    defence,
    seed: num(raw.seed ?? d.seed, 'seed', 0, 0xffffffff, true),
    shadows: num(raw.shadows ?? d.shadows, 'shadows', 1, 10, true),
  };
}

/** Rows [from, from + n) of a table. */
function rows(t: Table, from: number, n: number): Table {
  return { x: t.x.slice(from * FEATURES, (from + n) * FEATURES), y: t.y.slice(from, from + n), n };
}

function concat(a: Table, b: Table): Table {
  const x = new Float64Array((a.n + b.n) * FEATURES);
  x.set(a.x.subarray(0, a.n * FEATURES));
  x.set(b.x.subarray(0, b.n * FEATURES), a.n * FEATURES);
  const y = new Uint8Array(a.n + b.n);
  y.set(a.y.subarray(0, a.n));
  y.set(b.y.subarray(0, b.n), a.n);
  return { x, y, n: a.n + b.n };
}

/** A victim trained as the simulator trains its own, on `t`. */
export function trainVictim(kind: VictimKind, t: Table, l2: number, epochs: number, rng: Rng): Model {
  const m = createModel(FEATURES, kind === 'mlp' ? MLP_HIDDEN : 0, rng.fork(1));
  if (kind === 'logreg') {
    fitLogisticNewton(m, t.x, t.y, t.n, l2);
    return m;
  }
  const opt = createOptimiser(m);
  for (let e = 0; e < epochs; e++) {
    const c = epochs > 1 ? 0.5 * (1 + Math.cos((Math.PI * e) / (epochs - 1))) : 1;
    train(m, t.x, t.y, t.n, { epochs: 1, batchSize: 128, learningRate: 0.0002 + 0.0098 * c, l2 }, rng.fork(2), opt);
  }
  return m;
}

/** The API's answers (after the defences) and the confidence each gives the true label. */
function confidences(m: Model, t: Table, defences: Defence[], rng: Rng): Float64Array {
  const p = probabilities(m, t.x, t.n);
  return Float64Array.from(p, (v, i) => {
    const q = applyDefences(defences, v, rng);
    return t.y[i] === 1 ? q : 1 - q;
  });
}

/** AUC by the Mann–Whitney statistic, ties counted half. */
export function rocAuc(pos: ArrayLike<number>, neg: ArrayLike<number>): number {
  const all = [...Array.from(pos, (v) => [v, 1] as const), ...Array.from(neg, (v) => [v, 0] as const)].sort(
    (a, b) => a[0] - b[0],
  );
  let rankSum = 0;
  for (let i = 0; i < all.length;) {
    let j = i;
    while (j < all.length && all[j][0] === all[i][0]) j++;
    const rank = (i + 1 + j) / 2; // average rank of the tie group (1-based)
    for (let k = i; k < j; k++) if (all[k][1] === 1) rankSum += rank;
    i = j;
  }
  const np = pos.length;
  const nn = neg.length;
  return (rankSum - (np * (np + 1)) / 2) / (np * nn);
}

/**
 * The standard error of an AUC from n1 positives and n2 negatives (Hanley and McNeil, Radiology
 * 1982, eq. 1): √((A(1 − A) + (n1 − 1)(Q1 − A²) + (n2 − 1)(Q2 − A²)) / (n1·n2)), with
 * Q1 = A / (2 − A) and Q2 = 2A² / (1 + A).
 */
export function hanleyMcNeilSe(a: number, n1: number, n2: number): number {
  const q1 = a / (2 - a);
  const q2 = (2 * a * a) / (1 + a);
  return Math.sqrt((a * (1 - a) + (n1 - 1) * (q1 - a * a) + (n2 - 1) * (q2 - a * a)) / (n1 * n2));
}

/** max over thresholds of TPR − FPR, deciding "member" when score ≥ threshold. */
export function bestAdvantage(pos: ArrayLike<number>, neg: ArrayLike<number>): number {
  const all = [...Array.from(pos, (v) => [v, 1] as const), ...Array.from(neg, (v) => [v, 0] as const)].sort(
    (a, b) => b[0] - a[0],
  );
  let tp = 0;
  let fp = 0;
  let best = 0;
  for (let i = 0; i < all.length;) {
    let j = i;
    while (j < all.length && all[j][0] === all[i][0]) {
      if (all[j][1] === 1) tp++;
      else fp++;
      j++;
    }
    best = Math.max(best, tp / pos.length - fp / neg.length);
    i = j;
  }
  return best;
}

const clippedLogit = (c: number) => Math.max(-36, Math.min(36, logit(Math.min(1, Math.max(0, c)))));

/** Shokri et al.'s attack model: per true class, P(member | logit of confidence). */
function fitAttackModels(
  shadowsIn: { c: number; y: number }[],
  shadowsOut: { c: number; y: number }[],
): (c: number, y: number) => number {
  const fit = (cls: number | null) => {
    const ins = shadowsIn.filter((r) => cls === null || r.y === cls);
    const outs = shadowsOut.filter((r) => cls === null || r.y === cls);
    if (ins.length < 20 || outs.length < 20) return null;
    const n = ins.length + outs.length;
    const x = new Float64Array(n);
    const y: number[] = [];
    [...ins, ...outs].forEach((r, i) => {
      x[i] = clippedLogit(r.c) / 36;
      y.push(i < ins.length ? 1 : 0);
    });
    const m = createModel(1, 0);
    fitLogisticNewton(m, x, y, n, 1e-6);
    return m;
  };
  const global = fit(null)!;
  const perClass = [fit(0) ?? global, fit(1) ?? global];
  return (c, y) => {
    const m = perClass[y];
    return 1 / (1 + Math.exp(-(m.params[0] * (clippedLogit(c) / 36) + m.params[1])));
  };
}

function figures(
  scoreMembers: ArrayLike<number>,
  scoreNon: ArrayLike<number>,
  decide?: (s: number) => boolean,
): AttackFigures {
  let advantage = bestAdvantage(scoreMembers, scoreNon);
  if (decide) {
    const tpr = Array.from(scoreMembers).filter(decide).length / scoreMembers.length;
    const fpr = Array.from(scoreNon).filter(decide).length / scoreNon.length;
    advantage = tpr - fpr;
  }
  const auc = rocAuc(scoreMembers, scoreNon);
  return {
    auc,
    aucSe: hanleyMcNeilSe(auc, scoreMembers.length, scoreNon.length),
    advantage,
    members: scoreMembers.length,
    nonMembers: scoreNon.length,
  };
}

/** Rows of `t` with label `y`. */
function withLabel(t: Table, y: number): Table {
  const idx: number[] = [];
  for (let i = 0; i < t.n; i++) if (t.y[i] === y) idx.push(i);
  const x = new Float64Array(idx.length * FEATURES);
  idx.forEach((i, k) => x.set(t.x.subarray(i * FEATURES, (i + 1) * FEATURES), k * FEATURES));
  return { x, y: new Uint8Array(idx.length).fill(y), n: idx.length };
}

const SAMPLE = 2_000;

export function runMembershipInference(raw: Raw): MembershipResult {
  const s = parseMembershipSettings(raw);
  const defences = parseDefences(s.defence);
  const data = fraudData(s.seed);
  const rng = new Rng(s.seed).fork(60);
  const notes: string[] = [];
  const fullVictim =
    s.trainSize === 60_000 && s.l2 === VICTIM_L2 && (s.victim === 'logreg' || s.epochs === MLP_VICTIM_EPOCHS);
  const trainSet = rows(data.train, 0, s.trainSize);
  const victim = fullVictim
    ? getVictim(s.victim, s.seed).model
    : trainVictim(s.victim, trainSet, s.l2, s.epochs, rng.fork(1));
  notes.push(
    fullVictim
      ? `The simulator's own ${s.victim} victim: ${s.trainSize.toLocaleString('en')} training transactions, L2 ${s.l2}.`
      : `A ${s.victim} victim trained for this experiment on ${s.trainSize.toLocaleString('en')} transactions, L2 ${s.l2}${s.victim === 'mlp' ? `, ${s.epochs} epochs` : ''}.`,
  );
  // Members: the first SAMPLE training rows (rows are in random order already); non-members: as
  // many held-out natural rows. Frauds: every training fraud against as many held-out frauds.
  const n = Math.min(SAMPLE, s.trainSize);
  const members = rows(trainSet, 0, n);
  const nonMembers = rows(data.test, 0, n);
  const memberFrauds = withLabel(trainSet, 1);
  const heldFrauds = rows(withLabel(data.test, 1), 0, memberFrauds.n);
  const answerRng = rng.fork(2);
  const cm = confidences(victim, members, defences, answerRng);
  const cn = confidences(victim, nonMembers, defences, answerRng);
  const fm = confidences(victim, memberFrauds, defences, answerRng);
  const fn = confidences(victim, heldFrauds, defences, answerRng);

  const acc = (t: Table) => {
    const p = probabilities(victim, t.x, t.n);
    let ok = 0;
    for (let i = 0; i < t.n; i++) if ((p[i] > 0.5 ? 1 : 0) === t.y[i]) ok++;
    return ok / t.n;
  };
  let all: AttackFigures;
  let frauds: AttackFigures | null = null;
  if (s.attack === 'threshold') {
    all = figures(cm, cn);
    if (memberFrauds.n >= 5) frauds = figures(fm, fn);
    notes.push(
      'Threshold attack: the score is the confidence the answer gives the true label; the advantage is at the best threshold in hindsight, an upper bound for this attacker.',
    );
  } else {
    // Shadow models: the attacker's own transactions (another draw of the same distribution).
    const ins: { c: number; y: number }[] = [];
    const outs: { c: number; y: number }[] = [];
    for (let k = 0; k < s.shadows; k++) {
      const own = naturalTable(rng.fork(100 + k), 2 * s.trainSize);
      const shadowIn = rows(own, 0, s.trainSize);
      const shadowOut = rows(own, s.trainSize, s.trainSize);
      const shadow = trainVictim(s.victim, shadowIn, s.l2, s.epochs, rng.fork(200 + k));
      const m = Math.min(SAMPLE, s.trainSize);
      // Every shadow fraud too, so the fraud class's attack model has data.
      for (const [t, list] of [
        [concat(rows(shadowIn, 0, m), withLabel(rows(shadowIn, m, s.trainSize - m), 1)), ins],
        [concat(rows(shadowOut, 0, m), withLabel(rows(shadowOut, m, s.trainSize - m), 1)), outs],
      ] as const) {
        const c = confidences(shadow, t, defences, answerRng);
        for (let i = 0; i < t.n; i++) list.push({ c: c[i], y: t.y[i] });
      }
    }
    const attack = fitAttackModels(ins, outs);
    const score = (c: Float64Array, t: Table) => Float64Array.from(c, (v, i) => attack(v, t.y[i]));
    const member = (p: number) => p > 0.5;
    all = figures(score(cm, members), score(cn, nonMembers), member);
    if (memberFrauds.n >= 5) frauds = figures(score(fm, memberFrauds), score(fn, heldFrauds), member);
    notes.push(
      `Shadow-model attack: ${s.shadows} shadow ${s.victim} models trained the same way on the attacker's own ${s.trainSize.toLocaleString('en')} transactions each; an attack model per class on their answers; the advantage is at its own decision (P(member) > 0.5).`,
    );
  }
  if (memberFrauds.n < 5)
    notes.push(`The training set holds ${memberFrauds.n} frauds: too few for a fraud-only figure.`);
  return { settings: s, all, frauds, trainAccuracy: acc(members), testAccuracy: acc(nonMembers), notes };
}
