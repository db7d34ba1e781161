/**
 * Balanced fidelity against queries (log scale), one line per run, drawn with uPlot. The canvas
 * has a text alternative: the results table beside it carries the same numbers.
 */
import { useEffect, useEffectEvent, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { alignRuns } from '../../lib/charts/align';
import type { Run } from './useExtractionRunner';
import { runColour, runDash, type Metric } from './plot-style';
import { RunSwatch } from './RunSwatch';

export type { Metric };

const GRID = { stroke: 'rgba(128,128,128,0.25)' };

/** The query at which a run's detector raised its alarm, or null. */
export function alarmAt(r: Run): number | null {
  if (r.result) return r.result.detectedAtQuery;
  return r.points.find((p) => p.detected)?.queries ?? null;
}

/** A dashed vertical line in the run's colour at each alarm, with "alarm" written at its top. */
function drawAlarms(runs: () => Run[]) {
  return (u: uPlot) => {
    const { ctx } = u;
    const { top, height } = u.bbox;
    runs().forEach((r) => {
      const q = alarmAt(r);
      if (q === null) return;
      const x = Math.round(u.valToPos(q, 'x', true));
      ctx.save();
      ctx.strokeStyle = runColour(r.id);
      ctx.fillStyle = runColour(r.id);
      ctx.lineWidth = 2 * devicePixelRatio;
      ctx.setLineDash([4 * devicePixelRatio, 3 * devicePixelRatio]);
      ctx.beginPath();
      ctx.moveTo(x, top);
      ctx.lineTo(x, top + height);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.font = `${11 * devicePixelRatio}px sans-serif`;
      ctx.fillText('alarm', x + 3 * devicePixelRatio, top + 12 * devicePixelRatio);
      ctx.restore();
    });
  };
}

function plotOptions(runs: Run[], label: string, width: number, latest: () => Run[]): uPlot.Options {
  return {
    hooks: { draw: [drawAlarms(latest)] },
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
        dash: runDash(r.id),
        width: 2,
        spanGaps: true,
        // A run of one or two points (exact equation solving) is drawn as large markers.
        points: { show: true, size: r.points.length <= 2 ? 10 : 5, fill: runColour(r.id) },
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
  // The runs the alarm markers read when uPlot redraws (kept current by the effect below).
  const latest = useRef(runs);
  useEffect(() => {
    latest.current = runs;
  }, [runs]);
  const createPlot = useEffectEvent((el: HTMLDivElement) => {
    const width = Math.max(280, Math.min(720, el.clientWidth || 640));
    return new uPlot(
      plotOptions(runs, label, width, () => latest.current),
      plotData(runs, metric),
      el,
    );
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
              <RunSwatch id={r.id} />
              {r.label}
              {alarmAt(r) !== null && ` (alarm at query ${alarmAt(r)})`}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
