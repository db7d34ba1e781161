import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scoreThreatModel, WEIGHTS } from './score';
import type { Threat, ThreatModel } from '../content/schemas';
import { STRIDE } from '../frameworks/ids';

// A small hand-written reference; expected values below are worked out by hand from the
// formulas in score.ts, match.ts and prioritisation.ts.
const ref: ThreatModel = {
  format: 'dojo-threat-model/1',
  scenario: 'demo',
  threats: [
    {
      element: 'api',
      stride: 'Information disclosure',
      atlas: ['AML.T0024.002'],
      owasp: ['ML05'],
      title: 'Model extraction',
      likelihood: 4,
      impact: 4,
      mitigations: ['AML.M0004', 'AML.M0024'],
    },
    {
      element: 'data',
      stride: 'Tampering',
      atlas: ['AML.T0020'],
      owasp: ['ML02'],
      title: 'Poisoning',
      likelihood: 3,
      impact: 4,
      mitigations: ['AML.M0007'],
    },
    {
      element: 'upload',
      stride: 'Tampering',
      atlas: ['AML.T0043'],
      owasp: ['ML01'],
      title: 'Adversarial input',
      likelihood: 2,
      impact: 2,
      mitigations: ['AML.M0015'],
    },
  ],
};
const model = (threats: Threat[]): ThreatModel => ({ format: 'dojo-threat-model/1', scenario: 'demo', threats });
const score = (threats: Threat[]) => scoreThreatModel(model(threats), ref).overall;
const irrelevant: Threat = {
  element: 'users',
  stride: 'Spoofing',
  atlas: [],
  owasp: [],
  title: 'Fake users',
  likelihood: 2,
  impact: 2,
  mitigations: [],
};

