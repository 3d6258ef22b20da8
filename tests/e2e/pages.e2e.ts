/**
 * Every page, as a reader and a crawler meet it: each sitemap URL answers 200 with one h1, a title
 * and a canonical that is that URL; every page has the head a sharer or feed reader needs, no
 * client JavaScript (but the search page's own module), a Content-Security-Policy, a skip link, and loads without a console error,
 * a CSP violation, a dialog or a request to another origin.
 */
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { Site, site, watchPage } from './support/site.ts';

for (const name of ['root', 'subpath', 'hostile']) {
  test(`${name}: every sitemap URL answers 200 with one h1, a title and its own canonical URL`, async ({ page }) => {
    const s = site(name);
    const urls = s.sitemapUrls();
    expect(urls.length, 'the sitemap lists no URL').toBeGreaterThan(0);
    for (const url of urls) {
      await test.step(url, async () => {
        expect(url.startsWith(s.siteUrl), `${url} is not under the site URL ${s.siteUrl}`).toBe(true);
        const local = s.toLocal(url)!;
        const res = await page.goto(local);
        expect(res?.status(), `${url} (served as ${local})`).toBe(200);
        expect(await page.locator('h1').count(), `${url}: number of h1`).toBe(1);
        expect((await page.title()).trim(), `${url}: title`).not.toBe('');
        const canonicals = await page.locator('link[rel="canonical"]').evaluateAll((ls) => ls.map((l) => l.getAttribute('href')));
        expect(canonicals, `${url}: canonical`).toEqual([url]);
      });
    }
  });

  test(`${name}: every page has its head, no client JS, a CSP, a skip link, and loads cleanly`, async ({ page }) => {
    const s = site(name);
    const problems = await watchPage(page, s.origin);
    const pages = s.checkedPages();
    test.setTimeout(60_000 + pages.length * 5_000);
    for (const p of pages) {
      await test.step(p.file, async () => {
        problems.length = 0;
        const res = await page.goto(p.localUrl);
        expect(res?.status(), p.localUrl).toBe(200);
        const info = await page.evaluate(() => {
          const attr = (sel: string, a: string) => document.querySelector(sel)?.getAttribute(a) ?? null;
          const scripts = [...document.scripts].map((sc) => ({ type: sc.type, text: sc.textContent ?? '', src: sc.src }));
          const firstLink = document.querySelector('a[href]');
          const skipTarget = firstLink?.getAttribute('href')?.startsWith('#')
            ? document.getElementById(decodeURIComponent(firstLink.getAttribute('href')!.slice(1)))
            : null;
          return {
            lang: document.documentElement.getAttribute('lang'),
            title: document.title,
            description: attr('meta[name="description"]', 'content'),
            ogTitle: attr('meta[property="og:title"]', 'content'),
            ogType: attr('meta[property="og:type"]', 'content'),
            ogUrl: attr('meta[property="og:url"]', 'content'),
            twitterCard: attr('meta[name="twitter:card"]', 'content'),
            rss: [...document.querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')].map((l) => (l as HTMLLinkElement).href),
            csp: [...document.querySelectorAll('meta[http-equiv]')]
              .filter((m) => m.getAttribute('http-equiv')!.toLowerCase() === 'content-security-policy')
              .map((m) => m.getAttribute('content') ?? ''),
            scripts,
            skipLink: firstLink ? { href: firstLink.getAttribute('href'), text: firstLink.textContent?.trim(), targetExists: !!skipTarget } : null,
            handlers: [...document.querySelectorAll('*')].flatMap((el) =>
              [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName.toLowerCase()}[${a.name}]`),
            ),
          };
        });
        const where = `${name} ${p.file}`;
        expect.soft(info.lang, `${where}: <html lang>`).toBeTruthy();
        expect.soft(info.title.trim(), `${where}: <title>`).not.toBe('');
        expect.soft(info.description?.trim(), `${where}: meta description`).toBeTruthy();
        expect.soft(info.ogTitle?.trim(), `${where}: og:title`).toBeTruthy();
        expect.soft(info.ogType?.trim(), `${where}: og:type`).toBeTruthy();
        expect.soft(info.twitterCard?.trim(), `${where}: twitter:card`).toBeTruthy();
        if (p.file !== '404.html') expect.soft(info.ogUrl, `${where}: og:url`).toBe(p.publicUrl);
        expect.soft(info.rss.length, `${where}: RSS autodiscovery link`).toBeGreaterThan(0);
        expect.soft(info.csp.length, `${where}: Content-Security-Policy meta`).toBe(1);
        const jsonLd = info.scripts.filter((sc) => sc.type === 'application/ld+json');
        const other = info.scripts.filter((sc) => sc.type !== 'application/ld+json');
        for (const csp of info.csp) {
          expect.soft(csp, `${where}: the CSP allows inline scripts`).not.toMatch(/script-src[^;]*'unsafe-inline'/);
          // A page that runs no script allows none: no hash, no 'self'.
          if (other.length === 0) expect.soft(csp, `${where}: script-src of a page with no script`).toMatch(/(^|;)\s*script-src 'none'\s*(;|$)/);
        }
        // Before anything it governs: the policy is the first element after <meta charset>.
        expect.soft(s.read(p.file), `${where}: the CSP <meta> right after <meta charset>`).toMatch(
          /^<!DOCTYPE html><html[^>]*>\s*<head>\s*<meta charset="utf-8">\s*<meta http-equiv="content-security-policy" /i,
        );
        if (p.file === 'search/index.html') {
          // The one page with script: its own module from the site, and a CSP that lets it run Pagefind.
          expect.soft(other.map((sc) => [sc.type, sc.text, new URL(sc.src).origin]), `${where}: client-side scripts`).toEqual([
            ['module', '', s.origin],
          ]);
          for (const csp of info.csp) expect.soft(csp, `${where}: CSP for Pagefind`).toMatch(/script-src[^;]*'wasm-unsafe-eval'/);
        } else {
          expect.soft(other, `${where}: client-side scripts`).toEqual([]);
          for (const csp of info.csp) expect.soft(csp, `${where}: CSP allows WebAssembly`).not.toContain('wasm-unsafe-eval');
        }
        expect.soft(info.handlers, `${where}: inline event handlers`).toEqual([]);
        expect.soft(jsonLd.length, `${where}: JSON-LD`).toBeGreaterThan(0);
        for (const sc of jsonLd) {
          expect.soft(() => JSON.parse(sc.text), `${where}: JSON-LD parses`).not.toThrow();
          expect.soft(sc.text.includes('<'), `${where}: JSON-LD has an unescaped "<"`).toBe(false);
        }
        expect.soft(info.skipLink?.href ?? '', `${where}: the first link is a skip link to the content`).toMatch(/^#./);
        expect.soft(info.skipLink?.targetExists, `${where}: the skip link's target exists`).toBe(true);
        expect.soft(problems, `${where}: console errors, CSP violations, dialogs, foreign requests`).toEqual([]);
      });
    }
  });
}

test('root: the home page lists the seed article with its standfirst, date and speakers', async ({ page }) => {
  const s = site('root');
  await page.goto(s.localUrl(''));
  const articleLink = page.locator('a[href$="/articles/italy-warns-nato-troops-in-ukraine-would-block-diplomacy/"]');
  await expect(articleLink.first()).toBeVisible();
  const main = page.locator('main');
  await expect(main).toContainText(
    'Sending NATO troops into Ukraine would block any diplomatic efforts to stop conflict between Kiev and Moscow, Rome has warned',
  );
  await expect(main.locator('time[datetime^="2024-03-10"]').first()).toBeAttached();
  for (const name of ['Guido Crosetto', 'Emmanuel Macron', 'Radoslaw Sikorski', 'Pope Francis', 'Russia']) {
    await expect(main, `home page names ${name}`).toContainText(name);
  }
});

test('root: robots.txt names the sitemap', async ({ request }) => {
  const s = site('root');
  const res = await request.get(s.localUrl('robots.txt'));
  expect(res.status()).toBe(200);
  const text = await res.text();
  expect(text).toMatch(/^User-agent:/im);
  expect(text).toContain(`Sitemap: ${s.publicUrl('sitemap-index.xml')}`);
});

test('subpath: robots.txt names the sitemap under the base path', async ({ request }) => {
  const s = site('subpath');
  const res = await request.get(s.localUrl('robots.txt'));
  expect(res.status()).toBe(200);
  expect(await res.text()).toContain('Sitemap: https://example.org/news/sitemap-index.xml');
});

test('root: every page fits a 320 px wide screen without sideways scrolling', async ({ page }) => {
  const s = site('root');
  await page.setViewportSize({ width: 320, height: 640 });
  for (const p of s.checkedPages()) {
    await page.goto(p.localUrl);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect.soft(width, `${p.file}: page width at 320 px`).toBeLessThanOrEqual(320);
  }
});

test('root: an article page (HTML plus its CSS) arrives in the first round trip, under 14 KB gzipped', async ({ page }) => {
  const s = site('root');
  const articles = s.filesMatching(/^articles\/[^/]+\/index\.html$/);
  expect(articles.length).toBeGreaterThan(0);
  for (const file of articles) {
    await page.goto(s.localUrl(Site.relUrlOfFile(file)));
    const css = await page.locator('link[rel="stylesheet"]').evaluateAll((ls) => ls.map((l) => (l as HTMLLinkElement).href));
    let bytes = gzipSync(s.read(file), { level: 9 }).length;
    for (const href of css) bytes += gzipSync(Buffer.from(await (await page.request.get(href)).body()), { level: 9 }).length;
    test.info().annotations.push({ type: 'gzipped size', description: `${file}: ${bytes} bytes` });
    expect.soft(bytes, `${file} + CSS, gzipped`).toBeLessThan(14 * 1024);
  }
});

test('root: printing an article drops the navigation and prints dark text on white, even from dark mode', async ({ page }) => {
  const s = site('root');
  await page.goto(s.localUrl('articles/italy-warns-nato-troops-in-ukraine-would-block-diplomacy/'));
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(page.locator('#p1')).toBeVisible();
  const navs = page.locator('nav');
  expect(await navs.count(), 'the page has navigation').toBeGreaterThan(0);
  for (const nav of await navs.all()) await expect(nav, 'navigation in print').toBeHidden();
  const [fg, bg] = await page.evaluate(() => {
    const lum = (c: string) => {
      const [r, g, b] = (c.match(/[\d.]+/g) ?? ['0', '0', '0']).map(Number);
      return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
    };
    const p = document.getElementById('p1')!;
    let el: HTMLElement | null = p;
    let bgc = 'rgba(0, 0, 0, 0)';
    while (el && /rgba\(0, 0, 0, 0\)|transparent/.test(bgc)) {
      bgc = getComputedStyle(el).backgroundColor;
      el = el.parentElement;
    }
    if (/rgba\(0, 0, 0, 0\)|transparent/.test(bgc)) bgc = 'rgb(255, 255, 255)';
    return [lum(getComputedStyle(p).color), lum(bgc)];
  });
  expect(fg, 'text lightness in print').toBeLessThan(0.35);
  expect(bg, 'background lightness in print').toBeGreaterThan(0.85);
});

test('root: a printed speaker page drops the RSS link with its separator, and draws quote rules in ink, even from dark mode', async ({ page }) => {
  const s = site('root');
  await page.goto(s.localUrl('speakers/guido-crosetto/'));
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const meta = page.locator('main p.meta').first();
  await expect(meta).toContainText(/quotes? in \d+ stor/);
  expect((await meta.innerText()).trim(), 'the printed summary line').not.toMatch(/(·|\(RSS\))\s*$/);
  const border = await page.locator('.quote-entry blockquote').first().evaluate((b) => getComputedStyle(b).borderLeftColor);
  const [r, g, b] = (border.match(/[\d.]+/g) ?? []).map(Number);
  expect((0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255, `quote rule colour in print (${border})`).toBeLessThan(0.5);
});
