/**
 * Lowd–Meek line search with labels only (as in the Steal-ML reference implementation,
 * binary-classifiers/experiments/lowd_meek.py): find a "fraud" and a "legitimate" point, bisect
 * between them to a point x₀ on the boundary, find a witness feature r whose change flips the
 * label, then for every other feature i move δ along i and line-search along r (exponential steps,
 * then bisection to precision ε) for the flip: w_i / w_r = −t / δ. The weights are recovered up
 * to a positive scale, which leaves every label unchanged. Linear models only.
 */
import { createModel } from '../model';
import type { Attack, AttackContext } from './context';
import { uniformPoint } from './context';

export const LOWD_MEEK_EPSILON = 1e-6;
const DELTA = 1;
const MAX_STEP = 1e4;

class OutOfQueries extends Error {}

export const lowdMeek: Attack = function* (ctx) {
  const d = ctx.d;
  const model = createModel(d, 0);
  model.params[d] = -10; // until something is learnt: "legitimate" everywhere
  if (ctx.hidden > 0)
    ctx.note('Lowd–Meek assumes a linear model; against an MLP victim it recovers a linear approximation at best.');
  const label = (x: Float64Array): boolean => {
    const p = ctx.ask(x);
    if (p === null) throw new OutOfQueries();
    return p > 0.5;
  };
  try {
    const [pos, neg] = findBothClasses(ctx, label);
    const x0 = boundaryPoint(pos, neg, label);
    const witness = findWitness(ctx, x0, label);
    if (witness === null) {
      ctx.note('No feature flips the label around the boundary point: the line search cannot start.');
      yield model;
      return model;
    }
    const { r, sign } = witness;
    const w = new Float64Array(d);
    w[r] = sign;
    const setModel = () => {
      let b = 0;
      for (let j = 0; j < d; j++) b -= w[j] * x0[j];
      model.params.set(w);
      model.params[d] = b;
    };
    setModel();
    yield model;
    for (let i = 0; i < d; i++) {
      if (i === r) continue;
      w[i] = ratio(x0, i, r, sign, label);
      setModel();
      if (i % 3 === 2 || i === d - 1) yield model;
    }
    yield model;
  } catch (e) {
    if (!(e instanceof OutOfQueries)) throw e;
    ctx.note(
      `The budget ran out after ${ctx.spent()} queries, before every weight was found (missing weights count as 0).`,
    );
    yield model;
  }
  return model;
};

function findBothClasses(ctx: AttackContext, label: (x: Float64Array) => boolean): [Float64Array, Float64Array] {
  let pos: Float64Array | null = null;
  let neg: Float64Array | null = null;
  while (!pos || !neg) {
    const x = uniformPoint(ctx);
    if (label(x)) pos ??= x;
    else neg ??= x;
  }
  return [pos, neg];
}

/** Bisects the segment until the two ends are within ε: returns the "legitimate" end. */
function boundaryPoint(pos: Float64Array, neg: Float64Array, label: (x: Float64Array) => boolean): Float64Array {
  let lo = Float64Array.from(neg);
  let hi = Float64Array.from(pos);
  let len = 0;
  for (let j = 0; j < lo.length; j++) len += (hi[j] - lo[j]) ** 2;
  len = Math.sqrt(len);
  while (len > LOWD_MEEK_EPSILON * 1e-3) {
    const mid = lo.map((v, j) => (v + hi[j]) / 2);
    if (label(mid)) hi = mid;
    else lo = mid;
    len /= 2;
  }
  return lo;
}

/** A feature r whose step of +δ from x₀ gives a different label than −δ; sign of w_r. */
function findWitness(
  ctx: AttackContext,
  x0: Float64Array,
  label: (x: Float64Array) => boolean,
): { r: number; sign: 1 | -1 } | null {
  for (let r = 0; r < ctx.d; r++) {
    const up = Float64Array.from(x0);
    up[r] += DELTA;
    const down = Float64Array.from(x0);
    down[r] -= DELTA;
    const a = label(up);
    const b = label(down);
    if (a !== b) return { r, sign: a ? 1 : -1 };
  }
  return null;
}

/** w_i / |w_r| by a line search along r from x₀ + δ·e_i. */
function ratio(x0: Float64Array, i: number, r: number, sign: 1 | -1, label: (x: Float64Array) => boolean): number {
  const base = Float64Array.from(x0);
  base[i] += DELTA;
  const startLabel = label(base);
  // Moving along r by t changes the score by sign·t: to flip a fraud answer, go against sign.
  const dir = startLabel ? -sign : sign;
  const at = (t: number) => {
    const x = Float64Array.from(base);
    x[r] += dir * t;
    return label(x);
  };
  let inside = 0;
  let step = 1 / 64;
  while (at(step) === startLabel) {
    inside = step;
    step *= 2;
    if (step > MAX_STEP) return 0;
  }
  let lo = inside;
  let hi = step;
  while (hi - lo > LOWD_MEEK_EPSILON) {
    const mid = (lo + hi) / 2;
    if (at(mid) === startLabel) lo = mid;
    else hi = mid;
  }
  const t = dir * ((lo + hi) / 2);
  // w_i·δ + w_r·t = 0 with w_r = sign (scale 1).
  return (-sign * t) / DELTA;
}
