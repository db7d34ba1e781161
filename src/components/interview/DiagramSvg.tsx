/**
 * A scenario's data-flow diagram as SVG inside a React island (the candidate view), laid out
 * by the shared diagram core, with the diagram also given as text for screen readers.
 */
import type { Diagram } from '../../lib/content/schemas';
import { layoutDiagram } from '../../lib/diagram/layout';
import { kindName } from '../../lib/threat-model/elements';
import ArrowMarker from '../diagram/ArrowMarker';
import { ElementName, FlowLabel } from '../diagram/DiagramText';
import TrustBoundaries from '../diagram/TrustBoundaries';

export default function DiagramSvg({
  diagram,
  title,
  idPrefix,
}: {
  diagram: Diagram;
  title: string;
  idPrefix: string;
}) {
  const layout = layoutDiagram(diagram);
  const labelOf = new Map(diagram.elements.map((e) => [e.id, e.label]));
  const arrow = `${idPrefix}-arrow`;
  return (
    <figure className="iv-dfd">
      <svg viewBox="0 0 1000 600" role="img" aria-labelledby={`${idPrefix}-title`} className="iv-dfd-svg">
        <title id={`${idPrefix}-title`}>
          {`Data-flow diagram of ${title}: ${diagram.elements.length} elements and ${diagram.flows.length} flows, listed in the text version.`}
        </title>
        <ArrowMarker id={arrow} className="iv-dfd-arrowhead" />
        <TrustBoundaries boundaries={layout.boundaries} className="iv-dfd-boundary" />
        {layout.flows.map((f) => (
          <g key={f.id} className="iv-dfd-flow">
            <path d={f.path} markerEnd={`url(#${arrow})`} />
            <FlowLabel flow={f} />
          </g>
        ))}
        {layout.elements.map((e) => (
          <g key={e.id} className={`iv-dfd-element iv-dfd-${e.kind}`}>
            {e.kind === 'process' ? (
              <ellipse cx={e.x} cy={e.y} rx={e.width / 2} ry={e.height / 2} />
            ) : (
              <rect x={e.x - e.width / 2} y={e.y - e.height / 2} width={e.width} height={e.height} />
            )}
            <ElementName element={e} />
          </g>
        ))}
      </svg>
      <figcaption>
        <details>
          <summary>Diagram as text</summary>
          <ul>
            {diagram.elements.map((e) => (
              <li key={e.id}>
                <strong>{e.label}</strong> ({kindName(e.kind)}): {e.description}
              </li>
            ))}
          </ul>
          <ul>
            {diagram.flows.map((f) => (
              <li key={f.id}>
                <strong>{f.label}</strong>: from {labelOf.get(f.from)} to {labelOf.get(f.to)}
              </li>
            ))}
          </ul>
        </details>
      </figcaption>
    </figure>
  );
}
