/**
 * The arrowhead every data-flow diagram draws at the end of a flow (an SVG <marker>, referenced
 * as url(#id) by each flow's path). Shared by the static figure, the builder's diagram and the
 * candidate view; rendered on the server by Astro as well as inside islands.
 */
export default function ArrowMarker({ id, className }: { id: string; className: string }) {
  return (
    <defs>
      <marker
        id={id}
        viewBox="0 0 10 10"
        refX="9"
        refY="5"
        markerWidth="7"
        markerHeight="7"
        orient="auto-start-reverse"
      >
        <path d="M 0 0 L 10 5 L 0 10 z" className={className} />
      </marker>
    </defs>
  );
}
