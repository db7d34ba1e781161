/**
 * The ATLAS Navigator layer export, checked against layer format 4.3 (attack-navigator
 * layers/spec/v4.3/layerformat.md) and ATLAS's own layers (versions 4.3 / 4.6.4, domain
 * "atlas-atlas", a parent entry with showSubtechniques beside its sub-techniques, as in
 * atlas-navigator-data's case-study layers), with a small hand-made catalogue (names and tactics
 * from ATLAS 5.6) so that content edits do not change what these tests prove.
 */
import { describe, expect, it } from 'vitest';
import type { Threat, ThreatModel } from '../content/schemas';
import { ATLAS_TACTICS } from '../frameworks/ids';
import { toNavigatorLayer, type TechniqueInfo } from './navigator';
import { validateNavigatorLayer } from './navigator-validate';

const catalogue = new Map<string, TechniqueInfo>(
  [
    { id: 'AML.T0024', name: 'Exfiltration via AI Inference API', tactics: ['AML.TA0010'] },
    { id: 'AML.T0024.000', name: 'Infer Training Data Membership', tactics: [], parent: 'AML.T0024' },
    { id: 'AML.T0024.002', name: 'Extract AI Model', tactics: [], parent: 'AML.T0024' },
    { id: 'AML.T0051', name: 'LLM Prompt Injection', tactics: ['AML.TA0005'] },
    { id: 'AML.T0051.001', name: 'Indirect', tactics: [], parent: 'AML.T0051' },
    { id: 'AML.T0053', name: 'AI Agent Tool Invocation', tactics: ['AML.TA0005', 'AML.TA0012'] },
    { id: 'AML.T0999', name: 'Under a tactic we do not know', tactics: ['AML.TA9999'] },
  ].map((t) => [t.id, t]),
);

const threat = (title: string, atlas: string[]): Threat => ({
  element: 'api',
  stride: 'Tampering',
  atlas,
  owasp: [],
  title,
  likelihood: 3,
  impact: 3,
  mitigations: [],
});
const model = (threats: Threat[]): ThreatModel => ({ format: 'dojo-threat-model/1', scenario: 'demo', threats });

const demo = model([
  threat('Model extraction', ['AML.T0024.002', 'AML.T0024.002']),
  threat('Membership inference', ['AML.T0024.000', 'AML.T0024.002']),
  threat('Tool abuse', ['AML.T0053']),
  threat('Indirect injection', ['AML.T0051.001', 'AML.T0051']),
  threat('Something new', ['AML.T0077']),
  threat('No technique', []),
]);
const layer = toNavigatorLayer(demo, 'Demo', catalogue);

describe('toNavigatorLayer: the layer', () => {
  it("carries the versions and domain of ATLAS's own layers, and its data version", () => {
    expect(layer).toMatchObject({
      name: 'Demo: techniques in my threat model',
      versions: { layer: '4.3', navigator: '4.6.4' },
      domain: 'atlas-atlas',
      sorting: 3,
      hideDisabled: false,
      legendItems: [],
      metadata: [{ name: 'atlas_data_version', value: '5.6.0' }],
    });
    expect(layer.description).toBe(
      'ATLAS techniques used by 6 threats of the learner\'s threat model of "Demo", scored by the number of threats that use each. Exported from AI Security Dojo for the ATLAS Navigator. Open it in the ATLAS Navigator (https://mitre-atlas.github.io/atlas-navigator/): Open Existing Layer, then Upload from local.',
    );
  });

  it('keeps the rules of layer format 4.3 and of the ATLAS Navigator', () => {
    expect(validateNavigatorLayer(layer)).toEqual([]);
  });

  it('uses only the keys the format defines, at the top and for each technique', () => {
    const top = ['name', 'versions', 'domain', 'description', 'sorting', 'hideDisabled', 'techniques'];
    const optional = ['gradient', 'legendItems', 'metadata', 'layout', 'filters'];
    for (const key of top) expect(layer, key).toHaveProperty(key);
    for (const key of Object.keys(layer)) expect([...top, ...optional], key).toContain(key);
    const techniqueKeys = [
      'techniqueID',
      'tactic',
      'score',
      'comment',
      'color',
      'enabled',
      'metadata',
      'showSubtechniques',
    ];
    for (const t of layer.techniques) for (const key of Object.keys(t)) expect(techniqueKeys, key).toContain(key);
  });

  it('names tactics by the short names of ATLAS matrices', () => {
    const shortNames = ATLAS_TACTICS.map((t) => t.shortName as string);
    for (const t of layer.techniques) if (t.tactic !== undefined) expect(shortNames).toContain(t.tactic);
  });

  it('grades from 0 to the highest score', () => {
    expect(layer.gradient).toEqual({ colors: ['#fff7d6', '#f59e0b', '#b91c1c'], minValue: 0, maxValue: 2 });
  });
});

