/**
 * The Shapiro–Wilk W statistic with Royston's (1992, 1995: AS R94) approximation of the
 * coefficients, for n from 3 to 5000 (larger samples use the same formula; only W is needed
 * here, not its p-value). Input must be sorted ascending.
 */

/** Inverse of the standard normal CDF (Acklam's rational approximation, relative error < 1.2e-9). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) return p === 0 ? -Infinity : p === 1 ? Infinity : NaN;
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239,
  ];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const lo = 0.02425;
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
      ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    );
  }
  if (p > 1 - lo) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
    (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
  );
}

function poly(c: number[], x: number): number {
  let s = 0;
  for (let i = c.length - 1; i >= 0; i--) s = s * x + c[i];
  return s;
}

/** W for a sorted sample x[from..to). NaN when fewer than 3 values or all equal. */
export function shapiroWilkW(x: ArrayLike<number>, from = 0, to = x.length): number {
  const n = to - from;
  if (n < 3) return NaN;
  let mean = 0;
  for (let i = from; i < to; i++) mean += x[i];
  mean /= n;
  let ss = 0;
  for (let i = from; i < to; i++) ss += (x[i] - mean) ** 2;
  if (!(ss > 0)) return NaN;
  if (n === 3) {
    const a = Math.SQRT1_2;
    const num = a * (x[to - 1] - x[from]);
    return Math.max(0.75, (num * num) / ss);
  }
  const half = Math.floor(n / 2);
  const m = new Float64Array(half);
  let mm = 0;
  for (let i = 0; i < half; i++) {
    // m for the upper half: i-th largest order statistic's expected normal score.
    m[i] = -normalQuantile((i + 1 - 0.375) / (n + 0.25));
    mm += 2 * m[i] * m[i];
  }
  const u = 1 / Math.sqrt(n);
  const rsm = Math.sqrt(mm);
  const a = new Float64Array(half);
  const an = m[0] / rsm + poly([0, 0.221157, -0.147981, -2.07119, 4.434685, -2.706056], u);
  if (n > 5) {
    const an1 = m[1] / rsm + poly([0, 0.042981, -0.293762, -1.752461, 5.682633, -3.582633], u);
    const phi = (mm - 2 * m[0] * m[0] - 2 * m[1] * m[1]) / (1 - 2 * an * an - 2 * an1 * an1);
    const rphi = Math.sqrt(phi);
    a[0] = an;
    a[1] = an1;
    for (let i = 2; i < half; i++) a[i] = m[i] / rphi;
  } else {
    const phi = (mm - 2 * m[0] * m[0]) / (1 - 2 * an * an);
    const rphi = Math.sqrt(phi);
    a[0] = an;
    for (let i = 1; i < half; i++) a[i] = m[i] / rphi;
  }
  let b = 0;
  for (let i = 0; i < half; i++) b += a[i] * (x[to - 1 - i] - x[from + i]);
  return Math.min(1, (b * b) / ss);
}
