/** Searches in ascending sorted numbers, shared by the scorer's phrase finder and the AUPRC metric. */

/** The first index whose value is ≥ `x` (the length when every value is smaller): C++'s std::lower_bound. */
export function lowerBound(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
