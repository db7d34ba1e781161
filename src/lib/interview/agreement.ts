/**
 * Agreement between raters (the panel), measured after everyone has scored independently: the
 * estimators themselves, each returning a number or why it is not defined. What the report shows
 * (intervals, bounds, readings) is built on them in icc.ts and panel-agreement.ts.
 *
 * - Intraclass correlations of Shrout & Fleiss (1979), "Intraclass correlations: uses in assessing
 *   rater reliability", Psychological Bulletin 86(2):420–428, from the two-way ANOVA of a targets
 *   × raters matrix (here questions × panelists). The panel mode reports ICC(2,1), absolute
 *   agreement of one panelist, and ICC(2,k), the reliability of the panel's mean rating.
 * - Fleiss' kappa (Fleiss 1971, "Measuring nominal scale agreement among many raters",
 *   Psychological Bulletin 76(5):378–382), treating the levels 1–4 as categories.
 *
 * Means and sums of squares come from simple-statistics; neither coefficient is in it.
 */
import { mean, sumNthPowerDeviations } from 'simple-statistics';
import { computed, notDefined, type Computed, type RatingMatrix } from './coefficient';

export interface IccSet {
  /** One-way random, single rater. */
  icc1: number;
  /** Two-way random, absolute agreement, single rater. */
  icc2: number;
  /** Two-way mixed, consistency, single rater. */
  icc3: number;
  icc1k: number;
  icc2k: number;
  icc3k: number;
}

/** The two-way ANOVA of an n targets × k raters matrix (Shrout & Fleiss 1979, Table 1). */
export interface MeanSquares {
  n: number;
  k: number;
  /** Between targets (BMS). */
  msr: number;
  /** Between raters (JMS). */
  msc: number;
  /** Residual (EMS). */
  mse: number;
  /** Within targets (WMS), for the one-way model. */
  msw: number;
  sst: number;
}

function checkMatrix(matrix: RatingMatrix, minRows: number, what: string): string | null {
  if (matrix.length < minRows)
    return `${what} needs at least ${minRows} rated question${minRows === 1 ? '' : 's'} (got ${matrix.length})`;
  const k = matrix[0].length;
  if (k < 2) return `${what} needs at least 2 raters (got ${k})`;
  for (const [i, row] of matrix.entries()) {
    if (row.length !== k) return `row ${i + 1} has ${row.length} ratings, expected ${k}`;
    const missing = row.indexOf(null);
    if (missing >= 0)
      return `${what} needs a rating from every rater on every question; row ${i + 1} has none from rater ${missing + 1}`;
    if (row.some((x) => !Number.isFinite(x))) return `row ${i + 1} has a rating that is not a finite number`;
  }
  return null;
}

/** Mean squares of a complete matrix, or why the intraclass correlations are not defined for it. */
export function meanSquares(matrix: RatingMatrix): Computed<MeanSquares> {
  const problem = checkMatrix(matrix, 2, 'An intraclass correlation');
  if (problem) return notDefined(problem);
  const rows = matrix as readonly (readonly number[])[];
  const n = rows.length;
  const k = rows[0].length;
  const rowMeans = rows.map((row) => mean([...row]));
  const colMeans = Array.from({ length: k }, (_, j) => mean(rows.map((row) => row[j])));
  const sst = sumNthPowerDeviations(rows.flat(), 2);
  const ssr = k * sumNthPowerDeviations(rowMeans, 2);
  const ssc = n * sumNthPowerDeviations(colMeans, 2);
  // Rounding leaves a residual of ±1e-16 where it is 0 (every rater agrees on every question);
  // read that as 0, so that such data gives ICC = 1 exactly.
  const residual = sst - ssr - ssc;
  const sse = residual <= 1e-12 * sst ? 0 : residual;
  if (sst === 0) return notDefined('every rating is the same, so there is no variance to apportion (the ICC is 0/0)');
  if (ssr === 0) return notDefined('every question has the same mean rating, so the ICC cannot separate questions');
  return computed({
    n,
    k,
    msr: ssr / (n - 1),
    msc: ssc / (k - 1),
    mse: sse / ((n - 1) * (k - 1)),
    msw: (sst - ssr) / (n * (k - 1)),
    sst,
  });
}

/**
 * The six Shrout–Fleiss ICCs of an n targets × k raters matrix (n ≥ 2, k ≥ 2, no missing cells),
 * as the paper's formulas give them. They can leave their range on awkward data (an ICC(2,1)
 * below −1/(k − 1), an ICC(2,k) from a denominator ≤ 0): icc.ts checks that before reporting.
 */
