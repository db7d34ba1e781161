/**
 * Diagram geometry, worked by hand. Boxes are 170 × 64, so an arrow leaves an entity's or a
 * store's box where the line from its centre crosses the nearer side (85 across, 32 up or down),
 * and a process's ellipse (radii 85 and 32) where the line crosses the ellipse.
 */
import { describe, expect, it } from 'vitest';
import type { Diagram, DiagramElement } from '../content/schemas';
import { ELEMENT_HEIGHT, ELEMENT_WIDTH, layoutDiagram, nameRoom } from './layout';
import { textWidth, wrapText } from './text-width';

const element = (id: string, x: number, y: number, kind: DiagramElement['kind'] = 'external-entity') => ({
  id,
  kind,
  label: id.toUpperCase(),
  description: `the ${id} element`,
  x,
  y,
});
const flow = (id: string, from: string, to: string) => ({ id, from, to, label: id });
const diagram = (flows: Diagram['flows'], boundaries: Diagram['boundaries'] = []): Diagram => ({
  elements: [element('a', 100, 100), element('b', 500, 100), element('c', 300, 400), element('edge', 990, 590)],
  flows,
  boundaries,
});

describe('layoutDiagram: elements', () => {
  it('gives every element a 170 × 64 box and its name on one line, its baseline 5 below the centre', () => {
    expect([ELEMENT_WIDTH, ELEMENT_HEIGHT]).toEqual([170, 64]);
    const { elements } = layoutDiagram(diagram([]));
    expect(elements[0]).toEqual({ ...element('a', 100, 100), width: 170, height: 64, nameLines: ['A'], nameY: 105 });
    expect(elements).toHaveLength(4);
  });

  it('has 158 for a name in a box, and in an ellipse its width 9 (one line) or 18 (two) from the middle, less 12', () => {
    const box = { kind: 'data-store' as const, width: 170, height: 64 };
    const ellipse = { ...box, kind: 'process' as const };
    expect(nameRoom(box, 1)).toBe(158);
    // 170·√(1 − (9/32)²) − 12 = 151.14; 170·√(1 − (18/32)²) − 12 = 128.56.
    expect(nameRoom(ellipse, 1)).toBeCloseTo(151.14, 2);
    expect(nameRoom(ellipse, 2)).toBeCloseTo(128.56, 2);
  });

  it('breaks a name too wide for its box onto two lines, half a line (8.5) higher', () => {
    const long = { ...element('hubs', 300, 300), label: 'Public package and model hubs' };
    expect(textWidth(long.label, 15)).toBeGreaterThan(158);
    const [placed] = layoutDiagram({ elements: [long, element('x', 700, 300)], flows: [], boundaries: [] }).elements;
    expect(placed.nameLines).toEqual(wrapText(long.label, 2, 15));
    expect(placed.nameLines).toHaveLength(2);
    expect(placed.nameY).toBe(296.5);
  });
});

