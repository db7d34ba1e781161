// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import mdx from '@astrojs/mdx';
import contentCheck from './src/integrations/content-check.ts';

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  integrations: [contentCheck(), react(), mdx()],
  devToolbar: { enabled: false },
  build: { inlineStylesheets: 'never' },
  // Separate output and cache folders let several builds run side by side (tests, benches).
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
});
