import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { siteOptionsFromEnv } from './src/lib/site-options.ts';

// Where the site lives and where its content comes from are deployment facts, so they come
// from the environment: SITE_URL (with an optional subpath), CONTENT_DIR, OUT_DIR.
const options = siteOptionsFromEnv(process.env);

export default defineConfig({
  site: options.siteOrigin,
  base: options.basePath,
  outDir: options.outDir,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  devToolbar: { enabled: false },
  integrations: [sitemap({ filter: (page) => !/\/404\/?$/.test(page) })],
});
