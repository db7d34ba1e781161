/**
 * A scenario's data-flow diagram where every element and flow is a button: click it, or reach it
 * with Tab and press Enter or Space, to select it. Each button's name says what it is, its kind
 * and how many threats it has, so the diagram works without sight; the builder's element list
 * is a second, text-only way to choose.
 */
import { useMemo, type KeyboardEvent, type ReactNode } from 'react';
import type { Diagram } from '../../lib/content/schemas';
import { layoutDiagram, type DiagramLayout, type PlacedElement } from '../../lib/diagram/layout';
import { kindName } from '../../lib/threat-model/elements';
import ScrollRegion from '../layout/ScrollRegion';
import ArrowMarker from './ArrowMarker';
import { ElementName, FlowLabel } from './DiagramText';
import TrustBoundaries from './TrustBoundaries';

interface Props {
  diagram: Diagram;
  title: string;
  selected: string | null;
  counts: ReadonlyMap<string, number>;
  onSelect(id: string): void;
}

/** One selectable part of the diagram, named by its label, kind and number of threats. */
function DiagramButton(props: {
  id: string;
  className: string;
  name: string;
  selected: boolean;
  onSelect(id: string): void;
  children: ReactNode;
}) {
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    props.onSelect(props.id);
  };
  return (
    <g
      className={`${props.className}${props.selected ? ' is-selected' : ''}`}
      role="button"
      tabIndex={0}
      aria-pressed={props.selected}
      aria-label={props.name}
      onClick={() => props.onSelect(props.id)}
      onKeyDown={onKeyDown}
    >
      {props.children}
    </g>
  );
}

function ElementShape({ e }: { e: PlacedElement }) {
  if (e.kind === 'process') return <ellipse cx={e.x} cy={e.y} rx={e.width / 2} ry={e.height / 2} />;
  return (
    <rect
      x={e.x - e.width / 2}
      y={e.y - e.height / 2}
      width={e.width}
      height={e.height}
      rx={e.kind === 'data-store' ? 0 : 4}
    />
  );
}

/**
 * Threat counts, drawn outside the buttons so each button's visible text is its label alone: an
 * element's in its top right corner, a flow's in a badge on its arrow where its label hangs.
 */
function ThreatCounts({ layout, count }: { layout: DiagramLayout; count(id: string): number }) {
  return (
    <g aria-hidden="true" className="tm-counts">
      {layout.elements
        .filter((e) => count(e.id) > 0)
        .map((e) => (
          <text key={e.id} x={e.x + e.width / 2 - 4} y={e.y - e.height / 2 + 14} textAnchor="end" className="tm-count">
            {count(e.id)}
          </text>
        ))}
      {layout.flows
        .filter((f) => count(f.id) > 0)
        .map((f) => (
          <g key={f.id} className="tm-flow-count">
            <rect
              x={f.countBox.x0}
              y={f.countBox.y0}
              width={f.countBox.x1 - f.countBox.x0}
              height={f.countBox.y1 - f.countBox.y0}
              rx="8"
            />
            <text x={f.countX} y={f.countY + 4.5} textAnchor="middle" className="tm-count">
              {count(f.id)}
            </text>
          </g>
        ))}
    </g>
  );
}

export default function InteractiveDiagram({ diagram, title, selected, counts, onSelect }: Props) {
  const layout = useMemo(() => layoutDiagram(diagram), [diagram]);
  const count = (id: string) => counts.get(id) ?? 0;
  const name = (label: string, kind: string, id: string) =>
    `${label}, ${kind.toLowerCase()}, ${count(id)} threat${count(id) === 1 ? '' : 's'}`;
  const button = (id: string) => ({ id, selected: selected === id, onSelect });
  return (
    <ScrollRegion label={`Threat-model diagram of ${title}`}>
      <svg
        viewBox="0 0 1000 600"
        className="tm-diagram diagram-wide"
        role="group"
        aria-label={`Data-flow diagram of ${title}: choose an element or flow`}
      >
        <ArrowMarker id="tm-arrow" className="tm-arrowhead" />
        <TrustBoundaries boundaries={layout.boundaries} className="tm-boundary" decorative />
        {layout.flows.map((f) => (
          <DiagramButton
            key={f.id}
            className="tm-flow"
            name={name(f.label, kindName('data-flow'), f.id)}
            {...button(f.id)}
          >
            <path d={f.path} className="tm-flow-hit" />
            <path d={f.path} markerEnd="url(#tm-arrow)" className="tm-flow-line" />
            {/* The label, beside its arrow, is part of the flow's target too. */}
            <rect
              className="tm-flow-hit"
              x={f.labelBox.x0 - 2}
              y={f.labelBox.y0 - 2}
              width={f.labelBox.x1 - f.labelBox.x0 + 4}
              height={f.labelBox.y1 - f.labelBox.y0 + 4}
            />
            <FlowLabel flow={f} />
          </DiagramButton>
        ))}
        {layout.elements.map((e) => (
          <DiagramButton
            key={e.id}
            className={`tm-element tm-${e.kind}`}
            name={name(e.label, kindName(e.kind), e.id)}
            {...button(e.id)}
          >
            <ElementShape e={e} />
            <ElementName element={e} />
          </DiagramButton>
        ))}
        <ThreatCounts layout={layout} count={count} />
      </svg>
    </ScrollRegion>
  );
}
