/**
 * Feeds as feed readers and validators read them: the site feed (/rss.xml) and each speaker's
 * feed (/speakers/<slug>/rss.xml) are RSS 2.0 with the required channel elements, a permanent
 * guid and an RFC 822 date per item, absolute URLs everywhere (inside content:encoded too), an
 * atom:link rel="self" pointing at the feed itself; two independent parsers read the same items;
 * and every link in them resolves on the built site.
 */
import { expect, test, type Page } from '@playwright/test';
import { HOSTILE_ARTICLES, INJECTED_SELECTOR } from './support/hostile.ts';
import { decodeEntities, parseWithFastXmlParser, parseWithXmldom, rfc822Problem, urlsInHtml, type Feed } from './support/rss.ts';
import { SEED_PARAGRAPHS, SEED_SLUG, SEED_SPEAKERS } from './support/seed.ts';
import { site, type Site } from './support/site.ts';

function feedFiles(s: Site): string[] {
  return s.filesMatching(/(^|\/)rss\.xml$/);
}

function readFeed(s: Site, file: string): Feed {
  const xml = s.read(file);
  const a = parseWithXmldom(xml);
  const b = parseWithFastXmlParser(xml);
  expect(b.version, `${file}: rss version (fast-xml-parser)`).toBe(a.version);
  expect(b.channel, `${file}: channel as fast-xml-parser reads it`).toEqual(a.channel);
  expect(b.items, `${file}: items as fast-xml-parser reads them, compared with xmldom`).toEqual(a.items);
  return a;
}

/** The problems of one feed against the RSS 2.0 rules this site promises. */
function feedProblems(s: Site, file: string, feed: Feed): { problems: string[]; links: string[] } {
  const problems: string[] = [];
  const links: string[] = [];
  const p = (msg: string) => problems.push(`${file}: ${msg}`);
  const absoluteOwn = (what: string, url: string | null) => {
    if (!url) return p(`${what} is missing`);
    if (!/^https?:\/\//.test(url)) return p(`${what} "${url}" is not an absolute URL`);
    if (new URL(url).origin === new URL(s.siteUrl).origin) {
      if (!url.startsWith(s.siteUrl)) p(`${what} "${url}" is outside the site ${s.siteUrl}`);
      links.push(url);
    }
  };
  if (feed.version !== '2.0') p(`<rss version> is ${feed.version}, not 2.0`);
  for (const key of ['title', 'link', 'description', 'language', 'lastBuildDate'] as const) {
    if (!feed.channel[key]) p(`channel <${key}> is missing or empty`);
  }
  absoluteOwn('channel <link>', feed.channel.link);
  if (feed.channel.language && !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(feed.channel.language)) p(`language "${feed.channel.language}"`);
  const lbd = rfc822Problem(feed.channel.lastBuildDate);
  if (lbd) p(`lastBuildDate: ${lbd}`);
  const selfUrl = s.publicUrl(file);
  if (feed.atomSelf.length !== 1) p(`expected one atom:link rel="self", found ${feed.atomSelf.length}`);
  for (const self of feed.atomSelf) {
    if (self.href !== selfUrl) p(`atom:link rel="self" href is ${self.href}, not ${selfUrl}`);
    if (self.type !== 'application/rss+xml') p(`atom:link rel="self" type is ${self.type}`);
  }
  const guids = new Set<string>();
  for (const [i, item] of feed.items.entries()) {
    const at = `item ${i + 1}`;
    if (!item.title && !item.description) p(`${at} has neither title nor description`);
    absoluteOwn(`${at} <link>`, item.link);
    if (!item.guid) p(`${at} has no <guid>`);
    else {
      if (guids.has(item.guid)) p(`${at} repeats guid ${item.guid}`);
      guids.add(item.guid);
      if (item.guidIsPermaLink !== 'false') absoluteOwn(`${at} <guid> (a permalink)`, item.guid);
    }
    const date = rfc822Problem(item.pubDate);
    if (date) p(`${at} pubDate: ${date}`);
    for (const url of urlsInHtml(item.content ?? '')) absoluteOwn(`${at} content:encoded URL`, url);
    for (const url of urlsInHtml(item.description ?? '')) absoluteOwn(`${at} description URL`, url);
  }
  return { problems, links };
}

async function resolveAll(s: Site, page: Page, links: string[]): Promise<string[]> {
  const failures: string[] = [];
  const status = new Map<string, number>();
  const ids = new Map<string, Set<string>>();
  for (const url of [...new Set(links)]) {
    const local = new URL(s.toLocal(url)!);
    const hash = local.hash;
    local.hash = '';
    if (!status.has(local.href)) status.set(local.href, (await page.request.get(local.href, { maxRedirects: 0 })).status());
    if (status.get(local.href) !== 200) {
      failures.push(`${url} answers ${status.get(local.href)}`);
      continue;
    }
    if (hash.length > 1) {
      if (!ids.has(local.href)) {
        await page.goto(local.href);
        ids.set(local.href, new Set(await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id))));
      }
      const id = decodeURIComponent(hash.slice(1));
      if (!ids.get(local.href)!.has(id)) failures.push(`${url}: no element with id "${id}"`);
    }
  }
  return failures;
}

