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
});
