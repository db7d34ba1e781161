/**
 * Geometry of a data-flow diagram: element boxes, flows as straight arrows with their labels
 * placed clear of every element and of each other, and trust boundary rectangles around their
 * elements. The elements stay where the scenario's author put them (the picture tells the
 * system's story, outside on the left, inside on the right); only the flows and labels are laid
 * out here. Pure; shared by the static figure, the builder, the candidate view and the Threat
 * Dragon export.
 */
import type { Diagram, DiagramElement } from '../content/schemas';
import type { Box, Segment } from './box';
import { placeFlowLabels, type PlacedLabel } from './labels';
import { textWidth, wrapText } from './text-width';

export const ELEMENT_WIDTH = 170;
export const ELEMENT_HEIGHT = 64;
/** The viewBox every diagram is drawn in. */
export const VIEW_WIDTH = 1000;
export const VIEW_HEIGHT = 600;
/** Text sizes in viewBox units, as the diagrams' styles set them. */
export const ELEMENT_LABEL_SIZE = 15;
export const BOUNDARY_LABEL_SIZE = 13;
const BOUNDARY_PAD = 22;
/** Room above a boundary's top element for the boundary's name. */
const BOUNDARY_LABEL_ROOM = 12;
/** How far apart two flows between the same pair of elements are drawn. */
export const PAIR_SPREAD = 18;

export interface PlacedElement extends DiagramElement {
  width: number;
  height: number;
  /** The element's name as drawn: one line, or two when one does not fit its shape. */
  nameLines: string[];
  /** The first line's baseline; each further line is NAME_LINE_HEIGHT below. */
  nameY: number;
}
export interface PlacedFlow extends Segment, PlacedLabel {
  id: string;
  label: string;
  from: string;
  to: string;
  /** The arrow, from (x1, y1) on the source's outline to (x2, y2) on the target's. */
  path: string;
}
export interface PlacedBoundary {
  id: string;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the boundary's name is drawn (its baseline at y + 18, 10 in from the left). */
  labelBox: Box;
}
export interface DiagramLayout {
  elements: PlacedElement[];
  flows: PlacedFlow[];
  boundaries: PlacedBoundary[];
}

/** Distance between the baselines of an element name's two lines. */
export const NAME_LINE_HEIGHT = 17;

/**
 * The width a name of `lines` lines has in an element: its box less 6 on each side, or for a
 * process the ellipse's width at the text's top and bottom (9 from the centre line for one line of
 * 15 px text, 18 for two), less the same margin.
 */
export function nameRoom(e: Pick<PlacedElement, 'kind' | 'width' | 'height'>, lines: number): number {
  if (e.kind !== 'process') return e.width - 12;
  const reach = lines > 1 ? 18 : 9;
  return e.width * Math.sqrt(1 - (reach / (e.height / 2)) ** 2) - 12;
}

function placeElement(e: DiagramElement): PlacedElement {
  const shape = { kind: e.kind, width: ELEMENT_WIDTH, height: ELEMENT_HEIGHT };
  // 15 px text is centred with its baseline 5 below the middle; two lines are moved up by half a line.
  if (textWidth(e.label, ELEMENT_LABEL_SIZE) <= nameRoom(shape, 1))
    return { ...e, ...shape, nameLines: [e.label], nameY: e.y + 5 };
  return { ...e, ...shape, nameLines: wrapText(e.label, 2, ELEMENT_LABEL_SIZE), nameY: e.y + 5 - NAME_LINE_HEIGHT / 2 };
}

export const elementBox = (e: PlacedElement): Box => ({
  x0: e.x - e.width / 2,
  y0: e.y - e.height / 2,
  x1: e.x + e.width / 2,
  y1: e.y + e.height / 2,
});

/**
 * Where the ray from (px, py), inside element `e`, in direction (dx, dy) leaves the element's
 * outline: the box of an external entity or a data store, the ellipse of a process.
 */
function exitPoint(e: PlacedElement, px: number, py: number, dx: number, dy: number): [number, number] {
  if (dx === 0 && dy === 0) return [px, py];
  const hw = e.width / 2;
  const hh = e.height / 2;
  let t: number;
  if (e.kind === 'process') {
    // ((px + t·dx − x)/hw)² + ((py + t·dy − y)/hh)² = 1, the positive root.
    const ux = (px - e.x) / hw;
    const uy = (py - e.y) / hh;
    const vx = dx / hw;
    const vy = dy / hh;
    const a = vx * vx + vy * vy;
    const b = 2 * (ux * vx + uy * vy);
    const c = ux * ux + uy * uy - 1;
    t = (-b + Math.sqrt(Math.max(0, b * b - 4 * a * c))) / (2 * a);
  } else {
    const tx = dx === 0 ? Infinity : ((dx > 0 ? e.x + hw : e.x - hw) - px) / dx;
    const ty = dy === 0 ? Infinity : ((dy > 0 ? e.y + hh : e.y - hh) - py) / dy;
    t = Math.min(tx, ty);
  }
  return [px + dx * t, py + dy * t];
}

