/**
 * Quantiles of the F distribution, for the confidence intervals of the intraclass correlations
 * (Shrout & Fleiss 1979; McGraw & Wong 1996), whose denominator degrees of freedom are
 * fractional (Satterthwaite's approximation). simple-statistics has no F distribution and no
 * incomplete beta function; it does have an accurate log-gamma (Lanczos, ~1e-15), used here.
 *
 * - The regularised incomplete beta I_x(a, b) by its continued fraction, evaluated with the
 *   modified Lentz method (Press et al., Numerical Recipes, 3rd ed., §6.4).
 * - Its inverse by Newton's method kept inside a shrinking bracket, so it cannot diverge.
 * - F(p; d1, d2) = d2·z / (d1·(1 − z)) with z = I⁻¹_p(d1/2, d2/2).
 */
import { gammaln } from 'simple-statistics';

const EPS = 1e-16;
const TINY = 1e-300;

function lnBeta(a: number, b: number): number {
  return gammaln(a) + gammaln(b) - gammaln(a + b);
}

/** The continued fraction of I_x(a, b), convergent for x < (a + 1)/(a + b + 2). */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 10_000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < EPS) return h;
  }
  throw new Error(`the incomplete beta continued fraction did not converge (x ${x}, a ${a}, b ${b})`);
}

function checkShape(a: number, b: number) {
  if (!(a > 0 && b > 0 && Number.isFinite(a) && Number.isFinite(b)))
    throw new RangeError(`the beta shape parameters must be positive and finite (got a ${a}, b ${b})`);
}

/** The regularised incomplete beta function I_x(a, b), for 0 ≤ x ≤ 1 and a, b > 0. */
export function regularizedBeta(x: number, a: number, b: number): number {
  checkShape(a, b);
  if (!(x >= 0 && x <= 1)) throw new RangeError(`x must be between 0 and 1 (got ${x})`);
  if (x === 0 || x === 1) return x;
  const front = Math.exp(a * Math.log(x) + b * Math.log1p(-x) - lnBeta(a, b));
  return x < (a + 1) / (a + b + 2)
    ? (front * betaContinuedFraction(x, a, b)) / a
    : 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
}

/** The x in [0, 1] with I_x(a, b) = p. */
export function inverseRegularizedBeta(p: number, a: number, b: number): number {
  checkShape(a, b);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be between 0 and 1 (got ${p})`);
  if (p === 0 || p === 1) return p;
  const lnB = lnBeta(a, b);
  let lo = 0;
  let hi = 1;
  let x = 0.5;
  for (let i = 0; i < 1000; i++) {
    const f = regularizedBeta(x, a, b) - p;
    if (f === 0) return x;
    if (f < 0) lo = x;
    else hi = x;
    const density = Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - lnB);
    let next = x - f / density;
    // Newton's step leaves the bracket near a steep or flat part: bisect instead.
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - x) <= 4 * Number.EPSILON * Math.max(x, TINY) || hi - lo <= Number.EPSILON * hi) return next;
    x = next;
  }
  return x;
}

/** The p-quantile of the F distribution with d1 and d2 degrees of freedom (fractional allowed). */
export function fQuantile(p: number, d1: number, d2: number): number {
  if (!(d1 > 0 && d2 > 0 && Number.isFinite(d1) && Number.isFinite(d2)))
    throw new RangeError(`the F distribution needs positive, finite degrees of freedom (got ${d1}, ${d2})`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be between 0 and 1 (got ${p})`);
  if (p === 0) return 0;
  if (p === 1) return Infinity;
  // For an upper quantile 1 − z is the small number: find it directly so it keeps its digits.
  if (p > 0.5) {
    const w = inverseRegularizedBeta(1 - p, d2 / 2, d1 / 2);
    return (d2 * (1 - w)) / (d1 * w);
  }
  const z = inverseRegularizedBeta(p, d1 / 2, d2 / 2);
  return (d2 * z) / (d1 * (1 - z));
}
