import { describe, expect, it } from 'vitest';
import { headersFile, type PagePolicy } from '../../src/lib/headers-file.ts';
import { contentSecurityPolicy, headerPolicy, policyOfPage } from '../../src/lib/content-security-policy.ts';

/** The rules of a _headers file, as Netlify and Cloudflare Pages read them: path → headers. */
function rules(text: string): [string, string[]][] {
  const out: [string, string[]][] = [];
  for (const line of text.split('\n')) {
    if (/^\s*(#|$)/.test(line)) continue;
    if (/^\S/.test(line)) out.push([line.trim(), []]);
    else out.at(-1)![1].push(line.trim());
  }
  return out;
}

const SECURITY = [
  'X-Content-Type-Options: nosniff',
  'Referrer-Policy: strict-origin-when-cross-origin',
  'Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'X-Frame-Options: DENY',
  'Strict-Transport-Security: max-age=31536000',
  'Cross-Origin-Opener-Policy: same-origin',
];
const STRICT = contentSecurityPolicy('none');
const SEARCH = contentSecurityPolicy('search');
const PAGE = ['Cache-Control: public, max-age=300, must-revalidate', `Content-Security-Policy: ${STRICT}; frame-ancestors 'none'`];
const PAGES: PagePolicy[] = ['index.html', 'articles/a/index.html', 'articles/b/index.html', 'speakers/index.html', 'speakers/x/index.html', '404.html'].map(
  (file) => ({ file, policy: STRICT }),
);
const IMMUTABLE = ['Cache-Control: public, max-age=31536000, immutable'];
const CACHE_ONLY = ['Cache-Control: public, max-age=300, must-revalidate'];

/** The rules the site ships at a domain root, with `base` in front of each path. */
function expectedRules(base: string): [string, string[]][] {
  return [
    [`${base}*`, SECURITY],
    [`${base}_astro/*`, IMMUTABLE],
    [base, PAGE],
    [`${base}404.html`, PAGE],
    [`${base}articles/*`, PAGE],
    [`${base}speakers/*`, PAGE],
    // The search index: hashed chunks for a year, the entry files that name them briefly.
    [`${base}pagefind/index/*`, IMMUTABLE],
    [`${base}pagefind/fragment/*`, IMMUTABLE],
    [`${base}pagefind/filter/*`, IMMUTABLE],
    [`${base}pagefind/pagefind.*`, CACHE_ONLY],
    [`${base}pagefind/pagefind-*`, CACHE_ONLY],
    [`${base}pagefind/wasm.*`, CACHE_ONLY],
    [`${base}rss.xml`, ['Cache-Control: public, max-age=900, must-revalidate']],
    [`${base}sitemap-*`, ['Cache-Control: public, max-age=3600, must-revalidate']],
    [`${base}robots.txt`, ['Cache-Control: public, max-age=3600, must-revalidate']],
    [`${base}favicon.svg`, ['Cache-Control: public, max-age=86400']],
  ];
}

describe('headersFile', () => {
  it('gives a site at the domain root the security, caching and CSP rules, one rule per section of pages', () => {
    expect(rules(headersFile('/', PAGES))).toEqual(expectedRules('/'));
  });

  it('puts the base path in front of every rule for a site under a subpath', () => {
    expect(rules(headersFile('/news/', PAGES))).toEqual(expectedRules('/news/'));
    // However the base is written.
    expect(headersFile('news', PAGES)).toBe(headersFile('/news/', PAGES));
    expect(rules(headersFile('/a/b', PAGES)).every(([path]) => path.startsWith('/a/b/'))).toBe(true);
  });

  it('sends the search page its own policy from its own rule, so no page gets two policies', () => {
    const text = headersFile('/news/', [...PAGES, { file: 'search/index.html', policy: SEARCH }]);
    expect(rules(text)).toContainEqual(['/news/search/*', ['Cache-Control: public, max-age=300, must-revalidate', `Content-Security-Policy: ${SEARCH}; frame-ancestors 'none'`]]);
    expect(() => headersFile('/', [...PAGES, { file: 'articles/c/index.html', policy: SEARCH }])).toThrow(
      /articles\/a\/index\.html and articles\/c\/index\.html need different Content-Security-Policies/,
    );
  });
});

describe('contentSecurityPolicy', () => {
  it("lets a page with no script run none, and take styles from the site's stylesheet only", () => {
    const policy = contentSecurityPolicy('none');
    expect(policy).toMatch(/(^|; )script-src 'none'(;|$)/);
    expect(policy).toMatch(/(^|; )default-src 'none'(;|$)/);
    expect(policy).toMatch(/(^|; )style-src 'self'(;|$)/);
    expect(policy).not.toMatch(/unsafe|frame-ancestors/);
  });

  it("lets the search page load Pagefind's script and WebAssembly and fetch its index from the site only", () => {
    const policy = contentSecurityPolicy('search');
    expect(policy).toMatch(/(^|; )script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    expect(policy).toMatch(/(^|; )connect-src 'self'(;|$)/);
    expect(policy).not.toMatch(/unsafe-inline|(^| )'unsafe-eval'/);
  });

  it('adds frame-ancestors only to the header, and reads back the policy a page carries', () => {
    expect(headerPolicy(STRICT)).toBe(`${STRICT}; frame-ancestors 'none'`);
    const html = `<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${STRICT.replace(/'/g, '&#39;')}">`;
    expect(policyOfPage(html)).toBe(STRICT);
    expect(policyOfPage('<head></head>')).toBeNull();
  });
});
