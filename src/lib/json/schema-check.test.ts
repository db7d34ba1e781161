/**
 * The schema checker against its oracle, ajv 8 compiled as Threat Dragon compiles its schema
 * (`new Ajv({ allowUnionTypes: true })`): every verdict below is also asked of ajv, and the
 * messages are ours, checked exactly.
 */
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { checkSchema, childPath, type JsonSchema } from './schema-check';

const ajv = new Ajv({ allowUnionTypes: true, logger: false });
const messages = (value: unknown, schema: JsonSchema) =>
  checkSchema(value, schema).map((p) => `${p.path}: ${p.message}`);

/** [schema, value, our messages]; ajv must accept exactly when the list is empty. */
const cases: [string, JsonSchema, unknown, string[]][] = [
  ['one type', { type: 'string' }, 'x', []],
  ['one type, wrong', { type: 'string' }, 1, ['$: must be a string']],
  ['integer', { type: 'integer' }, 2, []],
  ['integer, fractional', { type: 'integer' }, 2.5, ['$: must be an integer']],
  ['number accepts an integer', { type: 'number' }, 2, []],
  ['array is not an object', { type: 'object' }, [], ['$: must be an object']],
  ['null is not an object', { type: 'object' }, null, ['$: must be an object']],
  ['nullable string, null', { type: 'string', nullable: true }, null, []],
  ['nullable string, number', { type: 'string', nullable: true }, 3, ['$: must be a string or null']],
  ['union', { type: ['object', 'string'] }, 'x', []],
  ['union, neither', { type: ['object', 'string', 'null'] }, 3, ['$: must be an object, a string or null']],
  // Under a union, `required` binds the object form only, `minLength` the string form only.
  ['union: required binds objects', { type: ['object', 'string'], required: ['name'] }, '', []],
  ['union: required, object', { type: ['object', 'string'], required: ['name'] }, {}, ['$.name: is missing']],
  ['union: minLength binds strings', { type: ['integer', 'string'], minimum: 0, minLength: 2 }, 1, []],
  ['union: minimum binds numbers', { type: ['integer', 'string'], minimum: 0, minLength: 2 }, 'ab', []],
  ['minimum', { type: 'number', minimum: 10 }, 9.5, ['$: must be at least 10']],
  ['minLength counts code points', { type: 'string', minLength: 2 }, '😀', ['$: must be at least 2 characters long']],
  ['maxLength counts code points', { type: 'string', maxLength: 2 }, '😀😀', []],
  ['maxLength', { type: 'string', maxLength: 2 }, 'abc', ['$: must be at most 2 characters long']],
  ['no type: bounds still apply', { minimum: 1 }, 0, ['$: must be at least 1']],
  ['no type: anything else', { minimum: 1 }, 'x', []],
  [
    'properties, in schema order, inside a wrong type nothing more',
    { type: 'object', properties: { b: { type: 'string' }, a: { type: 'object', required: ['z'] } }, required: ['c'] },
    { a: 5, b: 1 },
    ['$.b: must be a string', '$.a: must be an object', '$.c: is missing'],
  ],
  ['other properties are allowed', { type: 'object', properties: { a: { type: 'string' } } }, { b: 1 }, []],
  [
    'items, with paths',
    { type: 'array', items: { type: 'object', properties: { 'x y': { type: 'integer' } } } },
    [{ 'x y': 1 }, { 'x y': 'no' }],
    ['$[1]["x y"]: must be an integer'],
  ],
];

describe('checkSchema', () => {
  for (const [name, schema, value, expected] of cases) {
    it(`${name}: ${expected.length ? expected.join('; ') : 'valid'}, as ajv says`, () => {
      expect(messages(value, schema)).toEqual(expected);
      expect(ajv.validate(schema, value)).toBe(expected.length === 0);
    });
  }

  it('counts a property whose value is undefined as absent, as ajv does', () => {
    const schema: JsonSchema = { type: 'object', properties: { a: { type: 'string' } }, required: ['b'] };
    const value = { a: undefined, b: undefined };
    expect(messages(value, schema)).toEqual(['$.b: is missing']);
    expect(ajv.validate(schema, value)).toBe(false);
    expect(messages({ a: undefined, b: 1 }, schema)).toEqual([]);
  });

  it('looks at own properties only (where ajv would find Object.prototype.constructor)', () => {
    // A deliberate difference from ajv, which tests data.constructor !== undefined; no schema we
    // apply names a property of Object.prototype, so its verdicts on them are the same.
    const schema: JsonSchema = { type: 'object', required: ['constructor', 'toString'] };
    expect(messages({}, schema)).toEqual(['$.constructor: is missing', '$.toString: is missing']);
  });

  it('refuses a keyword it does not implement rather than ignoring it', () => {
    const schema = { type: 'object', properties: { a: { type: 'string', pattern: '^x' } } } as unknown as JsonSchema;
    expect(() => checkSchema({ a: 'y' }, schema)).toThrow('schema-check: unsupported keyword "pattern" at $.a');
  });

  it('writes paths as JSON paths', () => {
    expect(childPath('$', 'a')).toBe('$.a');
    expect(childPath('$.a', 0)).toBe('$.a[0]');
    expect(childPath('$', 'has space')).toBe('$["has space"]');
  });
});
