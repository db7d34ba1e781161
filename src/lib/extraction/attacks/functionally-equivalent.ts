/**
 * Functionally equivalent extraction of a one-hidden-layer ReLU network from its probabilities
 * (Jagielski et al., USENIX Security 2020, §5; Carlini, Jagielski and Mironov, CRYPTO 2020; IBM
 * ART's FunctionallyEquivalentExtraction attacks this architecture). The logit
 * f(x) = Σ a_k ReLU(W_k·x + b_k) + c is piecewise linear, so:
 *
 * 1. Critical points. Along a random line f is piecewise linear; where it is not linear between
 *    two ends, the two end slopes meet at the kink, which is checked and otherwise the segment is
 *    halved. A kink lies on one neuron's hyperplane W_k·x + b_k = 0.
 * 2. The neuron's row. At a critical point x*, the second difference along a direction u,
 *    f(x* + hu) + f(x* − hu) − 2f(x*), is h·a_k·|W_k·u|: along the unit vectors it gives the
 *    magnitudes |W_kj| up to the common factor a_k, and along e_r + e_j, compared with the sum
 *    and the difference, the sign of W_kj relative to the largest entry W_kr. The row is known
 *    up to a scale (ReLU is positively homogeneous, so the scale moves into a_k) and one sign;
 *    the bias follows from W_k·x* + b_k = 0.
 * 3. Signs and the output layer. With each row taken with W_kr > 0, least squares on every
 *    answer fits f(x) = Σ α_k ReLU(n_k·x + c_k) + β·x + β₀. A neuron whose sign was wrong
 *    contributes α ReLU(−u) = α ReLU(u) − α u, so β = −Σ over flipped k of α_k n_k: solving for
 *    that combination says which rows to flip, and a last fit gives the output layer.
 *
 * Every step needs the logit to many digits: rounded answers, labels, noise or reverse sigmoid
 * break the second differences, and the attack then says so and recovers no model (Jagielski et
 * al. name precision as its limit). It needs the architecture (ART takes num_neurons too).
 */
import { fitAffine, solveSquare } from '../linalg';
import { createModel, logit, type Model } from '../model';
import type { Attack, AttackContext } from './context';
import { uniformPoint } from './context';
import { roundedDecimals } from './equation-solving';

export const FUNCTIONALLY_EQUIVALENT_NEEDS_MLP =
  'functionally-equivalent recovers the hidden layer of a ReLU network from its critical points; a logistic regression has none (use equation-solving against the logreg victim)';

/** Step of the second differences, in feature units (the box is ±4; neighbouring kinks are farther). */
const H = 1e-4;
/**
 * How far a logit read from a double-precision probability can be off: about 1e-16 relative in
 * p, which near p = 1 is 1e-16 / (1 − p) ≈ 1e-16·e^z in the logit. The linearity tests allow a
 * hundred times that, so that rounding in the arithmetic is never mistaken for a kink.
 */
export function logitNoise(z: number): number {
  return 1e-13 * (1 + Math.abs(z)) + 1e-15 * Math.exp(Math.min(z, 40));
}

/**
 * Lines searched in a row without a new neuron before the search stops: the rest are dead or
 * always active inside the box (a neuron that never changes state there is constant or linear
 * there, and the output fit absorbs it).
 */
export const FRUITLESS_LINES = 50;

/** Why the search stopped early: a reason for the learner, or null when the answers were usable. */
type Stop = { reason: string } | null;

interface Neuron {
  /** The row scaled so that its largest entry (index r) is 1. */
  n: Float64Array;
  c: number;
}

