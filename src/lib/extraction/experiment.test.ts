/**
 * The figures the simulator must reproduce with default settings and a fixed seed (issue 5).
 * Expected values come from the algorithms themselves (exactness of equation solving) and from
 * the reference (extraction.md): labels need many more queries; rounding and reverse sigmoid
 * degrade extraction; PRADA flags line-search probing and not natural traffic.
 */
import { describe, expect, it } from 'vitest';
import { attackRefusal } from './attacks/index';
import { runExperiment } from './experiment';
import { FEATURES } from './data';

const d = FEATURES;

describe('equation solving', () => {
  it('extracts logistic regression to fidelity 1.000 with exactly d + 1 queries', () => {
    const r = runExperiment({});
    expect(r.features).toBe(30);
    expect(r.queries).toBe(d + 1);
    for (const f of [r.fidelity, r.fidelityUniform, r.fidelityFraud, r.balancedFidelity]) expect(f).toBe(1);
  });
  it('gives the same numbers on every run (defaults, fixed seed)', () => {
    const a = runExperiment({ attack: 'retrain-adaptive', budget: 300 });
    const b = runExperiment({ attack: 'retrain-adaptive', budget: 300 });
    expect(b).toEqual(a);
  });
  it('is not stopped by rounding to 2 decimals: least squares over every answer, more budget never hurts (issue 14)', () => {
    // Tramèr et al. 2016: rounding to 4–5 decimals leaves extraction near perfect. Measured here on
    // seeds 1–5: balanced fidelity 0.996–1.000 at 310 queries, 0.999–1.000 at 1,000.
    for (const seed of [1, 2, 3, 4, 5]) {
      const small = runExperiment({ defence: 'round:2', budget: 310, seed });
      const large = runExperiment({ defence: 'round:2', budget: 3100, seed });
      expect(small.queries).toBe(310);
      expect(small.balancedFidelity, `seed ${seed}`).toBeGreaterThan(0.99);
      expect(large.balancedFidelity, `seed ${seed}`).toBeGreaterThanOrEqual(small.balancedFidelity! - 1e-9);
      expect(large.notes.join(' ')).toContain('rounded to 2 decimals');
    }
  });
  it('recovers no model from labels only, and says so instead of scoring a stand-in clone', () => {
    const r = runExperiment({ defence: 'labels' });
    expect(r.notes.join(' ')).toContain('no model recovered');
    expect(r.recovered).toBe(false);
    expect([r.fidelity, r.fidelityUniform, r.balancedFidelity, r.accuracy, r.auprc]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(r.points).toEqual([]);
    expect(r.watermark).toBeNull();
    expect(runExperiment({}).recovered).toBe(true);
  });
  it('refuses equation solving against the MLP victim, naming the attacks that apply', () => {
    expect(() => runExperiment({ victim: 'mlp', attack: 'equation-solving' })).toThrow(
      /not linear in its weights, so use retrain-uniform, retrain-adaptive or substitute/,
    );
  });
});

describe('labels only', () => {
  it('needs many more queries for the same fidelity (Lowd–Meek: ratio ≥ 10× of d + 1)', () => {
    const r = runExperiment({ attack: 'lowd-meek', defence: 'labels', budget: 5000 });
    expect(r.balancedFidelity).toBeGreaterThanOrEqual(0.9995);
    const ratio = r.queries / (d + 1);
    expect(ratio).toBeGreaterThan(10);
    console.info(
      `Lowd–Meek with labels: ${r.queries} queries for fidelity 1.000, ${ratio.toFixed(1)}× the ${d + 1} of equation solving`,
    );
  });
  it('lowers fidelity at a fixed budget of 10(d + 1) for retraining', () => {
    const probs = runExperiment({ attack: 'retrain-uniform', budget: 310 });
    const labels = runExperiment({ attack: 'retrain-uniform', budget: 310, defence: 'labels' });
    expect(labels.balancedFidelity).toBeLessThan(probs.balancedFidelity! - 0.1);
    expect(labels.fidelityUniform).toBeLessThan(probs.fidelityUniform!);
  });
});

describe('reverse sigmoid', () => {
  it('lowers the fidelity of an attacker who takes its answers at face value, at a fixed budget', () => {
    const plain = runExperiment({ budget: 310 });
    const rs = runExperiment({ budget: 310, defence: 'reverse-sigmoid:1,0.1', attacker: 'naive' });
    expect(rs.balancedFidelity).toBeLessThan(plain.balancedFidelity! - 0.1);
    expect(rs.fidelityUniform).toBeLessThan(plain.fidelityUniform! - 0.1);
  });
  it('keeps every fraud decision but reorders low scores, so honest clients lose AUPRC', () => {
    // For small p, r < 0 pushes p̃ up more the smaller p is: the map is not monotone.
    const r = runExperiment({ defence: 'reverse-sigmoid:1,0.1' });
    expect(r.honestCost.decisionsChanged).toBe(0);
    expect(r.honestCost.auprcDefended).toBeLessThan(r.honestCost.auprcPlain);
    const labels = runExperiment({ defence: 'labels' });
    expect(labels.honestCost.auprcDefended).toBeLessThan(labels.honestCost.auprcPlain);
  });
});

describe('reverse sigmoid against an attacker who knows it (issue 14, item 3)', () => {
  it('is undone by equation solving that inverts it: perfect from 155 queries on seeds 1–5, and the result says so', () => {
    // Measured: naive 0.43–0.63 balanced at 1,000 queries; aware 1.000 at 155, 0.72–1.00 at 62.
    for (const seed of [1, 2, 3, 4, 5]) {
      const aware = runExperiment({ defence: 'reverse-sigmoid:1,0.1', budget: 155, seed });
      const naive = runExperiment({ defence: 'reverse-sigmoid:1,0.1', budget: 1000, seed, attacker: 'naive' });
      expect(aware.balancedFidelity!, `seed ${seed}`).toBeGreaterThanOrEqual(0.9995);
      expect(naive.balancedFidelity!, `seed ${seed}`).toBeLessThan(0.7);
      expect(aware.notes.join(' ')).toContain(
        'knew the defence (reverse sigmoid with β = 1, γ = 0.1) and inverted each answer',
      );
      expect(naive.notes.join(' ')).not.toContain('knew the defence');
    }
  });
  it('is no stronger than labels only: the attacker thresholds the answers, on seeds 1–5', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const rs = runExperiment({ attack: 'retrain-uniform', defence: 'reverse-sigmoid:1,0.1', budget: 1000, seed });
      const labels = runExperiment({ attack: 'retrain-uniform', defence: 'labels', budget: 1000, seed });
      // Reverse sigmoid keeps every decision, so the thresholded answers are exactly the labels.
      expect(rs.balancedFidelity, `seed ${seed}`).toBeCloseTo(labels.balancedFidelity!, 12);
      expect(rs.notes.join(' ')).toContain('thresholding each answer at 0.5');
    }
  });
});

