/**
 * Our check of Threat Dragon v2 models, one rule at a time, with its exact message. Each broken
 * document differs from a valid hand-made one in one field. The oracle is ajv 8 configured as
 * Threat Dragon configures it (`new Ajv({ allowUnionTypes: true })`, td.vue/src/service/schema/ajv.js):
 * on our statement of the schema always, and on Threat Dragon's own schema file when ../shared is
 * present. A "schema" case must get the same verdict from ajv as from us; an "app" case passes
 * the schema and is refused for what Threat Dragon's code relies on (threat-dragon-validate.ts).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import { threatDragonSchemaErrors, validateThreatDragon } from './threat-dragon-validate';
import { TD_V2_SCHEMA } from './threat-dragon-schema';

const valid = {
  version: '2.6.2',
  summary: { title: 'Demo', description: 'A demo.', owner: 'Ana' },
  detail: {
    contributors: [{ name: 'Ana' }],
    diagrams: [
      {
        id: 0,
        title: 'Main',
        version: '2.6.2',
        thumbnail: './thumbnail.jpg',
        diagramType: 'STRIDE',
        cells: [
          {
            id: 'actor-1',
            shape: 'actor',
            zIndex: 1,
            position: { x: 0, y: 0 },
            size: { width: 100, height: 50 },
            attrs: { body: { stroke: '#333333', strokeWidth: 1, strokeDasharray: null } },
            data: {
              type: 'tm.Actor',
              name: 'User',
              description: '',
              hasOpenThreats: true,
              outOfScope: false,
              threats: [
                {
                  title: 'Spoofed user',
                  type: 'Spoofing',
                  status: 'Open',
                  severity: 'High',
                  description: 'Someone else logs in.',
                  mitigation: '',
                  number: 1,
                  score: '20',
                  threatId: 'th-1',
                  modelType: 'STRIDE',
                },
              ],
            },
          },
          {
            id: 'proc-1',
            shape: 'process',
            zIndex: 2,
            data: { type: 'tm.Process', name: 'API', hasOpenThreats: false },
          },
          {
            id: 'flow-1',
            shape: 'flow',
            zIndex: 3,
            source: { cell: 'actor-1' },
            target: { cell: 'proc-1' },
            attrs: { line: { targetMarker: 'block', sourceMarker: { name: '' }, strokeDasharray: null } },
            vertices: [{ x: 120, y: 40.5 }],
            data: { type: 'tm.Flow', name: 'Request', hasOpenThreats: false, isPublicNetwork: true },
          },
        ],
      },
    ],
    diagramTop: 1,
    reviewer: '',
    threatTop: 1,
  },
};

const REMOVE = Symbol('remove');
/** A copy of the valid document with the field at a dotted path set to `value` (or removed). */
function edit(path: string, value: unknown): unknown {
  const doc = structuredClone(valid);
  const keys = path.split('.');
  let at = doc as unknown as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) at = at[k] as Record<string, unknown>;
  const last = keys[keys.length - 1];
  if (value === REMOVE) delete at[last];
  else at[last] = value;
  return doc;
}

const describeEdit = (path: string, value: unknown) =>
  value === REMOVE ? `${path} removed` : `${path} = ${JSON.stringify(value)}`;

const D = '$.detail.diagrams[0]';
const C = (i: number) => `${D}.cells[${i}]`;
const d = (p: string) => `detail.diagrams.0.${p}`;
const c = (i: number, p: string) => d(`cells.${i}.${p}`);
const t = (p: string) => c(0, `data.threats.0.${p}`);
const T = `${C(0)}.data.threats[0]`;

