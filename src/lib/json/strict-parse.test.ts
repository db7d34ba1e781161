/**
 * The strict JSON parser. Oracle for every accepted text: JSON.parse itself (the parser must give
 * its value on every valid text without duplicate keys, and refuse what it refuses). Oracle for the
 * positions: counted by hand in the literal texts below.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_JSON_DEPTH, parseStrictJson, StrictJsonError } from './strict-parse';

const SEED = 20261117;

function refusal(text: string, maxDepth?: number): StrictJsonError {
  try {
    parseStrictJson(text, maxDepth === undefined ? {} : { maxDepth });
  } catch (e) {
    if (e instanceof StrictJsonError) return e;
    throw new Error(`threw something else: ${String(e)}`);
  }
  throw new Error(`accepted ${JSON.stringify(text)}`);
}

const acceptsJsonParse = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** The value at a JSON path as the parser writes it ($, .name, ["name"], [3]). */
function at(value: unknown, path: string): unknown {
  const segment = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  let v = value;
  segment.lastIndex = 1; // after "$"
  while (segment.lastIndex < path.length) {
    const m = segment.exec(path);
    if (!m) throw new Error(`bad path ${path}`);
    const key = m[1] ?? (m[2] === undefined ? (JSON.parse(m[3]) as string) : Number(m[2]));
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}

describe('parseStrictJson: agreement with JSON.parse', () => {
  it('gives JSON.parse’s value for every fc.json() text, compact and indented', () => {
    fc.assert(
      fc.property(fc.json({ depthSize: 'medium' }), fc.constantFrom(undefined, 2, '\t'), (text, indent) => {
        const spaced = indent === undefined ? text : JSON.stringify(JSON.parse(text), null, indent);
        expect(parseStrictJson(spaced)).toStrictEqual(JSON.parse(spaced));
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('gives JSON.parse’s value for texts with any UTF-16 (lone surrogates, U+2028, escapes)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'binary' }), (value) => {
        const text = JSON.stringify(value);
        expect(parseStrictJson(text)).toStrictEqual(JSON.parse(text));
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('refuses exactly what JSON.parse refuses, for damaged JSON and for strings of JSON’s alphabet', () => {
    const damaged = fc
      .tuple(
        fc.json(),
        fc.nat(),
        fc.nat(3),
        fc.string({ unit: fc.constantFrom(...'{}[],:"\\u0-.eE+tfn a\n\t'.split('')), maxLength: 3 }),
      )
      .map(([text, at, cut, insert]) => {
        const i = at % (text.length + 1);
        return text.slice(0, i) + insert + text.slice(i + cut);
      });
    const alphabet = fc.string({ unit: fc.constantFrom(...'{}[],:"\\u01-.eE+truefalsn \n'.split('')), maxLength: 12 });
    const token = fc.constantFrom(
      ...['{', '}', '[', ']', ',', ':', ' ', '\n', '"a"', '"b"', '"\\u0061"', '"\\x"', '"\t"', '"\\u12"'],
      ...['0', '01', '-0', '-1', '1.5', '1.', '.5', '1e5', '1E+2', '1e', '-', '+1', 'true', 'tru', 'null', 'nul'],
    );
    const tokens = fc.array(token, { maxLength: 10 }).map((t) => t.join(''));
    let refusedBoth = 0;
    fc.assert(
      fc.property(fc.oneof(damaged, alphabet, tokens), (text) => {
        const valid = acceptsJsonParse(text);
        let mine: StrictJsonError | undefined;
        try {
          expect(parseStrictJson(text)).toStrictEqual(JSON.parse(text));
        } catch (e) {
          if (!(e instanceof StrictJsonError)) throw e;
          mine = e;
        }
        if (!valid) {
          refusedBoth++;
          expect(mine?.kind).toBe('syntax');
        } else if (mine) {
          // JSON.parse accepts it: the only refusal allowed is a real duplicate key.
          expect(mine.kind).toBe('duplicate-key');
          expect(Object.hasOwn(at(JSON.parse(text), mine.path!) as object, mine.key!)).toBe(true);
        }
      }),
      { seed: SEED, numRuns: 5000 },
    );
    expect(refusedBoth).toBeGreaterThan(1000); // the generators do produce invalid text
  });

  it.each([
    ['__proto__ as an own key', '{"__proto__":{"x":1}}'],
    ['minus zero', '-0'],
    ['a number too large for a double', '1e400'],
    ['a lone surrogate', '"\\ud800"'],
    ['every escape', '"\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9"'],
    ['integer-like keys', '{"b":1,"2":2,"1":3}'],
    ['whitespace of every kind', ' \t\r\n[ 1 ,\r\n2 ] \n'],
    ['U+2028 raw in a string', '"a\u2028b"'],
  ])('agrees with JSON.parse on %s', (_what, text) => {
    const mine = parseStrictJson(text);
    expect(mine).toStrictEqual(JSON.parse(text));
    if (text.startsWith('{"__proto__"')) {
      expect(Object.getPrototypeOf(mine)).toBe(Object.prototype);
      expect(Object.keys(mine as object)).toEqual(['__proto__']);
    }
    if (text === '-0') expect(Object.is(mine, -0)).toBe(true);
  });
});

describe('parseStrictJson: duplicate keys', () => {
  it('names the key, its object’s path, the line and the column of the second copy', () => {
    const text = '{\n  "format": "dojo-threat-model/1",\n  "scenario": "a",\n  "scenario": "b"\n}';
    const e = refusal(text);
    expect(e).toBeInstanceOf(SyntaxError);
    expect(e.kind).toBe('duplicate-key');
    expect(e.key).toBe('scenario');
    expect(e.path).toBe('$');
    expect([e.line, e.column]).toEqual([4, 3]); // line 4 is `  "scenario": "b"`, the quote is column 3
    expect(e.message).toBe('duplicate key "scenario" at $, line 4, column 3');
  });

  it('finds duplicates in nested objects, inside arrays, and under odd key names', () => {
    expect(refusal('{"threats":[{"a":1},{"title":1,"title":2}]}').message).toBe(
      'duplicate key "title" at $.threats[1], line 1, column 32',
    );
    expect(refusal('{"a b":{"":1,"":2}}').path).toBe('$["a b"]');
  });

  it('compares keys after decoding escapes', () => {
    const e = refusal('{"a":1,"\\u0061":2}');
    expect(e.key).toBe('a');
    expect(e.column).toBe(8);
  });

  it('accepts the same key in different objects, and keys differing only in case', () => {
    expect(parseStrictJson('{"a":{"a":1},"b":[{"a":1},{"a":2}],"A":0}')).toEqual({
      a: { a: 1 },
      b: [{ a: 1 }, { a: 2 }],
      A: 0,
    });
  });
});

describe('parseStrictJson: nesting', () => {
  it(`accepts ${MAX_JSON_DEPTH} levels and refuses ${MAX_JSON_DEPTH + 1}, at the opening bracket`, () => {
    const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
    expect(() => parseStrictJson(deep(MAX_JSON_DEPTH))).not.toThrow();
    const e = refusal(deep(MAX_JSON_DEPTH + 1));
    expect(e.kind).toBe('too-deep');
    expect(e.message).toBe(
      `more than ${MAX_JSON_DEPTH} nested arrays and objects at line 1, column ${MAX_JSON_DEPTH + 1}`,
    );
  });

  it('counts objects and arrays together, and takes a smaller bound', () => {
    expect(refusal('{"a":[{"b":[]}]}', 3).column).toBe(12); // the fourth level is the second "["
    expect(parseStrictJson('{"a":[{"b":[]}]}', { maxDepth: 4 })).toEqual({ a: [{ b: [] }] });
  });

  it('refuses a million open brackets with its own message, not a stack overflow', () => {
    expect(refusal('['.repeat(1_000_000)).kind).toBe('too-deep');
    expect(refusal('{"a":'.repeat(1_000_000)).kind).toBe('too-deep');
  });
});

describe('parseStrictJson: syntax errors with line and column', () => {
  it.each([
    ['', 'unexpected end of the text, expected a value at line 1, column 1'],
    ['{"a":1,}', 'unexpected character "}", expected a key in double quotes at line 1, column 8'],
    ['[1,]', 'unexpected character "]", expected a value at line 1, column 4'],
    ['[1 2]', 'unexpected character "2", expected "," or "]" after a value in an array at line 1, column 4'],
    ['{"a" 1}', 'unexpected character "1", expected ":" after the key at line 1, column 6'],
    ['{"a":1', 'unexpected end of the text, expected "," or "}" after a value in an object at line 1, column 7'],
    ['01', 'bad number: unexpected character "1" at line 1, column 2'],
    ['1.', 'bad number: unexpected character "." at line 1, column 2'],
    ['-', 'bad number: expected a digit at line 1, column 1'],
    ['+1', 'unexpected character "+", expected a value at line 1, column 1'],
    ['tru', 'unexpected text, expected true at line 1, column 1'],
    ["{'a':1}", 'unexpected character "\'", expected a key in double quotes at line 1, column 2'],
    ['"ab', 'unterminated string starting at line 1, column 1'],
    ['"ab\\', 'unterminated string starting at line 1, column 1'],
    ['"a\\x"', 'bad escape \\x in a string at line 1, column 3'],
    ['"\\u12g4"', 'bad escape in a string: \\u must be followed by four hexadecimal digits at line 1, column 2'],
    ['"a\tb"', 'control character U+0009 in a string (write it as an escape such as \\n) at line 1, column 3'],
    ['{} {}', 'unexpected character "{" after the JSON value at line 1, column 4'],
    ['\uFEFF{}', 'unexpected byte-order mark (U+FEFF), expected a value at line 1, column 1'],
    ['[\r\n1,\r\n\u00a0]', 'unexpected character "\u00a0", expected a value at line 3, column 1'],
    ['[\r1,\n  x]', 'unexpected character "x", expected a value at line 3, column 3'],
  ])('refuses %j as JSON.parse does, saying where', (text, message) => {
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
    const e = refusal(text);
    expect(e.kind).toBe('syntax');
    expect(e.message).toBe(message);
  });
});
