/**
 * Every internal link and #fragment resolves: links, <link> hrefs (canonical, feeds, icons,
 * stylesheets), src attributes and the absolute URLs in meta tags (og:url, og:image) and in
 * JSON-LD, on every
 * page of the root build, the build under a subpath base (/news/), and the hostile-content build.
 * Internal URLs are the site's own (its public origin) and must stay under its base path.
 */
import { expect, test, type Page } from '@playwright/test';
import { site, type Site } from './support/site.ts';

interface Found {
  from: string;
  url: string;
}

async function collectLinks(page: Page): Promise<{ urls: string[]; ids: string[] }> {
  return page.evaluate(() => {
    const urls: string[] = [];
    const abs = (v: string | null) => {
      if (v === null) return;
      try {
        urls.push(new URL(v, document.baseURI).href);
      } catch {
        urls.push(`invalid:${v}`);
      }
    };
    document.querySelectorAll('a[href], area[href], link[href]').forEach((el) => abs(el.getAttribute('href')));
    document.querySelectorAll('[src]').forEach((el) => abs(el.getAttribute('src')));
    document.querySelectorAll('[srcset]').forEach((el) =>
      el
        .getAttribute('srcset')!
        .split(',')
        .map((part) => part.trim().split(/\s+/)[0] ?? '')
        .filter(Boolean)
        .forEach(abs),
    );
    document.querySelectorAll('meta[content]').forEach((el) => {
      const c = el.getAttribute('content') ?? '';
      if (/^https?:\/\//.test(c)) abs(c);
    });
    // URLs inside JSON-LD (url, @id, sameAs, item, …) follow the base path too.
    const walk = (v: unknown): void => {
      if (typeof v === 'string') {
        // An @id's #fragment names a node, not an element: only the page must exist.
        if (/^https?:\/\//.test(v)) abs(v.replace(/#.*$/, ''));
      } else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    document.querySelectorAll('script[type="application/ld+json"]').forEach((el) => {
      try {
        walk(JSON.parse(el.textContent ?? ''));
      } catch {
        urls.push(`invalid:JSON-LD that does not parse`);
      }
    });
    const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
    const names = [...document.querySelectorAll('a[name]')].map((el) => el.getAttribute('name')!);
    return { urls, ids: [...ids, ...names] };
  });
}

async function checkLinks(s: Site, page: Page) {
  const idsByPage = new Map<string, Set<string>>();
  const found: Found[] = [];
  const pages = s.checkedPages();
  expect(pages.length).toBeGreaterThan(1);
  for (const p of pages) {
    const res = await page.goto(p.localUrl);
    expect(res?.status(), p.localUrl).toBe(200);
    const { urls, ids } = await collectLinks(page);
    idsByPage.set(p.localUrl, new Set(ids));
    for (const url of urls) found.push({ from: p.file, url });
  }

  const site = new URL(s.siteUrl);
  const statusCache = new Map<string, number>();
  const failures: string[] = [];
  let internal = 0;
  for (const { from, url } of found) {
    if (url.startsWith('invalid:')) {
      failures.push(`${from}: unparseable URL ${url.slice(8)}`);
      continue;
    }
    const u = new URL(url);
    if (u.protocol === 'mailto:' || u.protocol === 'tel:' || u.protocol === 'data:') continue;
    const isLocal = u.origin === s.origin;
    const isPublic = u.origin === site.origin;
    if (!isLocal && !isPublic) continue; // another site: not ours to check
    internal++;
    if (!u.pathname.startsWith(s.basePath)) {
      failures.push(`${from}: ${url} is outside the base path ${s.basePath}`);
      continue;
    }
    const local = s.toLocal(url)!;
    const target = new URL(local);
    const hash = target.hash;
    target.hash = '';
    if (!statusCache.has(target.href)) {
      const res = await page.request.get(target.href, { maxRedirects: 0 });
      statusCache.set(target.href, res.status());
    }
    const status = statusCache.get(target.href)!;
    if (status !== 200) {
      failures.push(`${from}: ${url} answers ${status}`);
      continue;
    }
    if (hash && hash !== '#') {
      let ids = idsByPage.get(target.href);
      if (!ids) {
        await page.goto(target.href);
        ids = new Set((await collectLinks(page)).ids);
        idsByPage.set(target.href, ids);
      }
      const id = decodeURIComponent(hash.slice(1));
      if (!ids.has(id)) failures.push(`${from}: ${url} points at #${id}, which ${target.pathname} does not have`);
    }
  }
  expect(internal, 'no internal link was found at all').toBeGreaterThan(pages.length);
  expect([...new Set(failures)], `broken internal links in the ${s.name} build`).toEqual([]);
}

for (const name of ['root', 'subpath', 'hostile']) {
  test(`${name}: every internal link, asset and #fragment resolves`, async ({ page }) => {
    test.setTimeout(60_000 + site(name).pages().length * 5_000);
    await checkLinks(site(name), page);
  });
}

test('subpath: every page links only within /news/, never to the site root', async ({ page }) => {
  const s = site('subpath');
  for (const p of s.checkedPages()) {
    await page.goto(p.localUrl);
    const rootRelative = await page.evaluate(() =>
      [...document.querySelectorAll('[href], [src]')]
        .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '')
        .filter((v) => v.startsWith('/') && !v.startsWith('//') && !v.startsWith('/news/')),
    );
    expect.soft(rootRelative, `${p.file}: root-relative URLs that skip the /news/ base`).toEqual([]);
  }
});
