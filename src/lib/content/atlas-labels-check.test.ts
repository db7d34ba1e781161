import { describe, expect, it } from 'vitest';
import type { AtlasReference } from './atlas-check';
import { checkAtlasLabels } from './atlas-labels-check';

// An excerpt of ATLAS data 5.6.0 (shared/reference/atlas-5.6-data.json): two tactics, one technique.
const ref: AtlasReference = {
  tactics: [
    { id: 'AML.TA0010', name: 'Exfiltration' },
    { id: 'AML.TA0011', name: 'Impact' },
  ],
  techniques: [{ id: 'AML.T0024', name: 'Exfiltration via AI Inference API', tactics: ['AML.TA0010'] }],
  mitigations: [{ id: 'AML.M0004', name: 'Restrict Number of AI Model Queries', techniques: [] }],
  caseStudies: [],
};
const names = {
  file: 'names.json',
  techniques: { 'AML.T0024': 'Exfiltration via AI Inference API' },
  mitigations: { 'AML.M0004': 'Restrict Number of AI Model Queries' },
};
const tactics = (list: { id: string; name: string }[]) => [{ file: 'ids.ts', field: 'ATLAS_TACTICS', tactics: list }];

describe('checkAtlasLabels', () => {
  it("passes tables that are ATLAS's", () => {
    expect(checkAtlasLabels(ref, names, tactics(ref.tactics))).toEqual([]);
  });

  it('names a wrong, a missing and an extra name in the name table', () => {
    const wrong = {
      ...names,
      techniques: { 'AML.T0024': 'Model Stealing', 'AML.T9999': 'Invented' },
      mitigations: {},
    };
    expect(checkAtlasLabels(ref, wrong, []).map((e) => `${e.field}: ${e.message} (${e.value})`)).toEqual([
      'techniques.AML.T0024: ATLAS names it "Exfiltration via AI Inference API" (Model Stealing)',
      'techniques.AML.T9999: is not in this ATLAS release (AML.T9999)',
      'mitigations.AML.M0004: ATLAS has AML.M0004 "Restrict Number of AI Model Queries"; the table does not ()',
    ]);
  });

  it("names each tactic that is misnamed, out of ATLAS's matrix order, or missing", () => {
    const misnamed = tactics([ref.tactics[0], { id: 'AML.TA0011', name: 'Harm' }]);
    expect(checkAtlasLabels(ref, names, misnamed).map((e) => e.field)).toEqual(['ATLAS_TACTICS[1]']);
    const swapped = tactics([ref.tactics[1], ref.tactics[0]]);
    expect(checkAtlasLabels(ref, names, swapped).map((e) => e.message)).toEqual([
      `ATLAS's tactic 1 in matrix order is AML.TA0010 "Exfiltration"`,
      `ATLAS's tactic 2 in matrix order is AML.TA0011 "Impact"`,
    ]);
    const short = checkAtlasLabels(ref, names, tactics(ref.tactics.slice(0, 1)));
    expect(short).toEqual([
      {
        file: 'ids.ts',
        field: 'ATLAS_TACTICS[1]',
        value: '',
        message: `ATLAS's tactic 2 in matrix order is AML.TA0011 "Impact"`,
      },
    ]);
    const long = checkAtlasLabels(ref, names, tactics([...ref.tactics, { id: 'AML.TA0099', name: 'Extra' }]));
    expect(long.map((e) => e.message)).toEqual(["ATLAS's tactic 3 in matrix order is nothing"]);
  });

  it('skips the tactic lists when the release summary has no tactics', () => {
    expect(checkAtlasLabels({ ...ref, tactics: [] }, names, tactics([{ id: 'x', name: 'y' }]))).toEqual([]);
  });
});
