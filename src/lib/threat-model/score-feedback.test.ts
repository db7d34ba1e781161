import { describe, expect, it } from 'vitest';
import { learnerReason, referenceReasons } from './score-feedback';
import type { Threat } from '../content/schemas';

const r: Threat = {
  element: 'api',
  stride: 'Information disclosure',
  atlas: ['AML.T0024.002'],
  owasp: ['ML05'],
  title: 'Model extraction',
  likelihood: 4,
  impact: 4,
  mitigations: ['AML.M0004'],
};
const ctx = {
  coverageMax: 20,
  severity: 16,
  total: 44,
  precision: 0.5,
  labels: new Map([['query', 'Client queries']]),
};

describe('referenceReasons', () => {
  it('explains a miss with its attack and worth', () => {
    expect(referenceReasons(r, undefined, ctx)).toEqual([
      "Missed: none of your threats is on or near api with this attack (Model extraction, Artifact theft). It was worth 20 coverage points (risk 16 of the reference's 44).",
    ]);
  });
  it('names the neighbouring element, the credit and the points after precision', () => {
    const l = { ...r, element: 'query', title: 'Clone through queries' };
    const reasons = referenceReasons(
      r,
      {
        threat: l,
        index: 2,
        slot: 1,
        q: 0.9,
        pq: {
          quality: 0.9,
          placement: 'touching',
          strideNote: 'the same STRIDE category (Information disclosure)',
          attack: 1,
          factor: 1,
        },
      },
      ctx,
    );
    expect(reasons[0]).toBe(
      'Covered by your threat #3 "Clone through queries": on a flow or element touching it (Client queries); the same STRIDE category (Information disclosure); the same attack. Credit 90 %: 9 of 20 coverage points after precision.',
    );
    expect(reasons[1]).toBe('ATLAS: agreed on AML.T0024.002.');
  });
});

describe('learnerReason', () => {
  const info = {
    classes: [],
    factor: 1,
    stuffed: false,
    notApplicable: false,
    conflictingRatings: false,
    copies: 1,
    duplicateKey: '',
  };
  it('says what each status means for the score', () => {
    expect(learnerReason({ status: 'matched' }, info, ['A', 'B'], [])).toBe('Covers “A” and “B”.');
    expect(learnerReason({ status: 'unmatched' }, info, [], [])).toMatch(/^Off target: /);
    expect(learnerReason({ status: 'duplicate' }, info, [], [])).toMatch(/^Says the same as another of your threats/);
    expect(learnerReason({ status: 'duplicate', resembles: 0 }, info, [], [r])).toMatch(
      /^Resembles “Model extraction”/,
    );
    expect(learnerReason({ status: 'unmatched' }, { ...info, notApplicable: true, factor: 0 }, [], [])).toMatch(
      /^Not applicable: /,
    );
  });
  it('explains a reduced count', () => {
    expect(learnerReason({ status: 'matched' }, { ...info, factor: 0.5, copies: 6 }, ['A'], [])).toBe(
      'Covers “A”. It counts 50 %: the same threat is on 6 elements.',
    );
  });
});
