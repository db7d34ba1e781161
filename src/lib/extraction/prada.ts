/**
 * PRADA (Juuti, Szyller, Marchal, Asokan, EuroS&P 2019): per client and per predicted class c, a
 * growing set G_c of queries and the list D_c of each query's minimum L2 distance to G_c. A query
 * farther than the threshold T_c joins G_c, and T_c = max(T_c, mean − std of the distances of
 * G_c's members). Every 10 queries, the D_c of classes with at least 10 entries are pooled,
 * values beyond 3σ dropped, and with more than 100 values an alarm is raised when the
 * Shapiro–Wilk W falls below δ: natural traffic gives near-normal distances, probing does not.
 */
import { shapiroWilkW } from './shapiro-wilk';

export const DEFAULT_DELTA = 0.9;

interface ClassState {
  /** Members of G_c, row-major. */
  members: Float64Array;
  count: number;
  /** Distances of the members when they joined (for T_c). */
  memberSum: number;
  memberSq: number;
  memberN: number;
  threshold: number;
  /** D_c kept sorted ascending, for trimming and the test. */
  sorted: Float64Array;
  dn: number;
}

export interface PradaStatus {
  queries: number;
  /** Query count (1-based) at the first alarm, or null. */
  alarmAt: number | null;
  /** The last W computed, or null before 100 distances. */
  lastW: number | null;
}

export class Prada {
  private classes: ClassState[];
  private queries = 0;
  alarmAt: number | null = null;
  lastW: number | null = null;
  /** Queries observed per class, as the detector grouped them. */
  readonly perClass: [number, number] = [0, 0];

  constructor(
    private readonly d: number,
    readonly delta = DEFAULT_DELTA,
  ) {
    this.classes = [0, 1].map(() => ({
      members: new Float64Array(64 * d),
      count: 0,
      memberSum: 0,
      memberSq: 0,
      memberN: 0,
      threshold: 0,
      sorted: new Float64Array(64),
      dn: 0,
    }));
  }

  /** Records one query x whose predicted class is c; returns true when an alarm is (or was) raised. */
  observe(x: Float64Array, c: 0 | 1): boolean {
    this.queries++;
    this.perClass[c]++;
    const s = this.classes[c];
    if (s.count === 0) this.addMember(s, x, NaN);
    else {
      const dmin = this.nearest(s, x);
      insertSorted(s, dmin);
      if (dmin > s.threshold) this.addMember(s, x, dmin);
    }
    if (this.alarmAt === null && this.queries % 10 === 0) this.test();
    return this.alarmAt !== null;
  }

  status(): PradaStatus {
    return { queries: this.queries, alarmAt: this.alarmAt, lastW: this.lastW };
  }

  private nearest(s: ClassState, x: Float64Array): number {
    const d = this.d;
    let best = Infinity;
    const g = s.members;
    for (let i = 0; i < s.count; i++) {
      let sum = 0;
      const o = i * d;
      for (let j = 0; j < d && sum < best; j++) {
        const t = g[o + j] - x[j];
        sum += t * t;
      }
      if (sum < best) best = sum;
    }
    return Math.sqrt(best);
  }

  private addMember(s: ClassState, x: Float64Array, dist: number) {
    const d = this.d;
    if ((s.count + 1) * d > s.members.length) {
      const grown = new Float64Array(s.members.length * 2);
      grown.set(s.members);
      s.members = grown;
    }
    s.members.set(x.subarray(0, d), s.count * d);
    s.count++;
    if (Number.isFinite(dist)) {
      s.memberSum += dist;
      s.memberSq += dist * dist;
      s.memberN++;
      const mean = s.memberSum / s.memberN;
      const std = Math.sqrt(Math.max(0, s.memberSq / s.memberN - mean * mean));
      s.threshold = Math.max(s.threshold, mean - std);
    }
  }

  private test() {
    const pools = this.classes.filter((s) => s.dn >= 10);
    if (pools.length === 0) return;
    const values = pools.length === 1 ? pools[0].sorted.subarray(0, pools[0].dn) : mergeSorted(pools[0], pools[1]);
    const n = values.length;
    let mean = 0;
    for (let i = 0; i < n; i++) mean += values[i];
    mean /= n;
    let sq = 0;
    for (let i = 0; i < n; i++) sq += (values[i] - mean) ** 2;
    const sd = Math.sqrt(sq / n);
    let from = 0;
    let to = n;
    while (from < to && values[from] < mean - 3 * sd) from++;
    while (to > from && values[to - 1] > mean + 3 * sd) to--;
    if (to - from <= 100) return;
    const w = shapiroWilkW(values, from, to);
    if (Number.isNaN(w)) return;
    this.lastW = w;
    if (w < this.delta) this.alarmAt = this.queries;
  }
}

function insertSorted(s: ClassState, v: number) {
  if (s.dn === s.sorted.length) {
    const grown = new Float64Array(s.sorted.length * 2);
    grown.set(s.sorted);
    s.sorted = grown;
  }
  let lo = 0;
  let hi = s.dn;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s.sorted[mid] <= v) lo = mid + 1;
    else hi = mid;
  }
  s.sorted.copyWithin(lo + 1, lo, s.dn);
  s.sorted[lo] = v;
  s.dn++;
}

function mergeSorted(a: ClassState, b: ClassState): Float64Array {
  const out = new Float64Array(a.dn + b.dn);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.dn && j < b.dn) out[k++] = a.sorted[i] <= b.sorted[j] ? a.sorted[i++] : b.sorted[j++];
  while (i < a.dn) out[k++] = a.sorted[i++];
  while (j < b.dn) out[k++] = b.sorted[j++];
  return out;
}
