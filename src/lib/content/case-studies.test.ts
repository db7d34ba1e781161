import { describe, expect, it } from 'vitest';
import { caseStudiesUsing, formatCaseStudyDate, matchesQuery, searchKey } from './case-studies';

describe('formatCaseStudyDate', () => {
  it('reads as a date a person writes, on the day ATLAS gives whatever the time zone', () => {
    expect(formatCaseStudyDate('2020-04-30')).toBe('30 April 2020');
    expect(formatCaseStudyDate('2026-01-01')).toBe('1 January 2026');
  });
});

describe('caseStudiesUsing', () => {
  const studies = [
    { id: 'AML.CS0002', steps: [{ tactic: 'AML.TA0010', technique: 'AML.T0024.002' }] },
    {
      id: 'AML.CS0001',
      steps: [
        { tactic: 'AML.TA0000', technique: 'AML.T0040' },
        { tactic: 'AML.TA0001', technique: 'AML.T0024' },
        { tactic: 'AML.TA0010', technique: 'AML.T0024' },
      ],
    },
  ];
  it('lists each case study once, in ID order, with every tactic the technique served', () => {
    expect(caseStudiesUsing('AML.T0024', studies).map((x) => [x.caseStudy.id, x.tactics])).toEqual([
      ['AML.CS0001', ['AML.TA0001', 'AML.TA0010']],
    ]);
  });
  it("counts a sub-technique's case studies under the parent only when asked", () => {
    expect(caseStudiesUsing('AML.T0024', studies, { withSubTechniques: true }).map((x) => x.caseStudy.id)).toEqual([
      'AML.CS0001',
      'AML.CS0002',
    ]);
    expect(caseStudiesUsing('AML.T0099', studies)).toEqual([]);
  });
});

describe('matchesQuery', () => {
  const extract = 'AML.T0024.002 Extract AI Model model stealing model extraction clone';
  it.each([
    ['', true],
    ['model stealing', true],
    ['STEAL', true],
    ['clone', true],
    ['aml.t0024', true],
    ['odel', false], // a word's start, not its middle
    ['jailbreak', false],
    ['  model   extract ', true],
  ])('%j → %s', (query, expected) => {
    expect(matchesQuery(extract, query)).toBe(expected);
  });
  it('ignores accents and punctuation', () => {
    expect(searchKey('Évasion, (physique)!')).toBe('evasion physique');
    expect(matchesQuery('Evade AI Model', 'évade')).toBe(true);
  });
});
