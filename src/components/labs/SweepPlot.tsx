/**
 * Accuracy against ε for one sweep, drawn with uPlot (the simulator's charting library): the
 * adversarial accuracy falling from the clean accuracy, which stays flat. The table beside it
 * carries the same numbers.
 */
import { useEffect, useEffectEvent, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { SavedSweep } from '../../stores/lab-runs';
import { runColour, runDash } from '../simulator/plot-style';
import { RunSwatch } from '../simulator/RunSwatch';

/** Each line's look, as the simulator's runs 0 and 1 (so the swatches match). */
const ADVERSARIAL = 0;
const CLEAN = 1;

const GRID = { stroke: 'rgba(128,128,128,0.25)' };

function options(width: number, norm: string): uPlot.Options {
  return {
    width,
    height: 260,
    legend: { show: false },
    cursor: { show: false },
    scales: { x: { time: false }, y: { range: [0, 1] } },
    axes: [
      { label: `ε (${norm})`, stroke: 'currentColor', grid: GRID },
      { label: 'accuracy', stroke: 'currentColor', grid: GRID },
    ],
    series: [
      {},
      {
        label: 'adversarial accuracy',
        stroke: runColour(ADVERSARIAL),
        dash: runDash(ADVERSARIAL),
        width: 2,
        points: { show: true, size: 6, fill: runColour(ADVERSARIAL) },
      },
      { label: 'clean accuracy', stroke: runColour(CLEAN), dash: runDash(CLEAN), width: 2, points: { show: false } },
    ],
  };
}

type Points = SavedSweep['points'];

const data = (points: Points): uPlot.AlignedData => [
  points.map((p) => p.epsilon),
  points.map((p) => p.adversarialAccuracy),
  points.map((p) => p.cleanAccuracy),
];

export default function SweepPlot({ points, norm }: { points: Points; norm: string }) {
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const create = useEffectEvent((el: HTMLDivElement) => {
    const width = Math.max(260, Math.min(640, el.clientWidth || 600));
    return new uPlot(options(width, norm), data(points), el);
  });
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const made = create(el);
    plot.current = made;
    return () => {
      made.destroy();
      plot.current = null;
    };
  }, [norm]);
  useEffect(() => {
    plot.current?.setData(data(points));
  }, [points]);
  return (
    <figure className="lab-plot">
      <div ref={host} role="img" aria-label={`Accuracy against ε (${norm}); the numbers are in the table below`} />
      <figcaption>
        <ul className="sim-legend">
          <li>
            <RunSwatch id={ADVERSARIAL} />
            adversarial accuracy
          </li>
          <li>
            <RunSwatch id={CLEAN} />
            clean accuracy
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