export const functionallyEquivalent: Attack = function* (ctx) {
  if (ctx.hidden === 0) throw new Error(FUNCTIONALLY_EQUIVALENT_NEEDS_MLP);
  const { d } = ctx;
  const xs: Float64Array[] = [];
  const fs: number[] = [];
  let stop: Stop = null;
  let roundedRun = 0;
  /** The logit at x, from one query; null once the budget or the answers' precision ends the attack. */
  const f = (x: Float64Array): number | null => {
    if (stop) return null;
    const p = ctx.ask(x);
    if (p === null) {
      stop = { reason: `The query budget ran out after ${ctx.spent()} queries.` };
      return null;
    }
    if (!(p > 0 && p < 1)) {
      stop = {
        reason:
          p === 0 || p === 1
            ? 'An answer was exactly 0 or 1 (labels only, a saturated probability, or noise clipped at the ends): its logit is unknown, and the critical-point search needs every logit.'
            : `An answer was ${p}, not a probability.`,
      };
      return null;
    }
    // An exact probability almost never sits on a decimal lattice; three in a row mean rounding.
    // (Tiny probabilities sit within 1e-12 of 0 and are not evidence of rounding.)
    const k = p > 1e-6 && p < 1 - 1e-6 ? roundedDecimals(p) : null;
    roundedRun = k === null ? 0 : roundedRun + 1;
    if (roundedRun >= 3) {
      stop = {
        reason: `The answers are rounded to ${k} decimals: second differences of their logits are rounding noise, so no critical point can be located.`,
      };
      return null;
    }
    const z = logit(p);
    xs.push(Float64Array.from(x));
    fs.push(z);
    return z;
  };

  const neurons: Neuron[] = [];
  let criticalPoints = 0;
  let unusable = 0;
  let lines = 0;
  let fruitless = 0;
  let curved = 0;
  while (neurons.length < ctx.hidden && !stop && fruitless < FRUITLESS_LINES) {
    lines++;
    fruitless++;
    const a = uniformPoint(ctx);
    const b = uniformPoint(ctx);
    const found = kinks(a, b, f);
    if (found === 'not piecewise linear') {
      if (++curved >= 3 && neurons.length === 0)
        stop = {
          reason: `On ${curved} lines the logit was not linear on any segment between kinks, however short: the API perturbs its probabilities (noise, or a smooth map such as reverse sigmoid), so there are no critical points to find.`,
        };
      continue;
    }
    for (const t of found) {
      const x = along(a, b, t);
      if (neurons.some((nu) => Math.abs(hyperplane(nu, x)) < 1e-3 * norm(nu.n))) {
        criticalPoints++; // a neuron already known: no need to measure its row again
        continue;
      }
      const nu = rowAt(x, d, f);
      if (nu === 'stopped') break;
      if (nu === null) {
        unusable++;
        continue;
      }
      criticalPoints++;
      if (!neurons.some((m) => sameNeuron(m, nu))) {
        neurons.push(nu);
        fruitless = 0;
      }
      if (neurons.length >= ctx.hidden) break;
    }
  }
  if (!stop && neurons.length === 0) stop = { reason: `No critical point was found on ${lines} random lines.` };
  if (neurons.length === 0) {
    ctx.note(`${(stop as Stop)?.reason ?? ''} No model recovered.`.trim());
    return null;
  }
  // The answers so far lie on a few lines and around critical points; uniform answers make the
  // output fit well posed (it has up to hidden + d + 1 unknowns).
  for (let i = 0; i < 2 * (ctx.hidden + d + 1) && f(uniformPoint(ctx)) !== null; i++);
  const fit = assemble(neurons, xs, fs, ctx);
  if (!fit) {
    ctx.note(
      `${stop ? `${(stop as { reason: string }).reason} ` : ''}Found ${neurons.length} ${neurons.length === 1 ? 'neuron' : 'neurons'}, but the ${xs.length} answers collected do not determine the output layer: no model recovered.`,
    );
    return null;
  }
  const missing = ctx.hidden - neurons.length;
  ctx.note(
    `Searched ${lines} random lines for kinks of the logit and located ${criticalPoints} critical points; recovered ${neurons.length} of the ${ctx.hidden} hidden neurons${unusable ? ` (${unusable} candidate kinks were not on one neuron's hyperplane and were skipped)` : ''}, then fitted the output layer by least squares over ${xs.length} answers: the clone's logit matches every answer to ${fit.residual.toExponential(1)}.`,
  );
  if (missing > 0 && !stop)
    ctx.note(
      `No new neuron on the last ${FRUITLESS_LINES} lines: the ${missing} not found never change state inside the probed box (dead, or always active and so linear there, which one spare unit of the clone reproduces).`,
    );
  if (stop && missing > 0) ctx.note((stop as { reason: string }).reason);
  yield fit.model;
  return fit.model;
};

function along(a: Float64Array, b: Float64Array, t: number): Float64Array {
  const x = new Float64Array(a.length);
  for (let j = 0; j < a.length; j++) x[j] = a[j] + t * (b[j] - a[j]);
  return x;
}

function norm(v: Float64Array): number {
  let s = 0;
  for (const x of v) s += x * x;
  return Math.sqrt(s);
}

function hyperplane(nu: Neuron, x: Float64Array): number {
  let s = nu.c;
  for (let j = 0; j < x.length; j++) s += nu.n[j] * x[j];
  return s;
}

function sameNeuron(a: Neuron, b: Neuron): boolean {
  // The same hyperplane, whatever scale and orientation each estimate took: |cos| of (n, c).
  let dot = a.c * b.c;
  let na = a.c * a.c;
  let nb = b.c * b.c;
  for (let j = 0; j < a.n.length; j++) {
    dot += a.n[j] * b.n[j];
    na += a.n[j] * a.n[j];
    nb += b.n[j] * b.n[j];
  }
  return Math.abs(dot) / Math.sqrt(na * nb) > 1 - 1e-6;
}

/**
 * Segments one line may split into before it is given up: a ReLU logit with h neurons has at
 * most h kinks on a line, found in a few segments each; answers with noise or a smooth
 * perturbation (reverse sigmoid) are nowhere linear and would split without end.
 */
export const MAX_SEGMENTS = 400;

/**
 * The kinks of t ↦ f(a + t(b − a)) on [0, 1], in order. A segment is linear when its midpoint
 * lies on the chord; otherwise the lines through its two ends (slopes from a nearby second
 * point) meet at a candidate kink, accepted when both sides of it are linear, and the segment is
 * halved otherwise.
 */
export function kinks(
  a: Float64Array,
  b: Float64Array,
  f: (x: Float64Array) => number | null,
  maxSegments = MAX_SEGMENTS,
): number[] | 'not piecewise linear' {
  const cache = new Map<number, number | null>();
  const g = (t: number) => {
    if (!cache.has(t)) cache.set(t, f(along(a, b, t)));
    return cache.get(t)!;
  };
  /** Whether f is on the chord at the given fractions of [lo, hi]; null once the API stops. */
  const linear = (lo: number, hi: number, at: readonly number[] = [0.5]): boolean | null => {
    const [fl, fh] = [g(lo), g(hi)];
    if (fl === null || fh === null) return null;
    for (const u of at) {
      const fm = g(lo + u * (hi - lo));
      if (fm === null) return null;
      const chord = fl + u * (fh - fl);
      if (Math.abs(fm - chord) > 100 * (logitNoise(fl) + logitNoise(fh) + 2 * logitNoise(fm))) return false;
    }
    return true;
  };
  // Accepting a kink tests each side at three points: a cluster of kinks is equivalent, outside
  // the cluster, to one kink where the outer lines meet, and the midpoint alone can miss it.
  const SIDE = [0.25, 0.5, 0.75];
  const found: number[] = [];
  const stack: [number, number][] = [[0, 1]];
  let segments = 0;
  while (stack.length) {
    if (++segments > maxSegments) return 'not piecewise linear';
    const [lo, hi] = stack.pop()!;
    const lin = linear(lo, hi);
    if (lin === null) break;
    if (lin) continue;
    const w = hi - lo;
    if (w < 1e-9) continue; // kinks closer than this are not resolved
    const e = w * 1e-4;
    const [fl, fl2, fh, fh2] = [g(lo), g(lo + e), g(hi), g(hi - e)];
    if (fl === null || fl2 === null || fh === null || fh2 === null) break;
    const sl = (fl2 - fl) / e;
    const sh = (fh - fh2) / e;
    const slopeNoise = (100 * (logitNoise(fl) + logitNoise(fl2) + logitNoise(fh) + logitNoise(fh2))) / e;
    if (Math.abs(sl - sh) > slopeNoise) {
      const t = (fh - fl + sl * lo - sh * hi) / (sl - sh);
      if (t > lo + 2 * e && t < hi - 2 * e) {
        // A single kink puts f just left of t on the left line and just right of it on the right
        // line. A cluster of kinks meets the outer lines at a point outside the cluster, where one
        // of the two fails.
        const dt = Math.min(t - lo, hi - t) * 1e-4;
        const [ft, fa, fb] = [g(t), g(t - dt), g(t + dt)];
        if (ft === null || fa === null || fb === null) break;
        const near = (v: number, line: number, span: number) =>
          Math.abs(v - line) <= slopeNoise * span + 100 * logitNoise(v);
        const onLines =
          near(ft, fl + sl * (t - lo), t - lo) &&
          near(fa, fl + sl * (t - dt - lo), t - lo) &&
          near(fb, fh - sh * (hi - t - dt), hi - t) &&
          near(ft, fh - sh * (hi - t), hi - t);
        const left = onLines && linear(lo, t, SIDE);
        if (left === null) break;
        const right = left ? linear(t, hi, SIDE) : false;
        if (right === null) break;
        if (left && right) {
          found.push(t);
          continue;
        }
      }
    }
    const mid = (lo + hi) / 2;
    stack.push([mid, hi], [lo, mid]);
  }
  return found.sort((x, y) => x - y);
}

/**
 * The neuron through critical point x, its row scaled so its largest entry is +1, or null when
 * the second differences are inconsistent (another neuron's hyperplane within H), or 'stopped'
 * when the API stopped answering.
 */
export function rowAt(x: Float64Array, d: number, f: (x: Float64Array) => number | null): Neuron | null | 'stopped' {
  const f0 = f(x);
  if (f0 === null) return 'stopped';
  const second = (u: (j: number) => number): number | null => {
    const plus = new Float64Array(d);
    const minus = new Float64Array(d);
    for (let j = 0; j < d; j++) {
      plus[j] = x[j] + H * u(j);
      minus[j] = x[j] - H * u(j);
    }
    const fp = f(plus);
    const fm = f(minus);
    return fp === null || fm === null ? null : (fp + fm - 2 * f0) / H;
  };
  const mag = new Float64Array(d);
  for (let j = 0; j < d; j++) {
    const s = second((i) => (i === j ? 1 : 0));
    if (s === null) return 'stopped';
    mag[j] = s;
  }
  // mag[j] = a·|W_j|: all share a's sign. The reference entry is the largest.
  let r = 0;
  for (let j = 1; j < d; j++) if (Math.abs(mag[j]) > Math.abs(mag[r])) r = j;
  if (!(Math.abs(mag[r]) > 1e-9)) return null;
  const n = new Float64Array(d);
  n[r] = 1;
  for (let j = 0; j < d; j++) {
    if (j === r) continue;
    const rel = mag[j] / mag[r];
    if (Math.abs(rel) < 1e-7) continue; // a zero weight has no sign to find
    const both = second((i) => (i === r || i === j ? 1 : 0));
    if (both === null) return 'stopped';
    // |W_r + W_j| is |W_r| + |W_j| for the same sign and ||W_r| − |W_j|| for opposite signs.
    // mag[r] is the largest in size and mag[j] shares its sign, so the difference keeps a's sign.
    const same = Math.abs(both - (mag[r] + mag[j]));
    const opposite = Math.abs(both - (mag[r] - mag[j]));
    const scale = Math.abs(mag[r]);
    if (Math.min(same, opposite) > 1e-3 * scale) return null;
    n[j] = same <= opposite ? Math.abs(rel) : -Math.abs(rel);
  }
  let c = 0;
  for (let j = 0; j < d; j++) c -= n[j] * x[j];
  return { n, c };
}

/** ReLU features of the recovered rows (with chosen signs), a linear part and an intercept, for row x. */
function features(neurons: Neuron[], signs: number[], x: Float64Array, linearPart: boolean): Float64Array {
  const k = neurons.length;
  const out = new Float64Array(k + (linearPart ? x.length : 0));
  neurons.forEach((nu, i) => {
    const u = signs[i] * hyperplane(nu, x);
    out[i] = u > 0 ? u : 0;
  });
  if (linearPart) out.set(x, k);
  return out;
}

/**
 * Step 3: the rows' signs and the output layer, as a Model with ctx.hidden units, and the largest
 * gap between the clone's logit and an answer's. When neurons are missing, what they add inside
 * the box is linear; one spare unit, ReLU(r·x + M) with M large enough that it is always active
 * in the box, carries that linear part.
 */
function assemble(
  neurons: Neuron[],
  xs: Float64Array[],
  fs: number[],
  ctx: AttackContext,
): { model: Model; residual: number } | null {
  const d = ctx.d;
  const k = neurons.length;
  const plus = neurons.map(() => 1);
  // Fit Σ α ReLU(u) + β·x + β₀ (needs k + d + 1 answers; the search made far more).
  const withLinear = fitAffine(
    xs.map((x) => features(neurons, plus, x, true)),
    fs,
    k + d,
  );
  if (!withLinear) return null;
  const alpha = withLinear.subarray(0, k);
  const beta = withLinear.subarray(k, k + d);
  // β = Σ λ_i n_i + (the missing neurons' linear part), with λ_i = −α_i for a flipped row and 0
  // otherwise: least squares for λ, then each row flipped or not by the nearer of the two.
  const gram = new Float64Array(k * k);
  const rhs = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < d; j++) rhs[i] += neurons[i].n[j] * beta[j];
    for (let m = 0; m < k; m++) {
      let s = 0;
      for (let j = 0; j < d; j++) s += neurons[i].n[j] * neurons[m].n[j];
      gram[i * k + m] = s + (i === m ? 1e-12 : 0);
    }
  }
  const lambda = solveSquare(gram, rhs, k) ?? new Float64Array(k);
  const signs = neurons.map((_, i) => (Math.abs(lambda[i] + alpha[i]) < Math.abs(lambda[i]) ? -1 : 1));
  const rows: Neuron[] = neurons.map((nu, i) => ({ n: nu.n.map((v) => signs[i] * v), c: signs[i] * nu.c }));
  // What the flips do not explain is linear: the spare unit's row.
  const r = Float64Array.from(beta);
  neurons.forEach((nu, i) => {
    if (signs[i] < 0) for (let j = 0; j < d; j++) r[j] += alpha[i] * nu.n[j];
  });
  // (Below a thousandth of a logit across the box, r is the fit's rounding, not a neuron.)
  let reach = 0;
  for (let j = 0; j < d; j++) reach += Math.abs(r[j]);
  if (k < ctx.hidden && reach * ctx.box > 1e-3) rows.push({ n: r, c: 2 * ctx.box * reach + 1 });
  const relu = (x: Float64Array) =>
    Float64Array.from(rows, (row) => {
      const u = hyperplane(row, x);
      return u > 0 ? u : 0;
    });
  const out = fitAffine(xs.map(relu), fs, rows.length);
  if (!out) return null;
  const h = ctx.hidden;
  const model = createModel(d, h);
  const w = model.params;
  const b1 = h * d;
  const w2 = b1 + h;
  rows.forEach((row, i) => {
    w.set(row.n, i * d);
    w[b1 + i] = row.c;
    w[w2 + i] = out[i];
  });
  w[w2 + h] = out[rows.length];
  let residual = 0;
  xs.forEach((x, i) => {
    let z = out[rows.length];
    const a = relu(x);
    for (let u = 0; u < rows.length; u++) z += out[u] * a[u];
    residual = Math.max(residual, Math.abs(z - fs[i]));
  });
  return { model, residual };
}
