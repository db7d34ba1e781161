import { describe, expect, it } from 'vitest';
import { accuracy, perClassAccuracy } from './metrics';

describe('image-lab metrics', () => {
  it('counts agreement overall and within each true class (hand-computed)', () => {
    const labels = [0, 0, 1, 1, 1, 9];
    const pred = [0, 1, 1, 1, 0, 9];
    expect(accuracy(pred, labels)).toBeCloseTo(4 / 6, 12);
    const pc = perClassAccuracy(pred, labels);
    expect(pc[0]).toBe(0.5);
    expect(pc[1]).toBeCloseTo(2 / 3, 12);
    expect(pc[9]).toBe(1);
    expect(pc[5]).toBeNull();
    expect(accuracy([], [])).toBeNaN();
  });
});
