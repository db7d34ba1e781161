/**
 * Would OWASP Threat Dragon 2.6.2 open this model? Two layers, reported together:
 *
 * 1. its schema check (`isV2`): the constraints of its v2 schema (threat-dragon-schema.ts) with
 *    ajv's allowUnionTypes semantics (src/lib/json/schema-check.ts), no stricter and no looser;
 * 2. what its code relies on and the schema cannot say, each from a line of td.vue/src:
 *    - every cell's shape is one it registers with X6 (service/x6/shapes/index.js); X6's
 *      graph.fromJSON throws on any other shape, so the diagram would not open;
 *    - cell IDs are unique within a diagram (X6 keys cells by ID: a second cell replaces the first);
 *    - a flow's source and target name cells of its diagram (X6 draws an edge between two cells);
 *    - `data.threats`, where the app keeps a cell's threats, is an array of objects whose `status`
 *      is a string (service/threats/index.js `hasOpenThreats` calls status.toLowerCase()).
 * Nothing else is required: a diagramType the app has no template for (EOP, CIADIE, a custom one)
 * or a data.type its setType would correct opens fine, so it is accepted.
 *
 * Returns one message per problem, each with a JSON path; [] means Threat Dragon opens it. Pure.
 */
import { checkSchema, childPath } from '../json/schema-check';
import { TD_V2_SCHEMA } from './threat-dragon-schema';

/** The shapes Threat Dragon registers (including its historic typo "trust-broundary-curve"). */
export const TD_SHAPES = [
  'actor',
  'process',
  'store',
  'flow',
  'trust-boundary-box',
  'trust-boundary-curve',
  'trust-broundary-curve',
  'td-text-block',
] as const;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The schema check alone (Threat Dragon's isV2), as `path: message` lines. */
export function threatDragonSchemaErrors(doc: unknown): string[] {
  return checkSchema(doc, TD_V2_SCHEMA).map((p) => `${p.path}: ${p.message}`);
}

export function validateThreatDragon(doc: unknown): string[] {
  const errors = threatDragonSchemaErrors(doc);
  // The app's own assumptions are checked only where the schema held: a wrong shape is already reported.
  if (errors.length) return errors;
  const diagrams = (doc as { detail: { diagrams: unknown[] } }).detail.diagrams;
  diagrams.forEach((d, di) => appChecks(d as Obj, `$.detail.diagrams[${di}]`, errors));
  return errors;
}

function appChecks(diagram: Obj, at: string, errors: string[]) {
  const cells = (diagram.cells ?? []) as Obj[];
  const ids = new Set<string>();
  cells.forEach((c, ci) => {
    const path = `${at}.cells[${ci}]`;
    const id = c.id as string;
    if (ids.has(id)) errors.push(`${path}.id: another cell of this diagram has the ID ${id}`);
    ids.add(id);
    if (!(TD_SHAPES as readonly string[]).includes(c.shape as string))
      errors.push(`${path}.shape: "${String(c.shape)}" is not a Threat Dragon shape (${TD_SHAPES.join(', ')})`);
  });
  cells.forEach((c, ci) => {
    const path = `${at}.cells[${ci}]`;
    if (c.shape === 'flow') {
      for (const end of ['source', 'target'] as const) {
        const ref = c[end];
        if (!isObj(ref) || typeof ref.cell !== 'string' || !ids.has(ref.cell))
          errors.push(`${path}.${end}.cell: must name a cell of this diagram`);
      }
    }
    threatChecks(c.data, childPath(path, 'data'), errors);
  });
}

function threatChecks(data: unknown, at: string, errors: string[]) {
  if (!isObj(data) || data.threats === undefined) return;
  const path = `${at}.threats`;
  if (!Array.isArray(data.threats)) return void errors.push(`${path}: must be an array`);
  data.threats.forEach((t, ti) => {
    if (!isObj(t)) errors.push(`${path}[${ti}]: must be an object`);
    else if (typeof t.status !== 'string') errors.push(`${path}[${ti}].status: must be a string`);
  });
}
