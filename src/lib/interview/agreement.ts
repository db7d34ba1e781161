/**
 * Agreement between raters (the panel), measured after everyone has scored independently.
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

export type Coefficient<T> = { ok: true; value: T } | { ok: false; reason: string };

function checkMatrix(matrix: readonly (readonly number[])[], minRows: number, what: string): string | null {
  if (matrix.length < minRows)
    return `${what} needs at least ${minRows} rated question${minRows === 1 ? '' : 's'} (got ${matrix.length})`;
  const k = matrix[0].length;
  if (k < 2) return `${what} needs at least 2 raters (got ${k})`;
  for (const [i, row] of matrix.entries()) {
    if (row.length !== k) return `row ${i + 1} has ${row.length} ratings, expected ${k}`;
    if (row.some((x) => !Number.isFinite(x))) return `row ${i + 1} has a rating that is not a finite number`;
  }
  return null;
}

/** The six Shrout–Fleiss ICCs of an n targets × k raters matrix (n ≥ 2, k ≥ 2, no missing cells). */
export function intraclassCorrelations(matrix: readonly (readonly number[])[]): Coefficient<IccSet> {
  const problem = checkMatrix(matrix, 2, 'An intraclass correlation');
  if (problem) return { ok: false, reason: problem };
  const n = matrix.length;
  const k = matrix[0].length;
  const all = matrix.flat();
  const rowMeans = matrix.map((row) => mean([...row]));
  const colMeans = Array.from({ length: k }, (_, j) => mean(matrix.map((row) => row[j])));
  const sst = sumNthPowerDeviations(all, 2);
  const ssr = k * sumNthPowerDeviations(rowMeans, 2);
  const ssc = n * sumNthPowerDeviations(colMeans, 2);
  const sse = sst - ssr - ssc;
  const msr = ssr / (n - 1);
  const msc = ssc / (k - 1);
  const mse = sse / ((n - 1) * (k - 1));
  const msw = (sst - ssr) / (n * (k - 1));
  if (sst === 0)
    return { ok: false, reason: 'every rating is the same, so there is no variance to apportion (the ICC is 0/0)' };
  if (msr === 0)
    return { ok: false, reason: 'every question has the same mean rating, so the ICC cannot separate questions' };
  const set: IccSet = {
    icc1: (msr - msw) / (msr + (k - 1) * msw),
    icc2: (msr - mse) / (msr + (k - 1) * mse + (k * (msc - mse)) / n),
    icc3: (msr - mse) / (msr + (k - 1) * mse),
    icc1k: (msr - msw) / msr,
    icc2k: (msr - mse) / (msr + (msc - mse) / n),
    icc3k: (msr - mse) / msr,
  };
  return { ok: true, value: set };
}

/** Fleiss' kappa of n targets × k raters, with ratings among `categories`. */
export function fleissKappa(
  matrix: readonly (readonly number[])[],
  categories: readonly number[],
): Coefficient<number> {
  const problem = checkMatrix(matrix, 1, "Fleiss' kappa");
  if (problem) return { ok: false, reason: problem };
  const counts = matrix.map((row) => categories.map((c) => row.filter((x) => x === c).length));
  const outside = matrix.findIndex((row) => row.some((x) => !categories.includes(x)));
  if (outside >= 0)
    return { ok: false, reason: `row ${outside + 1} has a rating outside the categories ${categories.join(', ')}` };
  return fleissKappaFromCounts(counts);
}

/** Fleiss' kappa from a subjects × categories table of how many raters chose each category. */
export function fleissKappaFromCounts(counts: readonly (readonly number[])[]): Coefficient<number> {
  if (counts.length === 0) return { ok: false, reason: "Fleiss' kappa needs at least 1 rated subject" };
  const raters = counts[0].reduce((a, b) => a + b, 0);
  if (raters < 2) return { ok: false, reason: "Fleiss' kappa needs at least 2 raters per subject" };
  if (counts.some((row) => row.reduce((a, b) => a + b, 0) !== raters))
    return { ok: false, reason: 'every subject must have the same number of raters' };
  const N = counts.length;
  const categories = counts[0].length;
  const p = Array.from({ length: categories }, (_, j) => counts.reduce((s, row) => s + row[j], 0) / (N * raters));
  const P = counts.map((row) => (row.reduce((s, c) => s + c * c, 0) - raters) / (raters * (raters - 1)));
  const pBar = mean(P);
  const pe = p.reduce((s, x) => s + x * x, 0);
  if (pe === 1)
    return { ok: false, reason: 'every rating falls in one category, so chance agreement is 1 and kappa is 0/0' };
  return { ok: true, value: (pBar - pe) / (1 - pe) };
}

/** Share of rater pairs, over all targets, that gave exactly the same rating. */
export function pairwiseExactAgreement(matrix: readonly (readonly number[])[]): number | null {
  let pairs = 0;
  let same = 0;
  for (const row of matrix) {
    for (let a = 0; a < row.length; a++) {
      for (let b = a + 1; b < row.length; b++) {
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
