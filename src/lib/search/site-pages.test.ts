/** The top-level pages offered by search: each must exist in src/pages and be described. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SITE_PAGES } from './site-pages';

const pages = fileURLToPath(new URL('../../pages/', import.meta.url));

describe('SITE_PAGES', () => {
  it('lists the home, Learn, Interview, simulator, labs and guide pages, once each', () => {
    expect(SITE_PAGES.map((p) => p.href)).toEqual([
      '/',
      '/learn/',
      '/interview/',
      '/simulator/',
      '/labs/',
      '/labs/evasion/',
      '/labs/poisoning/',
      '/guide/',
    ]);
  });

  it('points each entry at a page of the site (src/pages/…/index.astro)', () => {
    for (const { href } of SITE_PAGES) expect(existsSync(`${pages}${href.slice(1)}index.astro`), href).toBe(true);
  });

  it('gives each a title and a summary short enough for a result snippet (≤ 160 characters, the usual meta-description length)', () => {
    for (const p of SITE_PAGES) {
      expect(p.title.trim(), p.href).not.toBe('');
      expect(p.summary.length, p.href).toBeGreaterThan(40);
      expect(p.summary.length, p.href).toBeLessThanOrEqual(160);
      expect(p.summary.endsWith('.'), p.href).toBe(true);
    }
  });
});