/** [path, new value, our one message (null: accepted), which layer decides]. */
type Case = [string, unknown, string | null, 'schema' | 'app'];
const cases: Case[] = [
  ['version', '12345678901', '$.version: must be at most 10 characters long', 'schema'],
  ['version', '1234567890', null, 'schema'],
  // Code points, not UTF-16 units: ten emoji are ten characters for ajv too.
  ['version', '😀'.repeat(10), null, 'schema'],
  ['version', REMOVE, '$.version: is missing', 'schema'],
  ['version', 2, '$.version: must be a string', 'schema'],
  ['release_version', 2, '$.release_version: must be a string', 'schema'],
  ['summary.title', REMOVE, '$.summary.title: is missing', 'schema'],
  ['summary.description', 5, '$.summary.description: must be a string', 'schema'],
  ['summary.owner', null, '$.summary.owner: must be a string', 'schema'],
  // summary.id is an integer ≥ 0 or a string of at least two characters.
  ['summary.id', 0, null, 'schema'],
  ['summary.id', 'ab', null, 'schema'],
  ['summary.id', -1, '$.summary.id: must be at least 0', 'schema'],
  ['summary.id', 'a', '$.summary.id: must be at least 2 characters long', 'schema'],
  ['summary.id', 1.5, '$.summary.id: must be an integer or a string', 'schema'],
  ['detail.contributors', 'Ana', '$.detail.contributors: must be an array', 'schema'],
  ['detail.contributors', [{ name: 1 }], '$.detail.contributors[0].name: must be a string', 'schema'],
  ['detail.contributors', [{}], null, 'schema'],
  ['detail.diagramTop', -1, '$.detail.diagramTop: must be at least 0', 'schema'],
  ['detail.diagramTop', 1.5, '$.detail.diagramTop: must be an integer', 'schema'],
  ['detail.threatTop', '1', '$.detail.threatTop: must be an integer', 'schema'],
  ['detail.reviewer', REMOVE, '$.detail.reviewer: is missing', 'schema'],
  ['detail.diagrams', {}, '$.detail.diagrams: must be an array', 'schema'],
  ['detail.diagrams.0', 'x', `${D}: must be an object`, 'schema'],
  [d('id'), -1, `${D}.id: must be at least 0`, 'schema'],
  [d('title'), REMOVE, `${D}.title: is missing`, 'schema'],
  [d('thumbnail'), 3, `${D}.thumbnail: must be a string`, 'schema'],
  [d('version'), '2.6.2-final', `${D}.version: must be at most 10 characters long`, 'schema'],
  // Any methodology name of three characters or more: Threat Dragon has EOP and CIADIE too.
  [d('diagramType'), 'EOP', null, 'schema'],
  [d('diagramType'), 'CIADIE', null, 'schema'],
  [d('diagramType'), 'XY', `${D}.diagramType: must be at least 3 characters long`, 'schema'],
  [d('cells'), REMOVE, null, 'schema'],
  [d('cells'), {}, `${D}.cells: must be an array`, 'schema'],
  [d('cells.3'), 5, `${C(3)}: must be an object`, 'schema'],
  [c(2, 'id'), 'f', `${C(2)}.id: must be at least 2 characters long`, 'schema'],
  [c(2, 'shape'), REMOVE, `${C(2)}.shape: is missing`, 'schema'],
  [c(0, 'zIndex'), 1.5, `${C(0)}.zIndex: must be an integer`, 'schema'],
  [c(0, 'visible'), 'yes', `${C(0)}.visible: must be a boolean`, 'schema'],
  [c(0, 'connector'), {}, `${C(0)}.connector: must be a string`, 'schema'],
  [c(0, 'position'), { x: 0 }, `${C(0)}.position.y: is missing`, 'schema'],
  [c(0, 'position.x'), '0', `${C(0)}.position.x: must be a number`, 'schema'],
  [c(0, 'size.width'), 9, `${C(0)}.size.width: must be at least 10`, 'schema'],
  [c(0, 'size.width'), 10, null, 'schema'],
  [c(0, 'attrs.body.strokeDasharray'), REMOVE, `${C(0)}.attrs.body.strokeDasharray: is missing`, 'schema'],
  [c(0, 'attrs.body.strokeDasharray'), '8 6', null, 'schema'],
  [c(0, 'attrs.body.strokeDasharray'), 8, `${C(0)}.attrs.body.strokeDasharray: must be a string or null`, 'schema'],
  [c(0, 'attrs.body.stroke'), 5, `${C(0)}.attrs.body.stroke: must be a string`, 'schema'],
  [c(0, 'attrs.body.strokeWidth'), '1', `${C(0)}.attrs.body.strokeWidth: must be a number`, 'schema'],
  [c(2, 'attrs.line.targetMarker'), REMOVE, `${C(2)}.attrs.line.targetMarker: is missing`, 'schema'],
  [c(2, 'attrs.line.targetMarker'), {}, `${C(2)}.attrs.line.targetMarker.name: is missing`, 'schema'],
  [c(2, 'attrs.line.targetMarker'), { name: 'classic' }, null, 'schema'],
  [c(2, 'attrs.line.targetMarker'), 3, `${C(2)}.attrs.line.targetMarker: must be an object or a string`, 'schema'],
  [c(2, 'attrs.line.sourceMarker'), {}, `${C(2)}.attrs.line.sourceMarker.name: is missing`, 'schema'],
  [c(2, 'attrs.line.sourceMarker'), '', null, 'schema'],
  [c(2, 'attrs.line.stroke'), 5, `${C(2)}.attrs.line.stroke: must be a string`, 'schema'],
  [c(2, 'attrs.line.strokeDasharray'), false, `${C(2)}.attrs.line.strokeDasharray: must be a string or null`, 'schema'],
  [c(2, 'vertices'), [{ x: 1 }], `${C(2)}.vertices[0].y: is missing`, 'schema'],
  [c(2, 'vertices'), {}, `${C(2)}.vertices: must be an array`, 'schema'],
  [c(2, 'source.x'), 1.5, `${C(2)}.source.x: must be an integer`, 'schema'],
  [c(2, 'target.y'), 2, null, 'schema'],
  [c(1, 'data'), 'x', `${C(1)}.data: must be an object`, 'schema'],
  [c(1, 'data'), REMOVE, null, 'schema'],
  [c(1, 'data.type'), REMOVE, `${C(1)}.data.type: is missing`, 'schema'],
  // A type Threat Dragon would correct from the shape (its setType) does not stop it opening.
  [c(1, 'data.type'), 'tm.Cloud', null, 'schema'],
  [c(1, 'data.hasOpenThreats'), REMOVE, `${C(1)}.data.hasOpenThreats: is missing`, 'schema'],
  [c(1, 'data.name'), 3, `${C(1)}.data.name: must be a string`, 'schema'],
  [c(1, 'data.privilegeLevel'), 3, `${C(1)}.data.privilegeLevel: must be a string`, 'schema'],
  [c(0, 'data.outOfScope'), 'no', `${C(0)}.data.outOfScope: must be a boolean`, 'schema'],
  [c(0, 'data.providesAuthentication'), 1, `${C(0)}.data.providesAuthentication: must be a boolean`, 'schema'],
  [c(1, 'data.isWebApplication'), 'yes', `${C(1)}.data.isWebApplication: must be a boolean`, 'schema'],
  [c(2, 'data.isBidirectional'), null, `${C(2)}.data.isBidirectional: must be a boolean`, 'schema'],
  // The schema's own threat list, on the cell (the app keeps them in data.threats instead).
  [
    c(1, 'threats'),
    [{ title: 't', type: 'Spoofing', status: 'Open', severity: 'Low', mitigation: '' }],
    `${C(1)}.threats[0].description: is missing`,
    'schema',
  ],
  [c(1, 'threats'), [], null, 'schema'],
  // What the app's code needs, beyond the schema.
  [c(2, 'id'), 'proc-1', `${C(2)}.id: another cell of this diagram has the ID proc-1`, 'app'],
  [
    c(1, 'shape'),
    'cloud',
    `${C(1)}.shape: "cloud" is not a Threat Dragon shape (actor, process, store, flow, trust-boundary-box, trust-boundary-curve, trust-broundary-curve, td-text-block)`,
    'app',
  ],
  [c(1, 'shape'), 'trust-broundary-curve', null, 'app'],
  [c(2, 'source.cell'), 'nowhere', `${C(2)}.source.cell: must name a cell of this diagram`, 'app'],
  [c(2, 'target'), REMOVE, `${C(2)}.target.cell: must name a cell of this diagram`, 'app'],
  [c(0, 'data.threats'), {}, `${C(0)}.data.threats: must be an array`, 'app'],
  [c(0, 'data.threats.0'), 'x', `${T}: must be an object`, 'app'],
  [t('status'), REMOVE, `${T}.status: must be a string`, 'app'],
  // The app shows a threat without a title or mitigation; only its status is read by code.
  [t('title'), REMOVE, null, 'app'],
  [t('mitigation'), 7, null, 'app'],
];

