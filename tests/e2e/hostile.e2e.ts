/**
 * Hostile content (tests/fixtures/hostile-content): headlines, standfirsts, quotes, speaker names
 * and a speaker profile full of <script>, </script>, quotes, &, ]]>, -->, right-to-left text,
 * emoji, combining marks and a 500-character word, plus an article with no quotation at all.
 * Everything must reach the reader as text: no dialog, no console error, no CSP violation, no
 * injected element, JSON-LD that parses back to the same words.
 */
import { expect, test } from '@playwright/test';
import {
  HOSTILE_ARTICLES,
  HOSTILE_SPEAKER_NAMES,
  INJECTED_SELECTOR,
  LONG_QUOTE,
  LONG_WORD,
  PROFILE_DESCRIPTION,
  PROFILE_SPEAKER,
  RTL_QUOTE,
  SCRIPT_QUOTE,
} from './support/hostile.ts';
import { Site, site, watchPage } from './support/site.ts';

test('hostile: no page runs injected script, shows a dialog, logs an error or grows injected elements', async ({ page }) => {
  const s = site('hostile');
  const problems = await watchPage(page, s.origin);
  const pages = s.pages();
  expect(pages.length).toBeGreaterThanOrEqual(HOSTILE_ARTICLES.length + 3);
  for (const p of pages) {
    problems.length = 0;
    const res = await page.goto(p.localUrl);
    expect(res?.status(), p.file).toBe(200);
    const injected = await page.locator(INJECTED_SELECTOR).evaluateAll((els) => els.map((e) => e.outerHTML.slice(0, 120)));
    expect.soft(injected, `${p.file}: elements made from injected markup`).toEqual([]);
    const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
    for (const text of jsonLd) {
      expect.soft(() => JSON.parse(text), `${p.file}: JSON-LD parses`).not.toThrow();
      expect.soft(text.includes('<'), `${p.file}: JSON-LD has a raw "<"`).toBe(false);
    }
    expect.soft(problems, `${p.file}: dialogs, console errors, CSP violations`).toEqual([]);
  }
});

test('hostile: each article shows its headline, standfirst and paragraphs character for character', async ({ page }) => {
  const s = site('hostile');
  const articleFiles = s.filesMatching(/^articles\/[^/]+\/index\.html$/);
  expect(articleFiles.length).toBe(HOSTILE_ARTICLES.length);
  const byHeadline = new Map<string, { url: string; file: string }>();
  for (const file of articleFiles) {
    await page.goto(s.localUrl(Site.relUrlOfFile(file)));
    byHeadline.set((await page.locator('h1').textContent()) ?? '', { url: page.url(), file });
  }
  for (const article of HOSTILE_ARTICLES) {
    await test.step(article.file, async () => {
      const found = byHeadline.get(article.headline);
      expect(found, `a page whose h1 is exactly ${JSON.stringify(article.headline)}; h1s: ${JSON.stringify([...byHeadline.keys()])}`).toBeTruthy();
      await page.goto(found!.url);
      expect.soft(await page.locator('#p0').textContent(), 'standfirst').toBe(article.standfirst);
      for (const [i, text] of article.paragraphs.entries()) {
        expect.soft(await page.locator(`#p${i + 1}`).textContent(), `paragraph ${i + 1}`).toBe(text);
      }
      expect.soft(await page.title(), '<title> holds the headline').toContain(article.headline);
      const og = await page.locator('meta[property="og:title"]').getAttribute('content');
      expect.soft(og, 'og:title holds the headline').toContain(article.headline);
      const ld = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t));
      const flat = JSON.stringify(ld);
      expect.soft(flat, 'JSON-LD carries the exact headline').toContain(JSON.stringify(article.headline));
      // A URL-safe slug whatever the headline held.
      expect.soft(new URL(found!.url).pathname, 'article URL').toMatch(/^\/articles\/[a-z0-9]+(-[a-z0-9]+)*\/$/);
    });
  }
});

test('hostile: the article with no quotation has no quote markup and no voices', async ({ page }) => {
  const s = site('hostile');
  const article = HOSTILE_ARTICLES.find((a) => a.file === 'no-quotation.md')!;
  for (const file of s.filesMatching(/^articles\/[^/]+\/index\.html$/)) {
    await page.goto(s.localUrl(Site.relUrlOfFile(file)));
    if ((await page.locator('h1').textContent()) !== article.headline) continue;
    await expect(page.locator('main q, article q')).toHaveCount(0);
    await expect(page.locator('a.quote-link')).toHaveCount(0);
    return;
  }
  throw new Error(`no page with the headline ${article.headline}`);
});

test('hostile: quotes keep their words and each hostile speaker name heads their page as text', async ({ page }) => {
  const s = site('hostile');
  const speakerFiles = s.filesMatching(/^speakers\/[^/]+\/index\.html$/);
  const h1s = new Map<string, string>();
  for (const file of speakerFiles) {
    await page.goto(s.localUrl(Site.relUrlOfFile(file)));
    h1s.set((await page.locator('h1').textContent()) ?? '', file);
    expect(new URL(page.url()).pathname, `${file}: speaker URL`).toMatch(/^\/speakers\/[a-z0-9]+(-[a-z0-9]+)*\/$/);
  }
  for (const name of HOSTILE_SPEAKER_NAMES) {
    expect.soft(h1s.has(name), `a speaker page whose h1 is exactly ${JSON.stringify(name)}; h1s: ${JSON.stringify([...h1s.keys()])}`).toBe(true);
  }
  const quotesOf = async (name: string) => {
    const file = h1s.get(name);
    if (!file) return [];
    await page.goto(s.localUrl(Site.relUrlOfFile(file)));
    return page.locator('li.quote-entry blockquote').evaluateAll((bs) => bs.map((b) => b.textContent?.trim()));
  };
  expect.soft(await quotesOf(HOSTILE_SPEAKER_NAMES[0]!)).toEqual([SCRIPT_QUOTE]);
  expect.soft(await quotesOf(HOSTILE_SPEAKER_NAMES[1]!)).toEqual([RTL_QUOTE]);
  // (The engine may also credit her with the straight-quoted words after "adding".)
  expect.soft(await quotesOf(PROFILE_SPEAKER)).toEqual(expect.arrayContaining(['We will not back down,', LONG_QUOTE]));
  // The editorial profile's description is shown, as text.
  if (h1s.has(PROFILE_SPEAKER)) {
    await page.goto(s.localUrl(Site.relUrlOfFile(h1s.get(PROFILE_SPEAKER)!)));
    await expect(page.locator('main')).toContainText(PROFILE_DESCRIPTION);
  }
});

test('hostile: a 500-character word does not widen the page beyond a 320 px screen', async ({ page }) => {
  const s = site('hostile');
  await page.setViewportSize({ width: 320, height: 640 });
  let checked = 0;
  for (const file of s.filesMatching(/^(articles|speakers)\/[^/]+\/index\.html$/)) {
    await page.goto(s.localUrl(Site.relUrlOfFile(file)));
    const hasWord = await page.evaluate((w) => document.body.textContent?.includes(w), LONG_WORD);
    if (!hasWord) continue;
    checked++;
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect.soft(width, `${file}: page width at 320 px`).toBeLessThanOrEqual(320);
  }
  expect(checked, 'pages showing the long word').toBeGreaterThan(0);
});
