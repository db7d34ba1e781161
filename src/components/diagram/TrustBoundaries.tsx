/**
 * A data-flow diagram's trust boundaries: a dashed box around their elements, named in its top
 * left corner. Shared like ArrowMarker by the three diagrams; each passes its own class.
 */
import type { PlacedBoundary } from '../../lib/diagram/layout';

interface Props {
  boundaries: readonly PlacedBoundary[];
  className: string;
  /** Hidden from screen readers where the diagram names its boundaries another way. */
  decorative?: boolean;
}

export default function TrustBoundaries({ boundaries, className, decorative = false }: Props) {
  return boundaries.map((b) => (
    <g key={b.id} className={className} {...(decorative ? { 'aria-hidden': true } : {})}>
      <rect x={b.x} y={b.y} width={b.width} height={b.height} rx="14" />
      <text x={b.x + 10} y={b.y + 18}>
        {b.label}
      </text>
    </g>
  ));
}