describe('validateThreatDragon', () => {
  it('accepts the valid hand-made model', () => {
    expect(validateThreatDragon(valid)).toEqual([]);
  });

  it.each(['null', '[]', '"text"', '42'])('refuses %s at the root', (json) => {
    expect(validateThreatDragon(JSON.parse(json))).toEqual(['$: must be an object']);
  });

  for (const [path, value, message] of cases) {
    it(`${describeEdit(path, value)}: ${message ?? 'accepted'}`, () => {
      expect(validateThreatDragon(edit(path, value))).toEqual(message === null ? [] : [message]);
    });
  }

  it('reports every schema problem it finds, in the order of the schema', () => {
    const doc = edit('version', 7) as typeof valid;
    doc.detail.reviewer = undefined as unknown as string;
    doc.detail.diagrams[0].cells[0].zIndex = 0.5;
    expect(validateThreatDragon(doc)).toEqual([
      '$.version: must be a string',
      `${C(0)}.zIndex: must be an integer`,
      '$.detail.reviewer: is missing',
    ]);
  });

  it('stops at a missing detail or diagram list, keeping what it found before', () => {
    const noDetail = edit('detail', REMOVE) as Record<string, unknown>;
    noDetail.version = '12345678901';
    expect(validateThreatDragon(noDetail)).toEqual([
      '$.version: must be at most 10 characters long',
      '$.detail: is missing',
    ]);
    expect(validateThreatDragon({ version: '2', summary: { title: 't' } })).toEqual(['$.detail: is missing']);
    expect(validateThreatDragon(edit('detail.diagrams', REMOVE))).toEqual(['$.detail.diagrams: is missing']);
  });
});

