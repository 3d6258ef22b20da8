/**
 * Search: the /search/ page finds quotes, stories and speakers in the Pagefind index the build
 * writes, at the domain root and under /news/; it reads ?q=, filters, announces its results, works
 * from the keyboard, passes axe in both schemes and loads with no console error or CSP
 * violation. Every header's search form works without script, and then the page says why it
 * cannot search and links to the speakers.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { INJECTED_SELECTOR_ON_SEARCH_PAGE, SCRIPT_TAG_SPEAKER } from './support/hostile.ts';
import { site, watchPage, type Site } from './support/site.ts';

const SEED = 'articles/italy-warns-nato-troops-in-ukraine-would-block-diplomacy/';

async function openSearch(page: Page, s: Site, query: string): Promise<string[]> {
  const problems = await watchPage(page, s.origin);
  await page.goto(s.localUrl(`search/${query}`));
  return problems;
}

const results = (page: Page) => page.locator('#search-results > li');

for (const name of ['root', 'subpath']) {
  test(`${name}: /search/?q=no%20limits finds Macron's quote, linking to its paragraph and his page`, async ({ page }) => {
    const s = site(name);
    const problems = await openSearch(page, s, '?q=no%20limits');
    const hit = results(page).filter({ hasText: 'no limits' }).first();
    await expect(hit).toBeVisible();
    await expect(page.locator('#search-q')).toHaveValue('no limits');
    await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “no limits”/);
    await expect(hit.getByRole('link', { name: 'Emmanuel Macron' })).toHaveAttribute('href', `${s.basePath}speakers/emmanuel-macron/`);
    const quoteLink = hit.getByRole('link', { name: /no limits/ });
    await expect(quoteLink).toHaveAttribute('href', new RegExp(`^${s.basePath}${SEED}#p\\d+$`));
    await expect(hit.getByRole('link', { name: 'Italy warns NATO troops in Ukraine would block diplomacy' })).toHaveAttribute(
      'href',
      `${s.basePath}${SEED}`,
    );

    await hit.getByRole('link', { name: 'Emmanuel Macron' }).click();
    await expect(page).toHaveURL(s.localUrl('speakers/emmanuel-macron/'));
    await expect(page.locator('h1')).toHaveText('Emmanuel Macron');

    // The quote's own link lands on the paragraph that holds it.
    await page.goBack();
    await page.locator('#search-results').getByRole('link', { name: /no limits/ }).click();
    // (the locator waits for the article to load; reading :target at once could read the search page)
    await expect(page.locator(':target')).toContainText('no limits');
    expect(problems, 'console errors, CSP violations, foreign requests').toEqual([]);
  });
}

test('root: a word of a standfirst finds its story, and the kind filter keeps stories only', async ({ page }) => {
  const s = site('root');
  const problems = await openSearch(page, s, '');
  // "conflict" is in the seed's standfirst and nowhere else in the story.
  await page.locator('#search-q').fill('conflict');
  const headline = 'Italy warns NATO troops in Ukraine would block diplomacy';
  const story = results(page).filter({ has: page.getByRole('heading', { name: headline }) });
  await expect(story.first()).toBeVisible();
  await expect(story.first()).toContainText('Sending NATO troops into Ukraine');
  await expect(story.first().getByRole('link', { name: headline })).toHaveAttribute('href', `/${SEED}`);
  await expect(story.first().locator('mark')).toHaveText(['conflict']);
  await expect(page).toHaveURL(/\/search\/\?q=conflict$/);

  // Quotes and stories alike hold "Kiev"; the kind filter keeps the story.
  await page.locator('#search-q').fill('Kiev');
  await expect(page.getByRole('status')).toHaveText(/^([2-9]|\d\d+) results for “Kiev”/);
  await page.locator('#search-kind').selectOption('story');
  await expect(page).toHaveURL(/\/search\/\?q=Kiev&kind=story$/);
  await expect(page.getByRole('status')).toHaveText('1 result for “Kiev”.');
  await expect(results(page)).toHaveCount(1);
  await expect(results(page).first()).toContainText('Story');

  // The quote kind shows the quotes that hold the word, not the stories that hold them.
  await page.locator('#search-kind').selectOption('quote');
  await expect(page).toHaveURL(/\/search\/\?q=Kiev&kind=quote$/);
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “Kiev”/);
  const kinds = await results(page).locator('.meta').allTextContents();
  expect(kinds.length).toBeGreaterThan(0);
  for (const meta of kinds) expect(meta).toMatch(/^Quote · /);
  await expect(results(page).first().locator('mark').first()).toHaveText(/^Kiev/i);
  expect(problems).toEqual([]);
});

test('root: a speaker is found by name, and the speaker filter narrows quotes to theirs', async ({ page }) => {
  const s = site('root');
  const problems = await openSearch(page, s, '?q=Sikorski');
  const speaker = results(page).filter({ hasText: 'Speaker ·' }).first();
  await expect(speaker.getByRole('link', { name: 'Radoslaw Sikorski' })).toHaveAttribute('href', '/speakers/radoslaw-sikorski/');

  await page.goto(s.localUrl('search/?q=Ukraine'));
  await expect(results(page).first()).toBeVisible();
  // The choices arrive once the reader reaches for the filter.
  await page.locator('#search-speaker').focus();
  await expect(page.locator('#search-speaker option', { hasText: /^Guido Crosetto \(\d+\)$/ })).toHaveCount(1);
  await page.locator('#search-speaker').selectOption('Guido Crosetto');
  await expect(page).toHaveURL(/speaker=Guido\+Crosetto/);
  await expect(page.getByRole('status')).toHaveText(/results? for “Ukraine”/);
  const metas = await results(page).locator('.meta').allTextContents();
  expect(metas.length).toBeGreaterThan(0);
  for (const meta of metas.filter((m) => m.startsWith('Quote'))) expect(meta).toContain('Guido Crosetto');
  expect(problems).toEqual([]);
});

test('root: search works from the keyboard alone, and a miss is announced', async ({ page }) => {
  const s = site('root');
  await page.goto(s.localUrl('search/'));
  await page.locator('#search-q').focus();
  await page.keyboard.type('no limits');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText(/for “no limits”/);
  // Tab moves on through the filters to the first result's link.
  let reached = '';
  for (let i = 0; i < 8 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => (document.activeElement?.closest('#search-results') ? document.activeElement.textContent ?? '' : ''));
  }
  expect(reached, 'the first result is reached by Tab').toContain('no limits');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${SEED}#p\\d+$`));

  await page.goto(s.localUrl('search/?q=zzzzqqq'));
  await expect(page.getByRole('status')).toHaveText('No results for “zzzzqqq”.');
  await expect(results(page)).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`root: the search page with results passes axe (WCAG 2.2 AA) in the ${colorScheme} scheme`, async ({ page }) => {
    const s = site('root');
    await page.emulateMedia({ colorScheme });
    await page.goto(s.localUrl('search/?q=Ukraine'));
    await expect(results(page).first()).toBeVisible();
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  });
}

test('hostile: results show names and quotes as text, never as markup', async ({ page }) => {
  const s = site('hostile');
  const problems = await openSearch(page, s, '?q=Mallory');
  const hit = results(page).filter({ hasText: 'Speaker ·' }).first();
  await expect(hit.locator('h2')).toHaveText(SCRIPT_TAG_SPEAKER);
  await page.goto(s.localUrl('search/?q=alert'));
  await expect(results(page).first()).toBeVisible();
  const injected = await page.locator(INJECTED_SELECTOR_ON_SEARCH_PAGE).count();
  expect(injected, 'elements made from injected markup').toBe(0);
  expect(problems).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const name of ['root', 'subpath']) {
    test(`${name}: the header's search form leads to the search page, which says why and links to the speakers`, async ({ page }) => {
      const s = site(name);
      await page.goto(s.localUrl(SEED));
      await page.getByRole('searchbox', { name: 'Search quotes, stories and speakers' }).fill('no limits');
      await page.getByRole('search', { name: 'Site' }).getByRole('button', { name: 'Search' }).click();
      await expect(page).toHaveURL(s.localUrl('search/?q=no+limits'));
      await expect(page.locator('main')).toContainText('needs JavaScript');
      await expect(page.locator('main').getByRole('link', { name: 'everyone we have quoted' })).toHaveAttribute('href', `${s.basePath}speakers/`);
    });
  }
});

test('root: pages other than search load no script and no index', async ({ page }) => {
  const s = site('root');
  const loaded: string[] = [];
  page.on('request', (r) => {
    if (/\.(m?js|pagefind|pf_\w+)$|pagefind/.test(r.url())) loaded.push(r.url());
  });
  for (const p of s.pages().filter((p) => p.file !== 'search/index.html')) {
    await page.goto(p.localUrl);
    expect(await page.locator('script:not([type="application/ld+json"])').count(), `${p.file}: scripts`).toBe(0);
  }
  expect(loaded).toEqual([]);
});
