/**
 * A scenario's data-flow diagram where every element and flow is a button: click it, or reach it
 * with Tab and press Enter or Space, to select it. Each button's name says what it is, its kind
 * and how many threats it has, so the diagram works without sight; the builder's element list
 * is a second, text-only way to choose.
 */
import type { Diagram } from '../../lib/content/schemas';
import { layoutDiagram } from '../../lib/diagram/layout';
import { kindName } from '../../lib/threat-model/elements';

interface Props {
  diagram: Diagram;
  title: string;
  selected: string | null;
  counts: ReadonlyMap<string, number>;
  onSelect(id: string): void;
}

export default function InteractiveDiagram({ diagram, title, selected, counts, onSelect }: Props) {
  const layout = layoutDiagram(diagram);
  const n = (id: string) => counts.get(id) ?? 0;
  const keyed = (id: string) => (e: React.KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(id);
    }
  };
  const name = (label: string, kind: string, id: string) =>
    `${label}, ${kind.toLowerCase()}, ${n(id)} threat${n(id) === 1 ? '' : 's'}`;
  return (
    <svg
      viewBox="0 0 1000 600"
      className="tm-diagram"
      role="group"
      aria-label={`Data-flow diagram of ${title}: choose an element or flow`}
    >
      <defs>
        <marker
          id="tm-arrow"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" className="tm-arrowhead" />
        </marker>
      </defs>
      {layout.boundaries.map((b) => (
        <g key={b.id} className="tm-boundary" aria-hidden="true">
          <rect x={b.x} y={b.y} width={b.width} height={b.height} rx="14" />
          <text x={b.x + 10} y={b.y + 18}>
            {b.label}
          </text>
        </g>
      ))}
      {layout.flows.map((f) => (
        <g
          key={f.id}
          className={`tm-flow${selected === f.id ? ' is-selected' : ''}`}
          role="button"
          tabIndex={0}
          aria-pressed={selected === f.id}
          aria-label={name(f.label, kindName('data-flow'), f.id)}
          onClick={() => onSelect(f.id)}
          onKeyDown={keyed(f.id)}
        >
          <path d={f.path} className="tm-flow-hit" />
          <path d={f.path} markerEnd="url(#tm-arrow)" className="tm-flow-line" />
          <text x={f.labelX} y={f.labelY} textAnchor="middle">
            {f.label}
          </text>
        </g>
      ))}
      {layout.elements.map((e) => (
        <g
          key={e.id}
          className={`tm-element tm-${e.kind}${selected === e.id ? ' is-selected' : ''}`}
          role="button"
          tabIndex={0}
          aria-pressed={selected === e.id}
          aria-label={name(e.label, kindName(e.kind), e.id)}
          onClick={() => onSelect(e.id)}
          onKeyDown={keyed(e.id)}
        >
          {e.kind === 'process' ? (
            <ellipse cx={e.x} cy={e.y} rx={e.width / 2} ry={e.height / 2} />
          ) : (
            <rect
              x={e.x - e.width / 2}
              y={e.y - e.height / 2}
              width={e.width}
              height={e.height}
              rx={e.kind === 'data-store' ? 0 : 4}
            />
          )}
          <text x={e.x} y={e.y + 5} textAnchor="middle">
            {e.label}
          </text>
        </g>
      ))}
      {/* Threat counts, drawn outside the buttons so each button's visible text is its label alone. */}
      <g aria-hidden="true" className="tm-counts">
        {layout.elements
          .filter((e) => n(e.id) > 0)
          .map((e) => (
            <text
              key={e.id}
              x={e.x + e.width / 2 - 4}
              y={e.y - e.height / 2 + 14}
              textAnchor="end"
              className="tm-count"
            >
              {n(e.id)}
            </text>
          ))}
        {layout.flows
          .filter((f) => n(f.id) > 0)
          .map((f) => (
            <text key={f.id} x={f.labelX} y={f.labelY + 15} textAnchor="middle" className="tm-count">
              ({n(f.id)})
            </text>
          ))}
      </g>
    </svg>
  );
}
