/**
 * Diagram geometry, worked by hand. Boxes are 170 × 64, so a flow leaves a box where the line
 * from its centre crosses the nearer side: horizontally 85 from the centre, vertically 32.
 */
import { describe, expect, it } from 'vitest';
import type { Diagram } from '../content/schemas';
import { ELEMENT_HEIGHT, ELEMENT_WIDTH, layoutDiagram } from './layout';

const element = (id: string, x: number, y: number) => ({
  id,
  kind: 'process' as const,
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

describe('layoutDiagram', () => {
  it('gives every element a 170 × 64 box and keeps its fields', () => {
    expect([ELEMENT_WIDTH, ELEMENT_HEIGHT]).toEqual([170, 64]);
    const { elements } = layoutDiagram(diagram([]));
    expect(elements[0]).toEqual({ ...element('a', 100, 100), width: 170, height: 64 });
    expect(elements).toHaveLength(4);
  });

  it('draws a horizontal flow from side to side, its label 6 above the middle', () => {
    const [f] = layoutDiagram(diagram([flow('ab', 'a', 'b')])).flows;
    // a's right side is at 100 + 85 = 185, b's left side at 500 − 85 = 415.
    expect(f).toEqual({
      id: 'ab',
      label: 'ab',
      from: 'a',
      to: 'b',
      path: 'M 185 100 Q 300 100 415 100',
      labelX: 300,
      labelY: 94,
    });
  });

  it('leaves a box through its top or bottom when the line is steep, rounding to 0.1', () => {
    // a → c: direction (200, 300); the bottom side is reached first, at s = 32/300:
    // (100 + 200·32/300, 132) = (121.3, 132); symmetrically (278.7, 368) at c.
    const [f] = layoutDiagram(diagram([flow('ac', 'a', 'c')])).flows;
    expect(f.path).toBe('M 121.3 132 Q 200 250 278.7 368');
    expect([f.labelX, f.labelY]).toEqual([200, 244]);
  });

  it('bends the flow back the other way by 40 along its normal (−Δy, Δx), so the pair stays readable', () => {
    // b → a has direction (−230, 0); the unit normal is (0, −1), so the control point is (300, 60).
    const [, back] = layoutDiagram(diagram([flow('ab', 'a', 'b'), flow('ba', 'b', 'a')])).flows;
    expect(back.path).toBe('M 415 100 Q 300 60 185 100');
    expect([back.labelX, back.labelY]).toEqual([300, 74]); // halfway to the control point, then 6 up
  });

  it('alternates further flows of the same pair: +40, −40, +80 …', () => {
    const flows = layoutDiagram(
      diagram([flow('f0', 'a', 'b'), flow('f1', 'a', 'b'), flow('f2', 'a', 'b'), flow('f3', 'a', 'b')]),
    ).flows;
    expect(flows.map((f) => f.path)).toEqual([
      'M 185 100 Q 300 100 415 100',
      'M 185 100 Q 300 140 415 100',
      'M 185 100 Q 300 60 415 100',
      'M 185 100 Q 300 180 415 100',
    ]);
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
    expect(layoutDiagram(d).flows[0].path).toBe('M 200 200 Q 200 200 200 200');
  });

  it('puts a boundary 22 around its elements, with 12 more on top for its label', () => {
    const [b] = layoutDiagram(diagram([], [{ id: 'zone', label: 'Zone', elements: ['c'] }])).boundaries;
    // c's box is 215–385 × 368–432: x 193, y 368 − 22 − 12 = 334, to 407 × 454.
    expect(b).toEqual({ id: 'zone', label: 'Zone', x: 193, y: 334, width: 214, height: 120 });
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
