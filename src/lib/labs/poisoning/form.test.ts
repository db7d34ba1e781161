import { describe, expect, it } from 'vitest';
import { POISONING_FORM, poisoningLabel, poisoningRaw, withAttack } from './form';
import { parsePoisoningSettings } from './settings';

describe('the poisoning form', () => {
  it('starts at the core’s defaults: a 2 % backdoor, Sneaker → Trouser, retrained for 8 epochs', () => {
    expect(parsePoisoningSettings(poisoningRaw(POISONING_FORM))).toEqual(parsePoisoningSettings({}));
  });

  it('takes the label flip’s own classes and rate, and drops consensus when going back to a backdoor', () => {
    const flip = withAttack(POISONING_FORM, 'label-flip');
    expect(flip).toMatchObject({ attack: 'label-flip', rate: '0.3', source: 'Sneaker', target: 'Sandal' });
    const defended = { ...flip, defence: 'consensus' };
    expect(withAttack(defended, 'backdoor')).toMatchObject({ attack: 'backdoor', defence: 'none', target: 'Trouser' });
    const clustered = { ...flip, defence: 'activation-clustering' };
    expect(withAttack(clustered, 'backdoor').defence).toBe('activation-clustering');
    expect(withAttack(flip, 'label-flip')).toBe(flip);
  });

  it('names a run in words', () => {
    expect(poisoningLabel(POISONING_FORM)).toBe('Backdoor, 2 % of the images: Sneaker → Trouser; no defence');
    expect(poisoningLabel({ ...withAttack(POISONING_FORM, 'label-flip'), defence: 'consensus' })).toBe(
      'Label flip, 30 % of contributors: Sneaker → Sandal; label consensus',
    );
    expect(poisoningLabel({ ...POISONING_FORM, rate: 'every' })).toBe(
      'Backdoor at every rate: Sneaker → Trouser; no defence',
    );
  });
});
