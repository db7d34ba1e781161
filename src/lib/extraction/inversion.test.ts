/**
 * Model inversion from confidences (Fredrikson et al. 2015). Oracles: the generator's own fraud
 * profiles (data.ts), and claims on seeds 1–5 measured with
 * `npx tsx src/cli/dojo.ts privacy --attack model-inversion --seeds 1-5`.
 */
import { describe, expect, it } from 'vitest';
import { FRAUD_PROFILES } from './data';
import { SettingsError } from './errors';
import { parseInversionSettings, runModelInversion } from './inversion';

describe('fraud profiles', () => {
  it('are the clusters’ mean shifts, signature largest first', () => {
    expect(FRAUD_PROFILES.map((p) => p.name)).toEqual(['card testing (cluster A)', 'high amounts (cluster B)']);
    const [a] = FRAUD_PROFILES;
    expect(a.mean[14]).toBe(-3.4);
    expect(a.signature.slice(0, 3)).toEqual([14, 12, 17]);
    expect(a.mean.filter((v) => v !== 0)).toHaveLength(7);
  });
});

describe('runModelInversion', () => {
  it('reconstructs the card-testing profile from the logistic victim’s confidences on seeds 1–5', () => {
    // Measured: cosine 0.72–0.79 with cluster A, 3–5 of its 7 signature features among the
    // reconstruction's 7 largest moves, 1,831–2,136 queries, fraud confidence 0.99.
    for (const seed of [1, 2, 3, 4, 5]) {
      const r = runModelInversion({ seed });
      expect(r.profile, `seed ${seed}`).toBe('card testing (cluster A)');
      expect(r.cosine, `seed ${seed}`).toBeGreaterThan(0.65);
      expect(r.signatureFound, `seed ${seed}`).toBeGreaterThanOrEqual(3);
      expect(r.confidence).toBeGreaterThanOrEqual(0.99);
      expect(r.queries).toBeLessThan(3_000);
    }
  });

  it('is stuck where it started when answers are rounded or labels, even probing a whole unit away', () => {
    for (const defence of ['round:2', 'labels']) {
      const r = runModelInversion({ defence });
      expect(r.steps).toBe(0);
      expect(r.reconstructionError).toBe(1);
      expect(r.signatureFound).toBe(0);
      expect(r.notes.join(' ')).toMatch(/hides the gradient, and the attacker is stuck where it started/);
    }
  });

  it('validates its settings', () => {
    expect(parseInversionSettings({})).toEqual({ victim: 'logreg', defence: 'none', budget: 5_000, seed: 1 });
    expect(() => parseInversionSettings({ budget: 10 })).toThrow(SettingsError);
    expect(() => parseInversionSettings({ budget: 10 })).toThrow('budget must be a whole number from 61 to 100,000');
    expect(() => parseInversionSettings({ victim: 'svm' })).toThrow('unknown victim "svm"; use one of logreg, mlp');
  });
});
