/**
 * The AI supply-chain scenario's reference threat model keeps the threats a practitioner expects
 * (issue 15, item 3), each on the element or flow where it happens and mapped to the technique
 * that says what it is. Named oracles: ATLAS 5.6's technique and mitigation names
 * (src/lib/frameworks/atlas-names.json), ModelScan's README (it finds unsafe operators and code in
 * serialised files, not behaviour), and model_signing's README (verification takes the expected
 * identity and issuer). Its diagram's geometry is checked with every scenario's, in
 * tests/unit/scenario-diagrams.test.ts.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentOrThrow } from '../../src/lib/content/load-from-disk';
import type { ReferenceThreatModel, Threat } from '../../src/lib/content/schemas';
import atlasNames from '../../src/lib/frameworks/atlas-names.json';

const root = resolve(__dirname, '..', '..');
const content = loadContentOrThrow(root);
const scenario = content.scenarios.find((s) => s.data.id === 'ai-supply-chain')!.data;
const reference: ReferenceThreatModel = content.threatModels.find((m) => m.data.scenario === 'ai-supply-chain')!.data;

/** The one reference threat on `element` with this STRIDE category and attack class. */
function threat(element: string, stride: Threat['stride'], attack: Threat['attack']): Threat {
  const found = reference.threats.filter((t) => t.element === element && t.stride === stride && t.attack === attack);
  expect(found, `${element} ${stride} ${attack}`).toHaveLength(1);
  return found[0];
}

describe('ai-supply-chain reference: the key threats and their mappings', () => {
  it.each([
    // element, STRIDE, attack class, ATLAS techniques it must name, mitigations it must name
    ['pull-models', 'Tampering', 'supply-chain', ['AML.T0011.000', 'AML.T0018.002'], ['AML.M0016', 'AML.M0011']],
    ['pull-models', 'Tampering', 'backdoor', ['AML.T0058', 'AML.T0018.000'], ['AML.M0008']],
    ['pull-datasets', 'Tampering', 'poisoning', ['AML.T0019', 'AML.T0010.002'], ['AML.M0007', 'AML.M0025']],
    ['pull-datasets', 'Tampering', 'supply-chain', ['AML.T0010.002'], ['AML.M0025']],
    ['pull-packages', 'Tampering', 'supply-chain', ['AML.T0010.001'], ['AML.M0016']],
    ['package-index', 'Spoofing', 'supply-chain', ['AML.T0010.001', 'AML.T0011.001'], ['AML.M0011']],
    ['model-hub', 'Spoofing', 'supply-chain', ['AML.T0073', 'AML.T0074'], ['AML.M0014']],
    ['request-artefact', 'Tampering', 'supply-chain', ['AML.T0010.003'], ['AML.M0014']],
    ['artefact-intake', 'Tampering', 'supply-chain', ['AML.T0076'], ['AML.M0016', 'AML.M0011']],
    ['artefact-intake', 'Elevation of privilege', 'supply-chain', ['AML.T0011.000'], ['AML.M0011']],
    ['fine-tuning-pipeline', 'Tampering', 'backdoor', ['AML.T0018.000'], ['AML.M0008']],
    ['fine-tuning-pipeline', 'Elevation of privilege', 'infrastructure-compromise', ['AML.T0010.001'], ['AML.M0013']],
    ['model-registry', 'Tampering', 'model-tampering', ['AML.T0018'], ['AML.M0013', 'AML.M0014']],
    ['load-model', 'Tampering', 'model-tampering', ['AML.T0018'], ['AML.M0013', 'AML.M0014']],
    ['sigstore', 'Spoofing', 'identity-abuse', ['AML.T0073'], ['AML.M0013']],
    ['model-registry', 'Repudiation', 'repudiation', [], ['AML.M0023']],
    ['artefact-mirror', 'Repudiation', 'repudiation', [], ['AML.M0023', 'AML.M0025']],
  ] as const)('%s %s (%s) names %j and %j', (element, stride, attack, atlas, mitigations) => {
    const t = threat(element, stride, attack);
    expect(t.atlas).toEqual(expect.arrayContaining([...atlas]));
    expect(t.mitigations).toEqual(expect.arrayContaining([...mitigations]));
  });

  it('names only ATLAS 5.6 techniques and mitigations', () => {
    const ids = reference.threats.flatMap((t) => [...t.atlas, ...t.mitigations]);
    const known = { ...atlasNames.techniques, ...atlasNames.mitigations } as Record<string, string>;
    expect(ids.filter((id) => !(id in known))).toEqual([]);
    // The two IDs the scenario turns on, by name (ATLAS 5.6).
    expect(known['AML.T0011.000']).toBe('Unsafe AI Artifacts');
    expect(known['AML.T0076']).toBe('Corrupt AI Model');
  });

  it('never answers a backdoor with scanning alone: ModelScan finds code, not behaviour (its README)', () => {
    const backdoors = reference.threats.filter((t) => t.attack === 'backdoor');
    expect(backdoors.length).toBeGreaterThanOrEqual(2);
    for (const t of backdoors) {
      expect(t.mitigations, t.title).toContain('AML.M0008');
      expect(t.notes ?? '', t.title).not.toMatch(/ModelScan (detects|finds|catches) (a )?backdoor/i);
    }
  });

  it('puts a LoRA adapter threat where adapters are merged, and maps it to the OWASP LLM list', () => {
    const t = threat('fine-tuning-pipeline', 'Tampering', 'backdoor');
    expect(t.title).toMatch(/LoRA adapter/);
    expect(t.owasp).toEqual(expect.arrayContaining(['LLM03:2025', 'LLM04:2025']));
  });

  it('says a signature is checked against an identity, and never that a registry signs models', () => {
    expect(threat('sigstore', 'Spoofing', 'identity-abuse').notes).toMatch(/identity/);
    const text = reference.threats.map((t) => `${t.title} ${t.notes ?? ''}`).join('\n');
    expect(text).not.toMatch(/MLflow (signs|verifies)/);
    expect(threat('model-registry', 'Tampering', 'model-tampering').notes).toMatch(/does not sign/);
  });

  it('gives every flow that crosses the internet boundary a tampering threat, and every outside publisher a spoofing one', () => {
    const internet = new Set(scenario.diagram.boundaries.find((b) => b.id === 'internet')!.elements);
    const inbound = scenario.diagram.flows.filter((f) => internet.has(f.from)).map((f) => f.id);
    expect(inbound.sort()).toEqual(['pull-datasets', 'pull-models', 'pull-packages']);
    for (const id of inbound)
      expect(
        reference.threats.some((t) => t.element === id && t.stride === 'Tampering'),
        id,
      ).toBe(true);
    for (const id of internet)
      expect(
        reference.threats.some((t) => t.element === id && t.stride === 'Spoofing'),
        id,
      ).toBe(true);
  });
});
