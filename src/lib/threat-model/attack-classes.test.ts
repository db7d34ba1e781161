/**
 * The attack classes and attack-class-map.json. Coverage is checked against the ATLAS 5.6 data
 * summary in shared/reference/atlas-5.6-data.json (beside the project, so that check runs only
 * where ../shared is present, as in tests/unit/atlas-reference.test.ts) and, always, against every
 * ATLAS ID our own content uses. The spot checks' expected classes were worked out by hand from
 * each technique's description in ATLAS data v5.6.0 (mitre-atlas/atlas-data, dist/ATLAS.yaml; the
 * shared summary carries no descriptions); the reason column says what decided it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ATLAS_DATA_VERSION, OWASP_IDS, STRIDE } from '../frameworks/ids';
import classMapData from './attack-class-map.json';
import {
  ATTACK_CLASSES,
  ATTACK_CLASS_IDS,
  RELATED_CLASSES,
  RELATED_CLASS_CREDIT,
  classSimilarity,
  classesOf,
  classesOfOwasp,
  classesOfTechnique,
  readClassMap,
  setSimilarity,
  type AttackClassId,
  type ClassMapData,
} from './attack-classes';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const refPath = fileURLToPath(new URL('../../../../shared/reference/atlas-5.6-data.json', import.meta.url));
const hasRef = existsSync(refPath);

const techniqueIds = Object.keys(classMapData.techniques);
const sorted = (xs: readonly string[]) => [...xs].sort();

/** [technique, its classes, why: the part of its ATLAS description that decided them] */
const SPOT_CHECKS: [string, AttackClassId[], string][] = [
  ['AML.T0000', ['reconnaissance'], 'Reconnaissance: reading papers and blogs about the victim'],
  ['AML.T0002.001', ['reconnaissance'], 'acquiring public models gathers material; the attack comes later'],
  ['AML.T0005.001', ['extraction'], 'training a replica on the victim API answers is model extraction'],
  ['AML.T0005.002', ['evasion'], 'an off-the-shelf proxy steals nothing; it stages transfer attacks'],
  ['AML.T0010', ['supply-chain'], 'Initial Access through third-party AI components'],
  ['AML.T0010.000', ['supply-chain'], 'compromised hardware from the supply chain'],
  ['AML.T0010.001', ['supply-chain'], 'compromised ML libraries and frameworks'],
  ['AML.T0010.002', ['supply-chain', 'poisoning'], 'third-party data whose compromise ATLAS describes as poisoning'],
  ['AML.T0010.003', ['supply-chain'], 'a compromised pre-trained model from a hub'],
  ['AML.T0010.004', ['supply-chain'], 'a manipulated image pushed to the container registry'],
  ['AML.T0010.005', ['supply-chain'], 'a compromised agent tool or MCP server'],
  ['AML.T0012', ['identity-abuse'], 'abusing credentials of existing accounts or API keys'],
  ['AML.T0015', ['evasion'], 'inputs that make a deployed model miss what it guards'],
  ['AML.T0018', ['backdoor', 'model-tampering'], 'changing a model directly so it persists a hidden behaviour'],
  ['AML.T0018.000', ['poisoning', 'backdoor'], 'weights changed for targeted errors, degradation or a backdoor'],
  ['AML.T0018.002', ['infrastructure-compromise', 'model-tampering'], 'code hidden in a model file runs on load'],
  ['AML.T0020', ['poisoning'], 'modifying training data or its labels'],
  ['AML.T0024', ['membership-inference', 'inversion', 'extraction'], 'the parent names its three sub-attacks'],
  ['AML.T0024.000', ['membership-inference'], 'inferring whether a sample was in the training set'],
  ['AML.T0024.001', ['inversion'], 'reconstructing training data from confidence scores'],
  ['AML.T0024.002', ['extraction'], 'a functional copy trained on the model answers'],
  ['AML.T0029', ['dos-cost'], 'flooding an AI service to degrade or shut it down'],
  ['AML.T0034', ['dos-cost'], 'driving up the victim cost: cost harvesting'],
  ['AML.T0034.002', ['dos-cost'], 'an agent coerced into expensive tool calls is still cost harvesting'],
  ['AML.T0035', ['artifact-theft'], 'Collection of models and datasets for exfiltration'],
  ['AML.T0040', ['extraction', 'evasion'], 'black-box query access, the channel for extraction and evasion'],
  ['AML.T0043', ['evasion'], 'crafting adversarial data'],
  ['AML.T0043.000', ['evasion'], 'white-box adversarial optimisation'],
  ['AML.T0043.001', ['evasion'], 'black-box adversarial optimisation'],
  ['AML.T0043.002', ['evasion'], 'adversarial examples transferred from a proxy'],
  ['AML.T0043.003', ['evasion'], 'hand-made adversarial modifications'],
  ['AML.T0043.004', ['backdoor'], 'the trigger that activates a poisoned model is the backdoor, not evasion'],
  ['AML.T0044', ['artifact-theft'], 'white-box access means holding the weights, usually exfiltrated'],
  ['AML.T0048', ['misinformation'], 'External Harms: reputational and societal harm erode trust'],
  ['AML.T0048.004', ['artifact-theft', 'extraction'], 'IP theft by exfiltrating artifacts or extracting the model'],
  ['AML.T0051', ['prompt-injection-direct', 'prompt-injection-indirect'], 'the parent covers both delivery routes'],
  ['AML.T0051.000', ['prompt-injection-direct'], 'injected by the adversary as a user of the LLM'],
  ['AML.T0051.001', ['prompt-injection-indirect'], 'injected through a separate data channel the LLM ingests'],
  ['AML.T0051.002', ['prompt-injection-indirect'], 'planted in the environment and triggered by an event'],
  ['AML.T0053', ['excessive-agency'], 'making an agent invoke its tools for the adversary'],
  ['AML.T0054', ['prompt-injection-direct'], 'a jailbreak is direct prompt injection against safety training'],
  ['AML.T0056', ['sensitive-disclosure'], 'system prompt leakage'],
  ['AML.T0057', ['sensitive-disclosure'], 'prompts that make the LLM leak sensitive data'],
  ['AML.T0058', ['supply-chain', 'backdoor'], 'a poisoned model published where victims will pull it'],
  ['AML.T0069.002', ['sensitive-disclosure', 'reconnaissance'], 'Discovery of the system prompt is its leakage'],
  ['AML.T0070', ['poisoning', 'prompt-injection-indirect'], 'RAG poisoning: false content or injections in the index'],
  ['AML.T0072', ['infrastructure-compromise'], 'Command and Control through a reverse shell'],
  ['AML.T0077', ['output-handling'], 'the client renders model output (markdown images) that exfiltrates data'],
  ['AML.T0081', ['model-tampering'], 'modifying a deployed agent configuration'],
  ['AML.T0085.001', ['sensitive-disclosure', 'excessive-agency'], 'agent tools prompted to collect data'],
  ['AML.T0086', ['excessive-agency', 'sensitive-disclosure'], 'write-capable agent tools used to send data out'],
  ['AML.T0091.000', ['identity-abuse'], 'Lateral Movement with stolen application access tokens'],
  ['AML.T0092', ['repudiation'], 'editing chat history to cover the tracks'],
  ['AML.T0105', ['infrastructure-compromise'], 'Privilege Escalation by escaping a container to the host'],
  ['AML.T0112.000', ['infrastructure-compromise', 'excessive-agency'], 'a local agent abused to take the machine'],
];

