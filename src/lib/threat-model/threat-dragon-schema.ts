/**
 * The constraints of OWASP Threat Dragon's v2 model schema, stated in our own file: the
 * constraints (types, required fields, bounds) of td.vue/src/assets/schema/threat-dragon-v2.schema.json
 * in the OWASP/threat-dragon repository (Apache-2.0) at tag v2.6.2, plus the two optional root
 * strings `release_version` and `released_at` that its main branch added since. Threat Dragon
 * checks a model with this schema compiled by `new Ajv({ allowUnionTypes: true })`
 * (td.vue/src/service/schema/ajv.js, `isV2`); src/lib/json/schema-check.ts applies it the same way.
 *
 * Two facts of that schema that are easy to get wrong, and that the tests pin:
 * - `sourceMarker` and `targetMarker` are an object *or* a string; `required: ["name"]` binds the
 *   object form only (a union type under allowUnionTypes);
 * - `strokeDasharray` is a string or null (`nullable`), and `attrs.body` must carry it.
 * It describes threats in `cell.threats`, though the app keeps them in `cell.data.threats`
 * (threat-dragon-validate.ts checks those for what the app's code needs).
 *
 * threat-dragon-schema.test.ts compares this object with the schema file itself (without its
 * descriptions) whenever ../shared/reference holds a copy.
 */
import type { JsonSchema } from '../json/schema-check';

const str: JsonSchema = { type: 'string' };
const bool: JsonSchema = { type: 'boolean' };
const num: JsonSchema = { type: 'number' };
const int: JsonSchema = { type: 'integer' };
const count: JsonSchema = { type: 'integer', minimum: 0 };
/** A version string such as "2.6.2". */
const version: JsonSchema = { type: 'string', maxLength: 10 };
const dashes: JsonSchema = { type: 'string', nullable: true };
const point: JsonSchema = { type: 'object', properties: { x: num, y: num }, required: ['x', 'y'] };
const marker: JsonSchema = { type: ['object', 'string'], properties: { name: str }, required: ['name'] };
/** A flow's or a boundary curve's end: a cell, or a point with integer coordinates. */
const end: JsonSchema = { type: 'object', properties: { cell: str, x: int, y: int } };

/** A threat as the schema describes it; the app's own threats (in data.threats) have this shape too. */
export const TD_THREAT_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    description: str,
    mitigation: str,
    modelType: str,
    number: count,
    score: str,
    severity: str,
    status: str,
    threatId: { type: 'string', minLength: 2 },
    title: str,
    type: str,
  },
  required: ['description', 'mitigation', 'severity', 'status', 'title', 'type'],
};

/** The boolean properties of a cell's data. */
const DATA_FLAGS = [
  'handlesCardPayment',
  'handlesGoodsOrServices',
  'isALog',
  'isBidirectional',
  'isEncrypted',
  'isPublicNetwork',
  'isSigned',
  'isTrustBoundary',
  'isWebApplication',
  'outOfScope',
  'providesAuthentication',
  'storesCredentials',
  'storesInventory',
  'hasOpenThreats',
] as const;

const CELL_DATA: JsonSchema = {
  type: 'object',
  properties: {
    ...Object.fromEntries(DATA_FLAGS.map((k) => [k, bool])),
    description: str,
    name: str,
    privilegeLevel: str,
    protocol: str,
    reasonOutOfScope: str,
    type: str,
  },
  required: ['hasOpenThreats', 'type'],
};

const CELL: JsonSchema = {
  type: 'object',
  properties: {
    attrs: {
      type: 'object',
      properties: {
        body: {
          type: 'object',
          properties: { stroke: str, strokeWidth: num, strokeDasharray: dashes },
          required: ['stroke', 'strokeWidth', 'strokeDasharray'],
        },
        line: {
          type: 'object',
          properties: {
            stroke: str,
            strokeWidth: num,
            sourceMarker: marker,
            strokeDasharray: dashes,
            targetMarker: marker,
          },
          required: ['targetMarker'],
        },
      },
    },
    data: CELL_DATA,
    id: { type: 'string', minLength: 2 },
    position: point,
    size: {
      type: 'object',
      properties: { height: { type: 'number', minimum: 10 }, width: { type: 'number', minimum: 10 } },
      required: ['height', 'width'],
    },
    connector: str,
    source: end,
    target: end,
    threats: { type: 'array', items: TD_THREAT_SCHEMA },
    shape: str,
    visible: bool,
    vertices: { type: 'array', items: point },
    zIndex: int,
  },
  required: ['id', 'shape', 'zIndex'],
};

const DIAGRAM: JsonSchema = {
  type: 'object',
  properties: {
    description: str,
    diagramType: { type: 'string', minLength: 3 },
    id: count,
    placeholder: str,
    thumbnail: str,
    title: str,
    version,
    cells: { type: 'array', items: CELL },
  },
  required: ['diagramType', 'id', 'thumbnail', 'title', 'version'],
};

export const TD_V2_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    version,
    summary: {
      type: 'object',
      properties: {
        description: str,
        id: { type: ['integer', 'string'], minimum: 0, minLength: 2 },
        owner: str,
        title: str,
      },
      required: ['title'],
    },
    detail: {
      type: 'object',
      properties: {
        contributors: { type: 'array', items: { type: 'object', properties: { name: str } } },
        diagrams: { type: 'array', items: DIAGRAM },
        diagramTop: count,
        reviewer: str,
        threatTop: count,
      },
      required: ['contributors', 'diagrams', 'diagramTop', 'reviewer', 'threatTop'],
    },
    release_version: str,
    released_at: str,
  },
  required: ['version', 'summary', 'detail'],
};
