/** Evaluation: AUPRC (average precision) and agreement between a surrogate and the victim. */
import { lowerBound } from '../util/sorted';

/**
 * Average precision, as scikit-learn's average_precision_score computes it, with its
 * `sample_weight`: Σ (R_k − R_{k−1}) P_k over decreasing score thresholds, tied scores counted
 * together, where recall and precision are sums of weights. NaN when there is no positive.
 * Weights let a stratified test set (extra frauds, each weighted down) stand for natural traffic.
 */
export function auprc(scores: ArrayLike<number>, labels: ArrayLike<number>, weights?: ArrayLike<number>): number {
  const n = scores.length;
  const w = (i: number) => (weights ? weights[i] : 1);
  const pos: [score: number, weight: number][] = [];
  // Negatives grouped by weight (one group without weights, two on a stratified set): each group's
  // scores in one typed-array sort, so that the weight at or above a threshold is a binary search
  // per group. Fraud is rare, so thresholds are visited at positives only.
  const groups = new Map<number, number[]>();
  let positives = 0;
  for (let i = 0; i < n; i++) {
    if (labels[i] === 1) {
      pos.push([scores[i], w(i)]);
      positives += w(i);
    } else {
      const g = groups.get(w(i));
      if (g) g.push(scores[i]);
      else groups.set(w(i), [scores[i]]);
    }
  }
  if (!(positives > 0)) return NaN;
  const negatives = [...groups].map(([weight, s]) => ({ weight, sorted: Float64Array.from(s).sort() }));
  pos.sort((a, b) => b[0] - a[0]);
  let ap = 0;
  let tp = 0;
  for (let k = 0; k < pos.length;) {
    const s = pos[k][0];
    let tpHere = 0;
    while (k < pos.length && pos[k][0] === s) tpHere += pos[k++][1];
    tp += tpHere;
    let fp = 0;
    for (const g of negatives) fp += g.weight * (g.sorted.length - lowerBound(g.sorted, s));
    ap += (tpHere / positives) * (tp / (tp + fp));
  }
  return ap;
}

/** Share of rows whose decision (p > 0.5) matches the label, each row counted by its weight. */
export function accuracy(predicted: ArrayLike<number>, labels: ArrayLike<number>, weights?: ArrayLike<number>): number {
  return weightedShare(predicted.length, (i) => (predicted[i] > 0.5 ? 1 : 0) === labels[i], weights);
}

/** 1 − R: the share of inputs where two models give the same label (0-1 loss), optionally weighted. */
export function agreement(a: ArrayLike<number>, b: ArrayLike<number>, weights?: ArrayLike<number>): number {
  return weightedShare(a.length, (i) => a[i] > 0.5 === b[i] > 0.5, weights);
}

function weightedShare(n: number, ok: (i: number) => boolean, weights?: ArrayLike<number>): number {
  let hit = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const w = weights ? weights[i] : 1;
    total += w;
    if (ok(i)) hit += w;
  }
  return total > 0 ? hit / total : NaN;
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
