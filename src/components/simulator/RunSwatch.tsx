/** A run's line as the plot draws it (colour and dash pattern), for the legend and the table. */
import { runColour, runDash } from './plot-style';

export function RunSwatch({ id }: { id: number }) {
  return (
    <svg className="sim-swatch" viewBox="0 0 28 10" aria-hidden="true">
      <line
        x1="1"
        y1="5"
        x2="27"
        y2="5"
        stroke={runColour(id)}
        strokeWidth="2.5"
        strokeDasharray={runDash(id).join(' ') || undefined}
      />
    </svg>
  );
}
