import { describe, expect, it } from 'vitest';
import { checkAgainstAtlas, type AtlasReference } from './atlas-check';

const ref: AtlasReference = {
  tactics: [],
  techniques: [
    { id: 'AML.T0024', name: 'Exfiltration via AI Inference API', tactics: ['AML.TA0010'] },
    { id: 'AML.T0024.002', name: 'Extract AI Model', parent: 'AML.T0024' },
  ],
  mitigations: [{ id: 'AML.M0004', name: 'Restrict Number of AI Model Queries', techniques: ['AML.T0024.002'] }],
  caseStudies: [],
};
const caseStudy = {
  id: 'AML.CS0005',
  name: 'Attack on Machine Translation Services',
  date: '2020-04-30',
  type: 'exercise',
  target: 'Google Translate, Bing Translator, Systran Translate',
  actor: 'Berkeley Artificial Intelligence Research',
  steps: [
    { tactic: 'AML.TA0000', technique: 'AML.T0040' },
    { tactic: 'AML.TA0001', technique: 'AML.T0005.001' },
  ],
  references: [{ title: 'Wallace et al., EMNLP 2020', url: 'https://arxiv.org/abs/2004.15015' }],
};
const t = (data: { id: string; name: string; parent?: string; tactics: string[] }) => ({
  file: 'techniques/x.yaml',
  data,
});

describe('checkAgainstAtlas', () => {
  it('passes content that agrees with the release', () => {
    expect(
      checkAgainstAtlas(
        ref,
        [
          t({ id: 'AML.T0024', name: 'Exfiltration via AI Inference API', tactics: ['AML.TA0010'] }),
          t({ id: 'AML.T0024.002', name: 'Extract AI Model', parent: 'AML.T0024', tactics: [] }),
        ],
        [{ file: 'm.yaml', data: { id: 'AML.M0004', name: 'Restrict Number of AI Model Queries' } }],
        { 'AML.M0004': ['AML.T0024.002'] },
      ),
    ).toEqual([]);
  });

  it('names each wrong name, parent, tactic, unknown ID and link', () => {
    const errors = checkAgainstAtlas(
      ref,
      [
        t({ id: 'AML.T0024', name: 'Model Stealing', tactics: ['AML.TA0002'] }),
        t({ id: 'AML.T0024.002', name: 'Extract AI Model', tactics: [] }),
        t({ id: 'AML.T9999', name: 'Nope', tactics: [] }),
      ],
      [{ file: 'm.yaml', data: { id: 'AML.M0004', name: 'Rate limits' } }],
      { 'AML.M0004': ['AML.T0024.002', 'AML.T0024'], 'AML.M0099': [] },
    );
    expect(errors.map((e) => `${e.field}: ${e.message}`)).toEqual([
      'name: ATLAS names it "Exfiltration via AI Inference API"',
      'tactics: ATLAS lists tactics AML.TA0010',
      'parent: ATLAS gives parent "AML.T0024"',
      'id: is not a technique of this ATLAS release',
      'name: ATLAS names it "Restrict Number of AI Model Queries"',
      "mitigations.AML.M0004: differs from ATLAS's links (AML.T0024.002): the site would attribute to ATLAS links it does not have",
      'mitigations.AML.M0099: is not a mitigation of this ATLAS release',
    ]);
  });

  const agreeing = [
    t({ id: 'AML.T0024', name: 'Exfiltration via AI Inference API', tactics: ['AML.TA0010'] }),
    t({ id: 'AML.T0024.002', name: 'Extract AI Model', parent: 'AML.T0024', tactics: [] }),
  ];
  const mitigation = [{ file: 'm.yaml', data: { id: 'AML.M0004', name: 'Restrict Number of AI Model Queries' } }];
  const links = { 'AML.M0004': ['AML.T0024.002'] };

  it('names every technique and case study of the release that has no page', () => {
    const errors = checkAgainstAtlas({ ...ref, caseStudies: [caseStudy] }, agreeing.slice(0, 1), mitigation, links);
    expect(errors.map((e) => e.message)).toEqual([
      'ATLAS has AML.T0024.002 "Extract AI Model"; the site has no page for it',
      'ATLAS has AML.CS0005 "Attack on Machine Translation Services"; the site has no page for it',
    ]);
  });

  it("passes a case study whose facts are ATLAS's, and names each fact that differs", () => {
    const withCs = { ...ref, caseStudies: [caseStudy] };
    const cs = (data: typeof caseStudy) => [{ file: 'cs.yaml', data }];
    expect(checkAgainstAtlas(withCs, agreeing, mitigation, links, undefined, cs(caseStudy))).toEqual([]);
    const wrong = {
      ...caseStudy,
      date: '2020-05-01',
      steps: [...caseStudy.steps].reverse(),
      references: [],
    };
    expect(
      checkAgainstAtlas(withCs, agreeing, mitigation, links, undefined, cs(wrong)).map(
        (e) => `${e.field}: ${e.message}`,
      ),
    ).toEqual([
      'date: ATLAS gives "2020-04-30"',
      "steps: ATLAS's procedure is AML.TA0000/AML.T0040 → AML.TA0001/AML.T0005.001",
      'references: ATLAS lists Wallace et al., EMNLP 2020 <https://arxiv.org/abs/2004.15015>',
    ]);
    expect(
      checkAgainstAtlas(withCs, agreeing, mitigation, links, undefined, [
        { file: 'x.yaml', data: { ...caseStudy, id: 'AML.CS0999' } },
      ]).map((e) => e.message),
    ).toContain('is not a case study of this ATLAS release');
  });
});
