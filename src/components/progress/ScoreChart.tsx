/** Scores over time (uPlot), one series per kind of exercise. The table beside it has the numbers. */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

interface Props {
  questions: [number[], number[]];
  models: [number[], number[]];
}

/** Merges two (time, score) series onto one sorted time axis, with gaps where a series has no point. */
export function alignSeries(a: [number[], number[]], b: [number[], number[]]): uPlot.AlignedData {
  const xs = [...new Set([...a[0], ...b[0]])].sort((x, y) => x - y);
  const at = (s: [number[], number[]]) => {
    const m = new Map<number, number>();
    s[0].forEach((t, i) => m.set(t, s[1][i]));
    return xs.map((x) => m.get(x) ?? null);
  };
  return [xs, at(a), at(b)] as uPlot.AlignedData;
}

export default function ScoreChart({ questions, models }: Props) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const plot = new uPlot(
      {
        width: Math.max(280, Math.min(760, el.clientWidth || 640)),
        height: 260,
        legend: { show: false },
        cursor: { show: false },
        scales: { y: { range: [0, 100] } },
        axes: [
          { stroke: 'currentColor', grid: { stroke: 'rgba(128,128,128,0.25)' } },
          { label: 'score', stroke: 'currentColor', grid: { stroke: 'rgba(128,128,128,0.25)' } },
        ],
        series: [
          {},
          {
            label: 'Interview questions',
            stroke: '#1d4ed8',
            width: 2,
            spanGaps: true,
            points: { show: true, size: 6 },
          },
          { label: 'Threat models', stroke: '#b45309', width: 2, spanGaps: true, points: { show: true, size: 6 } },
        ],
      },
      alignSeries(questions, models),
      el,
    );
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