describe('PRADA', () => {
  it('raises an alarm on Lowd–Meek’s line searches within 200 queries on seeds 1–5', () => {
    // Measured: alarms at queries 110, 110, 130, 110, 110 (PRADA tests every 10 queries after 100).
    for (const seed of [1, 2, 3, 4, 5]) {
      const r = runExperiment({ attack: 'lowd-meek', budget: 2000, detector: 'prada', seed });
      expect(r.detectedAtQuery, `seed ${seed}`).not.toBeNull();
      expect(r.detectedAtQuery!).toBeLessThanOrEqual(200);
    }
  });
  it('stays silent on a benign stream of natural queries (seeds 1–3)', () => {
    for (const seed of [1, 2, 3]) {
      const r = runExperiment({ attack: 'benign', budget: 3000, detector: 'prada', seed });
      expect(r.detectedAtQuery).toBeNull();
      expect(r.detectorW!).toBeGreaterThan(0.95);
    }
  });
  it('measures uniform probing: in 30 dimensions its distances look normal, so no alarm', () => {
    const r = runExperiment({ attack: 'retrain-uniform', budget: 3000, detector: 'prada' });
    expect(r.detectedAtQuery).toBeNull();
    expect(r.detectorW!).toBeGreaterThan(0.95);
  });
  it('can block the client at the alarm', () => {
    const r = runExperiment({ attack: 'lowd-meek', budget: 2000, detector: 'prada', blockOnAlarm: true });
    expect(r.queries).toBe(r.detectedAtQuery);
    expect(r.notes.join(' ')).toContain('blocked the client');
  });
});

