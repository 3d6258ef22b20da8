import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import path from 'node:path';
import { normaliseBasePath } from './site-options.ts';
import { headerPolicy, policyOfPage } from './content-security-policy.ts';

const SECURITY_HEADERS: readonly string[] = [
  'X-Content-Type-Options: nosniff',
  'Referrer-Policy: strict-origin-when-cross-origin',
  'Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'X-Frame-Options: DENY',
  // A year, without includeSubDomains: the site may be one folder of a larger domain.
  'Strict-Transport-Security: max-age=31536000',
  'Cross-Origin-Opener-Policy: same-origin',
];

const PAGE_CACHE = 'Cache-Control: public, max-age=300, must-revalidate';
const IMMUTABLE = 'Cache-Control: public, max-age=31536000, immutable';

/** A built page and the Content-Security-Policy its <meta> carries. */
export interface PagePolicy {
  /** The page's file below the output folder: "index.html", "articles/x/index.html", "404.html". */
  file: string;
  policy: string;
}

/**
 * The rule path (below the base) that covers a page: the home page and files at the top level
 * exactly, every other page by its top-level folder ("articles/*").
 */
function sectionOf(file: string): string {
  if (file === 'index.html') return '';
  const slash = file.indexOf('/');
  return slash === -1 ? file : `${file.slice(0, slash)}/*`;
}

/** One policy per section, or an error: hosts join two matching CSP headers, enforcing both. */
function sectionPolicies(pages: readonly PagePolicy[]): Map<string, string> {
  const sections = new Map<string, PagePolicy>();
  for (const page of [...pages].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const section = sectionOf(page.file);
    const first = sections.get(section);
    if (first && first.policy !== page.policy) {
      throw new Error(`${first.file} and ${page.file} need different Content-Security-Policies: give a page with its own policy its own top-level folder`);
    }
    sections.set(section, first ?? page);
  }
  // The home page first, then the rest by path: the same file for the same pages.
  const ordered = [...sections].sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  return new Map(ordered.map(([section, page]) => [section, page.policy]));
}

/**
 * The `_headers` file Netlify and Cloudflare Pages read, for a site served under `basePath`
 * ("/" or "/news/"). Their rules match URL paths, so every rule starts with the base: rules
 * written for the root would match nothing under a subpath. Each path gets its Cache-Control and
 * its Content-Security-Policy from exactly one rule, because both hosts join repeated headers
 * with commas. Page rules come from the built pages, so each section sends the policy its pages
 * carry in <meta> (the search page's differs), plus frame-ancestors.
 */
export function headersFile(basePath: string, pages: readonly PagePolicy[]): string {
  const base = normaliseBasePath(basePath);
  const rule = (path: string, ...headers: string[]) => [`${base}${path}`, ...headers.map((h) => `  ${h}`)];
  const pageRules = [...sectionPolicies(pages)].flatMap(([section, policy]) =>
    rule(section, PAGE_CACHE, `Content-Security-Policy: ${headerPolicy(policy)}`),
  );
  return [
    `# Read by Netlify and Cloudflare Pages; written by the build for the base path ${base}.`,
    '# Each path gets its Cache-Control and Content-Security-Policy from exactly one rule, because',
    '# both hosts join repeated headers with commas.',
    ...rule('*', ...SECURITY_HEADERS),
    '',
    '# Hashed build assets never change under the same name.',
    ...rule('_astro/*', IMMUTABLE),
    '',
    '# Pages: short, so a correction reaches readers within minutes; the policy their <meta> carries.',
    ...pageRules,
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

/**
 * The start of a built page, where its policy <meta> is (right after <meta charset>): reading
 * whole pages would read the whole site again at the end of every build.
 */
const PAGE_HEAD_BYTES = 4096;

function readPageHead(file: string): string {
  const buffer = Buffer.alloc(PAGE_HEAD_BYTES);
  const fd = openSync(file, 'r');
  try {
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, PAGE_HEAD_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}

/** Every HTML page under `dir` with its policy; a page without one is an error (it would run unprotected). */
export function readPagePolicies(dir: string): PagePolicy[] {
  const pages: PagePolicy[] = [];
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const file = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.html')) {
        const policy = policyOfPage(readPageHead(path.join(dir, file)));
        if (policy === null) throw new Error(`${file} has no Content-Security-Policy <meta>: render it with BaseLayout`);
        pages.push({ file, policy });
      }
    }
  };
  walk('');
  return pages;
}
