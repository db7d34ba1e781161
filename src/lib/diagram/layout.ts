/**
 * Geometry of a data-flow diagram: element boxes, flow paths with label positions, and trust
 * boundary rectangles around their elements. Pure; shared by the static figure and the
 * threat-model builder.
 */
import type { Diagram, DiagramElement } from '../content/schemas';

export const ELEMENT_WIDTH = 170;
export const ELEMENT_HEIGHT = 64;
const BOUNDARY_PAD = 22;

export interface PlacedElement extends DiagramElement {
  width: number;
  height: number;
}
export interface PlacedFlow {
  id: string;
  label: string;
  from: string;
  to: string;
  path: string;
  labelX: number;
  labelY: number;
}
export interface PlacedBoundary {
  id: string;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface DiagramLayout {
  elements: PlacedElement[];
  flows: PlacedFlow[];
  boundaries: PlacedBoundary[];
}

/** Where the straight line from the centre of `a` towards `b` leaves `a`'s box. */
function edgePoint(a: PlacedElement, bx: number, by: number): [number, number] {
  const dx = bx - a.x;
  const dy = by - a.y;
  if (dx === 0 && dy === 0) return [a.x, a.y];
  const sx = dx === 0 ? Infinity : a.width / 2 / Math.abs(dx);
  const sy = dy === 0 ? Infinity : a.height / 2 / Math.abs(dy);
  const s = Math.min(sx, sy);
  return [a.x + dx * s, a.y + dy * s];
}

export function layoutDiagram(diagram: Diagram): DiagramLayout {
  const elements = diagram.elements.map((e) => ({ ...e, width: ELEMENT_WIDTH, height: ELEMENT_HEIGHT }));
  const byId = new Map(elements.map((e) => [e.id, e]));
  // Two flows between the same pair (one each way) are bent apart so both stay readable.
  const pairCount = new Map<string, number>();
  const flows: PlacedFlow[] = [];
  for (const f of diagram.flows) {
    const a = byId.get(f.from);
    const b = byId.get(f.to);
    if (!a || !b) continue;
    const key = [f.from, f.to].sort().join('|');
    const n = pairCount.get(key) ?? 0;
    pairCount.set(key, n + 1);
    const [x1, y1] = edgePoint(a, b.x, b.y);
    const [x2, y2] = edgePoint(b, a.x, a.y);
    const mx = (x1 + x2) / 2;
    const my = (y1 + y2) / 2;
    const len = Math.hypot(x2 - x1, y2 - y1) || 1;
    const bend = n === 0 ? 0 : 40 * (n % 2 === 1 ? 1 : -1) * Math.ceil(n / 2);
    const nx = (-(y2 - y1) / len) * bend;
    const ny = ((x2 - x1) / len) * bend;
    const cx = mx + nx;
    const cy = my + ny;
    flows.push({
      id: f.id,
      label: f.label,
      from: f.from,
      to: f.to,
      path: `M ${r(x1)} ${r(y1)} Q ${r(cx)} ${r(cy)} ${r(x2)} ${r(y2)}`,
      labelX: r((mx + cx) / 2),
      labelY: r((my + cy) / 2 - 6),
    });
  }
  const boundaries = diagram.boundaries.map((b) => {
    const members = b.elements.map((id) => byId.get(id)).filter((e): e is PlacedElement => Boolean(e));
    const minX = Math.min(...members.map((e) => e.x - e.width / 2)) - BOUNDARY_PAD;
    const minY = Math.min(...members.map((e) => e.y - e.height / 2)) - BOUNDARY_PAD - 12;
    const maxX = Math.max(...members.map((e) => e.x + e.width / 2)) + BOUNDARY_PAD;
    const maxY = Math.max(...members.map((e) => e.y + e.height / 2)) + BOUNDARY_PAD;
    const x = Math.max(2, minX);
    const y = Math.max(2, minY);
    return {
      id: b.id,
      label: b.label,
      x: r(x),
      y: r(y),
      width: r(Math.min(998, maxX) - x),
      height: r(Math.min(598, maxY) - y),
    };
  });
  return { elements, flows, boundaries };
}

function r(n: number): number {
  return Math.round(n * 10) / 10;
}
