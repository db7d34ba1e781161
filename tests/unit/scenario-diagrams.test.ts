/**
 * Scenario diagrams that must stay readable: no trust boundary overlaps another or covers an
 * element that is not its own, and no flow label is drawn on an element or on another label
 * (src/lib/diagram/collisions.ts). Only the scenarios laid out against this check are listed; the
 * older ones have overlapping boundaries and crowded labels still to fix.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentOrThrow } from '../../src/lib/content/load-from-disk';
import { diagramCollisions } from '../../src/lib/diagram/collisions';
import { layoutDiagram } from '../../src/lib/diagram/layout';

const content = loadContentOrThrow(resolve(__dirname, '../..'));
const CHECKED = ['mcp-agent'];

describe('scenario diagrams laid out for reading', () => {
  it.each(CHECKED)('%s: boundaries apart, labels clear of elements and of each other', (id) => {
    const { diagram } = content.scenarios.find((s) => s.data.id === id)!.data;
    const members = new Map(diagram.boundaries.map((b) => [b.id, b.elements]));
    expect(diagramCollisions(layoutDiagram(diagram), members)).toEqual([]);
  });
});
