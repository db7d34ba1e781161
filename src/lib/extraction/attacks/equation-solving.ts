/**
 * Equation solving (Tramèr et al., USENIX Security 2016): for logistic regression
 * f(x) = σ(w·x + b), each confidence answer gives one linear equation w·x + b = ln(f / (1 − f)),
 * and d + 1 independent equations recover the model exactly. Answers of exactly 0 or 1 (labels,
 * a cutoff, coarse rounding) give no equation; the attack keeps asking until it has d + 1 usable
 * ones or the budget is spent. For an MLP victim the equations are non-linear: the attack fits a
 * surrogate of the same architecture to the probabilities by minimising cross-entropy.
 */
import { fitAffine } from '../linalg';
import { createModel, logit, type Model } from '../model';
import type { Attack } from './context';
import { uniformPoint } from './context';
import { streamRetrain } from './retrain';

export const equationSolving: Attack = function* (ctx) {
  if (ctx.hidden > 0) {
    ctx.note(
      'MLP victim: the equations are non-linear, so they are solved by fitting a same-shaped network to the returned probabilities (cross-entropy), as Tramèr et al. do.',
    );
    return yield* streamRetrain(ctx, () => uniformPoint(ctx));
  }
  const d = ctx.d;
  const rows: Float64Array[] = [];
  const z: number[] = [];
  let unusable = 0;
  while (rows.length < d + 1 && ctx.spent() < ctx.budget) {
    const x = uniformPoint(ctx);
    const p = ctx.ask(x);
    if (p === null) break;
    if (p > 0 && p < 1) {
      rows.push(x);
      z.push(logit(p));
    } else unusable++;
  }
  if (unusable > 0) ctx.note(`${unusable} answers were exactly 0 or 1 and gave no equation.`);
  const theta = rows.length === d + 1 ? fitAffine(rows, z, d) : null;
  const model = createModel(d, 0);
  if (theta) model.params.set(theta);
  else {
    ctx.note(
      `Only ${rows.length} usable equations of the ${d + 1} needed: no model recovered (the surrogate answers "legitimate" everywhere).`,
    );
    model.params[d] = -10;
  }
  yield model;
  return model;
};

export type { Model };
