import { describe, expect, it } from 'vitest';
import { headersFile } from '../../src/lib/headers-file.ts';

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
];
const PAGE = ['Cache-Control: public, max-age=300, must-revalidate'];
const IMMUTABLE = ['Cache-Control: public, max-age=31536000, immutable'];

/** The rules the site ships at a domain root, with `base` in front of each path. */
function expectedRules(base: string): [string, string[]][] {
  return [
    [`${base}*`, SECURITY],
    [`${base}_astro/*`, IMMUTABLE],
    [base, PAGE],
    [`${base}articles/*`, PAGE],
    [`${base}speakers/*`, PAGE],
    [`${base}search/*`, PAGE],
    [`${base}404.html`, PAGE],
    // The search index: hashed chunks for a year, the entry files that name them briefly.
    [`${base}pagefind/index/*`, IMMUTABLE],
    [`${base}pagefind/fragment/*`, IMMUTABLE],
    [`${base}pagefind/filter/*`, IMMUTABLE],
    [`${base}pagefind/pagefind.*`, PAGE],
    [`${base}pagefind/pagefind-*`, PAGE],
    [`${base}pagefind/wasm.*`, PAGE],
    [`${base}rss.xml`, ['Cache-Control: public, max-age=900, must-revalidate']],
    [`${base}sitemap-*`, ['Cache-Control: public, max-age=3600, must-revalidate']],
    [`${base}robots.txt`, ['Cache-Control: public, max-age=3600, must-revalidate']],
    [`${base}favicon.svg`, ['Cache-Control: public, max-age=86400']],
  ];
}

describe('headersFile', () => {
  it('gives a site at the domain root its security and caching rules', () => {
    expect(rules(headersFile('/'))).toEqual(expectedRules('/'));
  });

  it('puts the base path in front of every rule for a site under a subpath', () => {
    expect(rules(headersFile('/news/'))).toEqual(expectedRules('/news/'));
    // However the base is written.
    expect(headersFile('news')).toBe(headersFile('/news/'));
    expect(rules(headersFile('/a/b')).every(([path]) => path.startsWith('/a/b/'))).toBe(true);
  });
});
