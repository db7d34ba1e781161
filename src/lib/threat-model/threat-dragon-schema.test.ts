/**
 * Our statement of Threat Dragon's v2 schema is that schema: equal to the file itself without its
 * descriptions (when ../shared/reference holds a copy), and applied by our checker with the
 * verdicts of ajv configured as Threat Dragon configures it, on thousands of seeded random edits
 * of a real export (fast-check, fixed seed, bounded runs).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import fc from 'fast-check';
import type { JsonSchema } from '../json/schema-check';
import { TD_V2_SCHEMA } from './threat-dragon-schema';
import { threatDragonSchemaErrors } from './threat-dragon-validate';
import { toThreatDragon, type TdScenario } from './threat-dragon';

const schemaPath = resolve(__dirname, '..', '..', '..', '..', 'shared', 'reference', 'threat-dragon-v2.schema.json');
const hasSchema = existsSync(schemaPath);

/** A schema without its annotations ($id, title, description), which constrain nothing. */
function constraintsOf(schema: Record<string, unknown>): Record<string, unknown> {
  const { $id: _id, title: _t, description: _d, ...rest } = schema;
  if (rest.properties) {
    rest.properties = Object.fromEntries(
      Object.entries(rest.properties as Record<string, Record<string, unknown>>).map(([k, v]) => [k, constraintsOf(v)]),
    );
  }
  if (rest.items) rest.items = constraintsOf(rest.items as Record<string, unknown>);
  return rest;
}

describe.runIf(hasSchema)("our schema and Threat Dragon's schema file", () => {
  it('state the same constraints', () => {
    const theirs = hasSchema ? JSON.parse(readFileSync(schemaPath, 'utf8')) : {};
    expect(TD_V2_SCHEMA).toEqual(constraintsOf(theirs));
  });
});

describe('our schema', () => {
  it('names no property of Object.prototype (where our checker and ajv would differ)', () => {
    const names: string[] = [];
    const walk = (s: JsonSchema) => {
      for (const [k, v] of Object.entries(s.properties ?? {})) {
        names.push(k);
        walk(v);
      }
      for (const k of s.required ?? []) names.push(k);
      if (s.items) walk(s.items);
    };
    walk(TD_V2_SCHEMA);
    expect(names.length).toBeGreaterThan(80);
    expect(names.filter((n) => n in Object.prototype)).toEqual([]);
  });
});

const scenario: TdScenario = {
  id: 'fuzz',
  title: 'Fuzz',
  summary: 'Two elements and a flow.',
  diagram: {
    elements: [
      { id: 'u', kind: 'external-entity', label: 'User', description: '', x: 100, y: 100 },
      { id: 's', kind: 'data-store', label: 'Store', description: '', x: 600, y: 100 },
    ],
    flows: [{ id: 'f', from: 'u', to: 's', label: 'Write' }],
    boundaries: [{ id: 'b', label: 'Inside', elements: ['s'] }],
  },
};
const exported = toThreatDragon(
  {
    format: 'dojo-threat-model/1',
    scenario: 'fuzz',
    threats: [
      {
        element: 'f',
        stride: 'Tampering',
        atlas: [],
        owasp: [],
        title: 't',
        likelihood: 2,
        impact: 3,
        mitigations: [],
      },
    ],
  },
  scenario,
);

/** Every path to a value in a JSON document, as key lists. */
function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  const here = [at];
  if (Array.isArray(v)) return [...here, ...v.flatMap((x, i) => paths(x, [...at, i]))];
  if (v && typeof v === 'object') return [...here, ...Object.entries(v).flatMap(([k, x]) => paths(x, [...at, k]))];
  return here;
}
const allPaths = paths(exported).filter((p) => p.length > 0);

describe('our checker on random edits of an export, with ajv as the oracle', () => {
  const validate = new Ajv({ allowUnionTypes: true, logger: false }).compile(TD_V2_SCHEMA);
  const value = fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom(null, '', 'x', 'ab', -1, 0, 1.5, 9, 10, true, {}, [], { name: 'n' }, [{ x: 1 }]),
  );
  const edits = fc.array(fc.tuple(fc.constantFrom(...allPaths), fc.option(value, { nil: undefined })), {
    minLength: 1,
    maxLength: 3,
  });

  it('gives the same verdict as ajv on 3,000 edited documents', () => {
    let rejected = 0;
    fc.assert(
      fc.property(edits, (changes) => {
        const doc = structuredClone(exported) as unknown as Record<string | number, unknown>;
        for (const [path, v] of changes) {
          let at: Record<string | number, unknown> | undefined = doc;
          for (const k of path.slice(0, -1)) at = at?.[k] as typeof at;
          if (!at || typeof at !== 'object') continue;
          const last = path[path.length - 1];
          if (v === undefined) delete at[last];
          else at[last] = v;
        }
        const ours = threatDragonSchemaErrors(doc).length === 0;
        if (!ours) rejected++;
        expect(ours).toBe(validate(doc));
      }),
      { seed: 20261202, numRuns: 3000 },
    );
    // The edits must exercise both verdicts to prove anything.
    expect(rejected).toBeGreaterThan(500);
    expect(rejected).toBeLessThan(2900);
  });
});