describe('the attack classes', () => {
  it('are the twenty classes of the brief, each with a label and a one-sentence description', () => {
    expect(ATTACK_CLASSES.map((c) => c.id)).toEqual(ATTACK_CLASS_IDS);
    expect(ATTACK_CLASSES).toHaveLength(20);
    for (const c of ATTACK_CLASSES) {
      expect(c.label.length, c.id).toBeGreaterThan(0);
      // One sentence: ends with a full stop and has no other sentence break inside.
      expect(c.description, c.id).toMatch(/^[A-Z][^]*\.$/);
      expect(c.description.slice(0, -1), c.id).not.toMatch(/\.\s/);
    }
  });
});

describe.runIf(hasRef)('the map against ATLAS 5.6', () => {
  const ref: { techniques: { id: string; tactics?: string[]; parent?: string }[] } = hasRef
    ? JSON.parse(readFileSync(refPath, 'utf8'))
    : { techniques: [] };

  it('has every technique and sub-technique of the release, and nothing else', () => {
    expect(ref.techniques).toHaveLength(170);
    expect(sorted(techniqueIds)).toEqual(sorted(ref.techniques.map((t) => t.id)));
  });

  it('has spot checks from at least 15 of the 16 tactics (a sub-technique counts under its parent)', () => {
    const byId = new Map(ref.techniques.map((t) => [t.id, t]));
    const tactics = new Set(SPOT_CHECKS.flatMap(([id]) => byId.get(byId.get(id)?.parent ?? id)?.tactics ?? []));
    expect(tactics.size).toBeGreaterThanOrEqual(15);
  });
});

