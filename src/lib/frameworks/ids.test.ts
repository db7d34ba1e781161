/**
 * The frameworks' fixed vocabularies against the project's reference notes,
 * shared/reference/frameworks.md (OWASP lists, STRIDE per element, the ATLAS tactics) and
 * atlas-5.6-ids.json. The reference lives beside the project, not in it, so those checks run only
 * where ../shared is present (as in tests/unit/atlas-reference.test.ts, which also compares the
 * tactics' IDs and names with the JSON); the rest pins what the module states.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  ATLAS_DATA_VERSION,
  ATLAS_TACTICS,
  ATLAS_TACTIC_IDS,
  ELEMENT_KINDS,
  OWASP_IDS,
  OWASP_LLM_2025,
  OWASP_ML_2023,
  OWASP_RISKS,
  STRIDE,
  STRIDE_BY_KIND,
  owaspName,
} from './ids';

const reference = fileURLToPath(new URL('../../../../shared/reference/', import.meta.url));
const hasReference = existsSync(`${reference}frameworks.md`) && existsSync(`${reference}atlas-5.6-ids.json`);

describe('the vocabularies as stated', () => {
  it('has the six STRIDE categories in order and the four element kinds', () => {
    expect(STRIDE).toEqual([
      'Spoofing',
      'Tampering',
      'Repudiation',
      'Information disclosure',
      'Denial of service',
      'Elevation of privilege',
    ]);
    expect(ELEMENT_KINDS).toEqual(['external-entity', 'process', 'data-store', 'data-flow']);
  });

  it('has 16 ATLAS tactics of data release 5.6.0, IDs unique, short names the kebab-case names', () => {
    expect(ATLAS_DATA_VERSION).toBe('5.6.0');
    expect(ATLAS_TACTICS).toHaveLength(16);
    expect(new Set(ATLAS_TACTIC_IDS).size).toBe(16);
    expect(ATLAS_TACTIC_IDS).toEqual(ATLAS_TACTICS.map((t) => t.id));
    for (const t of ATLAS_TACTICS) expect(t.shortName, t.id).toBe(t.name.toLowerCase().replace(/ /g, '-'));
    // frameworks.md: ATLAS's own Navigator layers use short names such as ai-model-access.
    expect(ATLAS_TACTICS.find((t) => t.id === 'AML.TA0000')!.shortName).toBe('ai-model-access');
  });

  it('has ten OWASP LLM risks with the 2025 edition in the ID, and ten ML risks', () => {
    expect(OWASP_LLM_2025.map((r) => r.id)).toEqual(
      Array.from({ length: 10 }, (_, i) => `LLM${String(i + 1).padStart(2, '0')}:2025`),
    );
    expect(OWASP_ML_2023.map((r) => r.id)).toEqual(
      Array.from({ length: 10 }, (_, i) => `ML${String(i + 1).padStart(2, '0')}`),
    );
    expect(OWASP_RISKS).toEqual([...OWASP_LLM_2025, ...OWASP_ML_2023]);
    expect(OWASP_IDS).toEqual(OWASP_RISKS.map((r) => r.id));
  });

  it('names an OWASP risk by its exact ID, and nothing else', () => {
    expect(owaspName('LLM01:2025')).toBe('Prompt Injection');
    expect(owaspName('ML05')).toBe('Model Theft');
    expect(owaspName('LLM01')).toBeUndefined();
    expect(owaspName('llm01:2025')).toBeUndefined();
    expect(owaspName('')).toBeUndefined();
  });
});

// vitest still runs a skipped describe's body to collect its tests: read the files only if present.
describe.runIf(hasReference)('the vocabularies agree with shared/reference', () => {
  const md = hasReference ? readFileSync(`${reference}frameworks.md`, 'utf8').replace(/\s+/g, ' ') : '';
  const between = (from: string, to: string) => md.slice(md.indexOf(from), md.indexOf(to, md.indexOf(from)));
  const entries = (text: string) =>
    text.split(' · ').map((e) => {
      const [, id, name] = /^(\S+) (.+)$/.exec(e.trim())!;
      return { id, name };
    });

  it('OWASP LLM Top 10 2025 (IDs stored with the edition)', () => {
    const listed = entries(between('LLM01 Prompt', '. (A 2026'));
    expect(OWASP_LLM_2025).toEqual(listed.map((e) => ({ id: `${e.id}:2025`, name: e.name })));
  });

  it('OWASP Machine Learning Security Top 10', () => {
    expect(OWASP_ML_2023).toEqual(entries(between('ML01 Input', '. ## STRIDE')));
  });

  it('STRIDE per element: external entity S R; process all; data store T R I D; data flow T I D', () => {
    const kinds = {
      'external entity': 'external-entity',
      process: 'process',
      'data store': 'data-store',
      'data flow': 'data-flow',
    };
    const section = between('Which apply to which element kind', 'Microsoft');
    const stated = Object.fromEntries(
      [...section.matchAll(/(external entity|process|data store|data flow) ((?:[STRIDE] ?)+)/g)].map(
        ([, kind, letters]) => [
          kinds[kind as keyof typeof kinds],
          letters
            .trim()
            .split(' ')
            .map((l) => STRIDE.find((c) => c[0] === l)),
        ],
      ),
    );
    expect(Object.keys(stated)).toHaveLength(4);
    expect(STRIDE_BY_KIND).toEqual(stated);
  });

  it('the ATLAS tactics in matrix order, as frameworks.md lists them and atlas-5.6-ids.json holds them', () => {
    const listed = entries(between('Tactics: ', ' Techniques most used').slice('Tactics: '.length));
    expect(ATLAS_TACTICS.map(({ id, name }) => ({ id, name }))).toEqual(listed);
    const json = JSON.parse(readFileSync(`${reference}atlas-5.6-ids.json`, 'utf8')) as { source: string };
    expect(json.source).toContain(`release ${ATLAS_DATA_VERSION}`);
  });
});
