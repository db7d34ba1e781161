/**
 * Model inversion from confidences (Fredrikson, Jha and Ristenpart, CCS 2015): an attacker with
 * only the API reconstructs what the model takes a fraud to look like, by climbing the fraud
 * confidence the API returns. Starting from an ordinary transaction (every feature at its mean,
 * 0 in standard units), each step estimates the gradient of the log confidence by central
 * differences (2d queries), steps a fixed distance along it inside the attacker's box, and stops
 * once the API answers fraud with 0.99 confidence, when the answers stop moving, or when the
 * budget runs out. Fredrikson et al. do the same with a numeric gradient when only the API is
 * available.
 *
 * What the reconstruction reveals is measured against the generator's own fraud profiles (the
 * mean shifts of data.ts's fraud clusters): the cosine between the reconstruction and the nearest
 * profile, and how many of that profile's signature features (its largest shifts) are among the
 * reconstruction's largest moves. Defences that hide small changes of the confidence (labels,
 * rounding) leave the gradient at zero: the attacker stays where it started.
 */
import { applyDefences, formatDefences, parseDefences } from './defences';
import { BOX, FEATURES, FEATURE_NAMES, FRAUD_PROFILES } from './data';
import { SettingsError } from './errors';
import { probability } from './model';
import { Rng } from './random';
import { getVictim, type VictimKind } from './victim';

export interface InversionSettings {
  victim: VictimKind;
  defence: string;
  budget: number;
  seed: number;
}

export const INVERSION_DEFAULTS: InversionSettings = { victim: 'logreg', defence: 'none', budget: 5_000, seed: 1 };
/** Step length in standard units, and the finite-difference step. */
const STEP = 0.2;
const H = 1e-3;
/** The widest finite-difference step the attacker tries when the answers do not move. */
const MAX_H = 1;
const TARGET = 0.99;

export interface InversionResult {
  settings: InversionSettings;
  queries: number;
  steps: number;
  /** The fraud confidence the API gave the reconstruction. */
  confidence: number;
  reconstruction: number[];
  /** The nearest fraud profile, the cosine to it, and the signature features found. */
  profile: string;
  cosine: number;
  /** ‖x̂ − μ‖ / ‖μ‖ for the nearest profile μ (1: no closer than where the attack started). */
  reconstructionError: number;
  signatureFound: number;
  signatureSize: number;
  /** The reconstruction's largest moves, by feature name. */
  topFeatures: string[];
  notes: string[];
}

type Raw = Partial<Record<keyof InversionSettings, string | number | undefined>>;

export function parseInversionSettings(raw: Raw): InversionSettings {
  const d = INVERSION_DEFAULTS;
  const victim = String(raw.victim ?? d.victim).trim();
  if (victim !== 'logreg' && victim !== 'mlp')
    throw new SettingsError(`unknown victim "${victim}"; use one of logreg, mlp`);
  const whole = (v: unknown, what: string, lo: number, hi: number) => {
    const n = typeof v === 'number' ? v : String(v).trim() === '' ? NaN : Number(v);
    if (!Number.isInteger(n) || n < lo || n > hi)
      throw new SettingsError(
        `${what} must be a whole number from ${lo} to ${hi.toLocaleString('en')} (got ${String(v)})`,
      );
    return n;
  };
  return {
    victim,
    defence: formatDefences(parseDefences(String(raw.defence ?? d.defence))),
    budget: whole(raw.budget ?? d.budget, 'budget', 2 * FEATURES + 1, 100_000),
    seed: whole(raw.seed ?? d.seed, 'seed', 0, 0xffffffff),
  };
}

const norm = (v: ArrayLike<number>) => Math.sqrt(Array.from(v).reduce((s, x) => s + x * x, 0));

export function runModelInversion(raw: Raw): InversionResult {
  const s = parseInversionSettings(raw);
  const defences = parseDefences(s.defence);
  const victim = getVictim(s.victim, s.seed).model;
  const rng = new Rng(s.seed).fork(70);
  let queries = 0;
  const ask = (x: Float64Array): number | null => {
    if (queries >= s.budget) return null;
    queries++;
    return applyDefences(defences, probability(victim, x), rng);
  };
  const logConf = (q: number) => Math.log(Math.max(q, 1e-300));
  const x = new Float64Array(FEATURES);
  const notes: string[] = [];
  let q = ask(x) ?? 0;
  let steps = 0;
  let stalled = false;
  let h = H;
  let widest = H;
  const g = new Float64Array(FEATURES);
  while (q < TARGET && queries + 2 * FEATURES <= s.budget) {
    for (let j = 0; j < FEATURES; j++) {
      const keep = x[j];
      x[j] = keep + h;
      const up = ask(x)!;
      x[j] = keep - h;
      const down = ask(x)!;
      x[j] = keep;
      g[j] = (logConf(up) - logConf(down)) / (2 * h);
    }
    const size = norm(g);
    if (!(size > 1e-9)) {
      // No answer moved: a defence that hides small changes (rounding, labels). The attacker
      // widens its probes, up to a whole standard unit, before it gives up.
      if (h < MAX_H) {
        h = Math.min(MAX_H, h * 4);
        widest = h;
        continue;
      }
      stalled = true;
      break;
    }
    for (let j = 0; j < FEATURES; j++) x[j] = Math.max(-BOX, Math.min(BOX, x[j] + (STEP * g[j]) / size));
    steps++;
    const next = ask(x);
    if (next === null) break;
    q = next;
  }
  if (stalled)
    notes.push(
      `After ${steps} steps the answers did not change under probes from ${H} up to ${MAX_H} standard unit in any feature: the defence (${s.defence}) hides the gradient, and the attacker is stuck${steps === 0 ? ' where it started' : ''}.`,
    );
  else if (widest > H)
    notes.push(`The answers hid small changes, so the attacker probed ${widest} standard units either side.`);
  if (!stalled && q >= TARGET)
    notes.push(
      `The API answered fraud with confidence ${q.toFixed(3)} after ${steps} steps of ${STEP} along the estimated gradient.`,
    );
  else if (!stalled)
    notes.push(`The budget ran out after ${steps} steps; the API's fraud confidence was ${q.toFixed(3)}.`);

  // The nearest fraud profile, by cosine.
  let best = FRAUD_PROFILES[0];
  let cosine = -Infinity;
  const nx = norm(x);
  for (const p of FRAUD_PROFILES) {
    const c = nx > 0 ? p.mean.reduce((acc, v, j) => acc + v * x[j], 0) / (nx * norm(p.mean)) : 0;
    if (c > cosine) {
      cosine = c;
      best = p;
    }
  }
  const diff = best.mean.map((v, j) => x[j] - v);
  const order = Array.from(x, (_, j) => j).sort((a, b) => Math.abs(x[b]) - Math.abs(x[a]));
  const signature = best.signature;
  const top = order.slice(0, signature.length);
  const found =
    nx > 0 ? signature.filter((j) => top.includes(j) && Math.sign(x[j]) === Math.sign(best.mean[j])).length : 0;
  return {
    settings: s,
    queries,
    steps,
    confidence: q,
    reconstruction: Array.from(x),
    profile: best.name,
    cosine: nx > 0 ? cosine : 0,
    reconstructionError: norm(diff) / norm(best.mean),
    signatureFound: found,
    signatureSize: signature.length,
    topFeatures:
      nx > 0 ? top.map((j) => `${FEATURE_NAMES[j]} ${x[j] > 0 ? '+' : '−'}${Math.abs(x[j]).toFixed(2)}`) : [],
    notes,
  };
}