describe('attack-class-map.json', () => {
  it('is for ATLAS data release 5.6.0, its technique IDs well formed and sorted', () => {
    expect(classMapData.atlasVersion).toBe(ATLAS_DATA_VERSION);
    for (const id of techniqueIds) expect(id).toMatch(/^AML\.T\d{4}(\.\d{3})?$/);
    expect(techniqueIds).toEqual(sorted(techniqueIds));
  });

  it('knows every ATLAS technique ID used in our technique and threat-model content', () => {
    const used = new Set<string>();
    for (const folder of ['techniques', 'threat-models']) {
      const dir = join(root, 'src', 'content', folder);
      for (const file of readdirSync(dir)) {
        for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/AML\.T\d{4}(?:\.\d{3})?/g)) used.add(m[0]);
      }
    }
    // The content has 46 technique files and five threat models; an empty scan would pass vacuously.
    expect(used.size).toBeGreaterThanOrEqual(46);
    expect([...used].filter((id) => !(id in classMapData.techniques))).toEqual([]);
  });

  it('names 1 to 3 distinct, existing classes for every entry', () => {
    const sections = [classMapData.techniques, classMapData.owasp, classMapData.stride];
    for (const section of sections) {
      for (const [key, classes] of Object.entries(section)) {
        expect(classes.length, key).toBeGreaterThanOrEqual(1);
        expect(classes.length, key).toBeLessThanOrEqual(3);
        expect(new Set(classes).size, key).toBe(classes.length);
        for (const c of classes) expect(ATTACK_CLASS_IDS, `${key}: ${c}`).toContain(c);
      }
    }
  });

  it('uses every class for at least one technique or OWASP ID', () => {
    const used = new Set([...Object.values(classMapData.techniques), ...Object.values(classMapData.owasp)].flat());
    expect(sorted([...used])).toEqual(sorted(ATTACK_CLASS_IDS));
  });

  it('maps all twenty OWASP IDs, and STRIDE only for the three categories that name one attack', () => {
    expect(sorted(Object.keys(classMapData.owasp))).toEqual(sorted(OWASP_IDS));
    expect(classMapData.stride).toEqual({
      'Denial of service': ['dos-cost'],
      Spoofing: ['identity-abuse'],
      Repudiation: ['repudiation'],
    });
    for (const s of Object.keys(classMapData.stride)) expect(STRIDE).toContain(s);
  });
});

describe('spot checks: the attack each technique is', () => {
  it.each(SPOT_CHECKS)('%s → %j (%s)', (id, expected) => {
    expect(sorted(classesOfTechnique(id))).toEqual(sorted(expected));
  });

  it('covers at least 25 techniques', () => {
    expect(new Set(SPOT_CHECKS.map(([id]) => id)).size).toBeGreaterThanOrEqual(25);
  });

  it('gives [] for an ID the map does not know', () => {
    expect(classesOfTechnique('AML.T9999')).toEqual([]);
    expect(classesOfTechnique('AML.T0024.009')).toEqual([]);
    expect(classesOfTechnique('')).toEqual([]);
  });
});

describe('classesOfOwasp', () => {
  it.each([
    ['ML01', ['evasion']],
    ['ML03', ['inversion']],
    ['ML04', ['membership-inference']],
    ['ML05', ['extraction', 'artifact-theft']],
    ['ML07', ['backdoor', 'supply-chain']],
    ['LLM01:2025', ['prompt-injection-direct', 'prompt-injection-indirect']],
    ['LLM07:2025', ['sensitive-disclosure']],
    ['LLM08:2025', ['sensitive-disclosure', 'poisoning', 'inversion']],
    ['LLM10:2025', ['dos-cost']],
  ])('%s → %j', (id, expected) => {
    expect(sorted(classesOfOwasp(id))).toEqual(sorted(expected));
  });

  it('gives [] for an unknown or edition-less ID', () => {
    expect(classesOfOwasp('LLM01')).toEqual([]);
    expect(classesOfOwasp('ML11')).toEqual([]);
  });
});

