/**
 * Krippendorff's alpha, following Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability"
 * (Annenberg School for Communication, Departmental Papers 43): the coincidence matrix of pairable
 * values, and α = 1 − D_o / D_e = 1 − (n − 1) · Σ o_ck δ²_ck / Σ n_c n_k δ²_ck.
 *
 * Unlike the ICC and Fleiss' kappa it takes missing ratings (a question one panelist did not rate
 * still counts with the others' ratings), and its ordinal metric uses only the order of the levels
 * 1–4, not the distances between them, which is what an anchored rating scale promises.
 */
import { computed, notDefined, type Computed, type RatingMatrix } from './coefficient';

/** The difference functions δ² of Krippendorff (2011), by level of measurement. */
export type AlphaMetric = 'nominal' | 'ordinal' | 'interval' | 'ratio';

/**
 * The reliability data reduced to what alpha needs: for each pairable unit (two or more ratings)
 * its coincidence matrix, over the values that occur. Coincidences add up over units, so a
 * bootstrap resample is a sum of these matrices and alpha need not be recomputed from ratings.
 */
export interface UnitCoincidences {
  /** The distinct pairable values, ascending. */
  values: number[];
  /** One V × V matrix per pairable unit: o_u[c][k]. */
  units: number[][][];
}

export function unitCoincidences(matrix: RatingMatrix): UnitCoincidences {
  const pairable: number[][] = [];
  for (const row of matrix) {
    const vals = row.filter((x): x is number => x !== null && Number.isFinite(x));
    if (vals.length >= 2) pairable.push(vals);
  }
  const values = [...new Set(pairable.flat())].sort((a, b) => a - b);
  const V = values.length;
  const units = pairable.map((vals) => {
    // A unit with n_c values c contributes n_c·(n_k − [c = k]) / (m_u − 1) to o[c][k]: its ordered
    // pairs of different raters, each weighted 1/(m_u − 1) (Krippendorff 2011, section C).
    const counts = new Array<number>(V).fill(0);
    for (const v of vals) counts[values.indexOf(v)]++;
    const weight = 1 / (vals.length - 1);
    return counts.map((nc, c) => counts.map((nk, k) => nc * (nk - (c === k ? 1 : 0)) * weight));
  });
  return { values, units };
}

/** δ²(c, k) for the values at indices c and k, given the marginals n. */
function difference(metric: AlphaMetric, values: readonly number[], n: readonly number[], c: number, k: number) {
  const a = values[c];
  const b = values[k];
  switch (metric) {
    case 'nominal':
      return c === k ? 0 : 1;
    case 'interval':
      return (a - b) ** 2;
    case 'ratio':
      return a + b === 0 ? 0 : ((a - b) / (a + b)) ** 2;
    case 'ordinal': {
      const [lo, hi] = c <= k ? [c, k] : [k, c];
      let between = 0;
      for (let g = lo; g <= hi; g++) between += n[g];
      return (between - (n[lo] + n[hi]) / 2) ** 2;
    }
  }
}

const NO_PAIRS = "Krippendorff's alpha needs at least one question rated by 2 or more panelists";

/** Alpha from the coincidence matrices of some units (a sample, or a resample with repeats). */
export function alphaOfUnits(
  values: readonly number[],
  units: readonly number[][][],
  metric: AlphaMetric,
): Computed<number> {
  if (units.length === 0) return notDefined(NO_PAIRS);
  const V = values.length;
  const o = Array.from({ length: V }, () => new Array<number>(V).fill(0));
  const n = new Array<number>(V).fill(0);
  for (const u of units)
    for (let c = 0; c < V; c++)
      for (let k = 0; k < V; k++) {
        o[c][k] += u[c][k];
        n[c] += u[c][k];
      }
  const total = n.reduce((s, x) => s + x, 0);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < V; c++)
    for (let k = 0; k < V; k++) {
      const d = difference(metric, values, n, c, k);
      observed += o[c][k] * d;
      expected += n[c] * n[k] * d;
    }
  if (expected === 0)
    return notDefined(
      n.filter((x) => x > 0).length === 1
        ? 'every rating is the same, so no disagreement is expected by chance and alpha is 0/0'
        : 'the ratings leave no disagreement to expect by chance under this metric, so alpha is 0/0',
    );
  return computed(1 - ((total - 1) * observed) / expected);
}

/**
 * Krippendorff's alpha of units × coders (here questions × panelists); null marks a missing
 * rating. Units with fewer than two ratings are not pairable and do not count.
 */
export function krippendorffAlpha(matrix: RatingMatrix, metric: AlphaMetric): Computed<number> {
  const { values, units } = unitCoincidences(matrix);
  return alphaOfUnits(values, units, metric);
}

/**
 * Krippendorff's (2004, Content Analysis, 2nd ed., §11.4.4) guidance: rely on data with α ≥ 0.800,
 * draw only tentative conclusions from 0.667 ≤ α < 0.800, and none from less.
 */
export function describeAlpha(value: number): string {
  if (value >= 0.8) return 'reliable';
  if (value >= 0.667) return 'tentative';
  return 'unreliable';
}