describe('layoutDiagram: arrows', () => {
  it('draws a level flow from side to side', () => {
    // a's right side is at 100 + 85 = 185, b's left side at 500 − 85 = 415.
    const [f] = layoutDiagram(diagram([flow('ab', 'a', 'b')])).flows;
    expect(f).toMatchObject({ id: 'ab', label: 'ab', from: 'a', to: 'b', x1: 185, y1: 100, x2: 415, y2: 100 });
    expect(f.path).toBe('M 185 100 L 415 100');
  });

  it('leaves a box through its top or bottom when the line is steep, rounding to 0.1', () => {
    // a → c: direction (200, 300); the bottom side is reached first, at s = 32/300:
    // (100 + 200·32/300, 132) = (121.3, 132); symmetrically (278.7, 368) at c.
    const [f] = layoutDiagram(diagram([flow('ac', 'a', 'c')])).flows;
    expect(f.path).toBe('M 121.3 132 L 278.7 368');
  });

  it("ends an arrow on a process's ellipse, not on its box", () => {
    // Direction (300, 300): t = 1/√((300/85)² + (300/32)²) = 0.099827, so 29.9 from each centre.
    const d: Diagram = {
      elements: [element('p', 100, 100, 'process'), element('q', 400, 400, 'process')],
      flows: [flow('pq', 'p', 'q')],
      boundaries: [],
    };
    expect(layoutDiagram(d).flows[0].path).toBe('M 129.9 129.9 L 370.1 370.1');
  });

  it('draws a flow and its reply side by side, 18 apart, each on its own side of the centre line', () => {
    // The pair's normal, taken from a to b, is (0, 1): a → b is moved 9 up, b → a 9 down.
    const [ab, ba] = layoutDiagram(diagram([flow('ab', 'a', 'b'), flow('ba', 'b', 'a')])).flows;
    expect(ab.path).toBe('M 185 91 L 415 91');
    expect(ba.path).toBe('M 415 109 L 185 109');
  });

  it('spreads three flows of one pair at −18, 0 and +18', () => {
    const flows = layoutDiagram(diagram([flow('f0', 'a', 'b'), flow('f1', 'a', 'b'), flow('f2', 'b', 'a')])).flows;
    expect(flows.map((f) => f.path)).toEqual(['M 185 82 L 415 82', 'M 185 100 L 415 100', 'M 415 118 L 185 118']);
  });

  it('skips a flow whose end is not an element', () => {
    const { flows } = layoutDiagram(diagram([flow('ghost', 'a', 'nowhere'), flow('ab', 'a', 'b')]));
    expect(flows.map((f) => f.id)).toEqual(['ab']);
  });

  it('draws a flow between two elements at the same place as a point', () => {
    const d: Diagram = {
      elements: [element('p', 200, 200), element('q', 200, 200)],
      flows: [flow('pq', 'p', 'q')],
      boundaries: [],
    };
    expect(layoutDiagram(d).flows[0].path).toBe('M 200 200 L 200 200');
  });

  it("hangs a level flow's label above the middle of its arrow, its count on the arrow", () => {
    // "ab" is (61 + 63)·0.12 = 14.88 wide and 13 high; its box ends 9 above the arrow (y 100).
    const [f] = layoutDiagram(diagram([flow('ab', 'a', 'b')])).flows;
    expect(f).toMatchObject({ lines: ['ab'], labelX: 300, labelY: 88, countX: 300, countY: 100 });
    expect(f.labelBox).toEqual({ x0: 292.6, y0: 78, x1: 307.4, y1: 91 });
    expect(f.countBox).toEqual({ x0: 289, y0: 92, x1: 311, y1: 108 });
  });
});

describe('layoutDiagram: boundaries', () => {
  it('puts a boundary 22 around its elements, with 12 more on top for its name', () => {
    const [b] = layoutDiagram(diagram([], [{ id: 'zone', label: 'Zone', elements: ['c'] }])).boundaries;
    // c's box is 215–385 × 368–432: x 193, y 368 − 22 − 12 = 334, to 407 × 454.
    expect(b).toMatchObject({ id: 'zone', label: 'Zone', x: 193, y: 334, width: 214, height: 120 });
    // The name: 10 in, from 5 to 21 below the top, "Zone" (69 + 61 + 63 + 62)·0.13 = 33.15 wide.
    expect(b.labelBox.x0).toBe(203);
    expect(b.labelBox.x1).toBeCloseTo(236.15, 1);
    expect([b.labelBox.y0, b.labelBox.y1]).toEqual([339, 355]);
  });

  it('keeps boundaries inside the 1000 × 600 view, 2 from each edge', () => {
    const { boundaries } = layoutDiagram(
      diagram(
        [],
        [
          { id: 'left', label: 'L', elements: ['a', 'b'] },
          { id: 'corner', label: 'C', elements: ['edge'] },
        ],
      ),
    );
    // a and b: x from 100 − 85 − 22 = −7, clamped to 2, to 607; y from 34 to 154.
    expect(boundaries[0]).toMatchObject({ x: 2, y: 34, width: 605, height: 120 });
    // edge at (990, 590): from (883, 524), right and bottom clamped to 998 and 598.
    expect(boundaries[1]).toMatchObject({ x: 883, y: 524, width: 115, height: 74 });
  });

  it('ignores boundary members that are not elements', () => {
    const { boundaries } = layoutDiagram(diagram([], [{ id: 'z', label: 'Z', elements: ['c', 'ghost'] }]));
    expect(boundaries[0]).toMatchObject({ x: 193, y: 334, width: 214, height: 120 });
  });
});
