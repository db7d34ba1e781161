/**
 * The Threat Dragon v2 export of a small hand-made scenario: each field worked out by hand from
 * shared/reference/frameworks.md (the app's demo models keep threats in cell.data.threats), and
 * the result checked with OWASP Threat Dragon's own v2 schema when ../shared is present.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import type { Threat, ThreatModel } from '../content/schemas';
import { layoutDiagram } from '../diagram/layout';
import { stableUuid } from './ids';
import { toThreatDragon, TD_VERSION, type TdScenario } from './threat-dragon';
import { validateThreatDragon } from './threat-dragon-validate';

const scenario: TdScenario = {
  id: 'demo',
  title: 'Demo system',
  summary: 'A scoring API.',
  diagram: {
    elements: [
      { id: 'users', kind: 'external-entity', label: 'Users', description: 'People.', x: 100, y: 300 },
      { id: 'api', kind: 'process', label: 'Scoring API', description: 'Serves scores.', x: 500, y: 300 },
      { id: 'log', kind: 'data-store', label: 'Audit log', description: 'Who asked what.', x: 800, y: 300 },
      { id: 'features', kind: 'data-store', label: 'Feature store', description: 'Features.', x: 800, y: 100 },
    ],
    flows: [
      { id: 'request', from: 'users', to: 'api', label: 'Request' },
      { id: 'write', from: 'api', to: 'log', label: 'Write' },
      { id: 'read', from: 'features', to: 'api', label: 'Read' },
    ],
    boundaries: [
      { id: 'internet', label: 'Public internet', elements: ['users'] },
      { id: 'dc', label: 'Data centre', elements: ['api', 'log', 'features'] },
    ],
  },
};
const t = (over: Partial<Threat>): Threat => ({
  element: 'api',
  stride: 'Tampering',
  atlas: [],
  owasp: [],
  title: 't',
  likelihood: 1,
  impact: 1,
  mitigations: [],
  ...over,
});
const model: ThreatModel = {
  format: 'dojo-threat-model/1',
  scenario: 'demo',
  threats: [
    t({
      stride: 'Information disclosure',
      atlas: ['AML.T0024.002'],
      owasp: ['ML05'],
      title: 'Model extraction',
      likelihood: 4,
      impact: 4,
      mitigations: ['AML.M0004', 'AML.M0024'],
      notes: 'Seen in 2024.',
    }),
    t({ element: 'request', owasp: ['LLM01:2025'], title: 'Injected input', likelihood: 3, impact: 3 }),
    t({ stride: 'Denial of service', title: 'Flood', likelihood: 1, impact: 2, mitigations: ['AML.M0004'] }),
  ],
};
const names = new Map([
  ['AML.T0024.002', 'Extract AI Model'],
  ['AML.M0004', 'Restrict Number of AI Model Queries'],
]);
const td = toThreatDragon(model, scenario, names);
const cells = td.detail.diagrams[0].cells;
const cell = (id: string) => cells.find((c) => c.id === stableUuid(`demo/cell/${id}`))!;

describe('toThreatDragon: the model', () => {
  it('fills the summary and the one STRIDE diagram', () => {
    expect(TD_VERSION).toBe('2.6.2');
    expect(td.version).toBe('2.6.2');
    expect(td.summary).toEqual({
      title: 'Demo system: threat model',
      description: 'A scoring API.',
      owner: 'AI Security Dojo learner',
    });
    expect(td.detail).toMatchObject({ contributors: [], diagramTop: 1, reviewer: '', threatTop: 3 });
    const { cells: _cells, ...diagram } = td.detail.diagrams[0];
    expect(diagram).toEqual({
      id: 0,
      title: 'Demo system',
      version: '2.6.2',
      thumbnail: './public/content/images/thumbnail.stride.jpg',
      diagramType: 'STRIDE',
      description: 'Exported from AI Security Dojo (scenario demo).',
    });
  });

  it('draws boundaries behind, then elements, then flows, with IDs derived from the scenario', () => {
    expect(cells.map((c) => [c.data.type, c.zIndex])).toEqual([
      ['tm.BoundaryBox', -20],
      ['tm.BoundaryBox', -19],
      ['tm.Actor', 1],
      ['tm.Process', 2],
      ['tm.Store', 3],
      ['tm.Store', 4],
      ['tm.Flow', 5],
      ['tm.Flow', 6],
      ['tm.Flow', 7],
    ]);
    const keys = ['boundary-internet', 'boundary-dc', 'users', 'api', 'log', 'features', 'request', 'write', 'read'];
    expect(cells.map((c) => c.id)).toEqual(keys.map((k) => stableUuid(`demo/cell/${k}`)));
    expect(toThreatDragon(model, scenario, names)).toEqual(td);
    expect(toThreatDragon(model, { ...scenario, id: 'other' }).detail.diagrams[0].cells[0].id).not.toBe(cells[0].id);
  });

  it('is valid by our own validator, also for an empty model', () => {
    expect(validateThreatDragon(td)).toEqual([]);
    expect(validateThreatDragon(toThreatDragon({ ...model, threats: [] }, scenario))).toEqual([]);
  });
});

describe('toThreatDragon: the cells', () => {
  it('places each element by its top-left corner (the diagram gives centres)', () => {
    // 170 × 64 boxes: Users centred at (100, 300) has its corner at (15, 268).
    expect(cell('users')).toMatchObject({
      shape: 'actor',
      position: { x: 15, y: 268 },
      size: { width: 170, height: 64 },
      attrs: { text: { text: 'Users' }, body: { stroke: '#333333', strokeWidth: 1.5, strokeDasharray: null } },
      data: { type: 'tm.Actor', name: 'Users', description: 'People.', outOfScope: false, reasonOutOfScope: '' },
    });
    expect(cell('api').shape).toBe('process');
    expect(cell('log').shape).toBe('store');
  });

  it('marks a store as a log by its label, and nothing else as encrypted or signed', () => {
    expect(cell('log').data).toMatchObject({
      isALog: true,
      isEncrypted: false,
      isSigned: false,
      storesCredentials: false,
    });
    expect(cell('features').data.isALog).toBe(false);
    expect(cell('api').data).not.toHaveProperty('isALog');
  });

  it('draws trust boundaries as dashed boxes around their elements', () => {
    const placed = layoutDiagram(scenario.diagram).boundaries[0];
    expect(cell('boundary-internet')).toEqual({
      id: stableUuid('demo/cell/boundary-internet'),
      shape: 'trust-boundary-box',
      zIndex: -20,
      position: { x: placed.x, y: placed.y },
      size: { width: placed.width, height: placed.height },
      attrs: {
        label: { text: 'Public internet' },
        body: { stroke: '#b91c1c', strokeWidth: 1.5, strokeDasharray: '8 6' },
      },
      data: {
        type: 'tm.BoundaryBox',
        name: 'Public internet',
        description: '',
        isTrustBoundary: true,
        hasOpenThreats: false,
      },
    });
  });

  it('links each flow to its two cells, and marks a public network where it crosses out of the internet', () => {
    const request = cell('request');
    expect(request.source).toEqual({ cell: stableUuid('demo/cell/users') });
    expect(request.target).toEqual({ cell: stableUuid('demo/cell/api') });
    expect(request.attrs).toMatchObject({ line: { targetMarker: { name: 'block' }, sourceMarker: { name: '' } } });
    expect(request.data).toMatchObject({ type: 'tm.Flow', name: 'Request', isPublicNetwork: true, isEncrypted: false });
    // Both ends inside the data centre: not a public network.
    expect(cell('write').data.isPublicNetwork).toBe(false);
    expect(cell('read').data.isPublicNetwork).toBe(false);
  });
});

describe('toThreatDragon: drawn as Threat Dragon draws its own models', () => {
  it('labels every flow with its name, in the ellipse-and-text label of the demo models', () => {
    // Without labels Threat Dragon shows the Flow shape's default label, "Data Flow".
    for (const [id, text] of [
      ['request', 'Request'],
      ['write', 'Write'],
      ['read', 'Read'],
    ]) {
      expect(cell(id).labels, id).toEqual([
        {
          markup: [
            { tagName: 'ellipse', selector: 'labelBody' },
            { tagName: 'text', selector: 'labelText' },
          ],
          attrs: {
            labelText: { text, textAnchor: 'middle', textVerticalAnchor: 'middle' },
            labelBody: { ref: 'labelText', refRx: '50%', refRy: '60%', fill: '#fff', strokeWidth: 0 },
          },
          position: 0.5,
        },
      ]);
    }
    expect(cell('api').labels).toBeUndefined();
  });

  const red = { stroke: 'red', strokeWidth: 2.5, strokeDasharray: null };
  const plain = { stroke: '#333333', strokeWidth: 1.5, strokeDasharray: null };

  it('strokes a process or a flow with open threats red, 2.5 wide, and the others plain', () => {
    expect(cell('api').attrs).toEqual({ text: { text: 'Scoring API' }, body: red });
    expect(cell('users').attrs).toEqual({ text: { text: 'Users' }, body: plain });
    expect(cell('request').attrs!.line).toEqual({
      ...red,
      targetMarker: { name: 'block' },
      sourceMarker: { name: '' },
    });
    expect(cell('write').attrs!.line).toMatchObject(plain);
  });

  it("strokes a store's top and bottom lines, which are what Threat Dragon draws of a store", () => {
    const withThreat = toThreatDragon({ ...model, threats: [t({ element: 'log', stride: 'Repudiation' })] }, scenario);
    const log = withThreat.detail.diagrams[0].cells.find((c) => c.id === stableUuid('demo/cell/log'))!;
    expect(log.attrs).toEqual({ text: { text: 'Audit log' }, topLine: red, bottomLine: red });
    expect(log.data.hasOpenThreats).toBe(true);
    expect(cell('features').attrs).toEqual({ text: { text: 'Feature store' }, topLine: plain, bottomLine: plain });
  });
});

describe('toThreatDragon: the threats', () => {
  it('puts each threat in its element or flow cell, and marks which cells have open threats', () => {
    const open = Object.fromEntries(cells.map((c) => [c.data.name, c.data.hasOpenThreats]));
    expect(open).toMatchObject({ 'Scoring API': true, Request: true, Users: false, 'Audit log': false });
    expect(cell('api').data.threats!.map((x) => x.title)).toEqual(['Model extraction', 'Flood']);
    expect(cell('request').data.threats!.map((x) => x.title)).toEqual(['Injected input']);
    expect(cell('users').data.threats).toEqual([]);
  });

  it('writes a threat as worked out by hand: risk 4 × 4 = 16 is High, names beside IDs', () => {
    const id = stableUuid('demo/threat/0/api/Model extraction');
    expect(cell('api').data.threats![0]).toEqual({
      id,
      threatId: id,
      title: 'Model extraction',
      type: 'Information disclosure',
      status: 'Open',
      severity: 'High',
      description: [
        'Model extraction',
        'MITRE ATLAS: AML.T0024.002 Extract AI Model',
        'OWASP: ML05 Model Theft',
        'Likelihood 4/5, impact 4/5',
        'Seen in 2024.',
      ].join('\n'),
      // A mitigation without a name in the map is given by its ID alone.
      mitigation: 'AML.M0004 Restrict Number of AI Model Queries\nAML.M0024',
      modelType: 'STRIDE',
      number: 1,
      score: '16',
    });
  });

  it('rates 3 × 3 = 9 Medium and 1 × 2 = 2 Low, numbering threats in model order', () => {
    const [injected] = cell('request').data.threats!;
    expect(injected).toMatchObject({ severity: 'Medium', score: '9', number: 2, mitigation: '' });
    expect(injected.description).toBe('Injected input\nOWASP: LLM01:2025 Prompt Injection\nLikelihood 3/5, impact 3/5');
    expect(cell('api').data.threats![1]).toMatchObject({ severity: 'Low', score: '2', number: 3 });
  });

  it('gives bare IDs when no names are passed', () => {
    const bare = toThreatDragon(model, scenario).detail.diagrams[0].cells.flatMap((c) => c.data.threats ?? []);
    expect(bare[0].description.split('\n')[1]).toBe('MITRE ATLAS: AML.T0024.002');
    expect(bare[0].mitigation).toBe('AML.M0004\nAML.M0024');
  });

  it('drops a threat on an element the diagram lacks, though threatTop still counts it', () => {
    const lost = toThreatDragon({ ...model, threats: [t({ element: 'ghost', title: 'Lost' })] }, scenario);
    expect(lost.detail.diagrams[0].cells.flatMap((c) => c.data.threats ?? [])).toEqual([]);
    expect(lost.detail.threatTop).toBe(1);
  });
});

const schemaPath = resolve(__dirname, '..', '..', '..', '..', 'shared', 'reference', 'threat-dragon-v2.schema.json');
const hasSchema = existsSync(schemaPath);

// vitest still runs a skipped describe's body to collect its tests: read the file only if present.
describe.runIf(hasSchema)('toThreatDragon against the shared Threat Dragon v2 schema (ajv)', () => {
  const schema = hasSchema ? JSON.parse(readFileSync(schemaPath, 'utf8')) : {};
  // As Threat Dragon compiles it (td.vue/src/service/schema/ajv.js): its sourceMarker and
  // targetMarker are union types, which strict mode refuses without allowUnionTypes. ("nullable"
  // is an OpenAPI keyword that ajv 8 implements.) logger: false silences strict-mode notices only.
  const validate = new Ajv({ allowUnionTypes: true, logger: false }).compile(schema);

  it('accepts the export, and the export of an empty model', () => {
    expect(validate(td), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(toThreatDragon({ ...model, threats: [] }, scenario))).toBe(true);
  });
});
