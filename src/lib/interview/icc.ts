/**
 * ICC(2,1) and ICC(2,k), two-way random effects, absolute agreement, as the report shows them:
 * each within its range or "not defined for this data" with the reason, and each with the
 * F-based 95 % confidence interval of Shrout & Fleiss (1979, p. 425) and McGraw & Wong (1996,
 * Psychological Methods 1(1):30–46, Table 7, case 2A), as R's psych::ICC and irr::icc compute it.
 *
 * Ranges. An intraclass correlation between k exchangeable raters cannot be below −1/(k − 1)
 * (their correlation matrix would not be positive semi-definite), nor above 1. The ICC(2,1)
 * estimate leaves that range only when the rater variance estimate (MSC − MSE)/n is so negative
 * that the denominator shrinks: ratings 2, 3, 4 and 3, 4, 1 give −1.20 (issue 17). ICC(2,k) is the
 * Spearman–Brown step-up of ICC(2,1), kρ/(1 + (k − 1)ρ), so it is defined exactly when ICC(2,1) is
 * above −1/(k − 1); at or below it its denominator is ≤ 0 (the "12.00 (excellent)" of issue 17).
 */
import { fmt } from './format';
import { computed, notDefined, type Coefficient, type Computed, type Interval, type RatingMatrix } from './coefficient';
import { describeIcc, meanSquares, type MeanSquares } from './agreement';
import { fQuantile } from './f-distribution';

export const ICC_METHOD = 'F-based (Shrout & Fleiss 1979; McGraw & Wong 1996)';

export interface IccPair {
  /** ICC(2,1): one panelist's rating. */
  single: Coefficient;
  /** ICC(2,k): the mean rating of the k panelists. */
  average: Coefficient;
}

const ROUNDING = 1e-12;

/** Spearman–Brown: the reliability of the mean of k raters from that of one. */
const stepUp = (rho: number, k: number) => (k * rho) / (1 + (k - 1) * rho);

/**
 * The 95 % interval of ICC(2,1) (Shrout & Fleiss 1979, eqs. for case 2), kept within
 * [−1/(k − 1), 1]; null when the F-based construction breaks down, with why.
 */
export function iccSingleInterval(ms: MeanSquares, rho: number, level = 0.95): Computed<Interval> {
  const { n, k, msr, msc, mse } = ms;
  if (rho >= 1)
    return notDefined('the panelists agree exactly on every question (ICC = 1), so the F-based interval has no width');
  const a = (k * rho) / (n * (1 - rho));
  const b = 1 + (k * rho * (n - 1)) / (n * (1 - rho));
  // Satterthwaite's degrees of freedom for the denominator mean square a·MSC + b·MSE.
  const v = (a * msc + b * mse) ** 2 / ((a * msc) ** 2 / (k - 1) + (b * mse) ** 2 / ((n - 1) * (k - 1)));
  if (!(v > 0 && Number.isFinite(v)))
    return notDefined('the F-based interval is not defined: its degrees of freedom are not positive');
  const tail = 1 - (1 - level) / 2;
  const fLow = fQuantile(tail, n - 1, v);
  const fHigh = fQuantile(tail, v, n - 1);
  const lower = (n * (msr - fLow * mse)) / (fLow * (k * msc + (k * n - k - n) * mse) + n * msr);
  const upper = (n * (fHigh * msr - mse)) / (k * msc + (k * n - k - n) * mse + n * fHigh * msr);
  const floor = -1 / (k - 1);
  return computed({
    lower: Math.min(1, Math.max(floor, lower)),
    upper: Math.min(1, Math.max(floor, upper)),
    level,
    method: ICC_METHOD,
  });
}

/** The interval of ICC(2,k): the step-up of that of ICC(2,1) (McGraw & Wong 1996, Table 7). */
function averageInterval(single: Computed<Interval>, k: number): Computed<Interval> {
  if (!single.ok) return single;
  const { lower, upper } = single.value;
  const floor = -1 / (k - 1);
  if (upper <= floor) return notDefined('the interval of ICC(2,1) lies at −1/(k − 1), where the step-up has no value');
  return computed({
    ...single.value,
    // At ICC(2,1) = −1/(k − 1) the step-up is −∞: the interval has no lower limit.
    lower: lower === null || lower <= floor ? null : stepUp(lower, k),
    upper: stepUp(upper, k),
  });
}

/** Koo & Li (2016) advise reading the band off the 95 % interval rather than the estimate. */
export function iccReading(value: number, interval: Computed<Interval>): string {
  const below = value < 0 ? '; below 0, the ratings vary more within questions than between them' : '';
  if (!interval.ok) return `${describeIcc(value)} (Koo & Li 2016)${below}`;
  const low = describeIcc(interval.value.lower ?? -Infinity);
  const high = describeIcc(interval.value.upper);
  return `${low === high ? low : `${low} to ${high}`} by the 95 % CI (Koo & Li 2016)${below}`;
}

function report(value: number, interval: Computed<Interval>): Coefficient {
  return { ok: true, value, interval, interpretation: iccReading(value, interval) };
}

/** ICC(2,1) and ICC(2,k) of a complete questions × panelists matrix, within their ranges, with intervals. */
export function iccAbsoluteAgreement(matrix: RatingMatrix, level = 0.95): IccPair {
  const anova = meanSquares(matrix);
  if (!anova.ok) return { single: anova, average: anova };
  const ms = anova.value;
  const { n, k, msr, msc, mse } = ms;
  const numerator = msr - mse;
  const singleDen = msr + (k - 1) * mse + (k * (msc - mse)) / n;
  const averageDen = msr + (msc - mse) / n;
  const floor = -1 / (k - 1);
  // singleDen ≥ MSR + MSE·(k − 1 − k/n) ≥ MSR > 0 for n, k ≥ 2 (meanSquares refuses MSR = 0), so
  // ICC(2,1) always has a positive denominator; only ICC(2,k)'s can reach 0.
  // Rounding must not turn a value exactly at the bound into a refusal, nor (below) a zero
  // denominator into a tiny positive one that prints ICC(2,k) as −10¹⁶.
  const raw = numerator / singleDen;
  const rho = raw < floor && raw > floor - ROUNDING ? floor : raw;
  const single =
    rho < floor
      ? notDefined(
          `the estimate would be ${fmt(rho)}, below −1/(k − 1) = ${fmt(floor)}, the least an intraclass correlation between ${k} raters can be: they disagree more within questions than the questions differ`,
        )
      : report(rho, iccSingleInterval(ms, rho, level));
  // ICC(2,k) is defined exactly when ICC(2,1) is above −1/(k − 1) (see the top of this file), so
  // when it is, `single` is a number with its interval.
  const average =
    averageDen <= ROUNDING * msr || !single.ok
      ? notDefined(
          `its denominator MSR + (MSC − MSE)/n is ${fmt(averageDen, 3)}, not positive, because ICC(2,1) is at or below −1/(k − 1)`,
        )
      : report(numerator / averageDen, averageInterval(single.interval, k));
  return { single, average };
}
