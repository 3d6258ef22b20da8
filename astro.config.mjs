import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { siteOptionsFromEnv } from './src/lib/site-options.ts';
import { pageLastModified } from './src/lib/page-last-modified.ts';
import { loadSiteContent } from './src/lib/site-content.ts';
import { createSiteUrls } from './src/lib/site-urls.ts';
import { headersFile } from './src/lib/headers-file.ts';
import { buildSpeakerDirectory } from './src/lib/speaker-directory.ts';
import { buildSearchRecords } from './src/lib/search-records.ts';
import { SEARCH_INDEX_DIR, writeSearchIndex } from './src/lib/search-index.ts';

// Where the site lives and where its content comes from are deployment facts, so they come
// from the environment: SITE_URL (with an optional subpath), CONTENT_DIR, OUT_DIR.
const options = siteOptionsFromEnv(process.env);

const urls = createSiteUrls(options.siteOrigin, options.basePath);

/**
 * The content, read once here for the sitemap's lastmod and the search index. Bad content is
 * reported by the content loader, which names the file and stops the build; here it is null.
 */
function loadContentOrNull() {
  try {
    return loadSiteContent(options.contentDir);
  } catch {
    return null;
  }
}
const content = loadContentOrNull();

/**
 * lastmod for each sitemap URL, from the content's own dates (never the build time, so two
 * builds are identical).
 */
const lastModified = content ? pageLastModified(content, urls) : new Map();

/**
 * Writes dist/_headers for the base path. A page or endpoint cannot emit it: Astro skips routes
 * whose names start with "_".
 */
/** @type {import('astro').AstroIntegration} */
const hostHeaders = {
  name: 'on-the-record:headers-file',
  hooks: {
    'astro:build:done': ({ dir }) => writeFileSync(new URL('_headers', dir), headersFile(options.basePath)),
  },
};

/**
 * Indexes the site for the search page with Pagefind, into <outDir>/pagefind/, once the pages
 * are written: one record per story, speaker and quote, from the same content as the pages
 * (docs/decisions/0001-search-index-from-site-data.md).
 */
/** @type {import('astro').AstroIntegration} */
const searchIndex = {
  name: 'on-the-record:search-index',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      if (!content) throw new Error('Search index: the content could not be read');
      const records = buildSearchRecords(content.articles, buildSpeakerDirectory(content.articles, content.profiles), urls);
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
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  devToolbar: { enabled: false },
  // Article bodies are prose; no code highlighting, whose inline styles CSP would block.
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      directives: [
        "default-src 'none'",
        "img-src 'self'",
        "base-uri 'none'",
        // The header's search form sends its GET to the site's own /search/ page.
        "form-action 'self'",
        "manifest-src 'self'",
      ],
    },
  },
  integrations: [
    hostHeaders,
    searchIndex,
    sitemap({
      filter: (page) => !/\/404(?:\.html|\/)?$/.test(page),
      serialize: (item) => {
        const date = lastModified.get(item.url);
        return date ? { ...item, lastmod: date.toISOString() } : item;
      },
    }),
  ],
});
