import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { siteOptionsFromEnv } from './src/lib/site-options.ts';
import { publishedLastModified } from './src/lib/sitemap-dates.ts';
import { headersFile, readPagePolicies } from './src/lib/headers-file.ts';
import { publishedSearchRecords } from './src/lib/search-records.ts';
import { SEARCH_INDEX_DIR, searchIndexLine, writeSearchIndex } from './src/lib/search-index.ts';

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
 * (docs/decisions/0012-search-index-from-site-data.md). A build whose records are the same as the
 * last one's reuses its index from <cacheDir>/search-index/ (node_modules/.astro/ by default,
 * beside the content store); `astro build --force` indexes afresh.
 */
let searchIndexCacheDir = '';
/** @type {import('astro').AstroIntegration} */
const searchIndex = {
  name: 'on-the-record:search-index',
  hooks: {
    'astro:config:done': ({ config }) => {
      searchIndexCacheDir = fileURLToPath(new URL('search-index/', config.cacheDir));
    },
    'astro:build:done': async ({ dir, logger }) => {
      // The records come from the content loader, which already holds the articles.
      const records = publishedSearchRecords();
      if (!records) throw new Error('Search index: the content loader handed over no records');
      // Astro does not tell integrations about --force; it is on the command line.
      const cache = { dir: searchIndexCacheDir, reuse: !process.argv.includes('--force') };
      const stats = await writeSearchIndex(records, fileURLToPath(new URL(`${SEARCH_INDEX_DIR}/`, dir)), cache);
      logger.info(searchIndexLine(stats));
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
