/**
 * The text of a laid-out data-flow diagram: a flow's label and an element's name, each on the
 * lines the layout broke it into (src/lib/diagram/layout.ts). Shared like ArrowMarker by the
 * static figure, the builder's diagram and the candidate view.
 */
import { LINE_HEIGHT } from '../../lib/diagram/labels';
import { NAME_LINE_HEIGHT, type PlacedElement, type PlacedFlow } from '../../lib/diagram/layout';

/**
 * One tspan a line. Each line after the first starts with a space so that the text reads as the
 * words it is ("Images and labels", not "Images andlabels") to a screen reader and to axe's check
 * that a button's name contains its visible text; the space shifts a centred line by 2 units.
 */
function Lines({ lines, x, y, step }: { lines: readonly string[]; x: number; y: number; step: number }) {
  return lines.map((line, i) => (
    <tspan key={i} x={x} y={y + i * step}>
      {i > 0 ? ` ${line}` : line}
    </tspan>
  ));
}

/** A flow's label beside its arrow; the class gives it a halo so a crossing line stays behind it. */
export function FlowLabel({ flow }: { flow: PlacedFlow }) {
  return (
    <text className="dfd-flow-label" textAnchor="middle">
      <Lines lines={flow.lines} x={flow.labelX} y={flow.labelY} step={LINE_HEIGHT} />
    </text>
  );
}

export function ElementName({ element }: { element: PlacedElement }) {
  return (
    <text textAnchor="middle">
      <Lines lines={element.nameLines} x={element.x} y={element.nameY} step={NAME_LINE_HEIGHT} />
    </text>
  );
}