describe('classesOf', () => {
  it('unites the ATLAS and OWASP classes, in ATTACK_CLASSES order and without repeats', () => {
    // llm-rag-assistant's markdown-exfiltration threat: T0057 and LLM02 sensitive-disclosure,
    // T0051.001 prompt-injection-indirect, LLM05 output-handling.
    expect(
      classesOf({
        atlas: ['AML.T0057', 'AML.T0051.001'],
        owasp: ['LLM05:2025', 'LLM02:2025'],
        stride: 'Information disclosure',
      }),
    ).toEqual(['prompt-injection-indirect', 'sensitive-disclosure', 'output-handling']);
    // T0024.002 and T0005 extraction, ML05 extraction and artifact-theft.
    expect(
      classesOf({ atlas: ['AML.T0024.002', 'AML.T0005'], owasp: ['ML05'], stride: 'Information disclosure' }),
    ).toEqual(['extraction', 'artifact-theft']);
  });

  it('adds an explicit attack class, and ignores one that is not a class', () => {
    expect(classesOf({ atlas: ['AML.T0015'], owasp: [], stride: 'Tampering', attack: 'misinformation' })).toEqual([
      'evasion',
      'misinformation',
    ]);
    expect(classesOf({ atlas: ['AML.T0015'], owasp: [], stride: 'Tampering', attack: 'model stealing' })).toEqual([
      'evasion',
    ]);
  });

  it('falls back on STRIDE only when nothing else names a class', () => {
    expect(classesOf({ atlas: [], owasp: [], stride: 'Repudiation' })).toEqual(['repudiation']);
    expect(classesOf({ atlas: [], owasp: [], stride: 'Spoofing' })).toEqual(['identity-abuse']);
    expect(classesOf({ atlas: [], owasp: [], stride: 'Denial of service' })).toEqual(['dos-cost']);
    // fraud-api-cloning: a repudiation threat that names the extraction technique is extraction.
    expect(classesOf({ atlas: ['AML.T0024.002'], owasp: [], stride: 'Repudiation' })).toEqual(['extraction']);
    // An explicit class also stops the fallback; an unknown one does not.
    expect(classesOf({ atlas: [], owasp: [], stride: 'Spoofing', attack: 'evasion' })).toEqual(['evasion']);
    expect(classesOf({ atlas: [], owasp: [], stride: 'Spoofing', attack: 'nonsense' })).toEqual(['identity-abuse']);
    // Unknown IDs name nothing, so the fallback applies.
    expect(classesOf({ atlas: ['AML.T9999'], owasp: ['LLM11:2025'], stride: 'Denial of service' })).toEqual([
      'dos-cost',
    ]);
  });

  it('gives [] when nothing names a class and the STRIDE category is too broad to', () => {
    for (const stride of ['Tampering', 'Information disclosure', 'Elevation of privilege']) {
      expect(classesOf({ atlas: [], owasp: [], stride })).toEqual([]);
    }
  });
});

describe('RELATED_CLASSES', () => {
  it('has no self-pair and no pair twice in either order', () => {
    const seen = new Set<string>();
    for (const { pair, reason } of RELATED_CLASSES) {
      expect(pair[0], reason).not.toBe(pair[1]);
      const key = sorted(pair).join('|');
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
      expect(reason.length, key).toBeGreaterThan(10);
    }
  });

  it("has the brief's 21 pairs and at most five more", () => {
    expect(RELATED_CLASSES.length).toBeGreaterThanOrEqual(21);
    expect(RELATED_CLASSES.length).toBeLessThanOrEqual(26);
  });

  it('is symmetric in use: classSimilarity(a, b) = classSimilarity(b, a) for all 400 ordered pairs', () => {
    let related = 0;
    for (const a of ATTACK_CLASS_IDS) {
      for (const b of ATTACK_CLASS_IDS) {
        expect(classSimilarity(a, b), `${a} ${b}`).toBe(classSimilarity(b, a));
        if (a < b && classSimilarity(a, b) === RELATED_CLASS_CREDIT) related++;
      }
    }
    expect(related).toBe(RELATED_CLASSES.length);
  });
});

