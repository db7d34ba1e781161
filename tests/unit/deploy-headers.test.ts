/**
 * One list of deployment headers in three places: public/_headers (what Netlify and Cloudflare
 * Pages read, and what astro dev and preview send), docs/deploy/nginx.conf, and the nginx block
 * in README's "Deploying" section. Oracle: public/_headers, parsed by the same code as
 * astro.config.mjs; the two nginx copies must say the same, line for line.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersForEveryPath, parseHeadersFile } from '../../src/lib/deploy/headers-file';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const expected = headersForEveryPath(parseHeadersFile(read('public/_headers'), 'public/_headers'));

/** `add_header Name "value" always;` lines, in order, as [name, value]. */
function addHeaders(text: string): [string, string][] {
  return [...text.matchAll(/^\s*add_header\s+(\S+)\s+"([^"]*)"\s+always;\s*$/gm)].map((m) => [m[1], m[2]]);
}

describe('the nginx headers match public/_headers', () => {
  it('docs/deploy/nginx.conf', () => {
    const conf = read('docs/deploy/nginx.conf');
    // Every add_header line has the expected shape (none skipped by the pattern above).
    expect(conf.split('\n').filter((l) => l.trim().startsWith('add_header'))).toHaveLength(addHeaders(conf).length);
    expect(addHeaders(conf)).toEqual(Object.entries(expected));
  });

  it("README's Deploying section", () => {
    const readme = read('README.md');
    const section = readme.slice(readme.indexOf('## Deploying'));
    expect(section.startsWith('## Deploying')).toBe(true);
    const block = /```nginx\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    expect(addHeaders(block)).toEqual(Object.entries(expected));
  });

  it('the pattern would see a drift (a changed value is not equal)', () => {
    const drifted = read('docs/deploy/nginx.conf').replace('"DENY"', '"SAMEORIGIN"');
    expect(addHeaders(drifted)).not.toEqual(Object.entries(expected));
  });
});
