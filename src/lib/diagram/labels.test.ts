/**
 * Flow-label placement on small cases worked by hand: 12 px text is 13 high (10 above the
 * baseline, 3 below), a label beside a level arrow ends 9 above it, one beside an upright arrow
 * starts 12 to its right, and the count badge (22 × 16) sits on the arrow.
 */
import { describe, expect, it } from 'vitest';
import { overlaps, type Box, type Segment } from './box';
import { placeFlowLabels, type FlowToLabel, type LabelObstacles } from './labels';
import { textWidth } from './text-width';

const open: LabelObstacles = { boxes: [], bounds: { x0: 2, y0: 2, x1: 998, y1: 598 }, edges: [] };
const level: Segment = { x1: 200, y1: 300, x2: 400, y2: 300 };
const flow = (id: string, label: string, segment: Segment, away: [number, number] = [0, 0]): FlowToLabel => ({
  id,
  label,
  segment,
  away,
});

describe('placeFlowLabels', () => {
  it('puts a label above the middle of a level arrow when nothing is in the way', () => {
    const placed = placeFlowLabels([flow('f', 'Tool result', level)], open).get('f')!;
    const width = textWidth('Tool result', 12);
    expect(placed.lines).toEqual(['Tool result']);
    expect(placed.labelBox.y1).toBe(291);
    expect(placed.labelBox.x1 - placed.labelBox.x0).toBeCloseTo(width, 0);
    expect([placed.labelX, placed.countX, placed.countY]).toEqual([300, 300, 300]);
  });

  it('goes below the arrow when an element sits above its middle', () => {
    const element: Box = { x0: 250, y0: 200, x1: 350, y1: 280 };
    const placed = placeFlowLabels([flow('f', 'Tool result', level)], { ...open, boxes: [element] }).get('f')!;
    // Below: from 300 + 9 = 309, baseline at 319.
    expect(placed.labelBox.y0).toBe(309);
    expect(placed.labelY).toBe(319);
  });

  it('wraps a label too wide for the gap between two elements and keeps it in the gap', () => {
    // Boxes end at 200 and begin at 330: 130 free, less 2 either side for the margin.
    const left: Box = { x0: 30, y0: 268, x1: 200, y1: 332 };
    const right: Box = { x0: 330, y0: 268, x1: 500, y1: 332 };
    const s: Segment = { x1: 200, y1: 300, x2: 330, y2: 300 };
    const label = 'Consensus-labelled training images';
    expect(textWidth(label, 12)).toBeGreaterThan(126);
    const placed = placeFlowLabels([flow('f', label, s)], { ...open, boxes: [left, right] }).get('f')!;
    expect(placed.lines.length).toBeGreaterThan(1);
    expect(placed.labelBox.x0).toBeGreaterThanOrEqual(202);
    expect(placed.labelBox.x1).toBeLessThanOrEqual(328);
  });

  it('sets a label to the right of an upright arrow, 12 from it and centred on its middle', () => {
    const upright: Segment = { x1: 500, y1: 100, x2: 500, y2: 300 };
    const placed = placeFlowLabels([flow('f', 'Retrieved passages', upright)], open).get('f')!;
    expect(placed.labelBox.x0).toBe(512);
    // 13 high, centred on y 200: 193.5 to 206.5.
    expect([placed.labelBox.y0, placed.labelBox.y1]).toEqual([193.5, 206.5]);
  });

  it('puts the labels of a flow and its reply on the sides they were moved to', () => {
    const up = flow('request', 'Image to classify', { x1: 200, y1: 291, x2: 400, y2: 291 }, [0, -1]);
    const down = flow('reply', 'Class probabilities', { x1: 400, y1: 309, x2: 200, y2: 309 }, [0, 1]);
    const placed = placeFlowLabels([up, down], open);
    expect(placed.get('request')!.labelBox.y1).toBeLessThanOrEqual(291);
    expect(placed.get('reply')!.labelBox.y0).toBeGreaterThanOrEqual(309);
    expect(overlaps(placed.get('request')!.labelBox, placed.get('reply')!.labelBox)).toBe(false);
  });

  it('keeps labels off each other and off the view’s edges', () => {
    const flows = [0, 1, 2, 3].map((i) => flow(`f${i}`, 'Same words here', { x1: 5, y1: 40, x2: 300, y2: 40 }));
    const placed = [...placeFlowLabels(flows, open).values()];
    for (const [i, a] of placed.entries()) {
      expect(a.labelBox.y0).toBeGreaterThanOrEqual(2);
      for (const b of placed.slice(i + 1)) expect(overlaps(a.labelBox, b.labelBox)).toBe(false);
    }
  });

  it('still places a label where no place is clear (the checker then reports it)', () => {
    const everywhere: Box = { x0: 0, y0: 0, x1: 1000, y1: 600 };
    const placed = placeFlowLabels([flow('f', 'Boxed in', level)], { ...open, boxes: [everywhere] });
    expect(placed.get('f')!.lines).toEqual(['Boxed in']);
  });
});
