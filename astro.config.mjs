import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { siteOptionsFromEnv } from './src/lib/site-options.ts';
import { pageLastModified } from './src/lib/page-last-modified.ts';
import { loadSiteContent } from './src/lib/site-content.ts';
import { createSiteUrls } from './src/lib/site-urls.ts';
import { headersFile, readPagePolicies } from './src/lib/headers-file.ts';

// Where the site lives and where its content comes from are deployment facts, so they come
// from the environment: SITE_URL (with an optional subpath), CONTENT_DIR, OUT_DIR.
const options = siteOptionsFromEnv(process.env);

/**
 * lastmod for each sitemap URL, from the content's own dates (never the build time, so two
 * builds are identical). Bad content is reported by the content loader, which names the file;
 * here it only means no lastmod.
 */
/** @returns {Map<string, Date>} */
function lastModifiedByUrl() {
  try {
    return pageLastModified(loadSiteContent(options.contentDir), createSiteUrls(options.siteOrigin, options.basePath));
  } catch {
    return new Map();
  }
}
const lastModified = lastModifiedByUrl();

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
  // No security.csp: Astro's policy cannot say script-src 'none' and comes last in <head>. Each
  // page writes its own as the first thing after <meta charset> (src/components/BaseHead.astro,
  // src/lib/content-security-policy.ts), and _headers repeats it.
  integrations: [
    hostHeaders,
    sitemap({
      filter: (page) => !/\/404(?:\.html|\/)?$/.test(page),
      serialize: (item) => {
        const date = lastModified.get(item.url);
        return date ? { ...item, lastmod: date.toISOString() } : item;
      },
    }),
  ],
});
