import { describe, expect, it } from 'vitest';
import { parseClass, parsePoisoningSettings, POISON_DEFAULTS } from './settings';

describe('parsePoisoningSettings', () => {
  it('gives each attack its own default classes', () => {
    const b = parsePoisoningSettings({});
    expect(b).toMatchObject({ attack: 'backdoor', defence: 'none', rate: POISON_DEFAULTS.rate, source: 7, target: 1 });
    expect(parsePoisoningSettings({ attack: 'label-flip' })).toMatchObject({ source: 7, target: 5 });
    expect(parsePoisoningSettings({ source: 'any', target: 'Bag' })).toMatchObject({ source: null, target: 8 });
  });

  it('reads classes by number or by name, case-insensitively', () => {
    expect(parseClass('ankle boot', 'target')).toBe(9);
    expect(parseClass(' 3 ', 'target')).toBe(3);
    expect(() => parseClass('10', 'target')).toThrow(
      'target must be a class number from 0 to 9 or a class name (T-shirt/top, Trouser, Pullover, Dress, Coat, Sandal, Shirt, Sneaker, Bag, Ankle boot) (got 10)',
    );
  });

  it('words every bad value', () => {
    const cases: [Record<string, string>, string][] = [
      [{ rate: '-0.1' }, 'rate must be from 0 to 0.5 (got -0.1)'],
      [{ attack: 'label-flip', rate: '1.2' }, 'rate must be from 0 to 1 (got 1.2)'],
      [{ rate: 'NaN' }, 'rate must be a finite number (got NaN)'],
      [
        { defence: 'squeeze' },
        'unknown defence "squeeze"; use one of none, consensus, activation-clustering, spectral-signature',
      ],
      [{ source: 'any', attack: 'label-flip' }, 'source must be a class number from 0 to 9 or a class name'],
      [{ source: '1' }, 'source and target must be different classes (both are Trouser)'],
      [{ triggerSize: '0' }, 'triggerSize must be from 1 to 12 (got 0)'],
      [{ labelsPerImage: '2.5' }, 'labelsPerImage must be a whole number (got 2.5)'],
      [{ attack: 'label-flip', contributors: '2' }, 'labelsPerImage (3) cannot exceed contributors (2)'],
      [{ epochs: '1000' }, 'epochs must be from 1 to 50 (got 1000)'],
      [{ expectedPoison: '0.9' }, 'expectedPoison must be from 0.001 to 0.66 (got 0.9)'],
      [{ seed: '-1' }, 'seed must be from 0 to 4,294,967,295 (got -1)'],
    ];
    for (const [raw, msg] of cases) expect(() => parsePoisoningSettings(raw), JSON.stringify(raw)).toThrow(msg);
  });
});
