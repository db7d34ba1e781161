/**
 * The reference threat models map threats to the techniques and risks that say what they are
 * (issue 15's review): named oracles are ATLAS 5.6's technique names and OWASP ML Top 10 2023's
 * definitions (ML09 Output Integrity Attack: the output tampered between model and consumer;
 * ML10 Model Poisoning: the model's parameters manipulated, not its training data).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atlasName, mitigationsForTechnique } from '../../src/lib/frameworks/atlas-links';

type Threat = {
  element: string;
  stride: string;
  attack: string;
  atlas: string[];
  owasp: string[];
  title: string;
  mitigations: string[];
};
const model = (id: string): Threat[] =>
  JSON.parse(readFileSync(join(__dirname, '../../src/content/threat-models', `${id}.json`), 'utf8')).threats;
const all = [
  'ai-supply-chain',
  'fraud-api-cloning',
  'image-classifier',
  'llm-rag-assistant',
  'mcp-agent',
  'mlops-platform',
  'recommender-pipeline',
].flatMap((id) => model(id).map((t) => ({ ...t, scenario: id })));

describe('reference threat models: the right technique for what happens', () => {
  it('tenant escapes are AML.T0105 Escape to Host; a phished account is AML.T0012 Valid Accounts', () => {
    const mlops = model('mlops-platform');
    const escapes = mlops.filter((t) => /escape/i.test(t.title));
    expect(escapes.length).toBeGreaterThanOrEqual(2);
    for (const t of escapes) expect(t.atlas).toContain('AML.T0105');
    expect(mlops.find((t) => t.element === 'data-scientists' && t.stride === 'Spoofing')!.atlas).toEqual(['AML.T0012']);
  });

  it('markdown-image exfiltration is AML.T0077 LLM Response Rendering', () => {
    const t = model('llm-rag-assistant').find((x) => /Markdown images/.test(x.title))!;
    expect(t.atlas).toContain('AML.T0077');
    expect(t.atlas).not.toContain('AML.T0057');
  });

  it('AML.T0057 LLM Data Leakage is not used for data handling that is no attack (provider retention, staff access)', () => {
    const notAttacks = all.filter((t) => /retained by the third-party provider|open to too many staff/.test(t.title));
    expect(notAttacks).toHaveLength(2);
    for (const t of notAttacks) expect(t.atlas).not.toContain('AML.T0057');
  });

  it('ML10 Model Poisoning only where the model itself is altered; data poisoning is ML02', () => {
    for (const t of all.filter((x) => x.owasp.includes('ML10')))
      expect([t.scenario, t.attack]).toEqual([
        t.scenario,
        expect.stringMatching(/^(model-tampering|supply-chain|backdoor)$/),
      ]);
    const crowd = model('image-classifier').find((t) => /contributors poison/i.test(t.title))!;
    expect(crowd.owasp).toContain('ML02');
    expect(crowd.owasp).not.toContain('ML10');
  });

  it('ML09 Output Integrity Attack sits on the tag feed, the flow that carries the output', () => {
    const ml09 = model('image-classifier').filter((t) => t.owasp.includes('ML09'));
    expect(ml09.map((t) => t.element)).toEqual(['tag-feed']);
  });

  it('the agent mitigations ATLAS added (M0026–M0033) are applied where the assistant acts through tools', () => {
    const used = new Set(model('llm-rag-assistant').flatMap((t) => t.mitigations));
    for (const m of ['AML.M0026', 'AML.M0027', 'AML.M0028', 'AML.M0029', 'AML.M0030', 'AML.M0032', 'AML.M0033'])
      expect(used).toContain(m);
  });

  it('stolen or leaked keys are AML.T0012 Valid Accounts; fake sign-ups are AML.T0021 Establish Accounts', () => {
    const keys = all.filter((t) => t.stride === 'Spoofing' && /API key/i.test(t.title));
    expect(keys.map((t) => t.scenario).sort()).toEqual(['fraud-api-cloning', 'image-classifier']);
    for (const t of keys) expect(t.atlas).toEqual(['AML.T0012']);
    for (const t of all.filter((x) => /Sybil|fake accounts|fake profiles|trial accounts/i.test(x.title)))
      expect(t.atlas[0], t.title).toBe('AML.T0021');
  });

  it('pickled artifacts are AML.T0011.000 Unsafe AI Artifacts; injection through tool results is AML.T0051.001', () => {
    const pickles = all.filter((t) => /pickled/i.test(t.title));
    expect(pickles.length).toBeGreaterThanOrEqual(2);
    for (const t of pickles) expect(t.atlas).toContain('AML.T0011.000');
    expect(model('llm-rag-assistant').find((t) => t.element === 'tool-result')!.atlas).toEqual(['AML.T0051.001']);
  });

  it('physical patches use AML.T0041 Physical Environment Access; GPU-sharing tenants stay under AML.T0105 for escapes', () => {
    const patch = model('image-classifier').find((t) => /adversarial patches/i.test(t.title))!;
    expect(patch.atlas).toEqual(expect.arrayContaining(['AML.T0041', 'AML.T0015']));
    const dos = model('mlops-platform').find((t) => t.stride === 'Denial of service')!;
    expect(dos.atlas).toEqual(['AML.T0029']);
  });
});

/**
 * The MCP agent's reference keeps the threats the scenario exists to teach, each on the element
 * where it happens and under ATLAS 5.6's agent technique of that name (the names are checked
 * against atlas-names.json, facts from MITRE's data release). Where the reference says "tool
 * poisoning" or "rug pull", the oracle is Invariant Labs' tool-poisoning notice and the MCP
 * specification's tools and authorization pages, cited in the scenario's sources.
 */
