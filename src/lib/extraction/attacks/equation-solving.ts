/**
 * Equation solving (Tramèr et al., USENIX Security 2016): for logistic regression
 * f(x) = σ(w·x + b), each confidence answer gives one linear equation w·x + b = ln(f / (1 − f)),
 * and d + 1 independent equations recover the model exactly.
 *
 * The attacker looks at the answers. Exact answers: d + 1 of them and one solve. Answers on a
 * decimal lattice (the API rounds): each is the true probability to within half a step, so every
 * answer is kept and the model is fitted by weighted least squares over all of them, each
 * equation weighted by its precision in logit space, (p (1 − p))² for a fixed rounding step; more
 * budget always helps (issue 14). Answers of exactly 0 or 1 give no equation, and with fewer than
 * d + 1 usable answers no model is recovered: the attack says so and returns none (no stand-in
 * clone). The equations are linear only for logistic regression, so settings refuse the MLP.
 */
import { fitAffine } from '../linalg';
import { createModel, logit, type Model } from '../model';
import type { Attack } from './context';
import { schedule, uniformPoint } from './context';

/** Why the attack refuses an MLP victim (settings.ts says it before any query is spent). */
export const EQUATION_SOLVING_NEEDS_LOGREG =
  "equation-solving recovers a logistic regression from the linear equations its probabilities give; an MLP's answers are not linear in its weights, so use retrain-uniform, retrain-adaptive or substitute against the mlp victim";

/** The number of decimals an answer is rounded to (1–6), or null when it looks exact. */
export function roundedDecimals(p: number): number | null {
  for (let k = 1; k <= 6; k++) {
    const f = 10 ** k;
    if (Math.abs(Math.round(p * f) / f - p) < 1e-12) return k;
  }
  return null;
}

/** Weight of an answer p in the least-squares fit: the inverse variance of its logit under rounding. */
export const equationWeight = (p: number) => (p * (1 - p)) ** 2;

export const equationSolving: Attack = function* (ctx) {
  if (ctx.hidden > 0) throw new Error(EQUATION_SOLVING_NEEDS_LOGREG);
  const d = ctx.d;
  const rows: Float64Array[] = [];
  const z: number[] = [];
  const w: number[] = [];
  let unusable = 0;
  let ambiguous = 0;
  let rounded = true;
  let decimals = 0;
  const model = createModel(d, 0);
  const solve = () => {
    const theta = rows.length >= d + 1 ? fitAffine(rows, z, d, rounded ? w : undefined) : null;
    if (theta) model.params.set(theta);
    return theta !== null;
  };
  const checkpoints = schedule(ctx.budget, d);
  let next = 0;
  // Inverted answers: each row's candidate logits, and the one the fit currently believes.
  const candidates: number[][] = [];
  const solveInverted = () => {
    if (rows.length < d + 1) return false;
    // Start from the source farthest from 0 (uniform probing lands mostly in the tails, where the
    // victim is confident), then let the fit choose: alternate least squares and picking, for each
    // answer, the source nearest the fit. (Starting nearest 0 settles on a wrong fit: measured.)
    let chosen = candidates.map((zs) => zs.reduce((a, b) => (Math.abs(b) > Math.abs(a) ? b : a)));
    let theta: Float64Array | null = null;
    for (let it = 0; it < 25; it++) {
      theta = fitAffine(rows, chosen, d);
      if (!theta) return false;
      const t = theta;
      const next = candidates.map((zs, i) => {
        let pred = t[d];
        for (let j = 0; j < d; j++) pred += t[j] * rows[i][j];
        return zs.reduce((a, b) => (Math.abs(b - pred) < Math.abs(a - pred) ? b : a));
      });
      const changed = next.some((z, i) => z !== chosen[i]);
      chosen = next;
      if (!changed) break;
    }
    model.params.set(theta!);
    return true;
  };
  while (ctx.spent() < ctx.budget) {
    const x = uniformPoint(ctx);
    const answer = ctx.ask(x);
    if (answer === null) break;
    if (ctx.invert) {
      const zs = ctx.invert.sources(answer);
      if (zs.length === 0) unusable++;
      else {
        rows.push(x);
        candidates.push(zs);
        if (zs.length > 1) ambiguous++;
      }
      if (rows.length >= d + 1 && ctx.spent() >= checkpoints[next]!) {
        while (next < checkpoints.length - 1 && ctx.spent() >= checkpoints[next]!) next++;
        if (solveInverted()) yield model;
      }
      continue;
    }
    const p = answer;
    if (p > 0 && p < 1) {
      rows.push(x);
      z.push(logit(p));
      w.push(equationWeight(p));
      const k = roundedDecimals(p);
      if (k === null) rounded = false;
      else decimals = Math.max(decimals, k);
    } else unusable++;
    // Exact answers: d + 1 equations are the whole model.
    if (!rounded && rows.length === d + 1) break;
    if (rounded && rows.length >= d + 1 && ctx.spent() >= checkpoints[next]!) {
      while (next < checkpoints.length - 1 && ctx.spent() >= checkpoints[next]!) next++;
      if (solve()) yield model;
    }
  }
  if (ctx.invert)
    ctx.note(
      `The attacker knew the defence (${ctx.invert.describe}) and inverted each answer to the probabilities it could have come from${ambiguous ? `; ${ambiguous} of the ${rows.length} had two, and the least-squares fit chose between them` : ''}.`,
    );
  if (unusable > 0) ctx.note(`${unusable} answers were exactly 0 or 1 and gave no equation.`);
  if (!(ctx.invert ? solveInverted() : solve())) {
    ctx.note(`Only ${rows.length} usable equations of the ${d + 1} needed: no model recovered.`);
    return null;
  }
  if (rounded && !ctx.invert) {
    ctx.note(
      `The answers are rounded to ${decimals} decimals, so the attacker kept every one of the ${rows.length} usable answers and fitted them by weighted least squares.`,
    );
  }
  yield model;
  return model;
};

export type { Model };
