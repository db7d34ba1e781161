/**
 * Every scenario's diagram stays readable as laid out: no trust boundary overlaps another unless
 * an element is in both, none covers an element that is not its own, no flow label is drawn on
 * an element, a boundary's name, another label or off the view, no arrow runs through an element
 * it does not join, and every name fits its shape (src/lib/diagram/collisions.ts, measured with
 * the widths of src/lib/diagram/text-width.ts). A scenario whose positions crowd its diagram
 * fails here with one line per problem, naming what to move.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentOrThrow } from '../../src/lib/content/load-from-disk';
import { diagramCollisions } from '../../src/lib/diagram/collisions';
import { layoutDiagram } from '../../src/lib/diagram/layout';

const content = loadContentOrThrow(resolve(__dirname, '../..'));
const scenarios = content.scenarios.map((s) => s.data).sort((a, b) => a.id.localeCompare(b.id));

describe('scenario diagrams laid out for reading', () => {
  it('checks every scenario, the seven there are at least', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(7);
  });

  it.each(scenarios.map((s) => [s.id, s] as const))(
    '%s: boundaries apart, labels clear of elements and of each other',
    (_id, { diagram }) => {
      const members = new Map(diagram.boundaries.map((b) => [b.id, b.elements]));
      expect(diagramCollisions(layoutDiagram(diagram), members)).toEqual([]);
    },
  );
});
