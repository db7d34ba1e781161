import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import {
  ATLAS_MITIGATION_IDS,
  atlasName,
  isAtlasMitigation,
  mitigationsForTechnique,
  techniqueMitigations,
  techniquesForMitigation,
} from './atlas-links';

const SHARED = new URL('../../../../shared/reference/atlas-5.6-data.json', import.meta.url);

describe('ATLAS mitigation links', () => {
  it('know the 35 mitigations AML.M0000–AML.M0034', () => {
    expect(ATLAS_MITIGATION_IDS).toHaveLength(35);
    expect(ATLAS_MITIGATION_IDS[0]).toBe('AML.M0000');
    expect(ATLAS_MITIGATION_IDS.at(-1)).toBe('AML.M0034');
    expect(isAtlasMitigation('AML.M0004')).toBe(true);
    expect(isAtlasMitigation('AML.M9999')).toBe(false);
  });

  it('link poisoning to data sanitisation both ways (ATLAS: AML.M0007 addresses AML.T0020)', () => {
    expect(techniquesForMitigation('AML.M0007')).toContain('AML.T0020');
    expect(mitigationsForTechnique('AML.T0020').has('AML.M0007')).toBe(true);
    expect(techniquesForMitigation('AML.M9999')).toEqual([]);
    expect(mitigationsForTechnique('AML.T9999').size).toBe(0);
  });

  it('give a sub-technique its parent’s links too', () => {
    const parent = mitigationsForTechnique('AML.T0024');
    for (const m of parent) expect(mitigationsForTechnique('AML.T0024.002').has(m)).toBe(true);
  });

  it.skipIf(!existsSync(SHARED))('are exactly the links of shared/reference/atlas-5.6-data.json', () => {
    const data = JSON.parse(readFileSync(SHARED, 'utf8')) as { mitigations: { id: string; techniques?: string[] }[] };
    for (const m of data.mitigations)
      expect([...techniquesForMitigation(m.id)]).toEqual([...(m.techniques ?? [])].sort());
    expect(ATLAS_MITIGATION_IDS).toEqual(data.mitigations.map((m) => m.id).sort());
  });
});

describe('techniqueMitigations', () => {
  it("shows ATLAS's own links for AML.T0053 (M0026, M0032, M0033, M0021, M0022 among them), and nothing of ours as ATLAS's", () => {
    const r = techniqueMitigations('AML.T0053', ['AML.M0021', 'AML.M0015']);
    for (const m of ['AML.M0021', 'AML.M0022', 'AML.M0026', 'AML.M0032', 'AML.M0033']) expect(r.atlas).toContain(m);
    expect(r.ours).toEqual(r.atlas.includes('AML.M0015') ? [] : ['AML.M0015']);
    expect(r.viaParent).toEqual([]);
  });
  it('keeps a sub-technique’s own links apart from its parent’s', () => {
    const r = techniqueMitigations('AML.T0043.004', []);
    for (const m of ['AML.M0003', 'AML.M0006', 'AML.M0010', 'AML.M0015'])
      expect([...r.atlas, ...r.viaParent]).toContain(m);
    for (const m of r.viaParent) expect(r.atlas).not.toContain(m);
  });
  it('names every ATLAS 5.6 technique and mitigation', () => {
    expect(atlasName('AML.T0053')).toBe('AI Agent Tool Invocation');
    expect(atlasName('AML.M0000')).toBe('Limit Public Release of Information');
    expect(atlasName('AML.T9999')).toBeUndefined();
  });
});