/** ajv as Threat Dragon compiles its schema; `logger: false` only silences strict-mode notices. */
const tdAjv = () => new Ajv({ allowUnionTypes: true, logger: false });

function agreesWithAjv(schemaName: string, schema: object) {
  const validate = tdAjv().compile(schema);
  it(`${schemaName}: accepts the valid hand-made model, and rejects a root that is not an object`, () => {
    expect(validate(valid), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(null)).toBe(false);
    expect(validate({ version: '2', summary: { title: 't' } })).toBe(false);
  });
  for (const [path, value, message, layer] of cases) {
    const verdict = layer === 'app' || message === null;
    it(`${schemaName}: ${describeEdit(path, value)} is ${verdict ? 'accepted' : 'rejected'}`, () => {
      const doc = edit(path, value);
      expect(validate(doc)).toBe(verdict);
      expect(threatDragonSchemaErrors(doc).length === 0).toBe(verdict);
    });
  }
}

describe('the same documents through ajv configured as Threat Dragon, on our statement of the schema', () => {
  agreesWithAjv('our schema', TD_V2_SCHEMA);
});

const schemaPath = resolve(__dirname, '..', '..', '..', '..', 'shared', 'reference', 'threat-dragon-v2.schema.json');
const hasSchema = existsSync(schemaPath);

// vitest still runs a skipped describe's body to collect its tests: read the file only if present.
describe.runIf(hasSchema)("the same documents through ajv on Threat Dragon's own v2 schema file", () => {
  agreesWithAjv("Threat Dragon's schema", hasSchema ? JSON.parse(readFileSync(schemaPath, 'utf8')) : {});
});
