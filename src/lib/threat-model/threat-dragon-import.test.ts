/**
 * Threat Dragon import. Oracles: (1) our own export, read back, gives every reference model's
 * threats and grade unchanged (the round trip); (2) a hand-made edit of an export, as a learner
 * would make it in Threat Dragon, with each cell's and threat's fate worked out by hand from the
 * matching rules (ID, then name, then a flow's ends) and STRIDE per element; (3) the exact
 * sentence of every refusal.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Threat, ThreatModel } from '../content/schemas';
import { loadContent } from '../content/load-from-disk';
import { stableUuid } from './ids';
import { scoreThreatModel } from './score';
import { toThreatDragon, type TdModel, type TdScenario, type TdThreat } from './threat-dragon';
import { describeTdImport, importThreatDragonText } from './threat-dragon-import';

const { content } = loadContent(resolve(__dirname, '..', '..', '..'));
const json = (v: unknown) => JSON.stringify(v, null, 2);
const key = (t: Threat) => JSON.stringify([t.element, t.stride, t.title, t.atlas, t.owasp, t.mitigations]);
const sorted = (ts: Threat[]) => [...ts].sort((a, b) => (key(a) < key(b) ? -1 : 1));

describe('importThreatDragonText: the round trip of our own export', () => {
  for (const { data: s } of content.scenarios) {
    const reference = content.threatModels.find((m) => m.data.scenario === s.id)!.data;
    const ref: ThreatModel = { format: reference.format, scenario: reference.scenario, threats: reference.threats };
    it(`${s.id}: gives back every threat of the reference, matched by ID, and the same grade`, () => {
      const r = importThreatDragonText(json(toThreatDragon(ref, s)), s);
      if (!r.ok) throw new Error(r.error);
      expect(sorted(r.value.model.threats)).toEqual(sorted(ref.threats));
      expect(r.value.summary.unmatchedCells).toEqual([]);
      expect(r.value.summary.skippedThreats).toEqual([]);
      expect(r.value.summary.adjusted).toEqual([]);
      expect(r.value.summary.matched.every((m) => m.by === 'ID')).toBe(true);
      expect(r.value.summary.matched).toHaveLength(s.diagram.elements.length + s.diagram.flows.length);
      const grade = (m: ThreatModel) => scoreThreatModel(m, reference, { diagram: s.diagram }).overall;
      expect(grade(r.value.model)).toBe(grade(ref));
    });
  }
});

const scenario: TdScenario = {
  id: 'demo',
  title: 'Demo system',
  summary: 'A scoring API.',
  diagram: {
    elements: [
      { id: 'users', kind: 'external-entity', label: 'Users', description: '', x: 100, y: 300 },
      { id: 'api', kind: 'process', label: 'Scoring API', description: '', x: 500, y: 300 },
      { id: 'log', kind: 'data-store', label: 'Audit log', description: '', x: 800, y: 300 },
    ],
    flows: [
      { id: 'request', from: 'users', to: 'api', label: 'Request' },
      { id: 'write', from: 'api', to: 'log', label: 'Write' },
    ],
    boundaries: [{ id: 'dc', label: 'Data centre', elements: ['api', 'log'] }],
  },
};
const threat = (over: Partial<Threat>): Threat => ({
  element: 'api',
  stride: 'Tampering',
  atlas: [],
  owasp: [],
  title: 't',
  likelihood: 2,
  impact: 5,
  mitigations: [],
  ...over,
});
const mine: ThreatModel = {
  format: 'dojo-threat-model/1',
  scenario: 'demo',
  threats: [
    threat({
      title: 'Model extraction',
      stride: 'Information disclosure',
      atlas: ['AML.T0024.002'],
      attack: 'extraction',
    }),
    threat({ element: 'request', title: 'Replayed request' }),
  ],
};
const cellId = (id: string) => stableUuid(`demo/cell/${id}`);
/** A threat as Threat Dragon writes one (typed as ours: the status is whatever the learner chose). */
const tdThreat = (over: Record<string, unknown>) =>
  ({
    id: `td-${String(over.title)}`,
    title: 'x',
    type: 'Tampering',
    status: 'Open',
    severity: 'Medium',
    description: '',
    mitigation: '',
    modelType: 'STRIDE',
    ...over,
  }) as unknown as TdThreat;

