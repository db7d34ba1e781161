import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import {
  ATLAS_MITIGATION_IDS,
  isAtlasMitigation,
  mitigationsForTechnique,
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
