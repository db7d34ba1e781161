import { describe, expect, it } from 'vitest';
import { checkAgainstAtlas, type AtlasReference } from './atlas-check';

const ref: AtlasReference = {
  techniques: [
    { id: 'AML.T0024', name: 'Exfiltration via AI Inference API', tactics: ['AML.TA0010'] },
    { id: 'AML.T0024.002', name: 'Extract AI Model', parent: 'AML.T0024' },
  ],
  mitigations: [{ id: 'AML.M0004', name: 'Restrict Number of AI Model Queries', techniques: ['AML.T0024.002'] }],
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
});
