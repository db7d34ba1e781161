/**
 * JSON.parse for text that users give us, with two refusals it does not make:
 *
 * - a key repeated in one object. JSON.parse keeps the last copy silently, other readers keep the
 *   first or refuse (RFC 8259 §4 leaves it open), so `{"scenario":"a",…,"scenario":"b"}` means
 *   different things to different tools: a threat model with two "scenario" keys was graded
 *   against the wrong scenario (issue 17). It is refused with the key, its JSON path and position.
 * - nesting deeper than MAX_JSON_DEPTH arrays and objects, refused before any value is built.
 *
 * How: a scanner checks the whole text against JSON's grammar (ECMA-404) without building values,
 * tracking the keys of each open object and the depth; only a text that passes goes to JSON.parse,
 * which builds the value. So every accepted text gives exactly JSON.parse's value (`__proto__`
 * keys, -0, 1e400 and lone surrogates included), and errors carry a line and a column.
 * The scanner recurses once per level of nesting, so its stack is bounded by MAX_JSON_DEPTH.
 * Pure, no dependencies. A byte-order mark is refused as JSON.parse refuses it: strip it where
 * bytes become text (src/cli/files.ts does; a browser's File.text() does).
 */

/** Arrays and objects nested deeper than this are refused; real files nest fewer than ten. */
export const MAX_JSON_DEPTH = 256;

export type StrictJsonErrorKind = 'syntax' | 'duplicate-key' | 'too-deep';

/** Thrown for a text that is refused; a SyntaxError, as JSON.parse throws. */
export class StrictJsonError extends SyntaxError {
  override readonly name = 'StrictJsonError';
  constructor(
    readonly kind: StrictJsonErrorKind,
    /** What is wrong, without the position: `duplicate key "scenario" at $`. */
    readonly reason: string,
    /** One-based line and column (columns count UTF-16 code units) of the offending character. */
    readonly line: number,
    readonly column: number,
    /** For a duplicate key: the key and the JSON path of its object (`$`, `$.threats[2]`). */
    readonly key?: string,
    readonly path?: string,
  ) {
    super(`${reason} at ${path === undefined ? '' : `${path}, `}line ${line}, column ${column}`);
  }
}

export interface StrictParseOptions {
  /** Deepest nesting accepted; MAX_JSON_DEPTH unless given. */
  maxDepth?: number;
}

/** Parses `text` as JSON.parse does, or throws StrictJsonError (see the module comment). */
export function parseStrictJson(text: string, options: StrictParseOptions = {}): unknown {
  new Scanner(text, options.maxDepth ?? MAX_JSON_DEPTH).document();
  return JSON.parse(text);
}