describe('toNavigatorLayer: the techniques', () => {
  it('lists each technique in ID order, once per tactic, scored by the threats that use it', () => {
    expect(layer.techniques.map((t) => [t.techniqueID, t.tactic, t.score])).toEqual([
      // Listed, unscored, only to open its sub-techniques.
      ['AML.T0024', 'exfiltration', undefined],
      ['AML.T0024.000', 'exfiltration', 1],
      ['AML.T0024.002', 'exfiltration', 2],
      ['AML.T0051', 'execution', 1],
      ['AML.T0051.001', 'execution', 1],
      ['AML.T0053', 'execution', 1],
      ['AML.T0053', 'privilege-escalation', 1],
      ['AML.T0077', undefined, 1],
    ]);
  });

  it('counts a threat once however often it names a technique, and lists the threats in the comment', () => {
    const extract = layer.techniques.find((t) => t.techniqueID === 'AML.T0024.002')!;
    expect(extract.comment).toBe('2 threats: Model extraction; Membership inference');
    expect(layer.techniques.find((t) => t.techniqueID === 'AML.T0053')!.comment).toBe('1 threat: Tool abuse');
  });

  it('names each technique from the catalogue, and says when it is not there', () => {
    const names = Object.fromEntries(layer.techniques.map((t) => [t.techniqueID, t.metadata]));
    expect(names['AML.T0024.002']).toEqual([{ name: 'name', value: 'Extract AI Model' }]);
    expect(names['AML.T0077']).toEqual([{ name: 'name', value: 'not in the site catalogue' }]);
    // A technique outside the catalogue has no tactic: the entry has no tactic key at all.
    expect(layer.techniques.find((t) => t.techniqueID === 'AML.T0077')).not.toHaveProperty('tactic');
  });

  it('opens the parent of every scored sub-technique, listing an unused parent without a score', () => {
    const show = Object.fromEntries(layer.techniques.map((t) => [t.techniqueID, t.showSubtechniques]));
    expect(show).toEqual({
      'AML.T0024': true,
      'AML.T0024.000': undefined,
      'AML.T0024.002': undefined,
      'AML.T0051': true,
      'AML.T0051.001': undefined,
      'AML.T0053': undefined,
      'AML.T0077': undefined,
    });
    expect(layer.techniques.find((t) => t.techniqueID === 'AML.T0024')).toEqual({
      techniqueID: 'AML.T0024',
      tactic: 'exfiltration',
      comment: 'Not used itself; shown to open its sub-techniques.',
      enabled: true,
      showSubtechniques: true,
      metadata: [{ name: 'name', value: 'Exfiltration via AI Inference API' }],
    });
    expect(layer.techniques.every((t) => t.enabled === true)).toBe(true);
  });

  it('leaves out tactics it cannot name, keeping the technique', () => {
    const l = toNavigatorLayer(model([threat('Odd', ['AML.T0999'])]), 'Demo', catalogue);
    expect(l.techniques).toEqual([
      {
        techniqueID: 'AML.T0999',
        score: 1,
        comment: '1 threat: Odd',
        enabled: true,
        metadata: [{ name: 'name', value: 'Under a tactic we do not know' }],
      },
    ]);
  });

  it('exports an empty model as a layer without techniques, graded up to 1', () => {
    const l = toNavigatorLayer(model([]), 'Empty', new Map());
    expect(l.techniques).toEqual([]);
    expect(l.gradient.maxValue).toBe(1);
    expect(l.description).toMatch(/^ATLAS techniques used by 0 threats of /);
  });
});
