/**
 * Where each flow's label goes: beside its arrow, clear of every element, of the boundaries'
 * names, of the view's edges and of the labels already placed, wrapped onto two or three lines
 * where one line does not fit. A greedy search over a few positions along each arrow (nearest the
 * middle first) and a few sides of it, placing the most crowded flows (the shortest arrows) first.
 * Pure; the diagram checker (collisions.ts) measures the result with the same boxes.
 */
import { contains, inflate, overlaps, segmentCrossesBox, type Box, type Segment } from './box';
import { textWidth, wrapText } from './text-width';

export const FLOW_LABEL_SIZE = 12;
/** Distance between the baselines of a wrapped label's lines. */
export const LINE_HEIGHT = 14;
/** A 12 px line reaches 10 above its baseline (capitals) and 3 below it (descenders). */
export const LABEL_ASCENT = 10;
export const LABEL_DESCENT = 3;
/**
 * The builder's threat count sits in a small badge on the arrow, at the point the label hangs
 * from: this many wide and high ("12" in 13 px bold, with a margin).
 */
export const COUNT_WIDTH = 22;
export const COUNT_HEIGHT = 16;
/**
 * Space between the arrow and a label beside it: enough to clear the count badge (half its
 * height above or below a level arrow, half its width beside an upright one).
 */
const GAP_ABOVE = COUNT_HEIGHT / 2 + 1;
const GAP_BESIDE = COUNT_WIDTH / 2 + 1;
/** How close to another arrow or label a label may come before it seems to belong with it. */
const NEAR = 12;
const POSITIONS = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8];
const MAX_LINES = 3;

export interface PlacedLabel {
  /** The label as drawn: one string per line, each centred on labelX. */
  lines: string[];
  labelX: number;
  /** The first line's baseline. */
  labelY: number;
  /** The room the label's lines take. */
  labelBox: Box;
  /** The centre of the builder's threat-count badge. */
  countX: number;
  countY: number;
  /** The room the badge takes, which like the label's nothing else may overlap. */
  countBox: Box;
}

export interface FlowToLabel {
  id: string;
  label: string;
  segment: Segment;
  /** The unit normal the flow was moved along from its pair's centre line, or [0, 0]. */
  away: readonly [number, number];
}

export interface LabelObstacles {
  /** Element boxes and boundary names. */
  boxes: readonly Box[];
  /** The view, less a margin. */
  bounds: Box;
  /** The sides of the trust boundaries: a label may cross one, at a cost. */
  edges: readonly Segment[];
}

type Side = 'N' | 'S' | 'E' | 'W' | 'NE' | 'NW' | 'SE' | 'SW' | 'C';
const SIDE_DIRECTION: Record<Side, [number, number]> = {
  N: [0, -1],
  S: [0, 1],
  E: [1, 0],
  W: [-1, 0],
  NE: [Math.SQRT1_2, -Math.SQRT1_2],
  NW: [-Math.SQRT1_2, -Math.SQRT1_2],
  SE: [Math.SQRT1_2, Math.SQRT1_2],
  SW: [-Math.SQRT1_2, Math.SQRT1_2],
  C: [0, 0],
};

/**
 * The sides of an arrow a label can sit on without the arrow running through it, best first:
 * above or below a level arrow, right or left of an upright one, in the two free corners of a
 * slanted one; a flow moved off its pair's centre line prefers the side it was moved to.
 */
function sidesFor(s: Segment, away: readonly [number, number]): Side[] {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  let sides: Side[];
  if (Math.abs(dy) <= 0.25 * Math.abs(dx)) sides = ['N', 'S'];
  else if (Math.abs(dx) <= 0.25 * Math.abs(dy)) sides = ['E', 'W'];
  else sides = dx * dy > 0 ? ['NE', 'SW', 'N', 'S', 'E', 'W'] : ['NW', 'SE', 'N', 'S', 'E', 'W'];
  const pull = (side: Side) => SIDE_DIRECTION[side][0] * away[0] + SIDE_DIRECTION[side][1] * away[1];
  return [...sides.map((side, i) => ({ side, i })).sort((a, b) => pull(b.side) - pull(a.side) || a.i - b.i)].map(
    (x) => x.side,
  );
}

/** The text block of `lines`, with its centre at `cx` and its top at `top`. */
function linesAt(
  lines: string[],
  cx: number,
  top: number,
): Pick<PlacedLabel, 'lines' | 'labelX' | 'labelY' | 'labelBox'> {
  const widest = Math.max(...lines.map((l) => textWidth(l, FLOW_LABEL_SIZE)));
  return {
    lines,
    labelX: round(cx),
    labelY: round(top + LABEL_ASCENT),
    labelBox: {
      x0: round(cx - widest / 2),
      y0: round(top),
      x1: round(cx + widest / 2),
      y1: round(top + LABEL_ASCENT + (lines.length - 1) * LINE_HEIGHT + LABEL_DESCENT),
    },
  };
}

