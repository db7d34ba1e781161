import { describe, expect, it } from 'vitest';
import { dojoCommand } from '../../../tests/support/dojo';

const dojo = dojoCommand('privacy');

describe('dojo privacy', () => {
  it('prints membership-inference figures as JSON, the same on every run', () => {
    const args = ['--attack', 'membership-inference', '--train-size', '3000', '--json'];
    const a = dojo(...args);
    expect(a.status).toBe(0);
    const r = JSON.parse(a.stdout);
    expect(Object.keys(r)).toEqual(['settings', 'all', 'frauds', 'trainAccuracy', 'testAccuracy', 'notes']);
    expect(Object.keys(r.all)).toEqual(['auc', 'aucSe', 'advantage', 'members', 'nonMembers']);
    expect(r.settings.trainSize).toBe(3000);
    expect(dojo(...args).stdout).toBe(a.stdout);
  });

  it('prints a model inversion as a table with the profile it found', () => {
    const r = dojo('--attack', 'model-inversion');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('nearest fraud profile: card testing (cluster A)');
    expect(r.stdout).toMatch(/largest moves: V14 −/);
  });

  it('fails with one clear line on bad settings', () => {
    for (const [args, msg] of [
      [['--attack', 'steal'], 'dojo: unknown privacy attack "steal"; use one of membership-inference, model-inversion'],
      [['--attack', 'membership-inference', '--l2', '-1'], 'dojo: l2 must be a number from 0 to 1 (got -1)'],
      [['--attack', 'model-inversion', '--budget', 'lots'], 'dojo: budget must be a whole number from 61'],
      [['--attack', 'model-inversion', '--seeds', '9-1'], 'dojo: --seeds takes seeds and ranges such as 1-5'],
    ] as const) {
      const r = dojo(...args);
      expect(r.status, args.join(' ')).toBe(1);
      expect(r.stderr).toContain(msg);
      expect(r.stderr).not.toContain('    at ');
    }
  });
});
