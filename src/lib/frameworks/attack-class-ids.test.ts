import { describe, expect, it } from 'vitest';
import { ATTACK_CLASS_IDS } from './attack-class-ids';

describe('ATTACK_CLASS_IDS', () => {
  it('are the twenty classes issue 12 names, unique kebab-case slugs', () => {
    expect(ATTACK_CLASS_IDS).toHaveLength(20);
    expect(new Set(ATTACK_CLASS_IDS).size).toBe(20);
    for (const id of ATTACK_CLASS_IDS) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    // The brief's list (issue 12), in its order.
    expect(ATTACK_CLASS_IDS).toEqual([
      'poisoning',
      'backdoor',
      'evasion',
      'extraction',
      'membership-inference',
      'inversion',
      'artifact-theft',
      'supply-chain',
      'model-tampering',
      'dos-cost',
      'prompt-injection-direct',
      'prompt-injection-indirect',
      'excessive-agency',
      'sensitive-disclosure',
      'output-handling',
      'identity-abuse',
      'repudiation',
      'reconnaissance',
      'infrastructure-compromise',
      'misinformation',
    ]);
  });
});
