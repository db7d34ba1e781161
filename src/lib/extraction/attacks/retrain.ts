/**
 * Retraining attacks (Tramèr et al. 2016, §5): query, then train a surrogate on the answers.
 * Query strategies: uniform in the input box, line search between differently labelled points,
 * adaptive (near the current surrogate's boundary), a public substitute distribution (Knockoff
 * Nets, CopycatCNN) and, for comparison, a legitimate client's natural traffic.
 */
import { naturalQuery, publicQuery } from '../data';
import { inputGradient, logitOf, type Model } from '../model';
import type { Attack, AttackContext } from './context';
import { QuerySet, schedule, trainingTarget, uniformPoint } from './context';
import { KNOCKOFF, knockoffSampler } from './knockoff';
import { createSurrogate, fitSurrogate } from './surrogate';

/**
 * Queries points from a sampler, retraining and yielding at each checkpoint. `answered`, when
 * given, hears each answer with the surrogate as it stands (an adaptive sampler learns from it).
 */
export function* streamRetrain(
  ctx: AttackContext,
  sample: () => Float64Array,
  answered?: (p: number, model: Model) => void,
): Generator<Model, Model, void> {
  noteLabelPreserving(ctx);
  const qs = new QuerySet(ctx.d);
  const s = createSurrogate(ctx.d, ctx.hidden, ctx.rng.fork(1));
  for (const target of schedule(ctx.budget, ctx.d)) {
    let stopped = false;
    while (qs.n < target) {
      const x = sample();
      const p = ctx.ask(x);
      if (p === null) {
        stopped = true;
        break;
      }
      answered?.(p, s.model);
      qs.push(x, trainingTarget(ctx, p));
    }
    fitSurrogate(s, qs, ctx.rng);
    yield s.model;
    if (stopped) break;
  }
  return s.model;
}

/** Says once, in the result, that the attacker trained on decisions because the defence keeps them. */
function noteLabelPreserving(ctx: AttackContext) {
  if (ctx.labelPreserving) {
    ctx.note(
      'The API perturbs its probabilities but keeps every decision (reverse sigmoid), and the attacker knows it: it trained on the decisions, thresholding each answer at 0.5.',
    );
  }
}

export const retrainUniform: Attack = (ctx) => streamRetrain(ctx, () => uniformPoint(ctx));

/**
 * A public substitute distribution (Knockoff Nets, CopycatCNN): transactions from another market,
 * drawn at random, or with `sampling: 'adaptive'` chosen by Knockoff Nets' bandit over groups of
 * the attacker's public pool.
 */
export const substitute: Attack = function* (ctx) {
  const rng = ctx.rng.fork(7);
  if (ctx.sampling !== 'adaptive') {
    return yield* streamRetrain(ctx, () => {
      const x = new Float64Array(ctx.d);
      publicQuery(rng, x);
      return x;
    });
  }
  const bandit = knockoffSampler(ctx.d, rng);
  const model = yield* streamRetrain(ctx, bandit.next, bandit.answer);
  const counts = bandit.counts();
  const total = counts.reduce((s, v) => s + v, 0);
  const top = counts
    .map((c, g) => ({ g, share: total ? c / total : 0 }))
    .sort((a, b) => b.share - a.share)
    .slice(0, 3)
    .map(({ g, share }) => `group ${g + 1}: ${(share * 100).toFixed(0)} %`);
  ctx.note(
    `Adaptive sampling (Knockoff Nets): ${KNOCKOFF.pool.toLocaleString('en')} public transactions in ${KNOCKOFF.groups} k-means groups; the bandit sent most queries to ${top.join(', ')}.`,
  );
  return model;
};

export const benign: Attack = (ctx) => {
  const rng = ctx.rng.fork(8);
  return streamRetrain(ctx, () => {
    const x = new Float64Array(ctx.d);
    naturalQuery(rng, x);
    return x;
  });
};

/**
 * Line-search retraining as in Tramèr et al.'s Steal-ML: query fresh uniform points, and each
 * time a "fraud" one and a "legitimate" one are in hand, bisect the segment between that pair
 * (each uniform point is used in one search only) so that queries land near the decision
 * boundary all along it. Midpoints are training data but are never bisected from again: reusing
 * them collapsed the queries onto one region of the boundary (issue 14).
 */
