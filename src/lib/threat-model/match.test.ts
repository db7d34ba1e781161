import { describe, expect, it } from 'vitest';
import {
  atlasAgreement,
  DIFFERENT_ATTACK_CREDIT,
  duplicateKey,
  idDiff,
  mappingAccuracy,
  matchQuality,
  mitigationFit,
  PARTIAL_CREDIT,
  setF1,
  techniqueFamily,
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

describe('techniqueFamily', () => {
  it('drops the sub-technique part of an ID', () => {
    expect(techniqueFamily('AML.T0024.002')).toBe('AML.T0024');
    expect(techniqueFamily('AML.T0024')).toBe('AML.T0024');
    expect(techniqueFamily('')).toBe('');
  });
});

describe('matchQuality', () => {
  it('keeps its two partial credits at one quarter and one half', () => {
    expect([DIFFERENT_ATTACK_CREDIT, PARTIAL_CREDIT]).toEqual([0.25, 0.5]);
  });

  it.each<[string, Partial<ThreatLike>, Partial<ThreatLike>, number, string]>([
    ['another element', { element: 'db' }, {}, 0, 'a different element'],
    [
      'the same attack through a sibling sub-technique',
      { atlas: ['AML.T0024.000'] },
      {},
      1,
      'same element, same STRIDE category (Information disclosure) and the same attack (AML.T0024.000)',
    ],
    [
      'a reference that names no technique',
      { atlas: ['AML.T0043'] },
      { atlas: [] },
      1,
      'same element and STRIDE category (Information disclosure)',
    ],
    [
      'no technique where the reference names one',
      { atlas: [] },
      {},
      PARTIAL_CREDIT,
      'same element and STRIDE category (Information disclosure), but no ATLAS technique to say which attack: half credit',
    ],
    [
      'a different attack',
      { atlas: ['AML.T0043', 'AML.T0015'] },
      {},
      DIFFERENT_ATTACK_CREDIT,
      'same element and STRIDE category (Information disclosure), but a different attack (AML.T0043, AML.T0015 instead of AML.T0024.002): quarter credit',
    ],
    [
      'the right attack under another category',
      { stride: 'Tampering' },
      {},
      PARTIAL_CREDIT,
      'the right attack (AML.T0024.002) on the right element, but filed under Tampering instead of Information disclosure: half credit',
    ],
    [
      'another category and attack',
      { stride: 'Tampering', atlas: ['AML.T0043'] },
      {},
      0,
      'the same element but a different category (Tampering) and attack',
    ],
    [
      'another category where the reference names no technique',
      { stride: 'Tampering' },
      { atlas: [] },
      0,
      'the same element but a different category (Tampering) and attack',
    ],
  ])('judges %s', (_what, l, r, quality, reason) => {
    expect(matchQuality(learner(l), { ...reference, ...r })).toEqual({ quality, reason });
  });

  it('names only the shared techniques as the same attack', () => {
    const q = matchQuality(learner({ atlas: ['AML.T0043', 'AML.T0024.002'] }), reference);
    expect(q).toEqual({
      quality: 1,
      reason: 'same element, same STRIDE category (Information disclosure) and the same attack (AML.T0024.002)',
    });
  });
});

describe('setF1', () => {
  it('is the F1 of two ID sets (worked by hand)', () => {
    // {a, b} against {b, c}: 1 shared, 2·1 / (2 + 2) = 0.5; {a} against {a, b, c}: 2·1 / 4 = 0.5.
    expect(setF1(['a', 'b'], ['b', 'c'])).toBe(0.5);
    expect(setF1(['a'], ['a', 'b', 'c'])).toBe(0.5);
    expect(setF1(['a', 'b'], ['b', 'a'])).toBe(1);
    expect(setF1(['a'], ['b'])).toBe(0);
  });

  it('counts a repeated ID once', () => {
    expect(setF1(['a', 'a'], ['a'])).toBe(1);
  });

  it('agrees perfectly on two empty sets and not at all when only one is empty', () => {
    expect(setF1([], [])).toBe(1);
    expect(setF1(['a'], [])).toBe(0);
    expect(setF1([], ['a'])).toBe(0);
  });
});

describe('atlasAgreement', () => {
  it('gives an exact ID 1 and a sibling sub-technique one half (worked by hand)', () => {
    expect(atlasAgreement(['AML.T0024.002'], ['AML.T0024.002'])).toBe(1);
    // Recall 0.5, precision 0.5, F1 0.5.
    expect(atlasAgreement(['AML.T0024.000'], ['AML.T0024.002'])).toBe(0.5);
    // Recall 1, precision (1 + 0) / 2 = 0.5, F1 = 2·1·0.5 / 1.5 = 2/3.
    expectClose(atlasAgreement(['AML.T0024.002', 'AML.T0020'], ['AML.T0024.002']), 2 / 3, 1e-12);
    // The parent against two of its sub-techniques: recall (0.5 + 0.5) / 2, precision 0.5, F1 0.5.
    expect(atlasAgreement(['AML.T0024'], ['AML.T0024.002', 'AML.T0024.000'])).toBe(0.5);
  });

  it('is 0 when nothing is related, and counts repeated IDs once', () => {
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
    // ATLAS: sibling sub-technique, 0.5. OWASP {ML05, ML04} against {ML05}: 2·1 / 3 = 2/3. Mean 7/12.
    const l = learner({ atlas: ['AML.T0024.000'], owasp: ['ML05', 'ML04'] });
    expectClose(mappingAccuracy(l, reference), 7 / 12, 1e-12);
    expect(mappingAccuracy(reference, reference)).toBe(1);
    expect(mappingAccuracy(learner({ atlas: [], owasp: [] }), reference)).toBe(0);
  });

  it('scores mitigations as the F1 of the two sets', () => {
    // {M0004} against {M0004, M0024}: 2·1 / 3.
    expectClose(mitigationFit(learner({ mitigations: ['AML.M0004'] }), reference), 2 / 3, 1e-12);
    expect(mitigationFit(learner({ mitigations: [] }), { ...reference, mitigations: [] })).toBe(1);
  });
});

describe('duplicateKey', () => {
  it('joins element, category and the sorted, distinct techniques', () => {
    const t = learner({ stride: 'Tampering', atlas: ['AML.T0043', 'AML.T0015', 'AML.T0043'] });
    expect(duplicateKey(t)).toBe('api|Tampering|AML.T0015,AML.T0043');
    expect(duplicateKey(learner({ atlas: [] }))).toBe('api|Information disclosure|');
  });

  it('ignores OWASP IDs and mitigations', () => {
    expect(duplicateKey(learner({ owasp: [], mitigations: [] }))).toBe(duplicateKey(reference));
  });
});

describe('idDiff', () => {
  it('splits IDs into shared, missing (in expected order) and extra (in given order)', () => {
    expect(idDiff(['d', 'a', 'c', 'a'], ['a', 'b', 'c'])).toEqual({
      shared: ['a', 'c'],
      missing: ['b'],
      extra: ['d'],
    });
    expect(idDiff([], [])).toEqual({ shared: [], missing: [], extra: [] });
  });
});
