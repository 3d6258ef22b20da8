/**
 * The archive at scale, on the 120-article fixture (support/archive.ts) under /news/: every list
 * is cut into pages a reader can walk both ways, feeds hold the newest 50 items, topics have
 * pages and feeds, the sitemap lists every page, and no page or feed outgrows its budget.
 */
import { gzipSync } from 'node:zlib';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { site, type Site } from './support/site.ts';
import { parseWithXmldom } from './support/rss.ts';
import { ARCHIVE_ARTICLES, ARCHIVE_MAIN_SPEAKER, ARCHIVE_TOPICS, archiveSlug } from './support/archive.ts';

const FEED_ITEMS = 50;

interface Visited {
  url: string;
  title: string;
  prev: string | null;
  next: string | null;
}

async function visit(page: Page, url: string): Promise<Visited> {
  const res = await page.goto(url);
  expect(res?.status(), url).toBe(200);
  const head = (rel: string) => page.locator(`head link[rel="${rel}"]`).evaluateAll((ls) => (ls[0] as HTMLLinkElement | undefined)?.href ?? null);
  return { url: page.url(), title: await page.title(), prev: await head('prev'), next: await head('next') };
}

/**
 * Walks a list from its first page to its last by the "next" link in the page, then back by the
 * "prev" link, checking the head's rel=prev/next and the title's page number on the way.
 */
async function walkBothWays(s: Site, page: Page, first: string): Promise<string[]> {
  const forward: string[] = [];
  let current = await visit(page, s.localUrl(first));
  expect(current.prev, `${first} is page 1: no rel=prev`).toBeNull();
  for (;;) {
    forward.push(current.url);
    const n = forward.length;
    const next = page.locator('nav.pager a[rel="next"]');
    if ((await next.count()) === 0) break;
    // Page 1 may be titled as the list itself (the home page is the site's name).
    if (n > 1) expect(current.title, `${current.url}: the title says the page`).toContain(`page ${n} of`);
    await next.click();
    const arrived = await visit(page, page.url());
    expect(s.toLocal(current.next ?? ''), `${current.url}: rel=next in the head`).toBe(arrived.url);
    expect(s.toLocal(arrived.prev ?? ''), `${arrived.url}: rel=prev in the head`).toBe(current.url);
    current = arrived;
  }
  expect(current.next, 'the last page has no rel=next').toBeNull();
  expect(current.title).toContain(`page ${forward.length} of ${forward.length}`);
  const backward: string[] = [page.url()];
  while ((await page.locator('nav.pager a[rel="prev"]').count()) > 0) {
    await page.locator('nav.pager a[rel="prev"]').click();
    backward.push(page.url());
  }
  expect(backward.reverse(), 'walking back by "prev" meets the same pages').toEqual(forward);
  return forward;
}

