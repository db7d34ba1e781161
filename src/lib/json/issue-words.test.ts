import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issueInWords, whereInFile } from './issue-words';

const first = (schema: z.ZodType, value: unknown) => issueInWords(schema.safeParse(value).error?.issues[0]);

describe('issueInWords', () => {
  it('says what is wrong with the whole file in words, not "root: Invalid input"', () => {
    expect(first(z.object({ format: z.string() }), [])).toBe(
      'the file as a whole should be an object ({…}) but is a list ([…])',
    );
  });
  it('names the field, and says when it is missing', () => {
    const s = z.object({ stores: z.object({ version: z.number() }) });
    expect(first(s, { stores: { version: '2' } })).toBe(
      'the field “stores.version” should be a number but is text in quotes',
    );
    expect(first(s, {})).toBe('the field “stores” is missing (it should be an object ({…}))');
  });
  it('counts list items from one', () => {
    expect(first(z.object({ threats: z.array(z.string()) }), { threats: ['a', 3] })).toBe(
      'item 2 of “threats” should be text in quotes but is a number',
    );
  });
  it('lists unknown fields, sizes and allowed values', () => {
    expect(first(z.strictObject({ a: z.number() }), { a: 1, zz: 2 })).toBe(
      'the file as a whole has a field the site does not know: “zz”',
    );
    expect(first(z.array(z.number()).max(2), [1, 2, 3])).toBe('the file as a whole is too long (at most 2 items)');
    expect(first(z.object({ status: z.enum(['done', 'cancelled']) }), { status: 'x' })).toBe(
      'the field “status” should be one of "done", "cancelled"',
    );
  });
  it('says where in words', () => {
    expect(whereInFile([])).toBe('the file as a whole');
    expect(whereInFile([0])).toBe('item 1 of the list');
  });
});
