/**
 * The seed article as a reader sees it: every paragraph word for word, each direct quotation
 * marked up and linked to its speaker, and each speaker's page with exactly their quotes.
 * Expectations are written out in support/seed.ts (from the reference annotation).
 */
import { expect, test } from '@playwright/test';
import { SEED_PARAGRAPHS, SEED_SLUG, SEED_SPEAKERS, SEED_TERMS } from './support/seed.ts';
import { Site, site } from './support/site.ts';

const articlePath = `articles/${SEED_SLUG}/`;

test('the seed article shows the standfirst and every paragraph of the seed word for word', async ({ page }) => {
  const s = site('root');
  const res = await page.goto(s.localUrl(articlePath));
  expect(res?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('h1')).not.toBeEmpty();
  const standfirst = page.locator('#p0');
  await expect(standfirst).toHaveClass(/\bstandfirst\b/);
  for (const [i, text] of SEED_PARAGRAPHS.entries()) {
    const p = page.locator(`#p${i}`);
    await expect.soft(p, `paragraph ${i} is a <p>`).toHaveJSProperty('tagName', 'P');
    expect.soft(await p.textContent(), `paragraph ${i}`).toBe(text);
  }
  await expect(page.locator(`#p${SEED_PARAGRAPHS.length}`), 'no paragraph beyond the seed').toHaveCount(0);
  await expect(page.locator('time[datetime^="2024-03-10"]').first()).toBeAttached();
});

test('the seed article marks up each quotation and links speech to its speaker page', async ({ page }) => {
  const s = site('root');
  await page.goto(s.localUrl(articlePath));
  let total = 0;
  for (const speaker of SEED_SPEAKERS) {
    for (const quote of speaker.quotes) {
      total++;
      const q = page.locator(`#p${quote.paragraph} a.quote-link > q[data-speaker="${speaker.slug}"]`, { hasText: quote.text });
      const texts = await q.allTextContents();
      expect.soft(texts, `“${quote.text}” (paragraph ${quote.paragraph}) marked up for ${speaker.slug}`).toContain(quote.text);
      const hrefs = await page
        .locator(`#p${quote.paragraph} a.quote-link:has(> q[data-speaker="${speaker.slug}"])`)
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      for (const href of hrefs) expect.soft(href, `link of a ${speaker.slug} quote`).toBe(s.localUrl(`speakers/${speaker.slug}/`));
    }
  }
  const speechTexts = await page.locator('article q[data-speaker], main q[data-speaker]').allTextContents();
  expect(speechTexts.length, 'number of speech quotations marked up').toBe(total);
  for (const term of SEED_TERMS) {
    const t = page.locator(`#p${term.paragraph} q.term`);
    await expect(t).toHaveText(term.text);
    expect(await t.evaluate((el) => !!el.closest('a')), `the term “${term.text}” is not a link`).toBe(false);
    expect(await t.getAttribute('data-speaker'), 'a term has no speaker').toBeNull();
  }
  // The marks stay in the text; <q> must not add a second pair on screen.
  const doubled = await page.locator('q').evaluateAll((qs) =>
    qs.filter((q) => {
      const before = getComputedStyle(q, '::before').content;
      return /open-quote|“|"/.test(before) && getComputedStyle(q).quotes !== 'none';
    }).length,
  );
  expect(doubled, '<q> elements that render extra quotation marks').toBe(0);
});

test('the seed article has a "Voices in this story" panel with each speaker, description and count', async ({ page }) => {
  const s = site('root');
  await page.goto(s.localUrl(articlePath));
  const panel = page.locator('section[aria-labelledby="voices-heading"]');
  await expect(panel).toHaveCount(1);
  await expect(page.locator('#voices-heading')).toContainText(/voices/i);
  const described: Record<string, string> = {
    'guido-crosetto': 'Italian Defense Minister',
    'emmanuel-macron': 'French President',
    'radoslaw-sikorski': 'Polish Foreign Minister',
  };
  const links = await panel.locator('a[href*="/speakers/"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(new Set(links)).toEqual(new Set(SEED_SPEAKERS.map((sp) => s.localUrl(`speakers/${sp.slug}/`))));
  for (const speaker of SEED_SPEAKERS) {
    const item = panel.locator('li', { has: page.locator(`a[href$="/speakers/${speaker.slug}/"]`) });
    await expect(item, `${speaker.name} in the panel`).toHaveCount(1);
    const text = (await item.textContent()) ?? '';
    expect.soft(text, `${speaker.name} in the panel`).toContain(speaker.name);
    expect.soft(text, `${speaker.name}'s number of quotes`).toMatch(new RegExp(`(^|\\D)${speaker.quotes.length}(\\D|$)`));
    if (described[speaker.slug]) expect.soft(text, `how the article describes ${speaker.name}`).toContain(described[speaker.slug]);
  }
});

test('the seed build has exactly the five speaker pages of the reference', async () => {
  const s = site('root');
  const speakerPages = s.filesMatching(/^speakers\/[^/]+\/index\.html$/).map((f) => f.split('/')[1]);
  expect(speakerPages.sort()).toEqual(SEED_SPEAKERS.map((sp) => sp.slug).sort());
});

test('/speakers/ lists every speaker with their number of quotes', async ({ page }) => {
  const s = site('root');
  await page.goto(s.localUrl('speakers/'));
  const main = page.locator('main');
  for (const speaker of SEED_SPEAKERS) {
    const item = main.locator('li', { has: page.locator(`a[href$="/speakers/${speaker.slug}/"]`) });
    await expect(item, `${speaker.name} on /speakers/`).toHaveCount(1);
    const text = (await item.textContent()) ?? '';
    expect.soft(text).toContain(speaker.name);
    expect.soft(text, `${speaker.name}'s number of quotes`).toMatch(new RegExp(`(^|\\D)${speaker.quotes.length}(\\D|$)`));
  }
  const speakerLinks = await main
    .locator('a[href*="/speakers/"]')
    .evaluateAll((as) => [...new Set(as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))]);
  expect(speakerLinks.filter((p) => /\/speakers\/[^/]+\/$/.test(p)).sort()).toEqual(
    SEED_SPEAKERS.map((sp) => `/speakers/${sp.slug}/`).sort(),
  );
});

