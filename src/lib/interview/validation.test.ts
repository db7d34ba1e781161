import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  checkFileSize,
  describeIssue,
  distinctIgnoringCase,
  fail,
  MAX_FILE_BYTES,
  ok,
  parseFormat,
  parseJsonText,
  type Result,
} from './validation';

describe('ok and fail', () => {
  it('build the two shapes of a result', () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
    expect(fail('why')).toEqual({ ok: false, error: 'why' });
  });
});

describe('checkFileSize', () => {
  it('accepts up to 1,000,000 bytes and refuses one more, with both figures', () => {
    expect(MAX_FILE_BYTES).toBe(1_000_000);
    expect(checkFileSize(0, 'scoresheet')).toEqual(ok(0));
    expect(checkFileSize(1_000_000, 'scoresheet')).toEqual(ok(1_000_000));
    expect(checkFileSize(1_000_001, 'scoresheet')).toEqual(
      fail('The scoresheet is too large (1,000,001 bytes; the limit is 1,000,000).'),
    );
  });
});

describe('parseJsonText', () => {
  it('parses JSON text, whatever the top-level value', () => {
    expect(parseJsonText('{"a":[1,2]}', 'session file')).toEqual(ok({ a: [1, 2] }));
    expect(parseJsonText(' 42 ', 'session file')).toEqual(ok(42));
    expect(parseJsonText('null', 'session file')).toEqual(ok(null));
  });

  it('takes exactly 1,000,000 characters and refuses one more before parsing', () => {
    const atLimit = `"${'a'.repeat(999_998)}"`;
    expect(atLimit).toHaveLength(1_000_000);
    expect(parseJsonText(atLimit, 'scoresheet').ok).toBe(true);
    expect(parseJsonText(`${atLimit} `, 'scoresheet')).toEqual(
      fail('The scoresheet is too large (1,000,001 characters; the limit is 1,000,000).'),
    );
  });

  it.each(['', '  \n\t'])('refuses the blank text %j', (text) => {
    expect(parseJsonText(text, 'scoresheet')).toEqual(fail('The scoresheet is empty.'));
  });

  it('refuses broken JSON, passing on what the parser says', () => {
    const r = parseJsonText('{"a":', 'scoresheet');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.startsWith('The scoresheet is not valid JSON (')).toBe(true);
      expect(r.error.endsWith(').')).toBe(true);
      expect(r.error.length).toBeGreaterThan('The scoresheet is not valid JSON ().'.length);
    }
  });

  it('refuses a value that is not text, for callers outside TypeScript', () => {
    const fromJs = parseJsonText as (text: unknown, what: string) => Result<unknown>;
    expect(fromJs(42, 'scoresheet')).toEqual(fail('The scoresheet could not be read as text.'));
    expect(fromJs(undefined, 'session file')).toEqual(fail('The session file could not be read as text.'));
  });
});

describe('describeIssue', () => {
  const firstIssue = (schema: z.ZodType, value: unknown) => {
    const r = schema.safeParse(value);
    if (r.success) throw new Error('expected a failure');
    return { error: r.error, message: r.error.issues[0].message };
  };

  it('writes the path with one-based indices in brackets', () => {
    const schema = z.object({ panelists: z.array(z.object({ name: z.string().min(1, 'give a name') })) });
    const { error } = firstIssue(schema, { panelists: [{ name: 'Ana' }, { name: '' }] });
    expect(describeIssue(error)).toBe('panelists[2].name: give a name');
  });

  it('writes nested and leading indices without dots', () => {
    const { error, message } = firstIssue(z.array(z.array(z.number())), [[1], [2, 'x']]);
    expect(describeIssue(error)).toBe(`[2][2]: ${message}`);
  });

  it('gives the message alone for a problem with the whole value', () => {
    const { error, message } = firstIssue(z.string(), 1);
    expect(describeIssue(error)).toBe(message);
  });

  it('says "unknown problem" for an error without issues', () => {
    expect(describeIssue(new z.ZodError([]))).toBe('unknown problem');
  });
});

describe('parseFormat', () => {
  const FORMAT = 'dojo-scoresheet/1';
  const schema = z.strictObject({ format: z.literal(FORMAT), panelist: z.string().trim().min(1, 'give the name') });
  const parse = (value: unknown) => parseFormat(value, schema, FORMAT, 'scoresheet');

  it('returns the parsed value, transforms applied', () => {
    expect(parse({ format: FORMAT, panelist: ' Ana ' })).toEqual(ok({ format: FORMAT, panelist: 'Ana' }));
  });

  it.each([null, undefined, [], 'text', 0, true])('refuses %j as not a JSON object', (value) => {
    expect(parse(value)).toEqual(fail('The scoresheet is not a JSON object.'));
  });

  it('says which format it found, or that there is none', () => {
    expect(parse({ panelist: 'Ana' })).toEqual(
      fail('This is not a scoresheet: its format is missing, expected "dojo-scoresheet/1".'),
    );
    expect(parse({ format: 1 })).toEqual(
      fail('This is not a scoresheet: its format is missing, expected "dojo-scoresheet/1".'),
    );
    expect(parse({ format: 'dojo-session/1' })).toEqual(
      fail('This is not a scoresheet: its format is "dojo-session/1", expected "dojo-scoresheet/1".'),
    );
  });

  it('quotes at most 60 characters of a wrong format', () => {
    expect(parse({ format: 'x'.repeat(100) })).toEqual(
      fail(`This is not a scoresheet: its format is "${'x'.repeat(60)}", expected "dojo-scoresheet/1".`),
    );
  });

  it('describes the first schema problem of a file in the right format', () => {
    expect(parse({ format: FORMAT, panelist: '  ' })).toEqual(
      fail('The scoresheet is malformed: panelist: give the name.'),
    );
    const extra = parse({ format: FORMAT, panelist: 'Ana', extra: 1 });
    expect(extra.ok === false && extra.error.startsWith('The scoresheet is malformed: ')).toBe(true);
  });
});

describe('distinctIgnoringCase', () => {
  it('compares names ignoring case and surrounding space', () => {
    expect(distinctIgnoringCase(['Ana', 'Ben', 'Chidi'])).toBe(true);
    expect(distinctIgnoringCase(['Ana', ' ana '])).toBe(false);
    expect(distinctIgnoringCase(['A', 'B', 'a'])).toBe(false);
    expect(distinctIgnoringCase(['Ana Lee', 'AnaLee'])).toBe(true);
    expect(distinctIgnoringCase([])).toBe(true);
  });
});