/** Our export, then edited as a learner would edit it in Threat Dragon. */
function editedInThreatDragon(): TdModel {
  const td = structuredClone(toThreatDragon(mine, scenario));
  const cells = td.detail.diagrams[0].cells;
  const find = (id: string) => cells.find((c) => c.id === cellId(id))!;
  // The API redrawn: a new cell ID, the same name (with Threat Dragon's line break).
  const api = find('api');
  api.id = 'a1b2c3d4-new-cell';
  for (const c of cells) {
    if (c.source?.cell === cellId('api')) c.source.cell = api.id;
    if (c.target?.cell === cellId('api')) c.target.cell = api.id;
  }
  api.data.name = 'Scoring\nAPI';
  api.data.threats!.push(
    tdThreat({
      title: 'Stolen model',
      type: 'Information disclosure',
      severity: 'High',
      description: 'A competitor queries it to clone it: AML.T0024.002, AML.T9999, ML05.',
      mitigation: 'AML.M0004 Restrict Number of AI Model Queries\nWatch for query bursts',
    }),
    tdThreat({ title: 'Linked identities', type: 'Linkability' }),
    tdThreat({ title: 'Ruled out', status: 'NotApplicable' }),
    tdThreat({ title: 'Mitigated already', type: 'Denial of service', status: 'Mitigated', severity: 'Low' }),
  );
  // The write flow renamed and redrawn: only its two ends say which flow it is.
  const write = find('write');
  write.id = 'flow-redrawn';
  write.data.name = 'Append entry';
  // Spoofing does not apply to a data store.
  find('log').data.threats!.push(tdThreat({ title: 'Fake log', type: 'Spoofing' }));
  // A new actor that our scenario does not have.
  cells.push({
    id: 'attacker-cell',
    shape: 'actor',
    zIndex: 40,
    data: {
      type: 'tm.Actor',
      name: 'Attacker',
      description: '',
      hasOpenThreats: true,
      threats: [tdThreat({ title: 'Phishing' })],
    },
  });
  return td;
}

describe('importThreatDragonText: a model edited in Threat Dragon', () => {
  const r = importThreatDragonText(json(editedInThreatDragon()), scenario);
  if (!r.ok) throw new Error(r.error);
  const { model, summary } = r.value;

  it('matches cells by ID, then by name, then a flow by its ends', () => {
    expect(summary.matched.map((m) => [m.cell, m.element, m.by, m.threats])).toEqual([
      ['Users', 'users', 'ID', 0],
      ['Scoring API', 'api', 'name', 3],
      ['Audit log', 'log', 'ID', 0],
      ['Request', 'request', 'ID', 1],
      ['Append entry', 'write', 'ends', 0],
    ]);
    expect(summary.unmatchedCells).toEqual([{ cell: 'Attacker', type: 'tm.Actor', threats: 1 }]);
  });

  it('reads our own threats back exactly, and one written in Threat Dragon from its text', () => {
    expect(model.threats).toEqual(
      [
        { ...mine.threats[0], notes: undefined },
        {
          element: 'api',
          stride: 'Information disclosure',
          atlas: ['AML.T0024.002'],
          owasp: ['ML05'],
          title: 'Stolen model',
          // High severity: 4 × 4 = 16, in our High band (risk.ts).
          likelihood: 4,
          impact: 4,
          mitigations: ['AML.M0004'],
          notes:
            'A competitor queries it to clone it: AML.T0024.002, AML.T9999, ML05.\nMitigation: Watch for query bursts',
        },
        // A mitigated threat is still a threat the learner found.
        threat({ stride: 'Denial of service', title: 'Mitigated already', likelihood: 2, impact: 2 }),
        mine.threats[1],
      ].map((t) => JSON.parse(JSON.stringify(t))),
    );
  });

  it('says what it left out and what it changed, and why', () => {
    expect(summary.skippedThreats).toEqual([
      {
        title: 'Linked identities',
        cell: 'Scoring API',
        reason:
          'its type "Linkability" is not a STRIDE category (Spoofing, Tampering, Repudiation, Information disclosure, Denial of service, Elevation of privilege)',
      },
      { title: 'Ruled out', cell: 'Scoring API', reason: 'its status is "NotApplicable"' },
      { title: 'Fake log', cell: 'Audit log', reason: 'Spoofing does not apply to a data store (STRIDE per element)' },
      { title: 'Phishing', cell: 'Attacker', reason: 'its cell matches no element of this scenario' },
    ]);
    expect(summary.adjusted).toEqual([
      { title: 'Stolen model', cell: 'Scoring API', note: 'left out AML.T9999, not in ATLAS 5.6' },
      { title: 'Stolen model', cell: 'Scoring API', note: 'likelihood and impact set to 4 × 4 from its severity High' },
      {
        title: 'Mitigated already',
        cell: 'Scoring API',
        note: 'likelihood and impact set to 2 × 2 from its severity Low',
      },
    ]);
    expect(describeTdImport(summary, scenario.diagram)).toEqual([
      'Cell "Users" matched Users by ID: 0 threats imported.',
      'Cell "Scoring API" matched Scoring API by name: 3 threats imported.',
      'Cell "Audit log" matched Audit log by ID: 0 threats imported.',
      'Cell "Request" matched Request by ID: 1 threat imported.',
      'Cell "Append entry" matched Write by ends: 0 threats imported.',
      'Cell "Attacker" (tm.Actor) matches no element of this scenario; its threat was not imported.',
      'Threat "Linked identities" on "Scoring API" was not imported: its type "Linkability" is not a STRIDE category (Spoofing, Tampering, Repudiation, Information disclosure, Denial of service, Elevation of privilege).',
      'Threat "Ruled out" on "Scoring API" was not imported: its status is "NotApplicable".',
      'Threat "Fake log" on "Audit log" was not imported: Spoofing does not apply to a data store (STRIDE per element).',
      'Threat "Stolen model" on "Scoring API": left out AML.T9999, not in ATLAS 5.6.',
      'Threat "Stolen model" on "Scoring API": likelihood and impact set to 4 × 4 from its severity High.',
      'Threat "Mitigated already" on "Scoring API": likelihood and impact set to 2 × 2 from its severity Low.',
    ]);
  });

  it('does not match a name two elements of the same sort share', () => {
    const twins: TdScenario = {
      ...scenario,
      diagram: {
        ...scenario.diagram,
        elements: [...scenario.diagram.elements, { ...scenario.diagram.elements[1], id: 'api-2' }],
      },
    };
    const again = importThreatDragonText(json(editedInThreatDragon()), twins);
    if (!again.ok) throw new Error(again.error);
    // The flow from the API to the log then has an unmatched end, so its ends say nothing either.
    expect(again.value.summary.unmatchedCells.map((u) => u.cell)).toEqual(['Scoring API', 'Append entry', 'Attacker']);
  });
});