const WHITESPACE = /[ \t\n\r]*/y;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
/** A run of string characters that need no attention: not a quote, a backslash or a control. */
// eslint-disable-next-line no-control-regex -- JSON strings may not hold U+0000 to U+001F raw
const PLAIN = /[^"\\\u0000-\u001f]*/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

type Segment = string | number;

/** One JSON path segment as people write it: `.name`, `["odd name"]` or `[3]`. */
function formatPath(segments: readonly Segment[]): string {
  return segments
    .map((s) => (typeof s === 'number' ? `[${s}]` : IDENTIFIER.test(s) ? `.${s}` : `[${JSON.stringify(s)}]`))
    .reduce((path, s) => path + s, '$');
}

/** A character for a message: printable ones as themselves, the others as JSON escapes. */
function describeChar(c: string): string {
  if (c === '\uFEFF') return 'byte-order mark (U+FEFF)';
  return `character ${JSON.stringify(c)}`;
}

class Scanner {
  private pos = 0;
  private readonly path: Segment[] = [];

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
  ) {}

  document(): void {
    this.skipWhitespace();
    this.value(0);
    this.skipWhitespace();
    if (this.pos < this.text.length) this.fail(`unexpected ${describeChar(this.text[this.pos])} after the JSON value`);
  }

  private value(depth: number): void {
    const c = this.text[this.pos];
    if (c === '{') this.object(depth + 1);
    else if (c === '[') this.array(depth + 1);
    else if (c === '"') this.string();
    else if (c === '-' || (c >= '0' && c <= '9')) this.number();
    else if (c === 't') this.literal('true');
    else if (c === 'f') this.literal('false');
    else if (c === 'n') this.literal('null');
    else if (c === undefined) this.fail('unexpected end of the text, expected a value');
    else this.fail(`unexpected ${describeChar(c)}, expected a value`);
  }

  private object(depth: number): void {
    this.checkDepth(depth);
    this.pos++; // {
    this.skipWhitespace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return;
    }
    const keys = new Set<string>();
    for (;;) {
      if (this.text[this.pos] !== '"') this.expected('a key in double quotes');
      const keyAt = this.pos;
      const key = this.string();
      if (keys.has(key)) this.duplicate(key, keyAt);
      keys.add(key);
      this.skipWhitespace();
      if (this.text[this.pos] !== ':') this.expected('":" after the key');
      this.pos++;
      this.skipWhitespace();
      this.path.push(key);
      this.value(depth);
      this.path.pop();
      this.skipWhitespace();
      const next = this.text[this.pos];
      this.pos++;
      if (next === '}') return;
      if (next !== ',') this.expected('"," or "}" after a value in an object', this.pos - 1);
      this.skipWhitespace();
    }
  }

  private array(depth: number): void {
    this.checkDepth(depth);
    this.pos++; // [
    this.skipWhitespace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return;
    }
    for (let index = 0; ; index++) {
      this.path.push(index);
      this.value(depth);
      this.path.pop();
      this.skipWhitespace();
      const next = this.text[this.pos];
      this.pos++;
      if (next === ']') return;
      if (next !== ',') this.expected('"," or "]" after a value in an array', this.pos - 1);
      this.skipWhitespace();
    }
  }

  /** Checks a string literal and returns its value (decoded only when it has escapes). */
  private string(): string {
    const start = this.pos;
    this.pos++; // "
    let escaped = false;
    for (;;) {
      PLAIN.lastIndex = this.pos;
      PLAIN.test(this.text);
      this.pos = PLAIN.lastIndex;
      const c = this.text[this.pos];
      if (c === '"') break;
      if (c === undefined) this.fail('unterminated string starting', start);
      if (c === '\\') {
        this.escape();
        escaped = true;
      } else {
        const code = c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
        this.fail(`control character U+${code} in a string (write it as an escape such as \\n)`);
      }
    }
    this.pos++; // "
    const literal = this.text.slice(start, this.pos);
    return escaped ? (JSON.parse(literal) as string) : literal.slice(1, -1);
  }

  private escape(): void {
    const c = this.text[this.pos + 1];
    if (c === 'u') {
      if (!HEX4.test(this.text.slice(this.pos + 2, this.pos + 6)))
        this.fail('bad escape in a string: \\u must be followed by four hexadecimal digits');
      this.pos += 6;
    } else if (c === undefined)
      this.pos++; // the text ends after the backslash: string() reports the unterminated string
    else if (ESCAPES.has(c)) this.pos += 2;
    else this.fail(`bad escape \\${c} in a string`);
  }

  private number(): void {
    NUMBER.lastIndex = this.pos;
    if (!NUMBER.test(this.text)) this.fail('bad number: expected a digit');
    this.pos = NUMBER.lastIndex;
    const c = this.text[this.pos];
    if (c === '.' || c === 'e' || c === 'E' || (c >= '0' && c <= '9'))
      this.fail(`bad number: unexpected ${describeChar(c)}`);
  }

  private literal(word: 'true' | 'false' | 'null'): void {
    if (!this.text.startsWith(word, this.pos)) this.fail(`unexpected text, expected ${word}`);
    this.pos += word.length;
  }

  private skipWhitespace(): void {
    WHITESPACE.lastIndex = this.pos;
    WHITESPACE.test(this.text);
    this.pos = WHITESPACE.lastIndex;
  }

  private checkDepth(depth: number): void {
    if (depth > this.maxDepth) this.fail(`more than ${this.maxDepth} nested arrays and objects`, this.pos, 'too-deep');
  }

  private expected(what: string, at = this.pos): never {
    const c = this.text[at];
    return this.fail(
      c === undefined
        ? `unexpected end of the text, expected ${what}`
        : `unexpected ${describeChar(c)}, expected ${what}`,
      at,
    );
  }

  private duplicate(key: string, at: number): never {
    const { line, column } = this.position(at);
    const path = formatPath(this.path);
    throw new StrictJsonError('duplicate-key', `duplicate key ${JSON.stringify(key)}`, line, column, key, path);
  }

  private fail(reason: string, at = this.pos, kind: StrictJsonErrorKind = 'syntax'): never {
    const { line, column } = this.position(at);
    throw new StrictJsonError(kind, reason, line, column);
  }

  /** One-based line and column of `at`; a line ends at \n, \r\n or a lone \r. */
  private position(at: number): { line: number; column: number } {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < at; i++) {
      const c = this.text.charCodeAt(i);
      if (c === 10 || (c === 13 && this.text.charCodeAt(i + 1) !== 10)) {
        line++;
        lineStart = i + 1;
      }
    }
    return { line, column: at - lineStart + 1 };
  }
}
