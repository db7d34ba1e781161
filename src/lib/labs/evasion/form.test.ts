import { describe, expect, it } from 'vitest';
import { EVASION_ATTACKS, EVASION_FORM, evasionLabel, evasionRaw, sweepLabel } from './form';
import { ATTACKS, parseEvasionSettings } from './settings';

describe('the evasion form', () => {
  it('starts at the core’s defaults: PGD-20 under L∞ at ε = 0.1 on 100 images', () => {
    expect(parseEvasionSettings(evasionRaw(EVASION_FORM))).toEqual(parseEvasionSettings({}));
  });

  it('offers only attacks the core runs', () => {
    for (const a of EVASION_ATTACKS) {
      expect(ATTACKS).toContain(a.value);
      expect(() => parseEvasionSettings({ attack: a.value })).not.toThrow();
    }
  });

  it('names a run and a sweep in words, FGSM without steps', () => {
    expect(evasionLabel(EVASION_FORM)).toBe('PGD under L∞, ε = 0.1, 20 steps, 100 images');
    expect(evasionLabel({ ...EVASION_FORM, attack: 'fgsm', epsilon: '0.05' })).toBe('FGSM, ε = 0.05, 100 images');
    expect(sweepLabel({ ...EVASION_FORM, attack: 'fgsm', images: '20' })).toBe('FGSM at every ε, 20 images, seed 1');
  });
});