export const retrainLineSearch: Attack = function* (ctx) {
  noteLabelPreserving(ctx);
  const qs = new QuerySet(ctx.d);
  const sampler = lineSearchSampler(ctx);
  const s = createSurrogate(ctx.d, ctx.hidden, ctx.rng.fork(1));
  for (const target of schedule(ctx.budget, ctx.d)) {
    let stopped = false;
    while (qs.n < target) {
      const x = sampler.next();
      const p = ctx.ask(x);
      if (p === null) {
        stopped = true;
        break;
      }
      sampler.answer(p);
      qs.push(x, trainingTarget(ctx, p));
    }
    fitSurrogate(s, qs, ctx.rng);
    yield s.model;
    if (stopped) break;
  }
  return s.model;
};

/** Bisection steps per pair: the boundary is then found to 2⁻¹⁰ of the segment. */
export const BISECTION_STEPS = 10;

export function lineSearchSampler(ctx: AttackContext) {
  const pos: Float64Array[] = []; // uniform points answered "fraud", not yet used
  const neg: Float64Array[] = []; // uniform points answered "legitimate", not yet used
  let lo: Float64Array | null = null; // legitimate end of the current search
  let hi: Float64Array | null = null; // fraud end
  let step = 0;
  let last: Float64Array = new Float64Array(ctx.d);
  let lastUniform = false;
  return {
    next(): Float64Array {
      if ((lo === null || step >= BISECTION_STEPS) && pos.length > 0 && neg.length > 0) {
        lo = neg.shift()!;
        hi = pos.shift()!;
        step = 0;
      } else if (step >= BISECTION_STEPS) {
        lo = hi = null;
      }
      if (lo === null || hi === null) {
        last = uniformPoint(ctx);
        lastUniform = true;
        return last;
      }
      last = new Float64Array(ctx.d);
      for (let j = 0; j < ctx.d; j++) last[j] = (lo[j]! + hi[j]!) / 2;
      lastUniform = false;
      step++;
      return last;
    },
    answer(p: number) {
      if (lastUniform) {
        (p > 0.5 ? pos : neg).push(last);
        return;
      }
      if (p > 0.5) hi = last;
      else lo = last;
    },
  };
}

/**
 * Adaptive retraining: rounds of queries placed near the current surrogate's decision boundary
 * (a uniform point moved one Newton step onto the surrogate's boundary, plus a little noise).
 */
export const retrainAdaptive: Attack = function* (ctx) {
  noteLabelPreserving(ctx);
  const qs = new QuerySet(ctx.d);
  const s = createSurrogate(ctx.d, ctx.hidden, ctx.rng.fork(1));
  const grad = new Float64Array(ctx.d);
  const targets = schedule(ctx.budget, ctx.d);
  let first = true;
  for (const target of targets) {
    let stopped = false;
    while (qs.n < target && !stopped) {
      // Rounds of at most a quarter of what is known, so the boundary estimate keeps up.
      const round = Math.min(target, qs.n + Math.max(ctx.d + 1, Math.ceil(qs.n / 4)));
      while (qs.n < round) {
        const x = first ? uniformPoint(ctx) : nearBoundary(ctx, s.model, grad);
        const p = ctx.ask(x);
        if (p === null) {
          stopped = true;
          break;
        }
        qs.push(x, trainingTarget(ctx, p));
      }
      first = false;
      if (qs.n < target && !stopped) fitSurrogate(s, qs, ctx.rng);
    }
    fitSurrogate(s, qs, ctx.rng);
    yield s.model;
    if (stopped) break;
  }
  return s.model;
};

function nearBoundary(ctx: AttackContext, m: Model, grad: Float64Array): Float64Array {
  const x = uniformPoint(ctx);
  const z = logitOf(m, x);
  inputGradient(m, x, grad);
  let g2 = 0;
  for (let j = 0; j < ctx.d; j++) g2 += grad[j] * grad[j];
  if (g2 > 1e-12) {
    const t = z / g2;
    for (let j = 0; j < ctx.d; j++) {
      const v = x[j] - t * grad[j] + 0.3 * ctx.rng.normal();
      x[j] = Math.max(-ctx.box, Math.min(ctx.box, v));
    }
  }
  return x;
}