export function intraclassCorrelations(matrix: RatingMatrix): Computed<IccSet> {
  const ms = meanSquares(matrix);
  if (!ms.ok) return ms;
  const { n, k, msr, msc, mse, msw } = ms.value;
  return computed({
    icc1: (msr - msw) / (msr + (k - 1) * msw),
    icc2: (msr - mse) / (msr + (k - 1) * mse + (k * (msc - mse)) / n),
    icc3: (msr - mse) / (msr + (k - 1) * mse),
    icc1k: (msr - msw) / msr,
    icc2k: (msr - mse) / (msr + (msc - mse) / n),
    icc3k: (msr - mse) / msr,
  });
}

/** Fleiss' kappa of n targets × k raters, with ratings among `categories`. */
export function fleissKappa(matrix: RatingMatrix, categories: readonly number[]): Computed<number> {
  const problem = checkMatrix(matrix, 1, "Fleiss' kappa");
  if (problem) return notDefined(problem);
  const rows = matrix as readonly (readonly number[])[];
  const outside = rows.findIndex((row) => row.some((x) => !categories.includes(x)));
  if (outside >= 0)
    return notDefined(`row ${outside + 1} has a rating outside the categories ${categories.join(', ')}`);
  return fleissKappaFromCounts(rows.map((row) => categories.map((c) => row.filter((x) => x === c).length)));
}

/** Fleiss' kappa from a subjects × categories table of how many raters chose each category. */
export function fleissKappaFromCounts(counts: readonly (readonly number[])[]): Computed<number> {
  if (counts.length === 0) return notDefined("Fleiss' kappa needs at least 1 rated subject");
  const raters = counts[0].reduce((a, b) => a + b, 0);
  if (raters < 2) return notDefined("Fleiss' kappa needs at least 2 raters per subject");
  if (counts.some((row) => row.reduce((a, b) => a + b, 0) !== raters))
    return notDefined('every subject must have the same number of raters');
  const N = counts.length;
  const categories = counts[0].length;
  const p = Array.from({ length: categories }, (_, j) => counts.reduce((s, row) => s + row[j], 0) / (N * raters));
  const P = counts.map((row) => (row.reduce((s, c) => s + c * c, 0) - raters) / (raters * (raters - 1)));
  const pBar = mean(P);
  const pe = p.reduce((s, x) => s + x * x, 0);
  if (pe === 1) return notDefined('every rating falls in one category, so chance agreement is 1 and kappa is 0/0');
  const kappa = (pBar - pe) / (1 - pe);
  // In exact arithmetic kappa stays within [−1, 1] (P̄ = 0 forces P̄e ≤ 1/k ≤ 1/2; a search of all
  // panels of up to 4 raters × 3 questions finds −1 as its least); a value outside could only come
  // from a denominator rounded to nearly 0, and is not reported.
  if (!(kappa >= -1 - 1e-12 && kappa <= 1 + 1e-12))
    return notDefined(`chance agreement is so close to 1 that kappa (${kappa}) is not a usable ratio`);
  return computed(Math.min(1, Math.max(-1, kappa)));
}

/** Share of rater pairs, over all targets, that gave exactly the same rating. */
export function pairwiseExactAgreement(matrix: RatingMatrix): number | null {
  let pairs = 0;
  let same = 0;
  for (const row of matrix) {
    for (let a = 0; a < row.length; a++) {
      for (let b = a + 1; b < row.length; b++) {
        if (row[a] === null || row[b] === null) continue;
        pairs++;
        if (row[a] === row[b]) same++;
      }
    }
  }
  return pairs === 0 ? null : same / pairs;
}

/**
 * Verbal bands. ICC: Koo & Li (2016), Journal of Chiropractic Medicine 15(2):155–163 (below 0.5
 * poor, 0.5–0.75 moderate, 0.75–0.9 good, above 0.9 excellent). Kappa: Landis & Koch (1977),
 * Biometrics 33(1):159–174.
 */
export function describeIcc(value: number): string {
  if (value < 0.5) return 'poor';
  if (value < 0.75) return 'moderate';
  if (value < 0.9) return 'good';
  return 'excellent';
}

export function describeKappa(value: number): string {
  if (value < 0) return 'poor';
  if (value <= 0.2) return 'slight';
  if (value <= 0.4) return 'fair';
  if (value <= 0.6) return 'moderate';
  if (value <= 0.8) return 'substantial';
  return 'almost perfect';
}
