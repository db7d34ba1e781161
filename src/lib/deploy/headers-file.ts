/**
 * The `_headers` file that Netlify and Cloudflare Pages read from the published folder:
 *
 *     # a comment
 *     /*
 *       Header-Name: value
 *
 * A path line starts at the first column; the header lines under it are indented. Parsing is
 * strict (a malformed line is an error naming its line), because a host skips what it cannot
 * read without a word, and a missing header is a hole nobody sees.
 */

export interface HeaderRule {
  /** The path pattern, as written: `/*`, `/guide/*`, `https://example.org/*`. */
  path: string;
  /** Header names as written, in file order. */
  headers: Record<string, string>;
}

/** RFC 9110 §5.6.2 token: the characters a field name may have. */
const FIELD_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** Printable ASCII, space and tab: what every host and Node's setHeader accept in a value. */
const FIELD_VALUE = /^[\x20-\x7e\t]+$/;

export class HeadersFileError extends Error {
  override name = 'HeadersFileError';
}

export function parseHeadersFile(text: string, file = '_headers'): HeaderRule[] {
  const rules: HeaderRule[] = [];
  const pathLine = new Map<HeaderRule, string>();
  let rule: HeaderRule | undefined;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const where = `${file}:${i + 1}`;
    const entry = lines[i].trim();
    if (!entry || entry.startsWith('#')) continue;
    if (/^[ \t]/.test(lines[i])) {
      if (!rule) throw new HeadersFileError(`${where}: a header line must come under a path line`);
      addHeader(rule, entry, where);
    } else {
      rule = { path: readPath(entry, rules, where), headers: {} };
      rules.push(rule);
      pathLine.set(rule, where);
    }
  }
  const bare = rules.find((r) => Object.keys(r.headers).length === 0);
  if (bare) throw new HeadersFileError(`${pathLine.get(bare)}: path ${bare.path} has no header under it`);
  if (rules.length === 0) throw new HeadersFileError(`${file}: no rule (expected a path line such as /*)`);
  return rules;
}

function readPath(entry: string, rules: HeaderRule[], where: string): string {
  if (!/^(\/|https?:\/\/)\S*$/.test(entry))
    throw new HeadersFileError(
      `${where}: a path must start with "/" or "https://" and have no space (got ${JSON.stringify(entry)})`,
    );
  if (rules.some((r) => r.path === entry)) throw new HeadersFileError(`${where}: path ${entry} is listed twice`);
  return entry;
}

function addHeader(rule: HeaderRule, entry: string, where: string): void {
  const colon = entry.indexOf(':');
  if (colon < 0) throw new HeadersFileError(`${where}: expected "Name: value" (got ${JSON.stringify(entry)})`);
  const name = entry.slice(0, colon).trim();
  const value = entry.slice(colon + 1).trim();
  if (!FIELD_NAME.test(name)) throw new HeadersFileError(`${where}: not a valid header name: ${JSON.stringify(name)}`);
  if (!FIELD_VALUE.test(value)) throw new HeadersFileError(`${where}: header ${name} needs a value of printable ASCII`);
  if (Object.keys(rule.headers).some((n) => n.toLowerCase() === name.toLowerCase()))
    throw new HeadersFileError(`${where}: header ${name} is set twice for ${rule.path}; write one value`);
  rule.headers[name] = value;
}

/**
 * The headers for every path, for a server that sends one set for all responses (Astro's
 * server.headers in dev and preview). Refuses a file with any other rule, which such a server
 * could not reproduce: the tests would then check headers the host does not send.
 */
export function headersForEveryPath(rules: HeaderRule[], file = '_headers'): Record<string, string> {
  const [rule, ...rest] = rules;
  if (!rule || rule.path !== '/*' || rest.length > 0)
    throw new HeadersFileError(
      `${file}: astro dev and preview send one set of headers for every response, so the file must have one rule, for /* (found: ${rules.map((r) => r.path).join(', ') || 'none'})`,
    );
  return { ...rule.headers };
}