for (const name of ['root', 'subpath', 'hostile']) {
  test(`${name}: every feed is RSS 2.0 read alike by two parsers, and its links resolve`, async ({ page }) => {
    const s = site(name);
    const files = feedFiles(s);
    expect(files, 'the site feed').toContain('rss.xml');
    const problems: string[] = [];
    const links: string[] = [];
    for (const file of files) {
      const feed = readFeed(s, file);
      const r = feedProblems(s, file, feed);
      problems.push(...r.problems);
      links.push(...r.links);
    }
    expect(problems).toEqual([]);
    expect(await resolveAll(s, page, links), 'feed links that do not resolve').toEqual([]);
  });

  test(`${name}: every page's RSS autodiscovery link names a feed that exists`, async ({ page }) => {
    const s = site(name);
    const feeds = new Set(feedFiles(s).map((f) => s.localUrl(f)));
    for (const p of s.checkedPages()) {
      await page.goto(p.localUrl);
      const hrefs = await page
        .locator('link[rel="alternate"][type="application/rss+xml"]')
        .evaluateAll((ls) => ls.map((l) => (l as HTMLLinkElement).href));
      expect.soft(hrefs.length, `${p.file}: autodiscovery links`).toBeGreaterThan(0);
      for (const href of hrefs) expect.soft(feeds.has(s.toLocal(href) ?? href), `${p.file}: ${href} is a built feed`).toBe(true);
    }
  });
}

test('root: the site feed carries every article, with the standfirst as description and the full text', async () => {
  const s = site('root');
  const feed = readFeed(s, 'rss.xml');
  const articles = s.filesMatching(/^articles\/[^/]+\/index\.html$/);
  expect(feed.items.length, 'one item per article').toBe(articles.length);
  const url = s.publicUrl(`articles/${SEED_SLUG}/`);
  const seed = feed.items.find((i) => i.link === url);
  expect(seed, `an item linking to ${url}`).toBeTruthy();
  expect(seed!.description).toBe(SEED_PARAGRAPHS[0]);
  expect(seed!.pubDate).toMatch(/^Sun, 10 Mar 2024 /);
  const text = decodeEntities((seed!.content ?? '').replace(/<[^>]*>/g, ''));
  for (const paragraph of SEED_PARAGRAPHS.slice(1)) expect.soft(text, 'content:encoded has the full text').toContain(paragraph);
});

test('subpath: feed links carry the /news/ base', async () => {
  const s = site('subpath');
  const feed = readFeed(s, 'rss.xml');
  expect(feed.channel.link).toBe('https://example.org/news/');
  expect(feed.items.map((i) => i.link)).toContain(`https://example.org/news/articles/${SEED_SLUG}/`);
});

for (const speaker of SEED_SPEAKERS) {
  test(`root: ${speaker.slug}'s feed has exactly their quotes`, async () => {
    const s = site('root');
    const file = `speakers/${speaker.slug}/rss.xml`;
    expect(s.build.files).toContain(file);
    const feed = readFeed(s, file);
    expect(feed.items.length, 'one item per quote').toBe(speaker.quotes.length);
    for (const quote of speaker.quotes) {
      const holder = feed.items.find((i) =>
        [i.title, i.description, decodeEntities((i.content ?? '').replace(/<[^>]*>/g, ''))].some((t) => t?.includes(quote.text)),
      );
      expect.soft(holder, `an item quoting “${quote.text}”`).toBeTruthy();
      if (holder) expect.soft(holder.link?.startsWith(s.publicUrl(`articles/${SEED_SLUG}/`)), 'item links to the article').toBe(true);
    }
    expect(feed.items.some((i) => i.title?.includes('peace plan')), 'the "peace plan" term is nobody\'s quote').toBe(false);
  });
}

/** Reads feed HTML (description, content:encoded) the way a feed reader does, in the browser. */
async function readAsHtml(page: Page, html: string) {
  return page.evaluate(
    ({ html, selector }) => {
      const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
      return {
        text: doc.body.textContent ?? '',
        injected: [...doc.querySelectorAll(`${selector}, script, img, svg, style, iframe`)].map((e) => e.outerHTML.slice(0, 80)),
      };
    },
    { html, selector: INJECTED_SELECTOR },
  );
}

test('hostile: no feed item grows an element from injected markup in a feed reader', async ({ page }) => {
  const s = site('hostile');
  await page.goto(s.localUrl(''));
  const problems: string[] = [];
  const files = feedFiles(s);
  expect(files.length).toBeGreaterThan(1);
  for (const file of files) {
    for (const [i, item] of readFeed(s, file).items.entries()) {
      for (const [part, html] of [['description', item.description], ['content:encoded', item.content]] as const) {
        const read = await readAsHtml(page, html ?? '');
        for (const el of read.injected) problems.push(`${file} item ${i + 1} ${part}: ${el}`);
      }
    }
  }
  expect(problems, 'elements a feed reader would build from the text of the content').toEqual([]);
});

test('hostile: the site feed gives every headline and standfirst back as text', async ({ page }) => {
  const s = site('hostile');
  const feed = readFeed(s, 'rss.xml');
  // <title> is plain text.
  expect(feed.items.map((i) => i.title).sort()).toEqual(HOSTILE_ARTICLES.map((a) => a.headline).sort());
  // <description> and content:encoded are HTML to a feed reader: read them as one does.
  await page.goto(s.localUrl(''));
  for (const article of HOSTILE_ARTICLES) {
    const item = feed.items.find((i) => i.title === article.headline);
    if (!item) continue;
    const description = await readAsHtml(page, item.description ?? '');
    expect.soft(description.text, `${article.file}: <description> as a feed reader shows it`).toBe(article.standfirst);
    const content = await readAsHtml(page, item.content ?? '');
    for (const paragraph of article.paragraphs) {
      expect.soft(content.text, `${article.file}: content:encoded shows the paragraph as text`).toContain(paragraph);
    }
  }
});
