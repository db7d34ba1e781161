/**
 * Our validator of Threat Dragon v2 models, one rule at a time, with its exact message. Each
 * broken document differs from a valid hand-made one in one field. Where ../shared is present,
 * OWASP Threat Dragon's own v2 schema is the oracle: it must reject the same documents, except
 * those our validator refuses for integrity rules the schema cannot state (known diagram and
 * cell types, flows that point at cells, unique IDs, threats in cell.data where the app keeps them).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import { validateThreatDragon } from './threat-dragon-validate';

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
            attrs: { line: { targetMarker: 'block' } },
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
const T = `${C(0)}.data.threats[0]`;
const d = (p: string) => `detail.diagrams.0.${p}`;
const c = (i: number, p: string) => d(`cells.${i}.${p}`);
const t = (p: string) => c(0, `data.threats.0.${p}`);

/** [path, new value, our one message (null: accepted), what the Threat Dragon schema says]. */
type Case = [string, unknown, string | null, 'rejects' | 'accepts'];
const cases: Case[] = [
  ['version', '12345678901', '$.version: must be a string of at most 10 characters', 'rejects'],
  ['version', '1234567890', null, 'accepts'],
  ['version', REMOVE, '$.version: must be a string of at most 10 characters', 'rejects'],
  ['summary.title', REMOVE, '$.summary.title: must be a string', 'rejects'],
  ['summary.description', 5, '$.summary.description: must be a string', 'rejects'],
  ['summary.owner', null, '$.summary.owner: must be a string', 'rejects'],
  ['detail.contributors', 'Ana', '$.detail.contributors: must be an array of {name}', 'rejects'],
  ['detail.contributors', [{ name: 1 }], '$.detail.contributors: must be an array of {name}', 'rejects'],
  ['detail.diagramTop', -1, '$.detail.diagramTop: must be an integer ≥ 0', 'rejects'],
  ['detail.diagramTop', 1.5, '$.detail.diagramTop: must be an integer ≥ 0', 'rejects'],
  ['detail.threatTop', '1', '$.detail.threatTop: must be an integer ≥ 0', 'rejects'],
  ['detail.reviewer', REMOVE, '$.detail.reviewer: must be a string', 'rejects'],
  ['detail.diagrams', {}, '$.detail.diagrams: must be an array', 'rejects'],
  ['detail.diagrams.0', 'x', `${D}: must be an object`, 'rejects'],
  [d('id'), -1, `${D}.id: must be an integer ≥ 0`, 'rejects'],
  [d('title'), REMOVE, `${D}.title: must be a string`, 'rejects'],
  [d('thumbnail'), 3, `${D}.thumbnail: must be a string`, 'rejects'],
  [d('version'), '2.6.2-final', `${D}.version: must be a string of at most 10 characters`, 'rejects'],
  [d('diagramType'), 'XY', `${D}.diagramType: must be one of STRIDE, LINDDUN, CIA, DIE, PLOT4ai, Generic`, 'rejects'],
  // The schema asks only for three characters or more.
  [
    d('diagramType'),
    'Freeform',
    `${D}.diagramType: must be one of STRIDE, LINDDUN, CIA, DIE, PLOT4ai, Generic`,
    'accepts',
  ],
  [d('cells'), REMOVE, null, 'accepts'],
  [d('cells'), {}, `${D}.cells: must be an array`, 'rejects'],
  [d('cells.3'), 5, `${C(3)}: must be an object`, 'rejects'],
  [c(2, 'id'), 'proc-1', `${C(2)}.id: duplicate cell ID proc-1`, 'accepts'],
  [c(2, 'id'), 'f', `${C(2)}.id: must be a string of at least 2 characters`, 'rejects'],
  [c(2, 'shape'), REMOVE, `${C(2)}.shape: must be a string`, 'rejects'],
  [c(0, 'zIndex'), 1.5, `${C(0)}.zIndex: must be an integer`, 'rejects'],
  [c(0, 'position'), { x: 0 }, `${C(0)}.position: must have numeric x and y`, 'rejects'],
  [c(0, 'size.width'), 9, `${C(0)}.size: must have width and height ≥ 10`, 'rejects'],
  [c(0, 'size.width'), 10, null, 'accepts'],
  [
    c(0, 'attrs.body.strokeDasharray'),
    REMOVE,
    `${C(0)}.attrs.body: needs stroke, strokeWidth and strokeDasharray`,
    'rejects',
  ],
  [c(0, 'attrs.body.strokeDasharray'), '8 6', null, 'accepts'],
  [
    c(2, 'attrs.line.targetMarker'),
    REMOVE,
    `${C(2)}.attrs.line.targetMarker: is required (a string or {name})`,
    'rejects',
  ],
  [c(2, 'attrs.line.targetMarker'), {}, `${C(2)}.attrs.line.targetMarker: is required (a string or {name})`, 'rejects'],
  [c(2, 'attrs.line.targetMarker'), { name: 'classic' }, null, 'accepts'],
  [c(1, 'data'), 'x', `${C(1)}.data: must be an object`, 'rejects'],
  [c(1, 'data'), REMOVE, null, 'accepts'],
  [
    c(1, 'data.type'),
    'tm.Cloud',
    `${C(1)}.data.type: must be one of tm.Actor, tm.Process, tm.Store, tm.Flow, tm.Boundary, tm.BoundaryBox, tm.Text`,
    'accepts',
  ],
  [c(1, 'data.hasOpenThreats'), REMOVE, `${C(1)}.data.hasOpenThreats: must be a boolean`, 'rejects'],
  [c(1, 'data.name'), 3, `${C(1)}.data.name: must be a string`, 'rejects'],
  [c(0, 'data.outOfScope'), 'no', `${C(0)}.data.outOfScope: must be a boolean`, 'rejects'],
  [c(2, 'source.cell'), 'nowhere', `${C(2)}.source.cell: must name a cell of the diagram`, 'accepts'],
  [c(2, 'target'), REMOVE, `${C(2)}.target.cell: must name a cell of the diagram`, 'accepts'],
  // The schema describes threats on the cell itself; the app (and our export) keeps them in data.
  [c(0, 'data.threats'), {}, `${C(0)}.data.threats: must be an array`, 'accepts'],
  [c(0, 'data.threats.0'), 'x', `${T}: must be an object`, 'accepts'],
  [t('title'), REMOVE, `${T}.title: must be a string`, 'accepts'],
  [t('severity'), 3, `${T}.severity: must be a string`, 'accepts'],
  [t('number'), -1, `${T}.number: must be an integer ≥ 0`, 'accepts'],
  [t('score'), 20, `${T}.score: must be a string`, 'accepts'],
  [t('threatId'), 'x', `${T}.threatId: must be a string of at least 2 characters`, 'accepts'],
  [t('modelType'), 1, `${T}.modelType: must be a string`, 'accepts'],
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

  it('reports every problem it finds, in document order', () => {
    const doc = edit('version', 7) as typeof valid;
    doc.detail.reviewer = undefined as unknown as string;
    doc.detail.diagrams[0].cells[0].zIndex = 0.5;
    expect(validateThreatDragon(doc)).toEqual([
      '$.version: must be a string of at most 10 characters',
      '$.detail.reviewer: must be a string',
      `${C(0)}.zIndex: must be an integer`,
    ]);
  });

  it('stops at a missing detail or diagram list, keeping what it found before', () => {
    const noDetail = edit('detail', REMOVE) as Record<string, unknown>;
    noDetail.version = '12345678901';
    expect(validateThreatDragon(noDetail)).toEqual([
      '$.version: must be a string of at most 10 characters',
      '$.detail: must be an object',
    ]);
    expect(validateThreatDragon({ version: '2', summary: { title: 't' } })).toEqual(['$.detail: must be an object']);
    expect(validateThreatDragon(edit('detail.diagrams', REMOVE))).toEqual(['$.detail.diagrams: must be an array']);
  });
});

const schemaPath = resolve(__dirname, '..', '..', '..', '..', 'shared', 'reference', 'threat-dragon-v2.schema.json');
const hasSchema = existsSync(schemaPath);

// vitest still runs a skipped describe's body to collect its tests: read the file only if present.
describe.runIf(hasSchema)("the same documents against Threat Dragon's v2 schema (ajv)", () => {
  const schema = hasSchema ? JSON.parse(readFileSync(schemaPath, 'utf8')) : {};
  // The schema uses the OpenAPI keyword "nullable", which ajv rejects in strict mode.
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

  it('accepts the valid hand-made model, and rejects a root that is not an object', () => {
    expect(validate(valid), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(null)).toBe(false);
    expect(validate({ version: '2', summary: { title: 't' } })).toBe(false);
  });

  for (const [path, value, , verdict] of cases) {
    it(`${describeEdit(path, value)}: the schema ${verdict} it`, () => {
      expect(validate(edit(path, value))).toBe(verdict === 'accepts');
    });
  }
});
