/**
 * A seeded percentile bootstrap over questions: resample the rows (questions) with replacement,
 * recompute the coefficient, and take the 2.5th and 97.5th percentiles (Efron & Tibshirani 1993,
 * An Introduction to the Bootstrap, ch. 13). The same seed gives the same range on every machine.
 *
 * With few questions a bootstrap has few distinct resamples (3 questions: 10) and its percentile
 * range is too narrow, so below MIN_BOOTSTRAP_QUESTIONS it refuses rather than print a range that
 * looks more certain than the data allow.
 */
import { quantileSorted } from 'simple-statistics';
import { Rng } from '../extraction/random';
import { computed, notDefined, type Computed, type Interval } from './coefficient';

export const MIN_BOOTSTRAP_QUESTIONS = 10;

export interface BootstrapOptions {
  resamples?: number;
  seed?: number;
  level?: number;
  /** Fewest rows for which a range is given. */
  minRows?: number;
  /** What a row is, for the messages: "questions" (the default) or, say, "answers". */
  unit?: string;
}

/** Largest share of resamples in which the coefficient may be undefined before the range is refused. */
const MAX_UNDEFINED_SHARE = 0.05;

/** `rows` are the questions, in whatever form the statistic reads them (ratings, counts, coincidences). */
export function bootstrapInterval<Row>(
  rows: readonly Row[],
  statistic: (rows: readonly Row[]) => Computed<number>,
  {
    resamples = 2000,
    seed = 1,
    level = 0.95,
    minRows = MIN_BOOTSTRAP_QUESTIONS,
    unit = 'questions',
  }: BootstrapOptions = {},
): Computed<Interval> {
  if (rows.length < minRows)
    return notDefined(
      `a bootstrap range needs at least ${minRows} ${unit}; ${rows.length} give too few distinct resamples`,
    );
  const rng = new Rng(seed);
  const values: number[] = [];
  for (let b = 0; b < resamples; b++) {
    const sample = Array.from({ length: rows.length }, () => rows[rng.int(rows.length)]);
    const r = statistic(sample);
    if (r.ok) values.push(r.value);
  }
  const undefinedCount = resamples - values.length;
  if (undefinedCount > MAX_UNDEFINED_SHARE * resamples)
    return notDefined(
      `the coefficient is not defined in ${undefinedCount} of ${resamples} resamples of the ${unit}, so a bootstrap range would mislead`,
    );
  values.sort((a, b) => a - b);
  const tail = (1 - level) / 2;
  return computed({
    lower: quantileSorted(values, tail),
    upper: quantileSorted(values, 1 - tail),
    level,
    method: `percentile bootstrap over ${unit} (${resamples} resamples, seed ${seed})`,
  });
}
