/**
 * Shares (accuracy, attack success) against one setting of a sweep (ε, the poison rate), one
 * line each, drawn with uPlot (the simulator's charting library). Each line looks like the
 * simulator's run of the same index, so the swatches match. The table beside it carries the same
 * numbers.
 */
import { useEffect, useEffectEvent, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { runColour, runDash } from '../simulator/plot-style';
import { RunSwatch } from '../simulator/RunSwatch';

export interface PlotLine {
  label: string;
  values: (number | null)[];
}

interface Props {
  /** The swept setting's values and its axis label. */
  x: number[];
  xLabel: string;
  yLabel: string;
  lines: PlotLine[];
  /** What the chart shows, for a screen reader. */
  description: string;
}

const GRID = { stroke: 'rgba(128,128,128,0.25)' };

function options(width: number, { xLabel, yLabel, lines }: Props): uPlot.Options {
  return {
    width,
    height: 260,
    legend: { show: false },
    cursor: { show: false },
    scales: { x: { time: false }, y: { range: [0, 1] } },
    axes: [
      // Ticks as the values they are (uPlot's default rounds 0.0015 and 0.002 alike at small steps).
      {
        label: xLabel,
        stroke: 'currentColor',
        grid: GRID,
        values: (_u, ticks) => ticks.map((v) => String(+v.toFixed(4))),
      },
      { label: yLabel, stroke: 'currentColor', grid: GRID },
    ],
    series: [
      {},
      ...lines.map((l, i) => ({
        label: l.label,
        stroke: runColour(i),
        dash: runDash(i),
        width: 2,
        points: { show: true, size: 6, fill: runColour(i) },
      })),
    ],
  };
}

const data = ({ x, lines }: Props): uPlot.AlignedData => [x, ...lines.map((l) => l.values)];

export default function SharePlot(props: Props) {
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const shape = `${props.xLabel}|${props.yLabel}|${props.lines.map((l) => l.label).join('|')}`;
  const create = useEffectEvent((el: HTMLDivElement) => {
    const width = Math.max(260, Math.min(640, el.clientWidth || 600));
    return new uPlot(options(width, props), data(props), el);
  });
  // Rebuilt only when the axes or the lines change; new points go through setData.
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const made = create(el);
    plot.current = made;
    return () => {
      made.destroy();
      plot.current = null;
    };
  }, [shape]);
  useEffect(() => {
    plot.current?.setData(data(props));
  });
  return (
    <figure className="lab-plot">
      <div ref={host} role="img" aria-label={`${props.description}; the numbers are in the table below`} />
      <figcaption>
        <ul className="sim-legend">
          {props.lines.map((l, i) => (
            <li key={l.label}>
              <RunSwatch id={i} />
              {l.label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
