/** Evaluation: AUPRC (average precision) and agreement between a surrogate and the victim. */
import { lowerBound } from '../util/sorted';

/**
 * Average precision, as scikit-learn's average_precision_score computes it: Σ (R_k − R_{k−1}) P_k
 * over decreasing score thresholds, tied scores counted together. NaN when there is no positive.
 * Recall only moves at thresholds holding a positive, so only those are visited: one typed-array
 * sort of all scores, then a binary search per positive score (fraud is rare).
 */
export function auprc(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  const n = scores.length;
  const pos: number[] = [];
  for (let i = 0; i < n; i++) if (labels[i] === 1) pos.push(scores[i]);
  if (pos.length === 0) return NaN;
  const all = Float64Array.from(scores as ArrayLike<number>).sort();
  pos.sort((a, b) => b - a);
  let ap = 0;
  for (let k = 0; k < pos.length;) {
    const s = pos[k];
    let tied = 0;
    while (k < pos.length && pos[k] === s) {
      tied++;
      k++;
    }
    const atOrAbove = n - lowerBound(all, s);
    ap += (tied / pos.length) * (k / atOrAbove);
  }
  return ap;
}

export function accuracy(predicted: ArrayLike<number>, labels: ArrayLike<number>): number {
  if (predicted.length === 0) return NaN;
  let ok = 0;
  for (let i = 0; i < predicted.length; i++) if ((predicted[i] > 0.5 ? 1 : 0) === labels[i]) ok++;
  return ok / predicted.length;
}

/** 1 − R: the share of inputs where two models give the same label (0-1 loss). */
export function agreement(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length === 0) return NaN;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] > 0.5 === b[i] > 0.5) same++;
  return same / a.length;
}

/**
 * Agreement averaged over the victim's two labels: the trap-proof figure. A clone that always says
 * "legitimate" scores 0.5 here, however rare fraud is.
 */
export function balancedAgreement(victim: ArrayLike<number>, surrogate: ArrayLike<number>): number {
  const same = [0, 0];
  const total = [0, 0];
  for (let i = 0; i < victim.length; i++) {
    const c = victim[i] > 0.5 ? 1 : 0;
    total[c]++;
    if (surrogate[i] > 0.5 === victim[i] > 0.5) same[c]++;
  }
  const parts = [0, 1].filter((c) => total[c] > 0).map((c) => same[c] / total[c]);
  return parts.length ? parts.reduce((s, v) => s + v, 0) / parts.length : NaN;
}
