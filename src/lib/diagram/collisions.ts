/**
 * Where a laid-out data-flow diagram is hard to read: trust boundaries that overlap when no
 * element is in both, a boundary drawn over an element that is not its own, flow labels drawn on
 * an element, on a boundary's name, on another label or off the view, arrows drawn through an
 * element that is neither of their ends, and names too long for their element or boundary. Pure
 * geometry over layoutDiagram's output, with the text widths it uses (text-width.ts).
 */
import { contains, inflate, overlaps, segmentCrossesBox, type Box } from './box';
import { ELEMENT_LABEL_SIZE, VIEW_HEIGHT, VIEW_WIDTH, elementBox, nameRoom, type DiagramLayout } from './layout';
import { textWidth } from './text-width';

const boundaryBox = (b: DiagramLayout['boundaries'][number]): Box => ({
  x0: b.x,
  y0: b.y,
  x1: b.x + b.width,
  y1: b.y + b.height,
});

function boundaryProblems(layout: DiagramLayout, members: ReadonlyMap<string, readonly string[]>): string[] {
  const problems: string[] = [];
  layout.boundaries.forEach((b, i) => {
    const own = new Set(members.get(b.id) ?? []);
    for (const other of layout.boundaries.slice(i + 1)) {
      // Two boundaries that share an element must overlap: the content says so.
      const shared = (members.get(other.id) ?? []).some((id) => own.has(id));
      if (!shared && overlaps(boundaryBox(b), boundaryBox(other)))
        problems.push(`boundaries ${b.id} and ${other.id} overlap`);
    }
    for (const e of layout.elements)
      if (!own.has(e.id) && overlaps(boundaryBox(b), elementBox(e)))
        problems.push(`boundary ${b.id} covers ${e.id}, not one of its elements`);
    if (b.labelBox.x1 > b.x + b.width - 6) problems.push(`the name of boundary ${b.id} is wider than the boundary`);
  });
  return problems;
}

function labelProblems(layout: DiagramLayout): string[] {
  const problems: string[] = [];
  const view: Box = { x0: 0, y0: 0, x1: VIEW_WIDTH, y1: VIEW_HEIGHT };
  const clashes = (f: DiagramLayout['flows'][number], other: Box) =>
    overlaps(f.labelBox, other) || overlaps(f.countBox, other);
  layout.flows.forEach((f, i) => {
    for (const other of layout.flows.slice(i + 1))
      if (clashes(f, other.labelBox) || clashes(f, other.countBox))
        problems.push(`labels of flows ${f.id} and ${other.id} overlap`);
    if (overlaps(f.labelBox, f.countBox)) problems.push(`the threat count of flow ${f.id} is drawn on its label`);
    for (const e of layout.elements)
      if (clashes(f, elementBox(e))) problems.push(`label of flow ${f.id} is drawn on ${e.id}`);
    for (const b of layout.boundaries)
      if (clashes(f, b.labelBox)) problems.push(`label of flow ${f.id} is drawn on the name of boundary ${b.id}`);
    if (!contains(view, f.labelBox) || !contains(view, f.countBox))
      problems.push(`label of flow ${f.id} runs off the diagram`);
  });
  return problems;
}

/** One sentence per problem, naming the boundaries, flows and elements involved; empty when clear. */
export function diagramCollisions(layout: DiagramLayout, members: ReadonlyMap<string, readonly string[]>): string[] {
  const problems = [...boundaryProblems(layout, members), ...labelProblems(layout)];
  for (const f of layout.flows)
    for (const e of layout.elements)
      // Shrunk by 1 so that an arrow that only grazes a corner is not counted.
      if (e.id !== f.from && e.id !== f.to && segmentCrossesBox(f, inflate(elementBox(e), -1)))
        problems.push(`flow ${f.id} is drawn through ${e.id}`);
  for (const e of layout.elements)
    if (e.nameLines.some((l) => textWidth(l, ELEMENT_LABEL_SIZE) > nameRoom(e, e.nameLines.length)))
      problems.push(`the name of ${e.id} is wider than its shape`);
  return problems;
}
