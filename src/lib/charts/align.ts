/**
 * Several (x, y) series on one shared, sorted x axis, the shape uPlot draws ("AlignedData"):
 * the x values first, then one y array per series with null where that series has no point.
 * Pure; the charts in src/components only hand the result to uPlot.
 */
import type { ProgressPoint } from '../extraction/experiment';
import type { FidelityMeasure } from '../extraction/runs';

/** One series as two parallel arrays: x values and the y value at each. */
export type XYSeries = readonly [xs: readonly number[], ys: readonly number[]];

/** The shared x axis, then one y array per series (null: no point there). */
export type AlignedSeries = [xs: number[], ...ys: (number | null)[][]];

/**
 * Merges the series onto the sorted union of their x values. A series that repeats an x keeps
 * its last y there; an x array longer than its y array gives null for the missing ys.
 */
export function alignSeries(...series: readonly XYSeries[]): AlignedSeries {
  const xs = [...new Set(series.flatMap(([x]) => x))].sort((a, b) => a - b);
  const ys = series.map(([x, y]) => {
    const at = new Map<number, number | null>();
    x.forEach((t, i) => at.set(t, y[i] ?? null));
    return xs.map((t) => at.get(t) ?? null);
  });
  return [xs, ...ys];
}

/** Simulator runs against queries: one series per run, of the chosen fidelity measure. */
export function alignRuns(
  runs: readonly { points: readonly ProgressPoint[] }[],
  measure: FidelityMeasure,
): AlignedSeries {
  return alignSeries(...runs.map((r) => [r.points.map((p) => p.queries), r.points.map((p) => p[measure])] as const));
}
