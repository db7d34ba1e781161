/** Scores over time (uPlot), one series per kind of exercise. The table beside it has the numbers. */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { alignSeries, type XYSeries } from '../../lib/charts/align';
import { timeTickLabels } from '../../lib/charts/time-axis';

interface Props {
  questions: XYSeries;
  models: XYSeries;
}

const GRID = { stroke: 'rgba(128,128,128,0.25)' };
const POINTS = { show: true, size: 6 };

function chartOptions(width: number): uPlot.Options {
  return {
    width,
    height: 260,
    legend: { show: false },
    cursor: { show: false },
    scales: { y: { range: [0, 100] } },
    axes: [
      // Times and dates a person reads ("19:40" with "1 Dec" under it), not uPlot's ":40 :50".
      { stroke: 'currentColor', grid: GRID, size: 52, values: (_u, ticks) => timeTickLabels(ticks) },
      { label: 'score', stroke: 'currentColor', grid: GRID },
    ],
    series: [
      {},
      { label: 'Interview questions', stroke: '#1d4ed8', width: 2, spanGaps: true, points: POINTS },
      { label: 'Threat models', stroke: '#b45309', width: 2, spanGaps: true, points: POINTS },
    ],
  };
}

export default function ScoreChart({ questions, models }: Props) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const width = Math.max(280, Math.min(760, el.clientWidth || 640));
    const plot = new uPlot(chartOptions(width), alignSeries(questions, models) as uPlot.AlignedData, el);
    return () => plot.destroy();
  }, [questions, models]);
  const n = questions[0].length + models[0].length;
  return (
    <figure className="progress-chart">
      <div
        ref={host}
        role="img"
        aria-label={`Scores over time: ${n} scored attempt${n === 1 ? '' : 's'}; the numbers are in the table below.`}
      />
      <figcaption>
        <span className="swatch questions" aria-hidden="true" /> Interview questions{' '}
        <span className="swatch models" aria-hidden="true" /> Threat models
      </figcaption>
    </figure>
  );
}