function countAt(cx: number, cy: number): Pick<PlacedLabel, 'countX' | 'countY' | 'countBox'> {
  return {
    countX: round(cx),
    countY: round(cy),
    countBox: {
      x0: round(cx - COUNT_WIDTH / 2),
      y0: round(cy - COUNT_HEIGHT / 2),
      x1: round(cx + COUNT_WIDTH / 2),
      y1: round(cy + COUNT_HEIGHT / 2),
    },
  };
}

/**
 * The label on `side` of the point (qx, qy) of its arrow, the count badge on the arrow at that
 * point; on the arrow itself ('C'), the label centred there and the badge after its first line.
 */
function labelBeside(lines: string[], qx: number, qy: number, side: Side): PlacedLabel {
  const { labelBox: b } = linesAt(lines, 0, 0);
  const width = b.x1 - b.x0;
  const height = b.y1;
  const [sx, sy] = SIDE_DIRECTION[side];
  const gapX = sy === 0 ? GAP_BESIDE : GAP_ABOVE;
  const left = sx > 0 ? qx + gapX : sx < 0 ? qx - gapX - width : qx - width / 2;
  const top = sy > 0 ? qy + GAP_ABOVE : sy < 0 ? qy - GAP_ABOVE - height : qy - height / 2;
  const text = linesAt(lines, left + width / 2, top);
  const count =
    side === 'C'
      ? countAt(text.labelBox.x1 + 2 + COUNT_WIDTH / 2, text.labelY - LABEL_ASCENT / 2 + 1)
      : countAt(qx, qy);
  return { ...text, ...count };
}

function candidates(flow: FlowToLabel): { label: PlacedLabel; cost: number; own: boolean }[] {
  const s = flow.segment;
  const sides = sidesFor(s, flow.away);
  const out: { label: PlacedLabel; cost: number; own: boolean }[] = [];
  const wraps = new Set<string>();
  for (let n = 1; n <= MAX_LINES; n++) {
    const lines = wrapText(flow.label, n, FLOW_LABEL_SIZE);
    const key = lines.join('\n');
    if (wraps.has(key)) continue;
    wraps.add(key);
    for (const t of POSITIONS) {
      const qx = s.x1 + (s.x2 - s.x1) * t;
      const qy = s.y1 + (s.y2 - s.y1) * t;
      const base = 5 * (lines.length - 1) + 14 * Math.abs(t - 0.5);
      sides.forEach((side, rank) =>
        out.push({ label: labelBeside(lines, qx, qy, side), cost: base + rank, own: false }),
      );
      // On the arrow itself, which then runs behind the text's halo: a last resort.
      out.push({ label: labelBeside(lines, qx, qy, 'C'), cost: base + 8, own: true });
    }
  }
  return out;
}

/** Every flow's label, by flow ID. */
export function placeFlowLabels(flows: readonly FlowToLabel[], obstacles: LabelObstacles): Map<string, PlacedLabel> {
  const length = (s: Segment) => Math.hypot(s.x2 - s.x1, s.y2 - s.y1);
  const order = flows.map((f, i) => ({ f, i })).sort((a, b) => length(a.f.segment) - length(b.f.segment) || a.i - b.i);
  const placed: Box[] = [];
  const out = new Map<string, PlacedLabel>();
  for (const { f } of order) {
    let best: { label: PlacedLabel; cost: number } | null = null;
    for (const c of candidates(f)) {
      const boxes = [c.label.labelBox, c.label.countBox];
      const inside = boxes.every((box) => contains(obstacles.bounds, box));
      const clashes = boxes
        .map((box) => inflate(box, 2))
        .flatMap((grown) => [...obstacles.boxes, ...placed].filter((b) => overlaps(grown, b))).length;
      const box = c.label.labelBox;
      const others = flows.filter((o) => o.id !== f.id);
      const crossings = others.filter((o) => segmentCrossesBox(o.segment, box)).length;
      // A label close beside another arrow reads as that arrow's: avoided where there is room.
      const near =
        others.filter((o) => segmentCrossesBox(o.segment, inflate(box, NEAR))).length +
        placed.filter((b) => overlaps(inflate(box, NEAR), b)).length;
      const ownCrossing = !c.own && segmentCrossesBox(f.segment, inflate(box, -1)) ? 1 : 0;
      // A clash or a label outside the view is never chosen while any clear place exists.
      const edges = obstacles.edges.filter((e) => segmentCrossesBox(e, box)).length;
      const cost =
        c.cost + 6 * crossings + 3 * near + 3 * ownCrossing + 4 * edges + 1000 * clashes + (inside ? 0 : 1000);
      if (!best || cost < best.cost) best = { label: c.label, cost };
    }
    out.set(f.id, best!.label);
    placed.push(best!.label.labelBox, best!.label.countBox);
  }
  return out;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
