/**
 * Knockoff Nets' adaptive sampling. Oracles: the gradient bandit's defining property (Sutton and
 * Barto §2.8: a group whose rewards beat the baseline gains probability), the pool drawn from
 * data.ts's public distribution, and, on the simulator's victims, the paper's finding that
 * adaptive sampling clones better than random sampling from the same public data (Orekondy et al.
 * 2019, Figure 5), measured on seeds 1–5.
 */
import { describe, expect, it } from 'vitest';
import { runExperiment } from '../experiment';
import { createModel } from '../model';
import { Rng } from '../random';
import { KNOCKOFF, knockoffSampler } from './knockoff';

describe('knockoffSampler', () => {
  it('starts uniform over its groups and sends each pool transaction once', () => {
    const s = knockoffSampler(30, new Rng(1));
    const pi = s.policy();
    expect(pi).toHaveLength(KNOCKOFF.groups);
    for (const p of pi) expect(p).toBeCloseTo(1 / KNOCKOFF.groups, 12);
    const seen = new Set<string>();
    const m = createModel(30, 0);
    for (let i = 0; i < 300; i++) {
      const x = s.next();
      expect(x).toHaveLength(30);
      seen.add(Array.from(x.subarray(0, 4)).join(','));
      s.answer(0.5, m);
    }
    expect(seen.size).toBe(300);
    expect(s.counts().reduce((a, b) => a + b, 0)).toBe(300);
  });

  it('moves probability to the group whose answers earn more reward', () => {
    // Certainty is the only reward that differs: a near-certain answer for transactions whose
    // Amount is above 0.4, an uncertain 0.5 otherwise (the substitute predicts 0.5 everywhere, so
    // the loss term is the same for both answers up to the certain ones' larger loss).
    const s = knockoffSampler(30, new Rng(2));
    const m = createModel(30, 0);
    const sent = new Array<number>(KNOCKOFF.groups).fill(0);
    const certain = new Array<number>(KNOCKOFF.groups).fill(0);
    let before = s.counts();
    for (let i = 0; i < 3000; i++) {
      const x = s.next();
      const after = s.counts();
      const g = after.findIndex((c, k) => c !== before[k]);
      before = after;
      const sure = x[29] > 0.4;
      sent[g]++;
      if (sure) certain[g]++;
      s.answer(sure ? 1 - 1e-9 : 0.5, m);
    }
    const rate = sent.map((n, g) => (n ? certain[g] / n : 0));
    const pi = s.policy();
    const best = pi.indexOf(Math.max(...pi));
    expect(pi[best]).toBeGreaterThan(2 / KNOCKOFF.groups);
    // The group the policy favours earns the certain answer more often than the average group.
    expect(rate[best]).toBeGreaterThan(rate.reduce((a, b) => a + b, 0) / rate.length);
  });

  it('is the same sampler for the same seed', () => {
    const a = knockoffSampler(30, new Rng(4));
    const b = knockoffSampler(30, new Rng(4));
    for (let i = 0; i < 20; i++) expect(Array.from(a.next())).toEqual(Array.from(b.next()));
  });
});

describe('substitute with adaptive sampling, on seeds 1–5', () => {
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  /** Balanced fidelity on seeds 1–5, random and adaptive (seed outermost: one data set at a time). */
  const compare = (victim: string, defence: string) => {
    const random: number[] = [];
    const adaptive: number[] = [];
    for (const seed of [1, 2, 3, 4, 5]) {
      const run = (sampling: string) =>
        runExperiment({ victim, attack: 'substitute', sampling, defence, budget: 1000, seed }).balancedFidelity!;
      random.push(run('random'));
      adaptive.push(run('adaptive'));
    }
    return { random, adaptive };
  };

  // Measured (seeds 1–5, 1,000 queries): logistic victim with labels 0.749 → 0.907, MLP with
  // probabilities 0.737 → 0.856, better on 5 of 5 seeds. On seeds 6–10, never tuned on: 0.793 →
  // 0.826 and 0.741 → 0.870, better on 4 of 5 (the bandit can settle on a poor group). The claim
  // tested is the one that held on both: a higher mean, and better on at least 4 seeds of 5.
  it('clones the logistic victim better than random sampling when the API gives labels', { timeout: 180_000 }, () => {
    const { random, adaptive } = compare('logreg', 'labels');
    expect(mean(adaptive)).toBeGreaterThan(mean(random) + 0.02);
    expect(adaptive.filter((v, i) => v > random[i]).length).toBeGreaterThanOrEqual(4);
  });

  it('clones the MLP better than random sampling', { timeout: 180_000 }, () => {
    const { random, adaptive } = compare('mlp', 'none');
    expect(mean(adaptive)).toBeGreaterThan(mean(random) + 0.05);
    expect(adaptive.filter((v, i) => v > random[i]).length).toBeGreaterThanOrEqual(4);
  });

  it('says where the bandit sent its queries', () => {
    const r = runExperiment({ attack: 'substitute', sampling: 'adaptive', budget: 300 });
    expect(r.notes.join(' ')).toMatch(
      /Adaptive sampling \(Knockoff Nets\): 20,000 public transactions in 8 k-means groups/,
    );
  });
});
