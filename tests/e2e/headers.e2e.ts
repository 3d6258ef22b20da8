/**
 * dist/_headers as Netlify and Cloudflare Pages apply it to the built files, at a domain root
 * and under a subpath: every response gets the security headers, hashed assets are cached for a
 * year as immutable, pages and feeds only briefly, no file gets two Cache-Control headers (hosts
 * would join them with a comma), and under /news/ no rule reaches outside /news/.
 */
import { expect, test } from '@playwright/test';
import { Site, site } from './support/site.ts';

interface Rule {
  pattern: string;
  headers: [string, string][];
}

function parseHeaders(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*(#|$)/.test(line)) continue;
    if (/^\S/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const m = /^\s+([^:]+):\s*(.*)$/.exec(line);
      if (!m || !rules.length) throw new Error(`_headers: cannot read "${line}"`);
      rules.at(-1)!.headers.push([m[1]!.trim().toLowerCase(), m[2]!.trim()]);
    }
  }
  return rules;
}

function matches(pattern: string, path: string): boolean {
  const re = new RegExp(
    '^' +
      pattern
        .split(/(\*|:[A-Za-z]+)/)
        .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
        .join('') +
      '$',
  );
  return re.test(path);
}

function headersFor(rules: Rule[], path: string): [string, string][] {
  return rules.filter((r) => matches(r.pattern, path)).flatMap((r) => r.headers);
}

const maxAge = (v: string) => Number(/max-age=(\d+)/.exec(v)?.[1] ?? NaN);

for (const name of ['root', 'subpath']) {
  test(`${name}: _headers gives every file the security headers and the right caching`, async () => {
    const s = site(name);
    expect(s.build.files, 'the build carries _headers').toContain('_headers');
    const rules = parseHeaders(s.read('_headers'));
    const problems: string[] = [];
    for (const rule of rules) {
      if (!rule.pattern.startsWith(s.basePath)) problems.push(`rule "${rule.pattern}" is outside the base path ${s.basePath}`);
    }
    const paths = s.build.files.filter((f) => f !== '_headers').map((f) => `${s.basePath}${Site.relUrlOfFile(f)}`);
    // A hashed asset as Astro would name it, whether or not this build happens to emit one.
    const assets = `${s.basePath}_astro/`;
    paths.push(`${assets}index.AbC123_x.css`);
    for (const path of paths) {
      const h = headersFor(rules, path);
      const get = (name: string) => h.filter(([n]) => n === name).map(([, v]) => v);
      if (!get('x-content-type-options').includes('nosniff')) problems.push(`${path}: no X-Content-Type-Options: nosniff`);
      if (!get('referrer-policy').length) problems.push(`${path}: no Referrer-Policy`);
      if (!get('permissions-policy').length) problems.push(`${path}: no Permissions-Policy`);
      if (!get('strict-transport-security').some((v) => maxAge(v) >= 31536000)) problems.push(`${path}: no Strict-Transport-Security for a year`);
      if (!get('cross-origin-opener-policy').includes('same-origin')) problems.push(`${path}: no Cross-Origin-Opener-Policy: same-origin`);
      const cc = get('cache-control');
      if (cc.length !== 1) {
        problems.push(`${path}: ${cc.length} Cache-Control headers (${cc.join(' | ')})`);
        continue;
      }
      const value = cc[0]!;
      if (path.startsWith(assets)) {
        if (!/\bimmutable\b/.test(value) || !(maxAge(value) >= 31536000)) problems.push(`${path}: hashed asset cached as "${value}"`);
      } else if (/(\/|\.html|\.xml)$/.test(path)) {
        if (/\bimmutable\b/.test(value) || !(maxAge(value) <= 3600)) problems.push(`${path}: page or feed cached as "${value}"`);
      }
    }
    expect(problems).toEqual([]);
  });
}

for (const name of ['root', 'subpath', 'hostile']) {
  test(`${name}: every page is sent, in one header, the policy its <meta> carries plus frame-ancestors 'none'`, async () => {
    const s = site(name);
    const rules = parseHeaders(s.read('_headers'));
    const problems: string[] = [];
    const pages = s.checkedPages();
    for (const p of pages) {
      const path = `${s.basePath}${Site.relUrlOfFile(p.file)}`;
      const csp = headersFor(rules, path).filter(([n]) => n === 'content-security-policy').map(([, v]) => v);
      const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(s.read(p.file))?.[1]?.replace(/&#39;/g, "'");
      if (csp.length !== 1) problems.push(`${path}: ${csp.length} Content-Security-Policy headers`);
      else if (csp[0] !== `${meta}; frame-ancestors 'none'`) problems.push(`${path}: header "${csp[0]}" is not the page's "${meta}" plus frame-ancestors`);
    }
    expect(problems).toEqual([]);
  });
}
