/**
 * Balanced fidelity against queries (log scale), one line per run, drawn with uPlot. The canvas
 * has a text alternative: the results table beside it carries the same numbers.
 */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Run } from './useExtractionRunner';

import { RUN_COLOURS, type Metric } from './plot-style';

export type { Metric };

export function alignRuns(runs: Run[], metric: Metric): uPlot.AlignedData {
  const xs = [...new Set(runs.flatMap((r) => r.points.map((p) => p.queries)))].sort((a, b) => a - b);
  const index = new Map(xs.map((x, i) => [x, i]));
  const series = runs.map((r) => {
    const ys: (number | null)[] = new Array(xs.length).fill(null);
    for (const p of r.points) ys[index.get(p.queries)!] = p[metric];
    return ys;
  });
  return [xs, ...series] as uPlot.AlignedData;
}

export default function FidelityPlot({ runs, metric, label }: { runs: Run[]; metric: Metric; label: string }) {
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const shape = runs.map((r) => r.id).join(',');

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const width = Math.max(280, Math.min(720, el.clientWidth || 640));
    const opts: uPlot.Options = {
      width,
      height: 300,
      legend: { show: false },
      cursor: { show: false },
      scales: { x: { time: false, distr: 3 }, y: { range: [0, 1] } },
      axes: [
        { label: 'queries', stroke: 'currentColor', grid: { stroke: 'rgba(128,128,128,0.25)' } },
        { label, stroke: 'currentColor', grid: { stroke: 'rgba(128,128,128,0.25)' } },
      ],
      series: [
        {},
        ...runs.map((r) => ({
          label: r.label,
          stroke: RUN_COLOURS[r.id % RUN_COLOURS.length],
          width: 2,
          spanGaps: true,
          points: { show: true, size: 5 },
        })),
      ],
    };
    plot.current?.destroy();
    plot.current = new uPlot(opts, alignRuns(runs, metric), el);
    return () => {
      plot.current?.destroy();
      plot.current = null;
    };
    // Recreate only when the set of runs or the metric changes; data updates go through setData.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shape, metric, label]);

  useEffect(() => {
    plot.current?.setData(alignRuns(runs, metric));
  }, [runs, metric]);

  return (
    <figure className="sim-plot">
      <div
        ref={host}
        role="img"
        aria-label={`${label} against queries for ${runs.length} run(s); the numbers are in the results table`}
      />
      <figcaption>
        <ul className="sim-legend">
          {runs.map((r) => (
            <li key={r.id}>
              <span
                className="sim-swatch"
                style={{ background: RUN_COLOURS[r.id % RUN_COLOURS.length] }}
                aria-hidden="true"
              />
              {r.label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