describe('importThreatDragonText: refusals', () => {
  const valid = json(toThreatDragon(mine, scenario));
  const refuse = (text: string, s: TdScenario = scenario) => {
    const r = importThreatDragonText(text, s);
    expect(r.ok).toBe(false);
    return r.ok ? '' : r.error;
  };

  it('refuses text that is not JSON, or has a key twice', () => {
    expect(refuse('{"version": ')).toMatch(/^The file is not valid JSON \(/);
    expect(refuse('{"version": "2", "version": "3"}')).toMatch(/^The file has the key "version" twice/);
  });

  it('refuses one of our own threat-model files, saying how to import it', () => {
    expect(refuse(json(mine))).toBe(
      'The file is a dojo-threat-model/1 threat model, not a Threat Dragon one: import it as a threat model.',
    );
  });

  it('refuses a model Threat Dragon would not open, with the first problem', () => {
    const broken = JSON.parse(valid);
    broken.version = 7;
    broken.detail.threatTop = -1;
    expect(refuse(json(broken))).toBe(
      'The file is not a Threat Dragon v2 model that Threat Dragon would open: $.version: must be a string (and 1 other problem).',
    );
    expect(refuse('[]')).toBe(
      'The file is not a Threat Dragon v2 model that Threat Dragon would open: $: must be an object.',
    );
  });

  it("refuses another scenario's export", () => {
    expect(refuse(valid, { ...scenario, id: 'image-classifier' })).toBe(
      'The file is a Threat Dragon model of the scenario "demo", not of "image-classifier".',
    );
  });

  it('refuses a model whose cells match nothing, or whose threats all fail', () => {
    const strange = JSON.parse(valid);
    strange.detail.diagrams[0].description = '';
    for (const c of strange.detail.diagrams[0].cells) {
      c.id = `x-${c.id}`;
      c.data.name = `Other ${c.data.name}`;
      if (c.source) c.source.cell = `x-${c.source.cell}`;
      if (c.target) c.target.cell = `x-${c.target.cell}`;
    }
    expect(refuse(json(strange))).toBe(
      'No cell of the file matches an element or flow of this scenario, by ID or by name.',
    );
    const none = toThreatDragon({ ...mine, threats: [] }, scenario);
    expect(refuse(json(none))).toBe(
      "None of the file's threats could be imported (0 threats left out): there is nothing to grade.",
    );
  });

  it('refuses a file larger than an import reads', () => {
    expect(refuse(' '.repeat(2_000_001))).toBe('The file is too large (2000001 characters; at most 2000000 are read).');
  });
});
