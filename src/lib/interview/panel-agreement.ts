/**
 * The agreement figures of one session's merged scoresheets, as the merge view, the report and
 * the command line show them. Structured interviews should measure agreement between raters
 * (Campion, Palmer & Campion 1997; Levashina et al. 2014).
 *
 * Every coefficient is a `Coefficient` (coefficient.ts): a number within its range with an
 * interval and a reading, or "not defined for this data" and why. With fewer than two
 * scoresheets or two questions nothing is computed and the whole block says why.
 */
import { RATINGS } from './catalog';
import { describeKappa, fleissKappa, fleissKappaFromCounts, pairwiseExactAgreement } from './agreement';
import { bootstrapInterval } from './bootstrap';
import { notDefined, type Coefficient, type Computed, type Interval, type RatingMatrix } from './coefficient';
import { iccAbsoluteAgreement, type IccPair } from './icc';
import { alphaOfUnits, describeAlpha, unitCoincidences, type AlphaMetric } from './krippendorff';
import { ratingMatrix } from './merge';
import type { Scoresheet } from './scoresheet';
import type { Session } from './session';

/** The seed of every bootstrap range in a report, so that the same sheets give the same range. */
export const BOOTSTRAP_SEED = 20_260_125;

export interface PanelAgreement {
  raters: number;
  questions: number;
  /** Why agreement cannot be measured at all (one scoresheet, one question); null when it can. */
  unmeasurable: string | null;
  /** ICC(2,1) and ICC(2,k): absolute agreement, two-way random (Shrout & Fleiss 1979). */
  icc: IccPair;
  /** Fleiss' kappa with the levels 1–4 as unordered categories. */
  kappa: Coefficient;
  /** Krippendorff's alpha with the ordinal and the interval metric. */
  alpha: { ordinal: Coefficient; interval: Coefficient };
  /** Share of panelist pairs giving the same rating, over all questions. */
  exact: number | null;
  /** A caution to print beside the figures, when they rest on little data. */
  caution: string | null;
}

/** Reads a band off an interval when there is one ("fair to substantial"), else off the value. */
function bandReading(value: number, interval: Computed<Interval>, band: (x: number) => string, source: string) {
  if (!interval.ok) return `${band(value)} (${source})`;
  const low = band(interval.value.lower ?? -Infinity);
  const high = band(interval.value.upper);
  return `${low === high ? low : `${low} to ${high}`} by the 95 % range (${source})`;
}

/**
 * The estimate, and a bootstrap range over `rows`: each question in the form the statistic reads
 * fastest (its category counts, its coincidence matrix), so 2000 resamples stay well under the
 * time of a page render.
 */
function withBootstrap<Row>(
  estimate: Computed<number>,
  rows: readonly Row[],
  statistic: (rows: readonly Row[]) => Computed<number>,
  band: (x: number) => string,
  source: string,
): Coefficient {
  if (!estimate.ok) return estimate;
  const interval = bootstrapInterval(rows, statistic, { seed: BOOTSTRAP_SEED });
  return {
    ok: true,
    value: estimate.value,
    interval,
    interpretation: bandReading(estimate.value, interval, band, source),
  };
}

export function kappaCoefficient(matrix: RatingMatrix): Coefficient {
  const estimate = fleissKappa(matrix, RATINGS);
  // Once fleissKappa has accepted the matrix every rating is one of RATINGS.
  const counts = estimate.ok ? matrix.map((row) => RATINGS.map((c) => row.filter((x) => x === c).length)) : [];
  return withBootstrap(estimate, counts, fleissKappaFromCounts, describeKappa, 'Landis & Koch 1977');
}

export function alphaCoefficient(matrix: RatingMatrix, metric: AlphaMetric): Coefficient {
  const { values, units } = unitCoincidences(matrix);
  // Resampling questions: unpairable ones add nothing to the coincidences, so resampling only the
  // pairable ones would change how many there are; keep every question and give the others zeros.
  const zero = values.map(() => values.map(() => 0));
  let next = 0;
  const perQuestion = matrix.map((row) =>
    row.filter((x) => x !== null && Number.isFinite(x)).length >= 2 ? units[next++] : zero,
  );
  return withBootstrap(
    alphaOfUnits(values, units, metric),
    perQuestion,
    (sample) => alphaOfUnits(values, sample, metric),
    describeAlpha,
    'Krippendorff 2004',
  );
}

/** Why agreement cannot be measured with this many sheets and questions, or null. */
function unmeasurableReason(raters: number, questions: number): string | null {
  if (raters < 2) return `agreement needs at least 2 scoresheets (${raters} merged)`;
  if (questions < 2) return `agreement needs at least 2 questions rated by the panel (this session has ${questions})`;
  return null;
}

export function agreementOf(matrix: RatingMatrix, raters: number): PanelAgreement {
  const questions = matrix.length;
  const unmeasurable = unmeasurableReason(raters, questions);
  if (unmeasurable) {
    const none = notDefined(unmeasurable);
    return {
      raters,
      questions,
      unmeasurable,
      icc: { single: none, average: none },
      kappa: none,
      alpha: { ordinal: none, interval: none },
      exact: null,
      caution: null,
    };
  }
  const caution =
    questions < 5
      ? `With ${questions} questions the coefficients are imprecise; read them together with the ratings side by side.`
      : null;
  return {
    raters,
    questions,
    unmeasurable: null,
    icc: iccAbsoluteAgreement(matrix),
    kappa: kappaCoefficient(matrix),
    alpha: { ordinal: alphaCoefficient(matrix, 'ordinal'), interval: alphaCoefficient(matrix, 'interval') },
    exact: pairwiseExactAgreement(matrix),
    caution,
  };
}

export function panelAgreement(session: Session, merged: readonly Scoresheet[]): PanelAgreement {
  return agreementOf(ratingMatrix(session, merged), merged.length);
}
