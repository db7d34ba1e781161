/** Threat Dragon and Navigator exports of every reference model, checked with our own validators. */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadContent } from '../content/load-from-disk';
import { toThreatDragon } from './threat-dragon';
import { validateThreatDragon } from './threat-dragon-validate';
import { toNavigatorLayer, type TechniqueInfo } from './navigator';
import { validateNavigatorLayer } from './navigator-validate';

const { content } = loadContent(resolve(__dirname, '..', '..', '..'));
const catalogue = new Map<string, TechniqueInfo>(content.techniques.map((t) => [t.data.id, t.data]));
const pairs = content.scenarios.map(({ data: s }) => ({
  s,
  ref: content.threatModels.find((m) => m.data.scenario === s.id)!.data,
}));

describe('Threat Dragon v2 export', () => {
  for (const { s, ref } of pairs) {
    it(`exports ${s.id} as a valid model with every threat in its cell`, () => {
      const td = toThreatDragon(ref, s);
      expect(validateThreatDragon(td)).toEqual([]);
      const cells = td.detail.diagrams[0].cells;
      expect(cells.filter((c) => c.data.type === 'tm.Flow')).toHaveLength(s.diagram.flows.length);
      expect(cells.filter((c) => c.data.type === 'tm.BoundaryBox')).toHaveLength(s.diagram.boundaries.length);
      const threats = cells.flatMap((c) => c.data.threats ?? []);
      expect(threats).toHaveLength(ref.threats.length);
      expect(td.detail.threatTop).toBe(ref.threats.length);
      expect(new Set(threats.map((t) => t.id)).size).toBe(threats.length);
      expect(toThreatDragon(ref, s)).toEqual(td); // deterministic
    });
  }

  it('rates severity by risk bands and keeps the STRIDE type', () => {
    const { s, ref } = pairs[0];
    const t = toThreatDragon(
      { ...ref, threats: [{ ...ref.threats[0], likelihood: 5, impact: 3 }] },
      s,
    ).detail.diagrams[0].cells.flatMap((c) => c.data.threats ?? [])[0];
    expect(t).toMatchObject({
      severity: 'High',
      score: '15',
      type: ref.threats[0].stride,
      status: 'Open',
      modelType: 'STRIDE',
      number: 1,
    });
  });

  it('reports what is wrong with a broken model', () => {
    const { s, ref } = pairs[0];
    const td = toThreatDragon(ref, s) as unknown as {
      version: string;
      detail: {
        diagrams: {
          diagramType: string;
          cells: { source?: { cell: string }; zIndex: number; data: { threats?: { status?: unknown }[] } }[];
        }[];
      };
    };
    td.version = 'far-too-long-version';
    const d = td.detail.diagrams[0];
    d.diagramType = 'EOP'; // a Threat Dragon methodology: accepted
    d.cells[0].zIndex = 1.5;
    expect(validateThreatDragon(td)).toEqual([
      '$.version: must be at most 10 characters long',
      '$.detail.diagrams[0].cells[0].zIndex: must be an integer',
    ]);
    // What the app needs beyond its schema is checked once the schema holds.
    td.version = '2.6.2';
    d.cells[0].zIndex = 0;
    const flow = d.cells.find((c) => c.source)!;
    flow.source!.cell = 'nowhere';
    const withThreat = d.cells.find((c) => (c.data.threats ?? []).length > 0)!;
    delete (withThreat.data.threats![0] as { status?: string }).status;
    expect(validateThreatDragon(td)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/source\.cell: must name a cell of this diagram$/),
        expect.stringMatching(/data\.threats\[0\]\.status: must be a string$/),
      ]),
    );
    expect(validateThreatDragon(null)).toEqual(['$: must be an object']);
    expect(validateThreatDragon({ version: '2', summary: { title: 't' } })).toEqual(['$.detail: is missing']);
  });
});

describe('ATLAS Navigator layer 4.3', () => {
  for (const { s, ref } of pairs) {
    it(`exports ${s.id} as a layer that keeps the format's rules, every sub-technique in view`, () => {
      const layer = toNavigatorLayer(ref, s.title, catalogue);
      expect(validateNavigatorLayer(layer)).toEqual([]);
      const subs = layer.techniques.filter((t) => t.techniqueID.length === 13);
      for (const sub of subs) {
        const parent = layer.techniques.find(
          (t) => t.techniqueID === sub.techniqueID.slice(0, 9) && t.tactic === sub.tactic,
        );
        expect(parent?.showSubtechniques, sub.techniqueID).toBe(true);
      }
    });
  }

  it('scores each technique by the number of threats using it, once per tactic', () => {
    const { s, ref } = pairs.find((p) => p.s.id === 'llm-rag-assistant')!;
    const layer = toNavigatorLayer(ref, s.title, catalogue);
    expect(layer.versions).toEqual({ layer: '4.3', navigator: '4.6.4' });
    expect(layer.domain).toBe('atlas-atlas');
    expect(layer.metadata).toEqual([{ name: 'atlas_data_version', value: '5.6.0' }]);
    const uses = ref.threats.filter((t) => t.atlas.includes('AML.T0057')).length;
    const t0057 = layer.techniques.filter((t) => t.techniqueID === 'AML.T0057');
    expect(t0057).toEqual([expect.objectContaining({ tactic: 'exfiltration', score: uses })]);
    // AML.T0053 sits under Execution and Privilege Escalation in ATLAS 5.6.
    expect(
      layer.techniques
        .filter((t) => t.techniqueID === 'AML.T0053')
        .map((t) => t.tactic)
        .sort(),
    ).toEqual(['execution', 'privilege-escalation']);
    // A sub-technique inherits its parent's tactics.
    expect(layer.techniques.find((t) => t.techniqueID === 'AML.T0051.001')!.tactic).toBe('execution');
    expect(layer.gradient.maxValue).toBe(Math.max(...layer.techniques.map((t) => t.score ?? 0)));
  });

  it('exports an empty model as a layer without techniques', () => {
    const layer = toNavigatorLayer({ format: 'dojo-threat-model/1', scenario: 'x', threats: [] }, 'X', catalogue);
    expect(layer.techniques).toEqual([]);
    expect(layer.gradient.maxValue).toBe(1);
  });
});
