/**
 * The _headers parser. Oracle: the format as Netlify and Cloudflare Pages document it (path line
 * at the first column, indented "Name: value" lines, "#" comments), worked by hand for each case;
 * and the project's own public/_headers, whose six headers are listed here once more on purpose.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersForEveryPath, parseHeadersFile } from './headers-file';

describe('parseHeadersFile', () => {
  it('reads paths, indented headers and comments, keeping names and order as written', () => {
    const text = [
      '# site-wide',
      '/*',
      '  X-Frame-Options: DENY',
      "\tContent-Security-Policy: frame-ancestors 'none'; base-uri 'self'",
      '',
      '/guide/*',
      '  # a comment under a path',
      '  Cache-Control:   public, max-age=60  ',
    ].join('\n');
    expect(parseHeadersFile(text)).toEqual([
      {
        path: '/*',
        headers: { 'X-Frame-Options': 'DENY', 'Content-Security-Policy': "frame-ancestors 'none'; base-uri 'self'" },
      },
      { path: '/guide/*', headers: { 'Cache-Control': 'public, max-age=60' } },
    ]);
  });

  it('accepts CRLF line ends and a value with colons', () => {
    expect(parseHeadersFile('/*\r\n  Link: <https://example.org/a>; rel=preload\r\n')).toEqual([
      { path: '/*', headers: { Link: '<https://example.org/a>; rel=preload' } },
    ]);
  });

  const malformed: [string, string, string][] = [
    [
      'a header before any path',
      '  X-Frame-Options: DENY\n/*\n  A: b',
      'f:1: a header line must come under a path line',
    ],
    ['a line with no colon', '/*\n  X-Frame-Options DENY', 'f:2: expected "Name: value" (got "X-Frame-Options DENY")'],
    ['an empty name', '/*\n  : DENY', 'f:2: not a valid header name: ""'],
    ['a name with a space', '/*\n  X Frame: DENY', 'f:2: not a valid header name: "X Frame"'],
    ['an empty value', '/*\n  X-Frame-Options:', 'f:2: header X-Frame-Options needs a value of printable ASCII'],
    ['a non-ASCII value', '/*\n  X-Note: café', 'f:2: header X-Note needs a value of printable ASCII'],
    [
      'a header set twice, in any case',
      '/*\n  X-Frame-Options: DENY\n  x-frame-options: SAMEORIGIN',
      'f:3: header x-frame-options is set twice for /*; write one value',
    ],
    ['a path with no header', '/*\n  A: b\n/guide/*\n', 'f:3: path /guide/* has no header under it'],
    ['a path listed twice', '/*\n  A: b\n/*\n  C: d', 'f:3: path /* is listed twice'],
    [
      'a path that is not one',
      'X-Frame-Options: DENY',
      'f:1: a path must start with "/" or "https://" and have no space (got "X-Frame-Options: DENY")',
    ],
    ['an empty file', '# nothing\n\n', 'f: no rule (expected a path line such as /*)'],
  ];
  for (const [name, text, message] of malformed) {
    it(`refuses ${name}, naming the line`, () => {
      expect(() => parseHeadersFile(text, 'f')).toThrow(message);
    });
  }
});

describe('headersForEveryPath', () => {
  it('returns the one /* rule', () => {
    expect(headersForEveryPath([{ path: '/*', headers: { A: 'b' } }])).toEqual({ A: 'b' });
  });

  it('refuses any other rule, which one set of server headers could not reproduce', () => {
    const message =
      'f: astro dev and preview send one set of headers for every response, so the file must have one rule, for /*';
    expect(() => headersForEveryPath(parseHeadersFile('/*\n  A: b\n/guide/*\n  C: d'), 'f')).toThrow(
      `${message} (found: /*, /guide/*)`,
    );
    expect(() => headersForEveryPath(parseHeadersFile('/guide/*\n  C: d'), 'f')).toThrow(
      `${message} (found: /guide/*)`,
    );
    expect(() => headersForEveryPath([], 'f')).toThrow(`${message} (found: none)`);
  });

  it("the project's public/_headers gives the six deployment headers", () => {
    const text = readFileSync(new URL('../../../public/_headers', import.meta.url), 'utf8');
    expect(headersForEveryPath(parseHeadersFile(text))).toEqual({
      'Content-Security-Policy': "frame-ancestors 'none'; base-uri 'self'; object-src 'none'; form-action 'self'",
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
      'Permissions-Policy':
        'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), interest-cohort=()',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
  });
});