async function storiesOn(page: Page): Promise<string[]> {
  return page.locator('main article.story h2 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

test('archive: the home page shows the newest stories and pages back through all of them, both ways', async ({ page }) => {
  const s = site('archive');
  const pages = await walkBothWays(s, page, '');
  expect(pages.length).toBeGreaterThan(2);
  const seen: string[] = [];
  for (const url of pages) {
    await page.goto(url);
    seen.push(...(await storiesOn(page)));
  }
  const expected = Array.from({ length: ARCHIVE_ARTICLES }, (_, i) => `/news/articles/${archiveSlug(ARCHIVE_ARTICLES - i)}/`);
  expect(seen, 'every story once, newest first').toEqual(expected);
});

test('archive: a speaker page shows the newest quotes and pages through the rest, both ways', async ({ page }) => {
  const s = site('archive');
  const pages = await walkBothWays(s, page, `speakers/${ARCHIVE_MAIN_SPEAKER.slug}/`);
  let quotes = 0;
  for (const url of pages) {
    await page.goto(url);
    quotes += await page.locator('main li.quote-entry').count();
  }
  expect(quotes, 'every quote on exactly one page').toBe(ARCHIVE_MAIN_SPEAKER.quotes);
  await page.goto(pages[0]!);
  await expect(page.locator('main li.quote-entry').first()).toHaveAttribute('id', `${archiveSlug(ARCHIVE_ARTICLES)}-q1`);
});

test('archive: the speakers index puts the most quoted first and pages through everyone', async ({ page }) => {
  const s = site('archive');
  const pages = await walkBothWays(s, page, 'speakers/');
  await page.goto(pages[0]!);
  const first = await page.locator('main .plain-list > li a').first().getAttribute('href');
  expect(first).toBe(`/news/speakers/${ARCHIVE_MAIN_SPEAKER.slug}/`);
  let speakers = 0;
  for (const url of pages) {
    await page.goto(url);
    speakers += await page.locator('main .plain-list > li').count();
  }
  expect(speakers).toBe(1 + ARCHIVE_ARTICLES);
});

test('archive: topic labels link to paged topic pages with their own feeds', async ({ page }) => {
  const s = site('archive');
  await page.goto(s.localUrl(`articles/${archiveSlug(3)}/`));
  const links = await page.locator('ul.topics a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(links).toEqual(ARCHIVE_TOPICS.map((t) => `/news/topics/${t.slug}/`));
  for (const topic of ARCHIVE_TOPICS) {
    const pages = await walkBothWays(s, page, `topics/${topic.slug}/`);
    const seen: string[] = [];
    for (const url of pages) {
      await page.goto(url);
      seen.push(...(await storiesOn(page)));
    }
    expect(seen.length, `${topic.label}: every story once`).toBe(topic.stories);
    expect(new Set(seen).size).toBe(topic.stories);
    const feed = parseWithXmldom(s.read(`topics/${topic.slug}/rss.xml`));
    expect(feed.items.length, `${topic.label} feed`).toBe(Math.min(FEED_ITEMS, topic.stories));
    expect(feed.channel.link).toBe(s.publicUrl(`topics/${topic.slug}/`));
    expect(feed.items.map((i) => new URL(i.link!).pathname)).toEqual(seen.slice(0, FEED_ITEMS));
  }
});

test('archive: the site feed and a speaker feed hold the newest 50 items', () => {
  const s = site('archive');
  const feed = parseWithXmldom(s.read('rss.xml'));
  expect(feed.items.map((i) => i.link)).toEqual(
    Array.from({ length: FEED_ITEMS }, (_, i) => s.publicUrl(`articles/${archiveSlug(ARCHIVE_ARTICLES - i)}/`)),
  );
  const speakerFeed = parseWithXmldom(s.read(`speakers/${ARCHIVE_MAIN_SPEAKER.slug}/rss.xml`));
  expect(speakerFeed.items.map((i) => i.link)).toEqual(
    Array.from({ length: FEED_ITEMS }, (_, i) => s.publicUrl(`articles/${archiveSlug(ARCHIVE_ARTICLES - i)}/#q1`)),
  );
});

test('archive: the sitemap lists every page, each with a lastmod', () => {
  const s = site('archive');
  const listed = s.sitemapUrls().sort();
  const built = s
    .pages()
    .filter((p) => p.file !== '404.html')
    .map((p) => p.publicUrl)
    .sort();
  expect(listed).toEqual(built);
  expect(built).toContain(s.publicUrl('page/2/'));
  expect(built).toContain(s.publicUrl(`speakers/${ARCHIVE_MAIN_SPEAKER.slug}/2/`));
  expect(built).toContain(s.publicUrl('topics/budget/2/'));
  const sitemaps = s.filesMatching(/^sitemap-\d+\.xml$/).map((f) => s.read(f)).join('');
  expect(sitemaps.match(/<lastmod>/g)?.length).toBe(listed.length);
});

test('archive: no page or feed outgrows its budget', () => {
  const s = site('archive');
  const size = (file: string) => statSync(join(s.build.outDir, file)).size;
  expect(size('index.html'), 'home page').toBeLessThanOrEqual(60 * 1024);
  for (const file of s.filesMatching(/\.html$/)) expect.soft(size(file), file).toBeLessThanOrEqual(150 * 1024);
  for (const file of s.filesMatching(/(^|\/)rss\.xml$/)) expect.soft(size(file), file).toBeLessThanOrEqual(1024 * 1024);
  // The stylesheet is one shared file (tests/e2e/pages.e2e.ts counts it with the page); here each page alone.
  for (const file of s.filesMatching(/^articles\/.+\/index\.html$/)) {
    expect.soft(gzipSync(s.read(file)).length, `${file} gzipped`).toBeLessThanOrEqual(14 * 1024);
  }
});
