import { describe, expect, it } from 'vitest';
import { greyToRgba, percent, perturbationGrey, topClasses } from './display';

describe('greyToRgba', () => {
  it('repeats each grey level in red, green and blue and makes it opaque (hand-worked)', () => {
    expect(Array.from(greyToRgba([0, 128, 255]))).toEqual([0, 0, 0, 255, 128, 128, 128, 255, 255, 255, 255, 255]);
    expect(greyToRgba([]).length).toBe(0);
  });
});

describe('perturbationGrey', () => {
  it('puts no change at 128 and the largest change at white or black (hand-worked)', () => {
    // Changes +10, −20, 0, +20: the scale is 20 grey levels.
    const { grey, scale } = perturbationGrey([100, 100, 50, 0], [110, 80, 50, 20]);
    expect(scale).toBe(20);
    expect(Array.from(grey)).toEqual([Math.round(128 + 63.5), 1, 128, 255]);
  });
  it('draws equal images as flat mid-grey with scale 0, and refuses images of different sizes', () => {
    const { grey, scale } = perturbationGrey([3, 4], [3, 4]);
    expect(scale).toBe(0);
    expect(Array.from(grey)).toEqual([128, 128]);
    expect(() => perturbationGrey([1], [1, 2])).toThrow('the two images differ in size');
  });
});

describe('topClasses', () => {
  it('lists the most probable Fashion-MNIST classes first, ties in class order', () => {
    const p = [0.1, 0.5, 0, 0, 0, 0, 0, 0.2, 0.2, 0];
    expect(topClasses(p)).toEqual([
      { label: 1, name: 'Trouser', p: 0.5 },
      { label: 7, name: 'Sneaker', p: 0.2 },
      { label: 8, name: 'Bag', p: 0.2 },
    ]);
    expect(topClasses(p, 1).map((c) => c.name)).toEqual(['Trouser']);
  });
});

describe('percent', () => {
  it('gives one decimal and "n/a" for a missing figure', () => {
    expect(percent(0.889)).toBe('88.9 %');
    expect(percent(1)).toBe('100.0 %');
    expect(percent(null)).toBe('n/a');
    expect(percent(NaN)).toBe('n/a');
  });
});