/**
 * Each flow's offset from the line between its elements' centres: 0 for a lone flow; flows
 * between the same pair (either way) side by side, PAIR_SPREAD apart, measured along the normal
 * of the pair taken in one fixed order so that a request and its response do not coincide.
 */
function pairOffsets(diagram: Diagram): Map<string, { offset: number; reversed: boolean }> {
  const groups = new Map<string, string[]>();
  for (const f of diagram.flows) {
    const key = [f.from, f.to].sort().join('\u0000');
    groups.set(key, [...(groups.get(key) ?? []), f.id]);
  }
  const out = new Map<string, { offset: number; reversed: boolean }>();
  for (const f of diagram.flows) {
    const ids = groups.get([f.from, f.to].sort().join('\u0000'))!;
    const i = ids.indexOf(f.id);
    out.set(f.id, { offset: (i - (ids.length - 1) / 2) * PAIR_SPREAD, reversed: f.from > f.to });
  }
  return out;
}

function placeSegments(diagram: Diagram, byId: Map<string, PlacedElement>) {
  const offsets = pairOffsets(diagram);
  return diagram.flows.flatMap((f) => {
    const a = byId.get(f.from);
    const b = byId.get(f.to);
    if (!a || !b) return [];
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    const { offset, reversed } = offsets.get(f.id)!;
    // The pair's normal in its fixed order (from the smaller ID to the larger).
    const sign = reversed ? -1 : 1;
    // Both ends stay inside their elements: at most 4 short of the nearer edge.
    const limit = Math.min(a.height, b.height) / 2 - 4;
    const shift = Math.max(-limit, Math.min(limit, offset));
    const nx = ((-dy * sign) / len) * shift;
    const ny = ((dx * sign) / len) * shift;
    const [x1, y1] = exitPoint(a, a.x + nx, a.y + ny, dx, dy);
    const [x2, y2] = exitPoint(b, b.x + nx, b.y + ny, -dx, -dy);
    const away = [(-dy * sign * Math.sign(shift)) / len, (dx * sign * Math.sign(shift)) / len] as const;
    return [{ flow: f, segment: { x1: r(x1), y1: r(y1), x2: r(x2), y2: r(y2) }, away }];
  });
}

function placeBoundaries(diagram: Diagram, byId: Map<string, PlacedElement>): PlacedBoundary[] {
  return diagram.boundaries.map((b) => {
    const members = b.elements.map((id) => byId.get(id)).filter((e): e is PlacedElement => Boolean(e));
    const minX = Math.min(...members.map((e) => e.x - e.width / 2)) - BOUNDARY_PAD;
    const minY = Math.min(...members.map((e) => e.y - e.height / 2)) - BOUNDARY_PAD - BOUNDARY_LABEL_ROOM;
    const maxX = Math.max(...members.map((e) => e.x + e.width / 2)) + BOUNDARY_PAD;
    const maxY = Math.max(...members.map((e) => e.y + e.height / 2)) + BOUNDARY_PAD;
    const x = r(Math.max(2, minX));
    const y = r(Math.max(2, minY));
    return {
      id: b.id,
      label: b.label,
      x,
      y,
      width: r(Math.min(VIEW_WIDTH - 2, maxX) - x),
      height: r(Math.min(VIEW_HEIGHT - 2, maxY) - y),
      labelBox: { x0: x + 10, y0: y + 5, x1: r(x + 10 + textWidth(b.label, BOUNDARY_LABEL_SIZE)), y1: y + 21 },
    };
  });
}

function boundaryEdges(b: PlacedBoundary): Segment[] {
  const [x0, y0, x1, y1] = [b.x, b.y, b.x + b.width, b.y + b.height];
  return [
    { x1: x0, y1: y0, x2: x1, y2: y0 },
    { x1: x1, y1: y0, x2: x1, y2: y1 },
    { x1: x0, y1: y1, x2: x1, y2: y1 },
    { x1: x0, y1: y0, x2: x0, y2: y1 },
  ];
}

export function layoutDiagram(diagram: Diagram): DiagramLayout {
  const elements = diagram.elements.map(placeElement);
  const byId = new Map(elements.map((e) => [e.id, e]));
  const boundaries = placeBoundaries(diagram, byId);
  const segments = placeSegments(diagram, byId);
  const labels = placeFlowLabels(
    segments.map(({ flow, segment, away }) => ({ id: flow.id, label: flow.label, segment, away })),
    {
      boxes: [...elements.map(elementBox), ...boundaries.map((b) => b.labelBox)],
      bounds: { x0: 2, y0: 2, x1: VIEW_WIDTH - 2, y1: VIEW_HEIGHT - 2 },
      edges: boundaries.flatMap(boundaryEdges),
    },
  );
  const flows = segments.map(({ flow: f, segment: s }) => ({
    id: f.id,
    label: f.label,
    from: f.from,
    to: f.to,
    ...s,
    path: `M ${s.x1} ${s.y1} L ${s.x2} ${s.y2}`,
    ...labels.get(f.id)!,
  }));
  return { elements, flows, boundaries };
}

export function r(n: number): number {
  return Math.round(n * 10) / 10;
}
