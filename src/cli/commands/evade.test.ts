import { describe, expect, it } from 'vitest';
import { dojoCommand, expectOneLineFailures } from '../../../tests/support/dojo';

const dojo = dojoCommand('evade');

describe('dojo evade', () => {
  it("prints the contract's fields (docs/ARCHITECTURE.md) with --json, the same on every run", () => {
    const args = ['--attack', 'pgd', '--steps', '5', '--images', '50', '--json'];
    const a = dojo(...args);
    const b = dojo(...args);
    expect(a.status, a.stderr).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const r = JSON.parse(a.stdout);
    for (const k of ['cleanAccuracy', 'adversarialAccuracy', 'attackSuccessRate', 'meanPerturbation', 'queries'])
      expect(r).toHaveProperty(k);
    expect(r.images).toBe(50);
    expect(r.queries).toBeNull(); // white-box: no prediction-API queries
    expect(r.meanPerturbation.linf).toBeLessThanOrEqual(0.1 + 1e-6);
    expect(r.adversarialAccuracy).toBeLessThan(r.cleanAccuracy);
    expect(r.perClassAccuracy.clean).toHaveLength(10);
  }, 180_000);

  it('runs FGSM and PGD under L2, and prints a readable summary without --json', () => {
    const f = JSON.parse(dojo('--attack', 'fgsm', '--epsilon', '0.05', '--images', '50', '--json').stdout);
    expect(f.gradientSteps).toBe(1);
    const l2 = JSON.parse(
      dojo('--attack', 'pgd-l2', '--epsilon', '1.5', '--steps', '5', '--images', '50', '--json').stdout,
    );
    expect(l2.meanPerturbation.l2).toBeLessThanOrEqual(1.5 + 1e-4);
    const text = dojo('--attack', 'fgsm', '--images', '20');
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('adversarial accuracy');
    expect(text.stdout).toContain('Ankle boot');
  }, 180_000);

  // Every message is checked exactly in settings.test.ts; here, that each reaches the user as one line.
  it('fails with one clear line, no stack trace and no hang on bad settings', () => {
    expectOneLineFailures(dojo, [
      [['--epsilon', '-0.1'], 'dojo: epsilon must be from 0 to 1 (pixels are in [0, 1]) (got -0.1)'],
      [['--epsilon', '1.5'], 'dojo: epsilon must be from 0 to 1'],
      [['--epsilon', 'NaN'], 'dojo: epsilon must be a finite number (got NaN)'],
      [['--attack', 'deepfool'], 'dojo: unknown attack "deepfool"; use one of fgsm, pgd, pgd-l2, square, patch'],
      [['--images', '100000000'], 'dojo: images must be from 1 to 1000, the size of the test subset (got 100000000)'],
      [['--attack', 'square'], 'dojo: square is not available yet'],
      [['--defence', 'feature-squeezing'], 'dojo: feature-squeezing is not available yet'],
    ] as const);
  }, 180_000);
});