describe('scoreThreatModel: anchors', () => {
  it('scores the reference 100, every component at its maximum', () => {
    const r = scoreThreatModel(ref, ref);
    expect(r.overall).toBe(100);
    for (const c of r.components) expect(c.value).toBeCloseTo(1, 12);
    expect(r.references.every((f) => f.status === 'matched')).toBe(true);
  });

  it('scores an empty model 0 and says so', () => {
    const r = scoreThreatModel(model([]), ref);
    expect(r.overall).toBe(0);
    for (const c of r.components) expect(c.points).toBe(0);
    expect(r.references.every((f) => f.status === 'missed')).toBe(true);
    expect(r.notes.join(' ')).toMatch(/no threats yet/);
  });

  it('weights coverage by the reference risk: finding only the 16-risk threat covers 16/(16+12+4)', () => {
    const r = scoreThreatModel(model([ref.threats[0]]), ref);
    expect(r.components.find((c) => c.name === 'coverage')!.value).toBeCloseTo(16 / 32, 12);
    // Precision: 1 matched reference threat, no unmatched threat of the learner.
    expect(r.components.find((c) => c.name === 'precision')!.value).toBe(1);
    // Prioritisation: 3 pairs of distinct risk; only pairs with both ends found can earn credit.
    expect(r.components.find((c) => c.name === 'prioritisation')!.value).toBe(0);
  });

  it('gives half coverage for the right element and category without a technique', () => {
    const t = { ...ref.threats[1], atlas: [] };
    const r = scoreThreatModel(model([t]), ref);
    expect(r.references[1].quality).toBe(0.5);
    expect(r.references[1].status).toBe('partial');
    expect(r.references[1].reasons[0]).toMatch(/no ATLAS technique/);
  });

  it('gives half coverage for the right attack under the wrong STRIDE category', () => {
    const t = { ...ref.threats[0], stride: 'Tampering' as const };
    expect(scoreThreatModel(model([t]), ref).references[0].quality).toBe(0.5);
  });

  it('accepts a sub-technique of the reference technique as the same attack, with half mapping credit for that ID', () => {
    const t = { ...ref.threats[1], atlas: ['AML.T0020.000'] };
    const r = scoreThreatModel(model([t]), ref);
    expect(r.references[1].quality).toBe(1);
    expect(r.references[1].reasons.join(' ')).toMatch(/missing AML\.T0020/);
  });

  it('names every missed reference threat and its worth', () => {
    const r = scoreThreatModel(model([ref.threats[0]]), ref);
    const missed = r.references.filter((f) => f.status === 'missed');
    expect(missed.map((m) => m.reference.title)).toEqual(['Poisoning', 'Adversarial input']);
    expect(missed[0].reasons[0]).toBe(
      "Missed: no threat on this element with Tampering and AML.T0020. It was worth 16.9 coverage points (risk 12 of the reference's 32).",
    );
  });

  it('explains an off-target threat and a duplicate', () => {
    const r = scoreThreatModel(model([irrelevant, irrelevant]), ref);
    expect(r.learner.map((l) => l.status)).toEqual(['unmatched', 'duplicate']);
    expect(r.learner[1].reason).toMatch(/same as your threat 1/);
  });

  it('notes accepted suggestions', () => {
    const r = scoreThreatModel(ref, ref, { suggestionsUsed: 2 });
    expect(r.notes[0]).toMatch(/^You accepted 2 suggested threats/);
    expect(r.overall).toBe(100);
  });

  it('rejects a reference without threats and a model of another scenario', () => {
    expect(() => scoreThreatModel(model([]), model([]))).toThrow('the reference of scenario "demo" has no threats');
    expect(() => scoreThreatModel({ ...ref, scenario: 'other' }, ref)).toThrow(
      'the threat model is for scenario "other" but the reference is for "demo"',
    );
  });

  it('keeps the weights summing to 100', () => {
    expect(Object.values(WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
  });
});

// Learner threats drawn from the reference's vocabulary plus some noise, so matches are common.
const threatArb: fc.Arbitrary<Threat> = fc.record({
  element: fc.constantFrom('api', 'data', 'upload', 'users'),
  stride: fc.constantFrom(...STRIDE),
  atlas: fc.subarray(['AML.T0024.002', 'AML.T0024', 'AML.T0020', 'AML.T0043', 'AML.T0010']),
  owasp: fc.subarray(['ML01', 'ML02', 'ML05'] as const).map((a) => [...a]),
  title: fc.string({ minLength: 1, maxLength: 10 }),
  likelihood: fc.integer({ min: 1, max: 5 }),
  impact: fc.integer({ min: 1, max: 5 }),
  mitigations: fc.subarray(['AML.M0004', 'AML.M0024', 'AML.M0007', 'AML.M0015']),
}) as fc.Arbitrary<Threat>;
const threatsArb = fc
  .array(threatArb, { maxLength: 8 })
  .map((ts) => [...ts, ...ref.threats.filter((_, i) => ts.length % (i + 2) === 0)]);
const params = { seed: 20261101, numRuns: 300 };

describe('scoreThreatModel: properties (fast-check, seeded)', () => {
  it('never scores outside 0–100', () => {
    fc.assert(
      fc.property(threatsArb, (ts) => {
        const s = score(ts);
        return s >= 0 && s <= 100;
      }),
      params,
    );
  });

  it('removing a matched threat never raises the score', () => {
    fc.assert(
      fc.property(threatsArb, fc.nat(), (ts, k) => {
        const r = scoreThreatModel(model(ts), ref);
        const matched = r.learner.filter((l) => l.matches.length > 0).map((l) => l.index);
        if (matched.length === 0) return true;
        const drop = matched[k % matched.length];
        const after = scoreThreatModel(model(ts.filter((_, i) => i !== drop)), ref);
        return after.overall <= r.overall && after.components.every((c, n) => c.value <= r.components[n].value + 1e-12);
      }),
      params,
    );
  });

  it('duplicating threats never raises the score', () => {
    fc.assert(
      fc.property(threatsArb, fc.nat(), (ts, k) => {
        if (ts.length === 0) return true;
        const dup = { ...ts[k % ts.length], title: 'copy' };
        return score([...ts, dup]) <= score(ts);
      }),
      params,
    );
  });

  it('order never matters', () => {
    fc.assert(
      fc.property(threatsArb, fc.integer(), (ts, seed) => {
        const shuffled = [...ts].sort(
          (a, b) => ((JSON.stringify(a).length * 31 + seed) % 7) - ((JSON.stringify(b).length * 31 + seed) % 7),
        );
        const a = scoreThreatModel(model(ts), ref);
        const b = scoreThreatModel(model(shuffled), ref);
        return (
          a.overall === b.overall && a.components.every((c, n) => Math.abs(c.value - b.components[n].value) < 1e-12)
        );
      }),
      params,
    );
  });

  it('adding an irrelevant threat lowers precision whenever something was matched', () => {
    fc.assert(
      fc.property(threatsArb, (ts) => {
        const before = scoreThreatModel(model(ts), ref);
        const p0 = before.components.find((c) => c.name === 'precision')!.value;
        if (p0 === 0) return true;
        const noise = { ...irrelevant, element: 'nowhere', title: 'noise' };
        const p1 = scoreThreatModel(model([...ts, noise]), ref).components.find((c) => c.name === 'precision')!.value;
        return p1 < p0;
      }),
      params,
    );
  });

  it('the reference plus an irrelevant threat scores below 100', () => {
    expect(score([...ref.threats, irrelevant])).toBeLessThan(100);
  });
});
