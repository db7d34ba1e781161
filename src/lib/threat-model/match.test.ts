import { describe, expect, it } from 'vitest';
import {
  AMBIGUOUS_STRIDE_CREDIT,
  distinctSubTechniques,
  FREE_CLASSES,
  MITIGATION_PRECISION_WEIGHT,
  atlasAgreement,
  attackCredit,
  idDiff,
  mappingAccuracy,
  mitigationFit,
  OTHER_STRIDE_CREDIT,
  setF1,
  spreadFactor,
  strideCredit,
  threatClasses,
  UNNAMED_ATTACK_CREDIT,
  type ThreatLike,
} from './match';

const expectClose = (a: number, b: number, tol: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(tol);

const reference: ThreatLike = {
  element: 'api',
  stride: 'Information disclosure',
  atlas: ['AML.T0024.002'],
  owasp: ['ML05'],
  mitigations: ['AML.M0004', 'AML.M0024'],
};
const learner = (over: Partial<ThreatLike>): ThreatLike => ({ ...reference, ...over });

describe('threatClasses', () => {
  it('tells membership inference from extraction (issue 12: they shared the prefix AML.T0024)', () => {
    expect(threatClasses(learner({ atlas: ['AML.T0024.000'], owasp: [] }))).toEqual(['membership-inference']);
    expect(threatClasses({ ...reference, owasp: [] })).toEqual(['extraction']);
  });
  it('adds a class named outright to those of the IDs', () => {
    expect(threatClasses(learner({ atlas: ['AML.T0024.000'], owasp: [], attack: 'artifact-theft' }))).toEqual([
      'membership-inference',
      'artifact-theft',
    ]);
  });
  it('falls back on STRIDE only when nothing else names an attack', () => {
    expect(threatClasses({ element: 'x', stride: 'Denial of service', atlas: [], owasp: [], mitigations: [] })).toEqual(
      ['dos-cost'],
    );
    expect(threatClasses({ element: 'x', stride: 'Tampering', atlas: [], owasp: [], mitigations: [] })).toEqual([]);
  });
});

describe('strideCredit', () => {
  it('gives full credit for the same category, partial for the two ambiguous calls, less for others', () => {
    expect(strideCredit('Tampering', 'Tampering').credit).toBe(1);
    expect(strideCredit('Tampering', 'Repudiation').credit).toBe(AMBIGUOUS_STRIDE_CREDIT);
    expect(strideCredit('Repudiation', 'Tampering').credit).toBe(AMBIGUOUS_STRIDE_CREDIT);
    expect(strideCredit('Elevation of privilege', 'Spoofing').credit).toBe(AMBIGUOUS_STRIDE_CREDIT);
    expect(strideCredit('Tampering', 'Information disclosure')).toEqual({
      credit: OTHER_STRIDE_CREDIT,
      note: 'filed under Tampering, where the reference says Information disclosure',
    });
  });
});

describe('attackCredit and spreadFactor', () => {
  it('1 for the same class, 0.5 for a related one, 0 for another, partial for a threat that names none', () => {
    expect(attackCredit(['extraction'], ['extraction'])).toBe(1);
    expect(attackCredit(['artifact-theft'], ['extraction'])).toBe(0.5);
    expect(attackCredit(['membership-inference'], ['extraction'])).toBe(0);
    expect(attackCredit([], ['extraction'])).toBe(UNNAMED_ATTACK_CREDIT);
  });
  it(`counts up to FREE_CLASSES (${FREE_CLASSES}) classes in full, then FREE_CLASSES / classes`, () => {
    expect(spreadFactor([])).toBe(1);
    expect(spreadFactor(['poisoning', 'backdoor', 'evasion', 'extraction', 'inversion'])).toBe(1);
    const ten = [
      'poisoning',
      'backdoor',
      'evasion',
      'extraction',
      'inversion',
      'supply-chain',
      'dos-cost',
      'reconnaissance',
      'repudiation',
      'misinformation',
    ] as const;
    expect(spreadFactor(ten)).toBe(0.5);
  });
});

describe('setF1', () => {
  it('is the F1 of two ID sets (worked by hand)', () => {
    // {a, b} against {b, c}: one shared, 2·1 / (2 + 2) = 0.5.
    expect(setF1(['a', 'b'], ['b', 'c'])).toBe(0.5);
    expect(setF1(['a'], ['a'])).toBe(1);
  });
  it('counts a repeated ID once, agrees on two empty sets and not at all when one is empty', () => {
    expect(setF1(['a', 'a'], ['a'])).toBe(1);
    expect(setF1([], [])).toBe(1);
    expect(setF1(['a'], [])).toBe(0);
    expect(setF1([], ['a'])).toBe(0);
  });
});

describe('atlasAgreement', () => {
  it('gives an exact ID 1 and another ID of the same attack class one half (worked by hand)', () => {
    expect(atlasAgreement(['AML.T0024.002'], ['AML.T0024.002'])).toBe(1);
    // AML.T0043.000 and AML.T0043.001 are both evasion (attack-class-map.json): recall 0.5, precision 0.5.
    expect(atlasAgreement(['AML.T0043.000'], ['AML.T0043.001'])).toBe(0.5);
    // Recall 1, precision (1 + 0) / 2 = 0.5, F1 = 2·1·0.5 / 1.5 = 2/3.
    expectClose(atlasAgreement(['AML.T0024.002', 'AML.T0020'], ['AML.T0024.002']), 2 / 3, 1e-12);
  });
  it('gives nothing for a different attack under the same parent (membership inference is not extraction)', () => {
    expect(atlasAgreement(['AML.T0024.000'], ['AML.T0024.002'])).toBe(0);
    expect(atlasAgreement(['AML.T0043'], ['AML.T0024.002'])).toBe(0);
    expect(atlasAgreement(['AML.T0020', 'AML.T0020'], ['AML.T0020'])).toBe(1);
  });
  it('agrees perfectly on two empty lists and not at all when only one is empty', () => {
    expect(atlasAgreement([], [])).toBe(1);
    expect(atlasAgreement(['AML.T0020'], [])).toBe(0);
    expect(atlasAgreement([], ['AML.T0020'])).toBe(0);
  });
});

describe('mappingAccuracy and mitigationFit', () => {
  it('averages ATLAS and OWASP agreement (worked by hand)', () => {
    // ATLAS: a different attack, 0. OWASP {ML05, ML04} against {ML05}: 2·1 / 3 = 2/3. Mean 1/3.
    const l = learner({ atlas: ['AML.T0024.000'], owasp: ['ML05', 'ML04'] });
    expectClose(mappingAccuracy(l, reference), 1 / 3, 1e-12);
    expect(mappingAccuracy(reference, reference)).toBe(1);
    expect(mappingAccuracy(learner({ atlas: [], owasp: [] }), reference)).toBe(0);
  });
  it('scores mitigations as 0.6 × precision (against what fits) + 0.4 × recall of the reference’s list', () => {
    expect(MITIGATION_PRECISION_WEIGHT).toBe(0.6);
    // {M0004} against {M0004, M0024}: precision 1, recall 1/2: 0.6 + 0.2 = 0.8.
    expectClose(mitigationFit(learner({ mitigations: ['AML.M0004'] }), reference), 0.8, 1e-12);
    expect(mitigationFit(learner({ mitigations: [] }), { ...reference, mitigations: [] })).toBe(1);
    expect(mitigationFit(learner({ mitigations: [] }), reference)).toBe(0);
    // AML.M0007 Sanitize Training Data is not linked to extraction: precision 1/2, recall 1/2: 0.5.
    expectClose(mitigationFit(learner({ mitigations: ['AML.M0004', 'AML.M0007'] }), reference), 0.5, 1e-12);
    // AML.M0002 Passive AI Output Obfuscation is one ATLAS links to AML.T0024: it fits though the reference omits it.
    expectClose(mitigationFit(learner({ mitigations: ['AML.M0002'] }), reference), 0.6, 1e-12);
  });
  it('tells distinct sub-techniques of one technique apart (hardware is not model supply chain)', () => {
    expect(distinctSubTechniques(['AML.T0010.000'], ['AML.T0010.003'])).toBe(true);
    expect(distinctSubTechniques(['AML.T0010.003'], ['AML.T0010.003', 'AML.T0018'])).toBe(false);
    expect(distinctSubTechniques(['AML.T0010'], ['AML.T0010.003'])).toBe(false);
    expect(distinctSubTechniques(['AML.T0010.000'], ['AML.T0010'])).toBe(false);
  });
});

describe('idDiff', () => {
  it('splits IDs into shared, missing (in expected order) and extra (in given order)', () => {
    expect(idDiff(['c', 'a', 'x'], ['a', 'b', 'c'])).toEqual({ shared: ['a', 'c'], missing: ['b'], extra: ['x'] });
  });
});
