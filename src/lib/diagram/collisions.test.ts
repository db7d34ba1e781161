/**
 * Diagram collisions. The boundary cases run through layoutDiagram (boxes 170 × 64, a boundary
 * 22 beyond its elements and 34 above them); the label cases are layouts written out by hand, so
 * each problem is reported for geometry stated in the test, whatever the label placement does.
 */
import { describe, expect, it } from 'vitest';
import type { Diagram } from '../content/schemas';
import type { Box } from './box';
import { diagramCollisions } from './collisions';
import { layoutDiagram, type DiagramLayout, type PlacedElement, type PlacedFlow } from './layout';

const element = (id: string, x: number, y: number) => ({
  id,
  kind: 'external-entity' as const,
  label: id,
  description: `the ${id} element`,
  x,
  y,
});

function collisions(diagram: Diagram): string[] {
  return diagramCollisions(layoutDiagram(diagram), new Map(diagram.boundaries.map((b) => [b.id, b.elements])));
}

/** A placed element with a short name, its box 170 × 64 around (x, y). */
const placed = (id: string, x: number, y: number, label = id): PlacedElement => ({
  ...element(id, x, y),
  label,
  width: 170,
  height: 64,
  nameLines: [label],
  nameY: y + 5,
});
/** A flow from a to b along y = 100, its label and count boxes as given. */
const placedFlow = (id: string, labelBox: Box, countBox: Box): PlacedFlow => ({
  id,
  label: id,
  from: 'a',
  to: 'b',
  x1: 185,
  y1: 100,
  x2: 615,
  y2: 100,
  path: 'M 185 100 L 615 100',
  lines: [id],
  labelX: (labelBox.x0 + labelBox.x1) / 2,
  labelY: labelBox.y0 + 10,
  labelBox,
  countX: (countBox.x0 + countBox.x1) / 2,
  countY: (countBox.y0 + countBox.y1) / 2,
  countBox,
});
const box = (x0: number, y0: number, x1: number, y1: number): Box => ({ x0, y0, x1, y1 });
const layoutOf = (flows: PlacedFlow[], elements = [placed('a', 100, 100), placed('b', 700, 100)]): DiagramLayout => ({
  elements,
  flows,
  boundaries: [],
});
const none = new Map<string, string[]>();

describe('diagramCollisions: boundaries', () => {
  const a = element('a', 100, 100);
  const b = element('b', 500, 100);

  it('finds nothing in two elements far apart, each in its own boundary, joined by a short label', () => {
    const d: Diagram = {
      elements: [a, b],
      flows: [{ id: 'ab', from: 'a', to: 'b', label: 'ab' }],
      boundaries: [
        { id: 'left', label: 'Left', elements: ['a'] },
        { id: 'right', label: 'Right', elements: ['b'] },
      ],
    };
    expect(collisions(d)).toEqual([]);
  });

  it('reports boundaries that overlap', () => {
    // a at 100 reaches 207; c at 300 starts at 300 − 85 − 22 = 193.
    const d: Diagram = {
      elements: [a, element('c', 300, 100)],
      flows: [],
      boundaries: [
        { id: 'left', label: 'Left', elements: ['a'] },
        { id: 'middle', label: 'Middle', elements: ['c'] },
      ],
    };
    expect(collisions(d)).toEqual(['boundaries left and middle overlap']);
  });

  it('lets boundaries overlap when the content puts an element in both', () => {
    const d: Diagram = {
      elements: [a, element('c', 300, 100)],
      flows: [],
      boundaries: [
        { id: 'outer', label: 'Outer', elements: ['a', 'c'] },
        { id: 'inner', label: 'Inner', elements: ['c'] },
      ],
    };
    expect(collisions(d)).toEqual([]);
  });

  it('reports a boundary drawn over an element it does not hold', () => {
    const d: Diagram = {
      elements: [a, element('c', 300, 100), b],
      flows: [],
      boundaries: [{ id: 'outer', label: 'Outer', elements: ['a', 'b'] }],
    };
    expect(collisions(d)).toEqual(['boundary outer covers c, not one of its elements']);
  });

  it("reports a boundary's name wider than the boundary", () => {
    // One element: the boundary is 214 wide; this name is far wider at 13 px.
    const d: Diagram = {
      elements: [a],
      flows: [],
      boundaries: [{ id: 'zone', label: 'A boundary whose name runs on well past its box', elements: ['a'] }],
    };
    expect(collisions(d)).toEqual(['the name of boundary zone is wider than the boundary']);
  });
});

describe('diagramCollisions: arrows and names', () => {
  it('reports an arrow drawn through an element that is neither of its ends', () => {
    const d: Diagram = {
      elements: [element('a', 100, 100), element('c', 400, 100), element('b', 700, 100)],
      flows: [{ id: 'ab', from: 'a', to: 'b', label: 'ab' }],
      boundaries: [],
    };
    expect(collisions(d)).toContain('flow ab is drawn through c');
  });

  it("reports an element's name wider than its shape", () => {
    const wide = { ...placed('a', 100, 100), nameLines: ['A name far too long for its box'] };
    expect(diagramCollisions(layoutOf([], [wide, placed('b', 700, 100)]), none)).toEqual([
      'the name of a is wider than its shape',
    ]);
  });
});

describe('diagramCollisions: flow labels (hand-built layouts)', () => {
  // Elements a (15–185 × 68–132) and b (615–785 × 68–132); the arrow runs between them at y 100.
  const clearCount = box(389, 92, 411, 108);

  it('finds nothing for a label above the arrow and its count on it', () => {
    expect(diagramCollisions(layoutOf([placedFlow('f', box(370, 78, 430, 91), clearCount)]), none)).toEqual([]);
  });

  it('reports a label drawn on an element, and a count drawn on one', () => {
    const onA = placedFlow('f', box(150, 78, 230, 91), clearCount);
    expect(diagramCollisions(layoutOf([onA]), none)).toEqual(['label of flow f is drawn on a']);
    const countOnB = placedFlow('g', box(370, 78, 430, 91), box(600, 92, 622, 108));
    expect(diagramCollisions(layoutOf([countOnB]), none)).toEqual(['label of flow g is drawn on b']);
  });

  it('reports two labels on each other, and a count on its own label', () => {
    const f = placedFlow('f', box(370, 78, 430, 91), clearCount);
    const g = placedFlow('g', box(420, 80, 480, 93), box(440, 110, 462, 126));
    expect(diagramCollisions(layoutOf([f, g]), none)).toEqual(['labels of flows f and g overlap']);
    const own = placedFlow('h', box(370, 90, 430, 103), clearCount);
    expect(diagramCollisions(layoutOf([own]), none)).toEqual(['the threat count of flow h is drawn on its label']);
  });

  it('reports a label that runs off the diagram', () => {
    const off = placedFlow('f', box(370, -5, 430, 8), clearCount);
    expect(diagramCollisions(layoutOf([off]), none)).toEqual(['label of flow f runs off the diagram']);
  });

  it("reports a label drawn on a boundary's name", () => {
    const layout = {
      ...layoutOf([placedFlow('f', box(370, 78, 430, 91), clearCount)]),
      boundaries: [{ id: 'z', label: 'Zone', x: 350, y: 70, width: 200, height: 60, labelBox: box(360, 75, 400, 91) }],
    };
    expect(diagramCollisions(layout, new Map([['z', []]]))).toEqual([
      'label of flow f is drawn on the name of boundary z',
    ]);
  });
});
