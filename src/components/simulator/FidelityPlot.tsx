/**
 * Balanced fidelity against queries (log scale), one line per run, drawn with uPlot. The canvas
 * has a text alternative: the results table beside it carries the same numbers.
 */
import { useEffect, useEffectEvent, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { alignRuns } from '../../lib/charts/align';
import type { Run } from './useExtractionRunner';
import { runColour, type Metric } from './plot-style';

export type { Metric };

const GRID = { stroke: 'rgba(128,128,128,0.25)' };

function plotOptions(runs: Run[], label: string, width: number): uPlot.Options {
  return {
    width,
    height: 300,
    legend: { show: false },
    cursor: { show: false },
    scales: { x: { time: false, distr: 3 }, y: { range: [0, 1] } },
    axes: [
      { label: 'queries', stroke: 'currentColor', grid: GRID },
      { label, stroke: 'currentColor', grid: GRID },
    ],
    series: [
      {},
      ...runs.map((r) => ({
        label: r.label,
        stroke: runColour(r.id),
        width: 2,
        spanGaps: true,
        points: { show: true, size: 5 },
      })),
    ],
  };
}

const plotData = (runs: Run[], metric: Metric) => alignRuns(runs, metric) as uPlot.AlignedData;

export default function FidelityPlot({ runs, metric, label }: { runs: Run[]; metric: Metric; label: string }) {
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const shape = runs.map((r) => r.id).join(',');

  // Reads the latest runs without making every progress message rebuild the chart.
  const createPlot = useEffectEvent((el: HTMLDivElement) => {
    const width = Math.max(280, Math.min(720, el.clientWidth || 640));
    return new uPlot(plotOptions(runs, label, width), plotData(runs, metric), el);
  });

  // Rebuilt only when the set of runs, the measure or its label changes; data goes through setData.
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const created = createPlot(el);
    plot.current = created;
    return () => {
      created.destroy();
      plot.current = null;
    };
  }, [shape, metric, label]);

  useEffect(() => {
    plot.current?.setData(plotData(runs, metric));
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
              <span className="sim-swatch" style={{ background: runColour(r.id) }} aria-hidden="true" />
              {r.label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
