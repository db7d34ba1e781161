/**
 * Output-perturbation defences of the prediction API, as in ART's art.defences.postprocessor
 * (parameter defaults from ART): class labels, rounding, Gaussian noise, high-confidence cutoff and
 * reverse sigmoid (Lee et al., IEEE S&P Workshops 2019). The API answers with the fraud
 * probability; each defence transforms it, in the order written (`round:2+noise:0.1`).
 */
import { SettingsError } from './errors';
import { logit, sigmoid } from './model';
import type { Rng } from './random';

export type Defence =
  | { kind: 'labels' }
  | { kind: 'round'; decimals: number }
  | { kind: 'noise'; sigma: number }
  | { kind: 'cutoff'; cutoff: number }
  | { kind: 'reverse-sigmoid'; beta: number; gamma: number };

export const DEFENCE_NAMES = ['none', 'labels', 'round:K', 'noise:SIGMA', 'cutoff:C', 'reverse-sigmoid:BETA,GAMMA'];
export const MAX_DECIMALS = 15;

/** Parses `none`, `labels`, `round:3`, `noise:0.2`, `cutoff:0.25`, `reverse-sigmoid:1,0.1`, joined by `+`. */
/**
 * The longest chain accepted: each kind of defence once or twice is already more than any API
 * stacks; a longer chain is a typing slip (or a denial of service on the page: 4,000 defences
 * ran for 35 s), refused before anything runs.
 */
export const MAX_DEFENCES = 10;

export function parseDefences(spec: string): Defence[] {
  const text = spec.trim();
  if (text === '' || text === 'none') return [];
  const parts = text.split('+');
  if (parts.length > MAX_DEFENCES)
    throw new SettingsError(
      `a defence chain has at most ${MAX_DEFENCES} defences joined by "+" (got ${parts.length.toLocaleString('en-GB')})`,
    );
  return parts.map((part) => parseOne(part.trim()));
}

function parseOne(part: string): Defence {
  const [name, arg, ...rest] = part.split(':');
  if (rest.length) throw new SettingsError(`defence "${part}" has more than one ":"`);
  switch (name) {
    case 'labels':
      if (arg !== undefined) throw new SettingsError('defence "labels" takes no parameter');
      return { kind: 'labels' };
    case 'round': {
      const k = number(arg, part, 'decimals K');
      if (!Number.isInteger(k) || k < 0 || k > MAX_DECIMALS) {
        throw new SettingsError(
          `round:K needs K a whole number of decimals from 0 to ${MAX_DECIMALS} (got ${arg}); a float64 probability has no more`,
        );
      }
      return { kind: 'round', decimals: k };
    }
    case 'noise': {
      const s = number(arg, part, 'SIGMA');
      if (s < 0 || s > 10) throw new SettingsError(`noise:SIGMA needs SIGMA from 0 to 10 (got ${arg})`);
      return { kind: 'noise', sigma: s };
    }
    case 'cutoff': {
      const c = number(arg, part, 'C');
      if (c < 0 || c > 1) throw new SettingsError(`cutoff:C needs C from 0 to 1 (got ${arg})`);
      return { kind: 'cutoff', cutoff: c };
    }
    case 'reverse-sigmoid': {
      const [b, g, ...more] = (arg ?? '').split(',');
      if (more.length || g === undefined)
        throw new SettingsError(`reverse-sigmoid needs two parameters, as in reverse-sigmoid:1,0.1 (got "${part}")`);
      const beta = number(b, part, 'BETA');
      const gamma = number(g, part, 'GAMMA');
      if (beta < 0 || beta > 10 || gamma <= 0 || gamma > 10) {
        throw new SettingsError(
          `reverse-sigmoid:BETA,GAMMA needs BETA from 0 to 10 and GAMMA above 0 up to 10 (got ${arg})`,
        );
      }
      return { kind: 'reverse-sigmoid', beta, gamma };
    }
    default:
      throw new SettingsError(`unknown defence "${name}"; use one of ${DEFENCE_NAMES.join(', ')}, joined with "+"`);
  }
}

function number(arg: string | undefined, part: string, what: string): number {
  if (arg === undefined || arg.trim() === '') throw new SettingsError(`defence "${part}" needs ${what}`);
  const v = Number(arg);
  if (!Number.isFinite(v)) throw new SettingsError(`defence "${part}": ${what} must be a finite number (got ${arg})`);
  return v;
}

