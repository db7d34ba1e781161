/**
 * Link check over the built site: every internal href and src of every page resolves to a
 * built file, and every #fragment points to an element ID on its target page. Runs after the
 * Playwright web server has built the site; needs no browser.
 */
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, OUT_DIR } from './support/site';

function fileFor(path: string): string | null {
  const clean = decodeURIComponent(path.split('#')[0].split('?')[0]);
  const candidates = clean.endsWith('/')
    ? [join(OUT_DIR, clean, 'index.html')]
    : [join(OUT_DIR, clean), join(OUT_DIR, clean, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  if (!ids.has(file)) {
    const html = readFileSync(file, 'utf8');
    ids.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
  }
  return ids.get(file)!;
}

test('no internal link or asset of the built site is broken', () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(10);
  const broken: string[] = [];
  let checked = 0;
  for (const page of pages) {
    const file = join(OUT_DIR, page, 'index.html');
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const raw = m[1].replace(/&amp;/g, '&');
      if (/^(?:[a-z]+:|\/\/)/i.test(raw)) continue; // external or mailto: checked elsewhere (no request leaves the origin)
      const target = raw.startsWith('#')
        ? `${page}${raw}`
        : new URL(raw, `http://x${page}`).pathname + (raw.includes('#') ? `#${raw.split('#')[1]}` : '');
      checked++;
      const targetFile = fileFor(target);
      if (!targetFile) {
        broken.push(`${page} → ${raw}`);
        continue;
      }
      const fragment = raw.includes('#') ? raw.split('#')[1] : '';
      if (fragment && targetFile.endsWith('.html') && !idsOf(targetFile).has(decodeURIComponent(fragment))) {
        broken.push(`${page} → ${raw} (no element with id "${fragment}")`);
      }
    }
  }
  expect(checked).toBeGreaterThan(100);
  expect(broken).toEqual([]);
});
