/**
 * Jacobian-based dataset augmentation (Papernot et al., "Practical Black-Box Attacks against
 * Machine Learning", ASIA CCS 2017, Algorithm 1 and §6): start from a small set of plausible
 * inputs the attacker has, label them through the API, train a substitute, then grow the set by
 * stepping each point along the sign of the substitute's Jacobian for the label the API gave,
 * x + λ·sgn(∂F_label/∂x), so the new queries probe where the substitute's decision moves. The
 * set doubles each substitute epoch; the step's sign flips every τ epochs (periodic step size);
 * when the budget cannot pay for a full doubling, a random subset is augmented (reservoir
 * sampling, §6). The paper trains on labels, and so does this attack.
 */
import { publicQuery } from '../data';
import { inputGradient, type Model } from '../model';
import type { Attack } from './context';
import { QuerySet } from './context';
import { createSurrogate, fitSurrogate } from './surrogate';

/** Papernot et al.'s settings: 150 initial samples, λ = 0.1, τ = 3 (periodic step size). */
export const JACOBIAN = { initial: 150, lambda: 0.1, tau: 3 };

export const jacobianAugmentation: Attack = function* (ctx) {
  const rng = ctx.rng.fork(9);
  const qs = new QuerySet(ctx.d);
  const s = createSurrogate(ctx.d, ctx.hidden, ctx.rng.fork(1));
  const grad = new Float64Array(ctx.d);
  const label = (x: Float64Array): boolean => {
    const p = ctx.ask(x);
    if (p === null) return false;
    qs.push(x, p > 0.5 ? 1 : 0);
    return true;
  };
  let stopped = false;
  for (let i = 0; i < Math.min(JACOBIAN.initial, ctx.budget) && !stopped; i++) {
    const x = new Float64Array(ctx.d);
    publicQuery(rng, x);
    stopped = !label(x);
  }
  if (qs.n === 0) {
    ctx.note('The API answered no query: no substitute trained.');
    return null;
  }
  let epoch = 0;
  for (;;) {
    fitSurrogate(s, qs, ctx.rng);
    yield s.model;
    if (stopped || ctx.spent() >= ctx.budget) break;
    const lambda = stepAt(epoch);
    const room = ctx.budget - ctx.spent();
    const chosen = pick(qs.n, Math.min(qs.n, room), rng);
    for (const i of chosen) {
      const x = augment(s.model, qs.row(i), qs.y[i], lambda, ctx.box, grad);
      if (!label(x)) {
        stopped = true;
        break;
      }
    }
    epoch++;
  }
  ctx.note(
    `Jacobian-based augmentation: ${JACOBIAN.initial} plausible transactions labelled through the API, then ${epoch} substitute epochs, each stepping every point by λ = ${JACOBIAN.lambda} along the sign of the substitute's gradient (the sign of λ flipping every ${JACOBIAN.tau} epochs). The substitute trained on the API's labels, as Papernot et al. do.`,
  );
  return s.model;
};

/** Papernot et al.'s periodic step size: λ for τ epochs, then −λ for τ, and so on. */
export function stepAt(epoch: number): number {
  return JACOBIAN.lambda * (Math.floor(epoch / JACOBIAN.tau) % 2 === 0 ? 1 : -1);
}

/** x + λ·sgn(∂F_y/∂x) for the substitute's output for label y, clipped to the box. */
export function augment(
  m: Model,
  x: Float64Array,
  y: number,
  lambda: number,
  box: number,
  grad = new Float64Array(x.length),
): Float64Array {
  // F_1 = σ(z) rises with z and F_0 = 1 − σ(z) falls: their gradients are ±σ'(z)∇z, whose sign is ±sgn(∇z).
  inputGradient(m, x, grad);
  const dir = y > 0.5 ? 1 : -1;
  const out = new Float64Array(x.length);
  for (let j = 0; j < x.length; j++) {
    const v = x[j] + lambda * dir * Math.sign(grad[j]);
    out[j] = Math.max(-box, Math.min(box, v));
  }
  return out;
}

/** `k` distinct indices of 0..n−1, in increasing order (all of them when k = n). */
function pick(n: number, k: number, rng: { next(): number }): number[] {
  if (k >= n) return Array.from({ length: n }, (_, i) => i);
  // Reservoir sampling (Algorithm R).
  const chosen = Array.from({ length: k }, (_, i) => i);
  for (let i = k; i < n; i++) {
    const j = Math.floor(rng.next() * (i + 1));
    if (j < k) chosen[j] = i;
  }
  return chosen.sort((a, b) => a - b);
}
