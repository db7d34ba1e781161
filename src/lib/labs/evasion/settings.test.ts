import { describe, expect, it } from 'vitest';
import { parseEvasionSettings } from './settings';

describe('parseEvasionSettings', () => {
  it('defaults to PGD-20 under L∞ at ε = 0.1 (Song, Shokri and Mittal, CCS 2019) on 100 images', () => {
    const s = parseEvasionSettings({});
    expect(s).toMatchObject({ attack: 'pgd', epsilon: 0.1, steps: 20, randomStart: true, seed: 1, images: 100 });
    expect(s.stepSize).toBeCloseTo(0.0125, 10);
  });
  it('gives FGSM one step and accepts ε = 0 and ε = 1', () => {
    expect(parseEvasionSettings({ attack: 'fgsm', steps: 40 }).steps).toBe(1);
    expect(parseEvasionSettings({ epsilon: '0' }).epsilon).toBe(0);
    expect(parseEvasionSettings({ epsilon: '1' }).epsilon).toBe(1);
    expect(parseEvasionSettings({ attack: 'pgd-l2', epsilon: '3' }).epsilon).toBe(3);
    expect(parseEvasionSettings({ randomStart: false }).randomStart).toBe(false);
  });
  it('refuses bad settings with the exact message', () => {
    const bad: [Record<string, string>, string][] = [
      [{ epsilon: '-0.01' }, 'epsilon must be from 0 to 1 (pixels are in [0, 1]) (got -0.01)'],
      [{ epsilon: '1.01' }, 'epsilon must be from 0 to 1 (pixels are in [0, 1]) (got 1.01)'],
      [{ epsilon: 'NaN' }, 'epsilon must be a finite number (got NaN)'],
      [{ epsilon: '' }, 'epsilon must be a finite number (got )'],
      [{ attack: 'pgd-l2', epsilon: '29' }, 'epsilon must be from 0 to 28 for pgd-l2'],
      [{ attack: 'cw' }, 'unknown attack "cw"; use one of fgsm, pgd, pgd-l2, square, patch'],
      [{ defence: 'jpeg' }, 'unknown defence "jpeg"; use one of none, adversarial-training'],
      [{ images: '0' }, 'images must be from 1 to 1000'],
      [{ images: '1e12' }, 'images must be from 1 to 1000, the size of the test subset (got 1000000000000)'],
      [{ images: '2.5' }, 'images must be a whole number of images (got 2.5)'],
      [{ steps: '0' }, 'steps must be from 1 to 200 (got 0)'],
      [{ seed: '-1' }, 'seed must be from 0 to 4294967295 (got -1)'],
      [{ stepSize: '-1' }, 'stepSize must be from 0 to 1 (got -1)'],
      [{ attack: 'square' }, 'square is not available yet'],
      [{ defence: 'spatial-smoothing' }, 'spatial-smoothing is not available yet'],
    ];
    for (const [raw, msg] of bad) expect(() => parseEvasionSettings(raw)).toThrow(msg);
  });
});
