import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scoreThreatModel, WEIGHTS } from './score';
import { AMBIGUOUS_STRIDE_CREDIT, OTHER_STRIDE_CREDIT, UNNAMED_ATTACK_CREDIT } from './match';
import { PLACEMENT_CREDIT } from './diagram-distance';
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
// users → query → api; upload → data; for the placement tests.
const diagram = {
  elements: ['api', 'data', 'upload', 'users', 'a', 'b', 'c', 'd', 'e'].map((id) => ({ id })),
  flows: [
    { id: 'query', from: 'users', to: 'api' },
    { id: 'store', from: 'upload', to: 'data' },
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
    const r = scoreThreatModel(model([ref.threats[0]!]), ref);
    // Precision 1 (one threat, matched), so the coverage component is the risk share.
    expect(r.precision).toEqual({ value: 1, matched: 1, validExtra: 0, duplicates: 0, offTarget: 0 });
    expect(r.components.find((c) => c.name === 'coverage')!.value).toBeCloseTo(16 / 32, 12);
    // Prioritisation: 3 pairs of distinct risk; only pairs with both ends covered can earn credit.
    expect(r.components.find((c) => c.name === 'prioritisation')!.value).toBe(0);
    expect(r.assignment).toEqual([{ learner: 0, reference: 0, slot: 1, credit: 1 }]);
  });

  it('gives partial coverage for the right element and category that names no attack', () => {
    const t = { ...ref.threats[1]!, atlas: [], owasp: [], title: 'Bad rows' };
    const r = scoreThreatModel(model([t]), ref);
    expect(r.references[1]!.quality).toBe(UNNAMED_ATTACK_CREDIT);
    expect(r.references[1]!.status).toBe('partial');
    expect(r.references[1]!.reasons[0]).toMatch(/no attack named, so only part of the credit/);
  });

  it('reads the attack from the threat’s own words when its IDs are wrong', () => {
    // Issue 12: coverage is about the threat; the IDs are judged once, in mapping accuracy.
    const t: Threat = {
      ...ref.threats[1]!,
      atlas: ['AML.T0043'],
      owasp: ['ML01'],
      title: 'Contributors poison the data',
    };
    const r = scoreThreatModel(model([t]), ref);
    expect(r.references[1]!.quality).toBe(1);
    expect(r.components.find((c) => c.name === 'mapping')!.value).toBe(0);
  });

  it('gives the right attack under another STRIDE category OTHER_STRIDE_CREDIT, and an ambiguous one more', () => {
    const t = { ...ref.threats[0]!, stride: 'Tampering' as const };
    expect(scoreThreatModel(model([t]), ref).references[0]!.quality).toBe(OTHER_STRIDE_CREDIT);
    const logs = { ...ref.threats[1]!, stride: 'Repudiation' as const };
    expect(scoreThreatModel(model([logs]), ref).references[1]!.quality).toBe(AMBIGUOUS_STRIDE_CREDIT);
  });

  it('accepts a sub-technique under the reference technique as the same attack, with half mapping credit for that ID', () => {
    const t = { ...ref.threats[1]!, atlas: ['AML.T0020.000'] };
    const r = scoreThreatModel(model([t]), ref);
    expect(r.references[1]!.quality).toBe(1);
    expect(r.references[1]!.reasons.join(' ')).toMatch(/missing AML\.T0020/);
  });

  it('does not count membership inference as extraction (issue 12: they share AML.T0024)', () => {
    const t: Threat = { ...ref.threats[0]!, atlas: ['AML.T0024.000'], owasp: ['ML04'], title: 'Membership inference' };
    expect(scoreThreatModel(model([t]), ref).references[0]!.status).toBe('missed');
  });

  it('names every missed reference threat, its attack and its worth', () => {
    const r = scoreThreatModel(model([ref.threats[0]!]), ref);
    const missed = r.references.filter((f) => f.status === 'missed');
    expect(missed.map((m) => m.reference.title)).toEqual(['Poisoning', 'Adversarial input']);
    // 55 × 12 / 32 = 20.6 coverage points.
    expect(missed[0]!.reasons[0]).toBe(
      "Missed: none of your threats is on or near data with this attack (Data poisoning). It was worth 20.6 coverage points (risk 12 of the reference's 32).",
    );
  });

  it('explains an off-target threat and a duplicate, and both cost precision', () => {
    const r = scoreThreatModel(model([ref.threats[0]!, irrelevant, irrelevant]), ref);
    expect(r.learner.map((l) => l.status)).toEqual(['matched', 'unmatched', 'duplicate']);
    expect(r.learner[2]!.reason).toMatch(/^Says the same as another of your threats/);
    expect(r.precision.value).toBeCloseTo(1 / 3, 12);
  });

  it('lets one threat cover at most two reference threats, the second at half weight', () => {
    // One threat on `api` naming all three attacks resembles all three references.
    const broad: Threat = {
      element: 'api',
      stride: 'Tampering',
      atlas: ['AML.T0024.002', 'AML.T0020', 'AML.T0043'],
      owasp: [],
      title: 'Everything',
      likelihood: 3,
      impact: 3,
      mitigations: [],
    };
    const r = scoreThreatModel(model([broad]), ref, { diagram });
    expect(r.assignment.length).toBeLessThanOrEqual(2);
    expect(r.assignment.filter((a) => a.slot === 2).every((a) => a.credit <= 0.5)).toBe(true);
  });

  it('credits a threat placed next to the reference’s place, and says where it was', () => {
    // The extraction threat filed on the request flow into the API rather than on the API.
    const onFlow = { ...ref.threats[0]!, element: 'query' };
    const r = scoreThreatModel(model([onFlow]), ref, { diagram, labels: new Map([['query', 'Client queries']]) });
    expect(r.references[0]!.quality).toBe(PLACEMENT_CREDIT.touching);
    expect(r.references[0]!.reasons[0]).toMatch(/on a flow or element touching it \(Client queries\)/);
    expect(scoreThreatModel(model([onFlow]), ref).references[0]!.status).toBe('missed'); // no diagram, no neighbours
  });

  it('treats a threat a reviewer would accept as neutral: valid, not in the reference', () => {
    const extra: Threat = { ...irrelevant, element: 'users', stride: 'Spoofing', title: 'Stolen API keys' };
    const acceptable = [
      { element: 'users', stride: 'Spoofing' as const, attack: 'identity-abuse' as const, why: 'Keys leak.' },
    ];
    const r = scoreThreatModel(model([ref.threats[0]!, extra]), { ...ref, acceptable });
    expect(r.learner[1]!.status).toBe('valid-extra');
    expect(r.learner[1]!.reason).toBe('Valid, not in the reference: Keys leak. It neither earns nor costs points.');
    expect(r.precision.value).toBe(1);
  });

  it('gives a threat copied onto many elements, or naming many attacks, little (issue 12: spraying)', () => {
    const elements = ['api', 'data', 'upload', 'users', 'query', 'a', 'b', 'c', 'd', 'e'];
    const spray = elements.map((element) => ({
      element,
      stride: 'Tampering' as const,
      atlas: ['AML.T0024.002', 'AML.T0020', 'AML.T0043', 'AML.T0010', 'AML.T0051', 'AML.T0029', 'AML.T0012'],
      owasp: ['ML01', 'ML02', 'ML05'] as Threat['owasp'],
      title: 'Generic AI threat',
      likelihood: 5,
      impact: 5,
      mitigations: ['AML.M0004', 'AML.M0007', 'AML.M0015'],
    }));
    expect(scoreThreatModel(model(spray), ref, { diagram }).overall).toBeLessThan(10);
  });

  it('gives a duplicate rated once 5 × 5 and once 1 × 1 no prioritisation credit (issue 12)', () => {
    const hi = { ...ref.threats[0]!, likelihood: 5, impact: 5 };
    const lo = { ...ref.threats[0]!, likelihood: 1, impact: 1 };
    const honest = scoreThreatModel(model([ref.threats[0]!, ref.threats[1]!]), ref);
    const gamed = scoreThreatModel(model([hi, lo, ref.threats[1]!]), ref);
    expect(honest.components.find((c) => c.name === 'prioritisation')!.value).toBeGreaterThan(0);
    expect(gamed.components.find((c) => c.name === 'prioritisation')!.value).toBe(0);
    expect(gamed.overall).toBeLessThan(honest.overall);
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

  it('removing a matched threat never raises the score (for a model without duplicates, whose removal rightly helps)', () => {
    fc.assert(
      fc.property(threatsArb, fc.nat(), (ts, k) => {
        const r = scoreThreatModel(model(ts), ref);
        if (r.learner.some((l) => l.status === 'duplicate')) return true;
        const matched = r.learner.filter((l) => l.matches.length > 0).map((l) => l.index);
        if (matched.length === 0) return true;
        const drop = matched[k % matched.length];
        const after = scoreThreatModel(model(ts.filter((_, i) => i !== drop)), ref);
        return after.overall <= r.overall;
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
        const p0 = before.precision.value;
        if (p0 === 0) return true;
        const noise = { ...irrelevant, element: 'nowhere', title: 'noise' };
        const p1 = scoreThreatModel(model([...ts, noise]), ref).precision.value;
        return p1 < p0;
      }),
      params,
    );
  });

  it('the reference plus an irrelevant threat scores below 100', () => {
    expect(score([...ref.threats, irrelevant])).toBeLessThan(100);
  });
});
