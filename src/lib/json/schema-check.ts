/**
 * A small checker for the part of JSON Schema that third-party file formats we read are written
 * in (Threat Dragon's v2 model schema): `type` (one type or a union), `nullable`, `properties`,
 * `required`, `items`, `minimum`, `minLength` and `maxLength`, with the semantics of ajv 8
 * compiled as Threat Dragon compiles its schema (`new Ajv({ allowUnionTypes: true })`):
 *
 * - a union type such as ["object", "string"] accepts any of its types, and the keywords of the
 *   other types do not apply (`required` binds objects only, `minLength` strings only);
 * - `nullable: true` (OpenAPI's keyword, which ajv 8 implements) also accepts null;
 * - `integer` is a number without a fractional part; `minLength`/`maxLength` count Unicode code
 *   points, as ajv's ucs2length does; properties not listed are allowed; a property whose value
 *   is undefined counts as absent (ajv's generated code tests `!== undefined`).
 *
 * Why not ajv itself: ajv compiles a schema into a function with `new Function`, which the site's
 * Content-Security-Policy (no 'unsafe-eval', astro.config.mjs) forbids in the browser. The tests
 * (schema-check.test.ts, threat-dragon-validate.test.ts) hold this checker to ajv's verdicts.
 * A keyword outside this subset is refused when the schema is first used, never ignored. Pure.
 */

export type JsonType = 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';

export interface JsonSchema {
  type?: JsonType | readonly JsonType[];
  nullable?: boolean;
  properties?: Readonly<Record<string, JsonSchema>>;
  required?: readonly string[];
  items?: JsonSchema;
  minimum?: number;
  minLength?: number;
  maxLength?: number;
}

const KEYWORDS = new Set(['type', 'nullable', 'properties', 'required', 'items', 'minimum', 'minLength', 'maxLength']);

/** One problem: where (a JSON path from `$`) and what, in words. */
export interface SchemaProblem {
  path: string;
  message: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function hasType(value: unknown, type: JsonType): boolean {
  switch (type) {
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
  }
}

const ARTICLE: Record<JsonType, string> = {
  object: 'an object',
  array: 'an array',
  string: 'a string',
  number: 'a number',
  integer: 'an integer',
  boolean: 'a boolean',
  null: 'null',
};

/** "a string", "an object or a string", "a string or null". */
function describeTypes(types: readonly JsonType[]): string {
  const words = types.map((t) => ARTICLE[t]);
  return words.length <= 1 ? (words[0] ?? 'anything') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** `$.a.b[0]`; keys that are not identifiers are quoted: `$["a b"]`. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/** An own property only: `constructor` or `__proto__` must not be found on the prototype. */
const own = (o: Record<string, unknown>, key: string) => (Object.hasOwn(o, key) ? o[key] : undefined);

const codePoints = (s: string) => [...s].length;

function assertKnownKeywords(schema: JsonSchema, path: string) {
  for (const k of Object.keys(schema)) {
    if (!KEYWORDS.has(k)) throw new Error(`schema-check: unsupported keyword "${k}" at ${path}`);
  }
}

/**
 * Every problem of `value` against `schema`, in the order of the schema's properties; [] means valid. Where a value has
 * the wrong type, nothing inside it is checked (ajv reports the type alone there too).
 */
export function checkSchema(value: unknown, schema: JsonSchema, path = '$'): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  walk(value, schema, path, problems);
  return problems;
}

function walk(value: unknown, schema: JsonSchema, path: string, out: SchemaProblem[]) {
  assertKnownKeywords(schema, path);
  if (schema.type !== undefined) {
    const types: JsonType[] = typeof schema.type === 'string' ? [schema.type] : [...schema.type];
    if (schema.nullable) types.push('null');
    if (!types.some((t) => hasType(value, t))) {
      out.push({ path, message: `must be ${describeTypes(types)}` });
      return;
    }
  }
  if (typeof value === 'number' && schema.minimum !== undefined && value < schema.minimum) {
    out.push({ path, message: `must be at least ${schema.minimum}` });
  }
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && codePoints(value) < schema.minLength)
      out.push({ path, message: `must be at least ${schema.minLength} characters long` });
    if (schema.maxLength !== undefined && codePoints(value) > schema.maxLength)
      out.push({ path, message: `must be at most ${schema.maxLength} characters long` });
  }
  if (Array.isArray(value) && schema.items) {
    // By index, not forEach: a hole in a sparse array is an undefined item, as ajv sees it.
    for (let i = 0; i < value.length; i++) walk(value[i], schema.items, childPath(path, i), out);
  }
  if (isObject(value)) {
    // The schema's properties in its order, each missing required one where it would be.
    const props = schema.properties ?? {};
    const required = new Set(schema.required ?? []);
    for (const key of new Set([...Object.keys(props), ...required])) {
      const v = own(value, key);
      if (v === undefined) {
        if (required.has(key)) out.push({ path: childPath(path, key), message: 'is missing' });
      } else if (Object.hasOwn(props, key)) walk(v, props[key]!, childPath(path, key), out);
    }
  }
}
