// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import mdx from '@astrojs/mdx';
import contentCheck from './src/integrations/content-check.ts';
import semanticModel from './src/integrations/semantic-model.ts';
import bundlerWarnings from './src/integrations/bundler-warnings.ts';
import { headersForEveryPath, parseHeadersFile } from './src/lib/deploy/headers-file.ts';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

// The theme script runs inline in <head> so the page paints in the right theme with no extra
// request; the CSP allows it by its hash (BaseLayout inlines exactly this file).
const themeScript = readFileSync(new URL('./src/scripts/theme.js', import.meta.url), 'utf8');
const themeScriptHash = /** @type {`sha256-${string}`} */ (
  `sha256-${createHash('sha256').update(themeScript).digest('base64')}`
);

// Response headers that a <meta> tag cannot carry (frame-ancestors above all). public/_headers is
// what Netlify and Cloudflare Pages read from dist/; dev and preview send the same set, parsed
// from that one file, so the browser tests check what the host will send. A malformed file
// stops the config from loading.
const headersFile = new URL('./public/_headers', import.meta.url);
const deployHeaders = headersForEveryPath(
  parseHeadersFile(readFileSync(headersFile, 'utf8'), 'public/_headers'),
  'public/_headers',
);

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  integrations: [contentCheck(), semanticModel(), bundlerWarnings(), react(), mdx()],
  devToolbar: { enabled: false },
  server: { headers: deployHeaders },
  // A strict Content-Security-Policy as a <meta> tag on every page: scripts and styles only
  // from this origin or by hash (no 'unsafe-inline'), nothing fetched from elsewhere.
  security: {
    csp: {
      scriptDirective: { hashes: [themeScriptHash] },
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  // Whitespace follows HTML's rules, as Prettier (prettier-plugin-astro) assumes when it wraps
  // lines: a line break between text and a link is a space. Astro 7's default, 'jsx', drops it
  // ("reproduced.Open the simulator", "element ·MITRE ATLAS"); true still removes whitespace,
  // but only where the page reads the same without it.
  compressHTML: true,
  // Shiki writes inline styles, which the CSP forbids; code blocks are plain.
  markdown: { syntaxHighlight: false },
  build: { inlineStylesheets: 'always' },
  // Separate output and cache folders let several builds run side by side (tests, benches).
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
});
