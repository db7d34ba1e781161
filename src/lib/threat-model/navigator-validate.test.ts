/**
 * The layer rules, one at a time with the exact message. The valid layer is shaped as ATLAS's own
 * case-study layers are (mitre-atlas/atlas-navigator-data dist/case-study-navigator-layers, ATLAS
 * data 5.6.0: versions 4.3 / 4.6.4, domain "atlas-atlas", a sub-technique without a tactic beside
 * its parent with showSubtechniques: true); the rules come from layer format 4.3's tables.
 */
import { describe, expect, it } from 'vitest';
import { validateNavigatorLayer } from './navigator-validate';

const atlasLike = {
  name: 'A case study',
  versions: { layer: '4.3', navigator: '4.6.4' },
  domain: 'atlas-atlas',
  description: 'Techniques of one case study.',
  metadata: [{ name: 'atlas_data_version', value: '5.6.0' }, { divider: true }],
  legendItems: [{ label: 'Used in case study', color: '#C8E6C9' }],
  techniques: [
    { techniqueID: 'AML.T0000.001', color: '#C8E6C9', score: 1 },
    { techniqueID: 'AML.T0000', showSubtechniques: true, tactic: 'reconnaissance' },
    { techniqueID: 'AML.T0043', showSubtechniques: false, tactic: 'ai-attack-staging', color: '#C8E6C9' },
  ],
};

type Layer = typeof atlasLike & Record<string, unknown>;
const edit = (f: (l: Layer) => void) => {
  const l = structuredClone(atlasLike) as Layer;
  f(l);
  return validateNavigatorLayer(l);
};

describe('validateNavigatorLayer', () => {
  it("accepts a layer shaped as ATLAS's own", () => {
    expect(validateNavigatorLayer(atlasLike)).toEqual([]);
  });

  it.each(['null', '[]', '"layer"'])('refuses %s at the root', (json) => {
    expect(validateNavigatorLayer(JSON.parse(json))).toEqual(['$: must be an object']);
  });

  const cases: [string, (l: Layer) => void, string][] = [
    ['an unknown property', (l) => (l.colour = 'red'), '$.colour: is not a property of layer format 4.3'],
    ['no name', (l) => delete (l as Partial<Layer>).name, '$.name: must be a string'],
    [
      "ATT&CK's domain",
      (l) => (l.domain = 'enterprise-attack'),
      `$.domain: must be "atlas-atlas", the ATLAS Navigator's domain`,
    ],
    [
      'a newer layer version (the ATLAS Navigator warns)',
      (l) => (l.versions = { layer: '4.5', navigator: '4.9.0' }),
      `$.versions: must be {"layer": "4.3", "navigator": "4.6.4"}, as ATLAS's own layers`,
    ],
    ['sorting 4', (l) => (l.sorting = 4), '$.sorting: must be 0, 1, 2 or 3'],
    ['hideDisabled as text', (l) => (l.hideDisabled = 'no'), '$.hideDisabled: must be a boolean'],
    [
      'a one-colour gradient',
      (l) => (l.gradient = { colors: ['#fff'], minValue: 0, maxValue: 1 }),
      '$.gradient.colors: must be at least two colour strings',
    ],
    [
      'a gradient whose maximum is not above its minimum',
      (l) => (l.gradient = { colors: ['#fff', '#000'], minValue: 1, maxValue: 1 }),
      '$.gradient: needs minValue < maxValue',
    ],
    [
      'a legend item without a colour',
      (l) => (l.legendItems = [{ label: 'x' } as never]),
      '$.legendItems[0]: must have a label and a color',
    ],
    [
      'metadata without a value',
      (l) => (l.metadata = [{ name: 'x' } as never]),
      '$.metadata[0]: must be {name, value} strings or a {divider}',
    ],
    ['an unknown layout', (l) => (l.layout = { layout: 'grid' }), '$.layout.layout: must be side, flat or mini'],
    [
      'not an ATLAS ID',
      (l) => (l.techniques[2].techniqueID = 'T1110'),
      '$.techniques[2].techniqueID: must be an ATLAS technique ID',
    ],
    [
      'an ATT&CK tactic',
      (l) => (l.techniques[2].tactic = 'lateral-moves'),
      '$.techniques[2].tactic: must be the short name of an ATLAS tactic',
    ],
    ['a score as text', (l) => (l.techniques[0].score = '1' as never), '$.techniques[0].score: must be a number'],
    [
      'an unknown technique property',
      (l) => ((l.techniques[0] as Record<string, unknown>).weight = 1),
      '$.techniques[0].weight: is not a technique property',
    ],
    [
      'showSubtechniques on a sub-technique',
      (l) => ((l.techniques[0] as Record<string, unknown>).showSubtechniques = false),
      '$.techniques[0].showSubtechniques: belongs on a technique, not on a sub-technique',
    ],
    [
      'the same technique twice under one tactic',
      (l) => l.techniques.push({ ...l.techniques[2] }),
      '$.techniques[3]: AML.T0043 is listed twice under the same tactic',
    ],
    [
      'a scored sub-technique under a closed parent',
      (l) => (l.techniques[1].showSubtechniques = false),
      '$.techniques[0]: AML.T0000.001 is scored but hidden: AML.T0000 has no entry with showSubtechniques: true',
    ],
    [
      'a scored sub-technique whose parent is opened under another tactic only',
      (l) =>
        (l.techniques[0] = { techniqueID: 'AML.T0000.001', color: '#C8E6C9', score: 1, tactic: 'discovery' } as never),
      '$.techniques[0]: AML.T0000.001 is scored but hidden: AML.T0000 has no entry with showSubtechniques: true under discovery',
    ],
  ];
  for (const [name, change, message] of cases) {
    it(`${name}: ${message}`, () => {
      expect(edit(change)).toEqual([message]);
    });
  }

  it('accepts an unscored sub-technique under a closed parent (nothing to see is hidden)', () => {
    expect(
      edit((l) => {
        delete (l.techniques[0] as { score?: number }).score;
        l.techniques[1].showSubtechniques = false;
      }),
    ).toEqual([]);
  });
});
