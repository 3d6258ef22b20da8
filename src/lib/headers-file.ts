import { normaliseBasePath } from './site-options.ts';

const SECURITY_HEADERS: readonly string[] = [
  'X-Content-Type-Options: nosniff',
  'Referrer-Policy: strict-origin-when-cross-origin',
  'Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'X-Frame-Options: DENY',
];

const PAGE_CACHE = 'Cache-Control: public, max-age=300, must-revalidate';
const IMMUTABLE = 'Cache-Control: public, max-age=31536000, immutable';

/**
 * The `_headers` file Netlify and Cloudflare Pages read, for a site served under `basePath`
 * ("/" or "/news/"). Their rules match URL paths, so every rule starts with the base: rules
 * written for the root would match nothing under a subpath. Each path gets its Cache-Control
 * from exactly one rule, because both hosts join repeated headers with commas.
 */
export function headersFile(basePath: string): string {
  const base = normaliseBasePath(basePath);
  const rule = (path: string, ...headers: string[]) => [`${base}${path}`, ...headers.map((h) => `  ${h}`)];
  return [
    `# Read by Netlify and Cloudflare Pages; written by the build for the base path ${base}.`,
    '# Each path gets its Cache-Control from exactly one rule, because both hosts join repeated',
    '# headers with commas.',
    ...rule('*', ...SECURITY_HEADERS),
    '',
    '# Hashed build assets never change under the same name.',
    ...rule('_astro/*', IMMUTABLE),
    '',
    '# Pages: short, so a correction reaches readers within minutes.',
    ...rule('', PAGE_CACHE),
    ...rule('articles/*', PAGE_CACHE),
    ...rule('speakers/*', PAGE_CACHE),
    ...rule('search/*', PAGE_CACHE),
    ...rule('404.html', PAGE_CACHE),
    '',
    '# The search index: its chunks are named by their content; its entry files (pagefind.js,',
    '# the WebAssembly, pagefind-entry.json) are not, and change with every build.',
    ...rule('pagefind/index/*', IMMUTABLE),
    ...rule('pagefind/fragment/*', IMMUTABLE),
    ...rule('pagefind/filter/*', IMMUTABLE),
    ...rule('pagefind/pagefind.*', PAGE_CACHE),
    ...rule('pagefind/pagefind-*', PAGE_CACHE),
    ...rule('pagefind/wasm.*', PAGE_CACHE),
    '',
    '# Feeds, sitemap and robots: feed readers poll, so a little longer.',
    ...rule('rss.xml', 'Cache-Control: public, max-age=900, must-revalidate'),
    ...rule('sitemap-*', 'Cache-Control: public, max-age=3600, must-revalidate'),
    ...rule('robots.txt', 'Cache-Control: public, max-age=3600, must-revalidate'),
    ...rule('favicon.svg', 'Cache-Control: public, max-age=86400'),
    '',
  ].join('\n');
}
