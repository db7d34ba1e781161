/** Small dense linear algebra for the attacks: least squares by normal equations and Gaussian elimination. */

/**
 * Solves A x = b for a square n×n matrix (row-major, copied) by Gaussian elimination with partial
 * pivoting. Returns null when A is singular to working precision.
 */
export function solveSquare(a: Float64Array, b: Float64Array, n: number): Float64Array | null {
  const m = Float64Array.from(a);
  const x = Float64Array.from(b);
  let scale = 0;
  for (let i = 0; i < m.length; i++) scale = Math.max(scale, Math.abs(m[i]));
  if (!(scale > 0)) return null;
  for (let col = 0; col < n; col++) {
    let piv = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r * n + col]) > Math.abs(m[piv * n + col])) piv = r;
    if (Math.abs(m[piv * n + col]) <= 1e-12 * scale) return null;
    if (piv !== col) {
      for (let c = 0; c < n; c++) {
        const t = m[col * n + c];
        m[col * n + c] = m[piv * n + c];
        m[piv * n + c] = t;
      }
      const t = x[col];
      x[col] = x[piv];
      x[piv] = t;
    }
    const p = m[col * n + col];
    for (let r = col + 1; r < n; r++) {
      const f = m[r * n + col] / p;
      if (f === 0) continue;
      for (let c = col; c < n; c++) m[r * n + c] -= f * m[col * n + c];
      x[r] -= f * x[col];
    }
  }
  for (let r = n - 1; r >= 0; r--) {
    let s = x[r];
    for (let c = r + 1; c < n; c++) s -= m[r * n + c] * x[c];
    x[r] = s / m[r * n + r];
  }
  return x;
}

/**
 * Least squares for rows [x_i, 1]·θ ≈ y_i (θ = weights then bias): exact solve when there are as
 * many rows as unknowns, normal equations with a tiny ridge otherwise; with `weights`, weighted
 * least squares (each row's squared error counted w_i times).
 */
export function fitAffine(
  rows: Float64Array[],
  y: number[],
  d: number,
  weights?: readonly number[],
): Float64Array | null {
  const k = d + 1;
  if (rows.length < k) return null;
  if (rows.length === k && !weights) {
    const a = new Float64Array(k * k);
    rows.forEach((r, i) => {
      a.set(r.subarray(0, d), i * k);
      a[i * k + d] = 1;
    });
    return solveSquare(a, Float64Array.from(y), k);
  }
  const ata = new Float64Array(k * k);
  const aty = new Float64Array(k);
  const row = new Float64Array(k);
  rows.forEach((r, i) => {
    row.set(r.subarray(0, d));
    row[d] = 1;
    const w = weights ? weights[i]! : 1;
    for (let p = 0; p < k; p++) {
      aty[p] += w * row[p] * y[i];
      for (let q = 0; q < k; q++) ata[p * k + q] += w * row[p] * row[q];
    }
  });
  for (let p = 0; p < k; p++) ata[p * k + p] += 1e-9;
  return solveSquare(ata, aty, k);
}