describe('quota, price and watermark', () => {
  it('stops at the quota and prices each query', () => {
    const r = runExperiment({ attack: 'retrain-uniform', budget: 1000, quota: 200, price: 0.01 });
    expect(r.queries).toBe(200);
    expect(r.cost).toBeCloseTo(2, 9);
    expect(r.notes.join(' ')).toContain('quota stopped the client after 200 queries');
  });
  it('watermarks about 0.5 % of the answers and reports the verdict', () => {
    const r = runExperiment({ attack: 'retrain-uniform', budget: 4000, victim: 'logreg', watermark: true });
    expect(r.watermark).not.toBeNull();
    expect(r.watermark!.watermarked).toBeGreaterThan(5);
    expect(r.watermark!.watermarked).toBeLessThan(45);
    expect(r.honestCost.decisionsChanged).toBeGreaterThan(0);
    // 0.5 % of 4,000 is about 20: fewer than the 65 that 2⁻⁶⁴ needs even if all matched.
    expect(r.watermark).toMatchObject({ proven: false, needed: null, cannot: 'too-few-watermarked' });
  });

  it('says the ownership test cannot succeed against a logistic-regression clone, whatever it holds', () => {
    const r = runExperiment({
      attack: 'retrain-uniform',
      budget: 1000,
      victim: 'logreg',
      watermark: true,
      watermarkRate: 0.2,
    });
    expect(r.watermark!.watermarked).toBeGreaterThan(100);
    expect(r.watermark).toMatchObject({ proven: false, cannot: 'clone-capacity' });
    expect(r.watermark!.needed).toBeGreaterThan(r.watermark!.matches);
  });
});

describe('every attack runs on both victims', () => {
  for (const victim of ['logreg', 'mlp']) {
    for (const attack of [
      'equation-solving',
      'lowd-meek',
      'functionally-equivalent',
      'retrain-uniform',
      'retrain-line-search',
      'retrain-adaptive',
      'substitute',
      'benign',
    ]) {
      // Refused (tests above and in attacks/index.test.ts); with 400 queries functionally
      // equivalent extraction finds a few neurons and fits them (its own tests go further).
      if (attackRefusal(attack, victim)) continue;
      it(`${attack} against ${victim}`, () => {
        const r = runExperiment({ attack, victim, budget: 400 });
        expect(r.queries).toBeLessThanOrEqual(400);
        if (attack === 'functionally-equivalent') {
          // 400 queries locate too few critical points to fit: it says so rather than guess.
          expect(r.recovered).toBe(false);
          expect(r.notes.join(' ')).toMatch(/budget ran out.*no model recovered/i);
          return;
        }
        expect(r.points.length).toBeGreaterThan(0);
        for (const p of r.points) {
          expect(p.fidelity).toBeGreaterThanOrEqual(0);
          expect(p.fidelity).toBeLessThanOrEqual(1);
        }
      });
    }
  }
});

describe('splitting the attack across accounts (issue 14, item 5)', () => {
  it('evades a per-client PRADA on seeds 1–5: one account is blocked near query 110, twenty finish the clone', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const common = {
        attack: 'lowd-meek',
        defence: 'labels',
        detector: 'prada',
        blockOnAlarm: true,
        budget: 3000,
        seed,
      };
      const one = runExperiment({ ...common, clients: 1 });
      const twenty = runExperiment({ ...common, clients: 20 });
      // Measured: one account alarms at 110–130 queries and its clone balances to 0.49–0.52.
      expect(one.detectedAtQuery, `seed ${seed}`).toBeLessThan(200);
      expect(one.balancedFidelity!, `seed ${seed}`).toBeLessThan(0.6);
      // Twenty accounts each send ~50 queries, too few for PRADA's test (it needs 100 distances).
      expect(twenty.detectedAtQuery, `seed ${seed}`).toBeNull();
      expect(twenty.balancedFidelity!, `seed ${seed}`).toBeGreaterThanOrEqual(0.9995);
      expect(twenty.clients).toHaveLength(20);
      expect(twenty.clients.reduce((s, c) => s + c.queries, 0)).toBe(twenty.queries);
      expect(Math.max(...twenty.clients.map((c) => c.queries))).toBeLessThan(100);
    }
  });
});

describe('the watermark rate is a setting', () => {
  it('marks about that share of answers, and refuses a rate outside (0, 0.2]', () => {
    const r = runExperiment({ attack: 'retrain-uniform', watermark: true, watermarkRate: 0.05, budget: 2000 });
    expect(r.watermark!.watermarked).toBeGreaterThan(60);
    expect(r.watermark!.watermarked).toBeLessThan(140);
    const low = runExperiment({ attack: 'retrain-uniform', watermark: true, budget: 2000 });
    expect(low.watermark!.watermarked).toBeLessThan(25); // the default 0.5 %
    expect(() => runExperiment({ watermark: true, watermarkRate: 0 })).toThrow(/watermarkRate must be above 0/);
    expect(() => runExperiment({ watermark: true, watermarkRate: 0.5 })).toThrow(/at most 0.2/);
    expect(() => runExperiment({ clients: 0 })).toThrow(/clients must be from 1 to 1000/);
    expect(() => runExperiment({ clients: 'many' })).toThrow(/clients must be a whole number/);
  });
});
