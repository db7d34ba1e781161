/** Helpers shared by the browser tests: the built pages, and a guard against off-origin requests. */
import { readdirSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Page } from '@playwright/test';

export const OUT_DIR = process.env.ASTRO_OUT_DIR ?? 'dist';

/** Every page of the built site, as a URL path ("/", "/guide/", …). */
export function builtPages(outDir = OUT_DIR): string[] {
  if (!existsSync(outDir)) return [];
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'index.html') {
        const rel = relative(outDir, dir).split(sep).join('/');
        pages.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(outDir);
  return pages.sort();
}

/**
 * Records every request the page makes that leaves the site's origin. Call before navigating;
 * read `offOrigin` after.
 */
export function watchOrigin(page: Page, origin: string) {
  const offOrigin: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return;
    if (new URL(url).origin !== origin) offOrigin.push(url);
  });
  return offOrigin;
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
