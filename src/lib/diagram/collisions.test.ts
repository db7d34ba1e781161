/**
 * Diagram collisions, worked by hand from layoutDiagram's geometry: boxes are 170 × 64, a boundary
 * reaches 22 beyond its elements (34 above them, for its label), and a straight flow's label sits
 * at the middle of the line, 6 above it, LABEL_CHAR_WIDTH (6.3) per character wide.
 */
import { describe, expect, it } from 'vitest';
import type { Diagram } from '../content/schemas';
import { diagramCollisions, labelBox } from './collisions';
import { layoutDiagram } from './layout';

const element = (id: string, x: number, y: number) => ({
  id,
  kind: 'process' as const,
  label: id,
  description: `the ${id} element`,
  x,
  y,
});

function collisions(diagram: Diagram): string[] {
  return diagramCollisions(layoutDiagram(diagram), new Map(diagram.boundaries.map((b) => [b.id, b.elements])));
}

describe('labelBox', () => {
  it('centres the label on its anchor, 10 above and 3 below the baseline', () => {
    // 4 characters × 6.3 = 25.2 wide: 100 ± 12.6.
    const box = labelBox('abcd', 100, 50);
    expect(box.x0).toBeCloseTo(87.4, 10);
    expect(box.x1).toBeCloseTo(112.6, 10);
    expect([box.y0, box.y1]).toEqual([40, 53]);
  });
});

describe('diagramCollisions', () => {
  const a = element('a', 100, 100);
  const b = element('b', 500, 100);

  it('finds nothing in two elements far apart, each in its own boundary, joined by a short label', () => {
    // Boundaries 2–207 and 393–607 wide; the label "ab" spans 293.7–306.3, the boxes end at 185 and begin at 415.
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

  it('reports a boundary drawn over an element it does not hold', () => {
    const d: Diagram = {
      elements: [a, element('c', 300, 100), b],
      flows: [],
      boundaries: [{ id: 'outer', label: 'Outer', elements: ['a', 'b'] }],
    };
    expect(collisions(d)).toEqual(['boundary outer covers c, not one of its elements']);
  });

  it('reports a label too long for the gap between its elements', () => {
    // a ends at 185 and c begins at 215; "a long label" is 12 × 6.3 = 75.6 wide around 200: 162.2–237.8.
    const d: Diagram = {
      elements: [a, element('c', 300, 100)],
      flows: [{ id: 'ac', from: 'a', to: 'c', label: 'a long label' }],
      boundaries: [],
    };
    expect(collisions(d)).toEqual(['label of flow ac is drawn on a', 'label of flow ac is drawn on c']);
  });

  it('reports two labels drawn on each other', () => {
    // Three flows between p and q: the first is straight, its label at (300, 94).
    const d: Diagram = {
      elements: [element('p', 100, 100), element('q', 500, 100)],
      flows: [
        { id: 'first', from: 'p', to: 'q', label: 'first' },
        { id: 'second', from: 'p', to: 'q', label: 'second' },
        { id: 'third', from: 'q', to: 'p', label: 'third' },
      ],
      boundaries: [],
    };
    // The second bends by +40 (its label 20 lower), the third by −40 along q → p's normal, which
    // is also 20 lower: the layout puts those two labels in the same place.
    expect(collisions(d)).toEqual(['labels of flows second and third overlap']);
  });
});