describe('mcp-agent reference: the agent threats under their ATLAS agent techniques', () => {
  const mcp = model('mcp-agent');
  const acceptable: { element: string; stride: string; attack: string }[] = JSON.parse(
    readFileSync(join(__dirname, '../../src/content/threat-models/mcp-agent.json'), 'utf8'),
  ).acceptable;
  const on = (element: string, stride: string) => mcp.filter((t) => t.element === element && t.stride === stride);

  it('names each agent technique it relies on exactly as ATLAS 5.6 does', () => {
    expect(
      ['AML.T0110', 'AML.T0109', 'AML.T0053', 'AML.T0086', 'AML.T0080.000', 'AML.T0081', 'AML.T0083', 'AML.T0101'].map(
        atlasName,
      ),
    ).toEqual([
      'AI Agent Tool Poisoning',
      'AI Supply Chain Rug Pull',
      'AI Agent Tool Invocation',
      'Exfiltration via AI Agent Tool Invocation',
      'Memory',
      'Modify AI Agent Configuration',
      'Credentials from AI Agent Configuration',
      'Data Destruction via AI Agent Tool Invocation',
    ]);
  });

  it('puts tool poisoning on the tool descriptions as AML.T0110, and the rug pull on the vendor server as AML.T0109', () => {
    const [poisoning] = on('tool-descriptions', 'Tampering');
    expect(poisoning.title).toMatch(/tool poisoning/);
    expect(poisoning.atlas).toContain('AML.T0110');
    expect(poisoning.owasp).toEqual(expect.arrayContaining(['LLM01:2025', 'LLM03:2025']));
    const rug = on('registry-server', 'Tampering').find((t) => /rug pull/.test(t.title))!;
    expect(rug.atlas).toContain('AML.T0109');
    expect(rug.attack).toBe('supply-chain');
  });

  it('keeps cross-server shadowing on the agent host, where every server shares one context', () => {
    const shadowing = mcp.find((t) => /shadowing/.test(t.title))!;
    expect([shadowing.element, shadowing.stride]).toEqual(['agent-host', 'Elevation of privilege']);
    expect(shadowing.atlas).toEqual(expect.arrayContaining(['AML.T0110', 'AML.T0053']));
    expect(shadowing.mitigations).toContain('AML.M0032');
  });

  it('treats the ticket server as a confused deputy and its token passthrough as spoofing', () => {
    const deputy = on('ticket-server', 'Elevation of privilege')[0];
    expect(deputy.title).toMatch(/confused deputy/);
    expect(deputy.atlas).toContain('AML.T0053');
    expect(deputy.mitigations).toEqual(expect.arrayContaining(['AML.M0026', 'AML.M0027', 'AML.M0028']));
    const passthrough = on('ticket-server', 'Spoofing')[0];
    expect(passthrough.title).toMatch(/token passthrough/);
    expect(passthrough.atlas).toEqual(['AML.T0091.000']);
  });

  it('maps memory poisoning to AML.T0080.000 with Memory Hardening, and the config edit to AML.T0081', () => {
    const memory = on('agent-memory', 'Tampering')[0];
    expect(memory.atlas).toEqual(['AML.T0080.000']);
    expect(memory.mitigations).toContain('AML.M0031');
    expect(on('workspace', 'Tampering')[0].atlas).toEqual(['AML.T0081']);
    expect(on('workspace', 'Information disclosure')[0].atlas).toContain('AML.T0083');
  });

  it('maps exfiltration through a tool to AML.T0086 on both ways out: the vendor’s arguments and mail or URL fetches', () => {
    const exfiltration = mcp.filter((t) => t.atlas.includes('AML.T0086')).map((t) => t.element);
    expect(exfiltration.sort()).toEqual(['comms-server', 'vendor-call']);
  });

  it('treats every tool result that carries an outsider’s text as indirect prompt injection (AML.T0051.001)', () => {
    for (const flow of ['comms-result', 'ticket-result', 'file-result']) {
      const [t] = on(flow, 'Tampering');
      expect(t.atlas, flow).toContain('AML.T0051.001');
      expect(t.attack, flow).toBe('prompt-injection-indirect');
    }
    expect(acceptable).toContainEqual(
      expect.objectContaining({ element: 'vendor-result', stride: 'Tampering', attack: 'prompt-injection-indirect' }),
    );
  });

  it('applies every agent mitigation ATLAS added (M0026–M0033), and ATLAS’s own link wherever ATLAS has one', () => {
    const used = new Set(mcp.flatMap((t) => t.mitigations));
    for (let n = 26; n <= 33; n++) expect(used).toContain(`AML.M00${n}`);
    for (const t of mcp) {
      const linked = new Set(t.atlas.flatMap((id) => [...mitigationsForTechnique(id)]));
      if (linked.size > 0)
        expect(
          t.mitigations.some((m) => linked.has(m)),
          t.title,
        ).toBe(true);
    }
  });
});
