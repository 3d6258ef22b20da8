import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { siteOptionsFromEnv } from './src/lib/site-options.ts';
import { publishedLastModified } from './src/lib/sitemap-dates.ts';
import { headersFile, readPagePolicies } from './src/lib/headers-file.ts';
import { publishedSearchRecords } from './src/lib/search-records.ts';
import { SEARCH_INDEX_DIR, writeSearchIndex } from './src/lib/search-index.ts';

// Where the site lives and where its content comes from are deployment facts, so they come
// from the environment: SITE_URL (with an optional subpath), CONTENT_DIR, OUT_DIR.
const options = siteOptionsFromEnv(process.env);

/**
 * Writes dist/_headers for the base path, with the Content-Security-Policy each built page
 * carries. A page or endpoint cannot emit it: Astro skips routes whose names start with "_".
 */
/** @type {import('astro').AstroIntegration} */
const hostHeaders = {
  name: 'on-the-record:headers-file',
  hooks: {
    'astro:build:done': ({ dir }) =>
      writeFileSync(new URL('_headers', dir), headersFile(options.basePath, readPagePolicies(fileURLToPath(dir)))),
  },
};

/**
 * Indexes the site for the search page with Pagefind, into <outDir>/pagefind/, once the pages
 * are written: one record per story (its quotes as sections) and per speaker, from the same content as the pages
 * (docs/decisions/0012-search-index-from-site-data.md).
 */
/** @type {import('astro').AstroIntegration} */
const searchIndex = {
  name: 'on-the-record:search-index',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      // The records come from the content loader, which already holds the articles.
      const records = publishedSearchRecords();
      if (!records) throw new Error('Search index: the content loader handed over no records');
      const stats = await writeSearchIndex(records, fileURLToPath(new URL(`${SEARCH_INDEX_DIR}/`, dir)));
      logger.info(
        `search index: ${stats.records} records, ${stats.files} files, ${stats.bytes} bytes in ${stats.seconds.toFixed(2)} s` +
          (stats.cpuSeconds === null ? '' : ` (processor ${stats.cpuSeconds.toFixed(2)} s)`),
      );
    },
  },
};

export default defineConfig({
  site: options.siteOrigin,
  base: options.basePath,
  outDir: options.outDir,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  devToolbar: { enabled: false },
  // Article bodies are prose; no code highlighting, whose inline styles CSP would block.
  markdown: { syntaxHighlight: false },
  // No security.csp: Astro's policy cannot say script-src 'none' and comes last in <head>. Each
  // page writes its own as the first thing after <meta charset> (src/components/BaseHead.astro,
  // src/lib/content-security-policy.ts), and _headers repeats it.
  integrations: [
    hostHeaders,
    searchIndex,
    sitemap({
      filter: (page) => !/\/404(?:\.html|\/)?$/.test(page),
      // lastmod from the content's own dates (never the build time, so two builds are
      // identical), as the content loader published them: no second pass over the articles.
      serialize: (item) => {
        const date = publishedLastModified(item.url);
        return date ? { ...item, lastmod: date.toISOString() } : item;
      },
    }),
  ],
});
