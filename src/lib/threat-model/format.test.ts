import { describe, expect, it } from 'vitest';
import { parseThreatModelText, serializeThreatModel, MAX_IMPORT_BYTES } from './format';
import type { Diagram, ThreatModel } from '../content/schemas';

const diagram: Diagram = {
  elements: [
    { id: 'users', kind: 'external-entity', label: 'Users', description: 'People.', x: 10, y: 10 },
    { id: 'api', kind: 'process', label: 'API', description: 'Serves.', x: 200, y: 10 },
  ],
  flows: [{ id: 'request', from: 'users', to: 'api', label: 'Request' }],
  boundaries: [],
};
const good: ThreatModel = {
  format: 'dojo-threat-model/1',
  scenario: 'demo',
  threats: [
    {
      element: 'request',
      stride: 'Tampering',
      atlas: ['AML.T0043'],
      owasp: ['ML01'],
      title: 'Adversarial input',
      likelihood: 3,
      impact: 4,
      mitigations: [],
      notes: 'n',
    },
  ],
};

describe('parseThreatModelText', () => {
  it('round-trips an exported model', () => {
    const r = parseThreatModelText(serializeThreatModel(good), 'demo', diagram);
    expect(r).toEqual({ ok: true, value: good });
  });

  it('fills defaults for omitted lists', () => {
    const r = parseThreatModelText(
      JSON.stringify({
        format: 'dojo-threat-model/1',
        scenario: 'demo',
        threats: [{ element: 'api', stride: 'Spoofing', title: 't', likelihood: 1, impact: 1 }],
      }),
      'demo',
    );
    expect(r.ok && r.value.threats[0].atlas).toEqual([]);
  });

  const refused: [string, string, string][] = [
    ['broken JSON', '{"format":', 'The file is not valid JSON ('],
    [
      // `{"format":"dojo-threat-model/1",` is 32 characters: the second "format" opens at column 33.
      'a key given twice',
      '{"format":"dojo-threat-model/1","format":"dojo-threat-model/1","scenario":"demo","threats":[]}',
      'The file has the key "format" twice in the object at $ (line 1, column 33); each key may appear only once.',
    ],
    [
      // `{"threats":` is 11 characters and its "{" is level 1: level 257 is the 256th "[", column 267.
      'nesting deeper than 256 levels',
      `{"threats":${'['.repeat(300)}${']'.repeat(300)}}`,
      'The file has more than 256 nested arrays and objects (line 1, column 267); a threat model needs only a few levels.',
    ],
    ['an array', '[]', 'The file is not a dojo threat model: it should be a JSON object'],
    [
      'no format',
      '{"threats":[]}',
      'The file is not a dojo threat model: it has no "format" field (expected "dojo-threat-model/1").',
    ],
    [
      'another format',
      '{"format":"threat-dragon"}',
      'The file is not a dojo threat model: its format is "threat-dragon" (expected "dojo-threat-model/1").',
    ],
    [
      'a newer version',
      '{"format":"dojo-threat-model/2","scenario":"demo","threats":[]}',
      'The file was saved in "dojo-threat-model/2", a newer version than this site reads ("dojo-threat-model/1"). Open it with a newer version of the site.',
    ],
    [
      'another scenario',
      '{"format":"dojo-threat-model/1","scenario":"other","threats":[]}',
      'The file is a threat model of the scenario "other", not of "demo".',
    ],
    [
      'a rating out of range',
      JSON.stringify({ ...good, threats: [{ ...good.threats[0], likelihood: 9 }] }),
      'The file does not match dojo-threat-model/1: threats › threat 1 › likelihood: ',
    ],
    [
      'an unknown field',
      JSON.stringify({ ...good, extra: 1 }),
      'The file does not match dojo-threat-model/1: the file: ',
    ],
    [
      'an element not in the diagram',
      JSON.stringify({ ...good, threats: [{ ...good.threats[0], element: 'db' }] }),
      'The file does not fit this scenario\'s diagram: threat 1 names "db", which is not an element or flow of this diagram.',
    ],
    [
      'a STRIDE category the kind cannot have',
      JSON.stringify({ ...good, threats: [{ ...good.threats[0], element: 'users', stride: 'Tampering' }] }),
      'The file does not fit this scenario\'s diagram: threat 1 puts Tampering on "Users", but an external entity can only have Spoofing, Repudiation.',
    ],
  ];
  for (const [what, text, message] of refused) {
    it(`refuses ${what} with a clear message`, () => {
      const r = parseThreatModelText(text, 'demo', diagram);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.startsWith(message)).toBe(true);
    });
  }

  it('refuses a huge file before parsing it', () => {
    const r = parseThreatModelText(' '.repeat(MAX_IMPORT_BYTES + 1), 'demo');
    expect(r).toEqual({
      ok: false,
      error: `The file is too large (${MAX_IMPORT_BYTES + 1} characters; at most ${MAX_IMPORT_BYTES} are read).`,
    });
  });
});

describe('unknown ATLAS IDs (issue 12, item 7)', () => {
  const withIds = (atlas: string[], mitigations: string[]) =>
    JSON.stringify({ ...good, threats: [{ ...good.threats[0], atlas, mitigations }] });
  it('refuses a technique or mitigation ID that ATLAS 5.6 does not have, naming it and its threat', () => {
    expect(parseThreatModelText(withIds(['AML.T9999'], []), 'demo', diagram)).toEqual({
      ok: false,
      error: 'The file names "AML.T9999" in threat 1, which is not an ATLAS 5.6.0 technique.',
    });
    expect(parseThreatModelText(withIds([], ['AML.M9999']), 'demo', diagram)).toEqual({
      ok: false,
      error: 'The file names "AML.M9999" in threat 1, which is not an ATLAS 5.6.0 mitigation.',
    });
  });
  it('accepts any real ATLAS 5.6 ID, not only those with a page on the site', () => {
    expect(parseThreatModelText(withIds(['AML.T0105', 'AML.T0024.000'], ['AML.M0034']), 'demo', diagram).ok).toBe(true);
  });
});
