/**
 * The reference threat models map threats to the techniques and risks that say what they are
 * (issue 15's review): named oracles are ATLAS 5.6's technique names and OWASP ML Top 10 2023's
 * definitions (ML09 Output Integrity Attack: the output tampered between model and consumer;
 * ML10 Model Poisoning: the model's parameters manipulated, not its training data).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

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
