/**
 * The one result shape of the agreement cores. Every figure is either a number with its interval
 * and a reading of it, or "not defined for this data" with the reason in a sentence a panelist
 * can read; a figure is never a number that its own definition rules out (issue 17: an ICC of
 * 12.00 from a near-zero denominator was printed as "excellent").
 */

/** A figure that could not be computed, and why. */
export interface NotDefined {
  ok: false;
  reason: string;
}

/** A value computed from the ratings (a number, a set of numbers, an interval), or why not. */
export type Computed<T> = { ok: true; value: T } | NotDefined;

/** A confidence interval (or bootstrap range) for a coefficient. */
export interface Interval {
  /** Lower limit; null when the interval has no lower limit (it reaches minus infinity). */
  lower: number | null;
  upper: number;
  /** Coverage, 0.95 for a 95 % interval. */
  level: number;
  /** How it was computed, with its source: "F-based (McGraw & Wong 1996)". */
  method: string;
}

/** An agreement coefficient as the report shows it. */
export type Coefficient =
  | {
      ok: true;
      value: number;
      /** The interval, or why there is none. */
      interval: Computed<Interval>;
      /** The verbal reading, naming the bands it follows: "poor to good (Koo & Li 2016, over the 95 % CI)". */
      interpretation: string;
    }
  | NotDefined;

/** Questions × raters; null where a rater gave no rating. */
export type RatingMatrix = readonly (readonly (number | null)[])[];

export const notDefined = (reason: string): NotDefined => ({ ok: false, reason });
export const computed = <T>(value: T): Computed<T> => ({ ok: true, value });