for (const speaker of SEED_SPEAKERS) {
  test(`speaker page ${speaker.slug} shows exactly ${speaker.name}'s reference quotes`, async ({ page }) => {
    const s = site('root');
    const res = await page.goto(s.localUrl(`speakers/${speaker.slug}/`));
    expect(res?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText(speaker.name);
    const entries = page.locator('li.quote-entry');
    const got = await entries.evaluateAll((lis) =>
      lis.map((li) => ({
        text: li.querySelector('blockquote')?.textContent?.trim() ?? null,
        links: [...li.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
      })),
    );
    const sortKey = (q: { text: string | null }) => q.text ?? '';
    expect(got.map(sortKey).sort(), `${speaker.name}'s quotes`).toEqual(speaker.quotes.map((q) => q.text).sort());
    for (const quote of speaker.quotes) {
      const entry = got.find((g) => g.text === quote.text);
      if (!entry) continue;
      expect
        .soft(entry.links, `“${quote.text}” links to its paragraph`)
        .toContain(s.localUrl(`${articlePath}#p${quote.paragraph}`));
    }
    // Terms are labels, not anyone's words.
    for (const term of SEED_TERMS) {
      expect(got.some((g) => g.text?.includes(term.text)), `the term “${term.text}” is quoted on ${speaker.slug}`).toBe(false);
      const termAsQuote = await page.locator('q, blockquote').filter({ hasText: new RegExp(`^\\s*${term.text}\\s*$`) }).count();
      expect(termAsQuote, `the term “${term.text}” is marked as a quotation on ${speaker.slug}`).toBe(0);
    }
    // The speaker's own feed is discoverable from their page.
    const feeds = await page
      .locator('link[rel="alternate"][type="application/rss+xml"]')
      .evaluateAll((ls) => ls.map((l) => (l as HTMLLinkElement).href));
    expect(feeds.map((f) => s.toLocal(f))).toContain(s.localUrl(`speakers/${speaker.slug}/rss.xml`));
  });
}

test('no speaker page carries the "peace plan" term as a quote', async ({ page }) => {
  const s = site('root');
  const speakerPages = s.filesMatching(/^speakers\/[^/]+\/index\.html$/);
  expect(speakerPages.length).toBeGreaterThan(0);
  for (const file of speakerPages) {
    await page.goto(s.localUrl(Site.relUrlOfFile(file)));
    const quoted = await page.locator('li.quote-entry blockquote').allTextContents();
    expect(quoted.filter((q) => q.includes('peace plan')), file).toEqual([]);
  }
});

/** Every object in a JSON-LD document, however it nests (@graph, mainEntity, arrays). */
function ldObjects(value: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) value.forEach((v) => ldObjects(v, out));
  else if (value && typeof value === 'object') {
    out.push(value as Record<string, unknown>);
    Object.values(value).forEach((v) => ldObjects(v, out));
  }
  return out;
}
const typeOf = (o: Record<string, unknown>) => ([] as unknown[]).concat(o['@type'] ?? []);

test('the seed article describes itself as a NewsArticle in JSON-LD, with its headline, date and the people quoted', async ({ page }) => {
  const s = site('root');
  await page.goto(s.localUrl(articlePath));
  const docs = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t));
  const objects = ldObjects(docs);
  const article = objects.find((o) => typeOf(o).includes('NewsArticle'));
  expect(article, 'a NewsArticle').toBeTruthy();
  expect(article!.headline).toBe((await page.locator('h1').textContent())?.trim());
  expect(String(article!.datePublished)).toMatch(/^2024-03-10/);
  expect(article!.publisher, 'publisher').toBeTruthy();
  const names = new Set(objects.map((o) => o.name).filter((n) => typeof n === 'string'));
  for (const speaker of SEED_SPEAKERS) expect.soft(names.has(speaker.name), `${speaker.name} in the JSON-LD`).toBe(true);
});

test('each speaker page is a ProfilePage about that speaker in JSON-LD, with their quotes as Quotation', async ({ page }) => {
  const s = site('root');
  for (const speaker of SEED_SPEAKERS) {
    await page.goto(s.localUrl(`speakers/${speaker.slug}/`));
    const objects = ldObjects((await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t)));
    const profile = objects.find((o) => typeOf(o).includes('ProfilePage'));
    expect.soft(profile, `${speaker.slug}: a ProfilePage`).toBeTruthy();
    const main = profile?.mainEntity as Record<string, unknown> | undefined;
    expect.soft(main?.name, `${speaker.slug}: the ProfilePage's mainEntity`).toBe(speaker.name);
    expect.soft(typeOf(main ?? {}).some((t) => t === 'Person' || t === 'Organization'), `${speaker.slug}: Person or Organization`).toBe(true);
    const quotations = objects.filter((o) => typeOf(o).includes('Quotation')).map((o) => String(o.text ?? ''));
    expect.soft(quotations.sort(), `${speaker.slug}: Quotation texts`).toEqual(speaker.quotes.map((q) => q.text).sort());
  }
});
