import { describe, expect, it } from 'vitest';
import { dojoCommand, expectOneLineFailures } from '../../../tests/support/dojo';

const dojo = dojoCommand('poison', 120_000);

describe('dojo poison', () => {
  it("prints the contract's fields (docs/ARCHITECTURE.md) with --json", () => {
    const r = dojo('--attack', 'label-flip', '--rate', '0.3', '--defence', 'consensus', '--epochs', '2', '--json');
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    for (const k of ['cleanAccuracy', 'attackSuccessRate', 'detectionPrecision', 'detectionRecall', 'poisoned'])
      expect(out).toHaveProperty(k);
    expect(out.settings).toMatchObject({ attack: 'label-flip', defence: 'consensus', source: 7, target: 5, epochs: 2 });
    expect(out.maliciousContributors).toBe(30);
    expect(out.wrongLabelsUsed).toBeLessThan(out.wrongLabelsFirst);
    expect(out.detectionPrecision).toBeNull(); // consensus relabels; it removes nothing
    expect(out.perClassAccuracy).toHaveLength(10);
  }, 120_000);

  // Every message is checked exactly in settings.test.ts; here, that each reaches the user as one line.
  it('fails with one clear line, no stack trace and no hang on bad settings', () => {
    expectOneLineFailures(dojo, [
      [['--rate', '1.5'], 'dojo: rate must be from 0 to 0.5 (got 1.5)'],
      [['--rate', 'lots'], 'dojo: rate must be a finite number (got lots)'],
      [['--attack', 'clean-label'], 'dojo: unknown attack "clean-label"; use one of label-flip, backdoor'],
      [['--defence', 'consensus'], 'dojo: consensus defends against mislabelling contributors (label-flip)'],
      [['--target', 'hat'], 'dojo: target must be a class number from 0 to 9 or a class name'],
      [['--contributors', '1e9'], 'dojo: contributors must be from 1 to 10,000 (got 1000000000)'],
    ] as const);
  }, 180_000);
});