describe('classSimilarity and setSimilarity', () => {
  it('scores 1 for the same class, 0.5 for a related one, 0 otherwise', () => {
    expect(classSimilarity('evasion', 'evasion')).toBe(1);
    expect(classSimilarity('poisoning', 'backdoor')).toBe(0.5);
    expect(classSimilarity('backdoor', 'poisoning')).toBe(0.5);
    // Deepfakes are not evasion: a wrong answer is not an attack on the model's input.
    expect(classSimilarity('misinformation', 'evasion')).toBe(0);
    // The case that motivated classes: membership inference and extraction share AML.T0024.
    expect(classSimilarity('membership-inference', 'extraction')).toBe(0);
    expect(classSimilarity('reconnaissance', 'dos-cost')).toBe(0);
  });

  it('takes the best pairwise similarity, and 0 when either side is empty', () => {
    expect(setSimilarity([], ['evasion'])).toBe(0);
    expect(setSimilarity(['evasion'], [])).toBe(0);
    expect(setSimilarity([], [])).toBe(0);
    // reconnaissance–extraction 0, reconnaissance–evasion 0, evasion–extraction 0, evasion–evasion 1.
    expect(setSimilarity(['reconnaissance', 'evasion'], ['extraction', 'evasion'])).toBe(1);
    // poisoning–backdoor 0.5, poisoning–model-tampering 0.5: no exact match.
    expect(setSimilarity(['poisoning'], ['backdoor', 'model-tampering'])).toBe(0.5);
    // dos-cost against identity-abuse and repudiation: no pair related.
    expect(setSimilarity(['dos-cost'], ['identity-abuse', 'repudiation'])).toBe(0);
  });

  it('compares threats by attack, not by ID prefix', () => {
    const of = (...atlas: string[]) => classesOf({ atlas, owasp: [], stride: 'Information disclosure' });
    // Same prefix, different attacks: membership inference vs extraction.
    expect(setSimilarity(of('AML.T0024.000'), of('AML.T0024.002'))).toBe(0);
    // Same prefix, related attacks: membership inference vs inversion.
    expect(setSimilarity(of('AML.T0024.000'), of('AML.T0024.001'))).toBe(0.5);
    // Different IDs, one attack: a transfer attack and the evasion it achieves.
    expect(setSimilarity(of('AML.T0043.002'), of('AML.T0015'))).toBe(1);
    // Direct and indirect prompt injection: related, not the same.
    expect(setSimilarity(of('AML.T0051.000'), of('AML.T0051.001'))).toBe(0.5);
  });
});

describe('readClassMap', () => {
  const base = (): ClassMapData => ({
    atlasVersion: '5.6.0',
    techniques: { 'AML.T0015': ['evasion'] },
    owasp: { ML01: ['evasion'] },
    stride: { Spoofing: ['identity-abuse'] },
  });

  it('reads a well-formed map', () => {
    const map = readClassMap(base());
    expect(map.atlasVersion).toBe('5.6.0');
    expect(map.techniques.get('AML.T0015')).toEqual(['evasion']);
    expect(map.owasp.get('ML01')).toEqual(['evasion']);
    expect(map.stride.get('Spoofing')).toEqual(['identity-abuse']);
  });

  it.each<[string, (d: ClassMapData) => void, string]>([
    [
      'a malformed technique ID',
      (d) => (d.techniques = { 'AML.T24': ['evasion'] }),
      'attack-class-map.json techniques.AML.T24: not an ATLAS technique ID',
    ],
    [
      'no class',
      (d) => (d.techniques = { 'AML.T0015': [] }),
      'attack-class-map.json techniques.AML.T0015: needs 1 to 3 classes, has 0',
    ],
    [
      'four classes',
      (d) => (d.techniques = { 'AML.T0015': ['evasion', 'poisoning', 'backdoor', 'extraction'] }),
      'attack-class-map.json techniques.AML.T0015: needs 1 to 3 classes, has 4',
    ],
    [
      'a class twice',
      (d) => (d.owasp = { ML01: ['evasion', 'evasion'] }),
      'attack-class-map.json owasp.ML01: names a class twice',
    ],
    [
      'an unknown class',
      (d) => (d.stride = { Spoofing: ['identity-theft'] }),
      'attack-class-map.json stride.Spoofing: "identity-theft" is not an attack class',
    ],
  ])('refuses %s', (_, spoil, message) => {
    const data = base();
    spoil(data);
    expect(() => readClassMap(data)).toThrow(new Error(message));
  });
});