export function formatDefences(ds: Defence[]): string {
  if (ds.length === 0) return 'none';
  return ds
    .map((d) => {
      switch (d.kind) {
        case 'labels':
          return 'labels';
        case 'round':
          return `round:${d.decimals}`;
        case 'noise':
          return `noise:${d.sigma}`;
        case 'cutoff':
          return `cutoff:${d.cutoff}`;
        case 'reverse-sigmoid':
          return `reverse-sigmoid:${d.beta},${d.gamma}`;
      }
    })
    .join('+');
}

/** Applies one defence to the fraud probability p. */
export function applyDefence(d: Defence, p: number, rng: Rng): number {
  switch (d.kind) {
    case 'labels':
      return p > 0.5 ? 1 : 0;
    case 'round': {
      const f = Math.pow(10, d.decimals);
      return Math.round(p * f) / f;
    }
    case 'noise': {
      // Noise on both class probabilities, clipped at 0, renormalised (ART GaussianNoise).
      const p1 = Math.max(0, p + d.sigma * rng.normal());
      const p0 = Math.max(0, 1 - p + d.sigma * rng.normal());
      return p0 + p1 > 0 ? p1 / (p0 + p1) : 0.5;
    }
    case 'cutoff':
      // Probabilities under the cutoff become 0, without renormalisation (ART HighConfidence).
      return p < d.cutoff ? 0 : p;
    case 'reverse-sigmoid':
      return reverseSigmoid(p, d.beta, d.gamma);
  }
}

/**
 * r = β·(σ(γ·logit(q)) − ½), q̃ = clip(q − r, 0, 1) for q = p and q = 1 − p, then p̃₁/(p̃₁ + p̃₀).
 */
export function reverseSigmoid(p: number, beta: number, gamma: number): number {
  const eps = 1e-12;
  const perturb = (q: number) => {
    const qc = Math.min(1 - eps, Math.max(eps, q));
    const r = beta * (sigmoid(gamma * logit(qc)) - 0.5);
    return Math.min(1, Math.max(0, q - r));
  };
  const p1 = perturb(p);
  const p0 = perturb(1 - p);
  return p0 + p1 > 0 ? p1 / (p0 + p1) : 0.5;
}

export function applyDefences(ds: Defence[], p: number, rng: Rng): number {
  let q = p;
  for (const d of ds) q = applyDefence(d, q, rng);
  return q;
}

/**
 * The logits the inversion searches for sign changes, in steps of 0.01: ±36 is as far as a
 * double tells p from 0 and 1 (1 − σ(36) ≈ 2e-16). A converged victim's logits on the attacker's
 * uniform probes reach −28, so a narrower range (±20 before) loses the true source.
 */
const INVERT_LIMIT = 36;
const INVERT_GRID = 7201;

/**
 * What an attacker who knows β and γ makes of a reverse-sigmoid answer q: the logits z of every
 * p = σ(z) with reverseSigmoid(p) = q, found by scanning a grid in logit space for sign changes
 * and bisecting each to about 1e-12. The map is not monotone (for β = 1, γ = 0.1 it falls from
 * 0.38 to 0.12 as p rises from 0 to 0.02, then climbs to 0.5), so most answers have two sources;
 * the attack decides between them with its model (equation-solving.ts).
 */
export function reverseSigmoidSources(q: number, beta: number, gamma: number): number[] {
  if (!(q > 0 && q < 1)) return [];
  const f = (z: number) => reverseSigmoid(sigmoid(z), beta, gamma) - q;
  const lo = -INVERT_LIMIT;
  const hi = INVERT_LIMIT;
  const roots: number[] = [];
  let z0 = lo;
  let f0 = f(z0);
  for (let i = 1; i < INVERT_GRID; i++) {
    const z1 = lo + ((hi - lo) * i) / (INVERT_GRID - 1);
    const f1 = f(z1);
    if (f0 === 0) roots.push(z0);
    else if (f0 * f1 < 0) {
      let a = z0;
      let b = z1;
      let fa = f0;
      for (let k = 0; k < 60; k++) {
        const m = (a + b) / 2;
        const fm = f(m);
        if (fa * fm <= 0) b = m;
        else {
          a = m;
          fa = fm;
        }
      }
      roots.push((a + b) / 2);
    }
    z0 = z1;
    f0 = f1;
  }
  return roots;
}
