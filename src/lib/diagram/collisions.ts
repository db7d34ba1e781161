/**
 * Where a laid-out data-flow diagram is hard to read: trust boundaries that overlap or enclose an
 * element that is not theirs, and flow labels drawn on an element box or on another label. Pure
 * geometry over layoutDiagram's output, for checking a scenario's positions.
 */
import type { DiagramLayout } from './layout';

/**
 * Average advance of a character of a 12 px flow label in the site's sans-serif font, an estimate
 * from the rendered diagrams (a 16-character label is about 100 px wide); the height covers the
 * cap height above the baseline and the descenders below it.
 */
export const LABEL_CHAR_WIDTH = 6.3;
const LABEL_ASCENT = 10;
const LABEL_DESCENT = 3;

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The box a flow label occupies: centred on its anchor, the baseline at labelY. */
export function labelBox(label: string, x: number, y: number): Box {
  const half = (label.length * LABEL_CHAR_WIDTH) / 2;
  return { x0: x - half, y0: y - LABEL_ASCENT, x1: x + half, y1: y + LABEL_DESCENT };
}

/** One sentence per problem, naming the boundaries, flows and elements involved; empty when clear. */
export function diagramCollisions(layout: DiagramLayout, members: ReadonlyMap<string, readonly string[]>): string[] {
  const problems: string[] = [];
  const elements = layout.elements.map((e) => ({
    id: e.id,
    box: { x0: e.x - e.width / 2, y0: e.y - e.height / 2, x1: e.x + e.width / 2, y1: e.y + e.height / 2 },
  }));
  const boundaries = layout.boundaries.map((b) => ({
    id: b.id,
    box: { x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height },
  }));
  boundaries.forEach((b, i) => {
    for (const other of boundaries.slice(i + 1))
      if (overlaps(b.box, other.box)) problems.push(`boundaries ${b.id} and ${other.id} overlap`);
    const own = new Set(members.get(b.id) ?? []);
    for (const e of elements)
      if (!own.has(e.id) && overlaps(b.box, e.box))
        problems.push(`boundary ${b.id} covers ${e.id}, not one of its elements`);
  });
  const labels = layout.flows.map((f) => ({ id: f.id, box: labelBox(f.label, f.labelX, f.labelY) }));
  labels.forEach((l, i) => {
    for (const other of labels.slice(i + 1))
      if (overlaps(l.box, other.box)) problems.push(`labels of flows ${l.id} and ${other.id} overlap`);
    for (const e of elements) if (overlaps(l.box, e.box)) problems.push(`label of flow ${l.id} is drawn on ${e.id}`);
  });
  return problems;
}
