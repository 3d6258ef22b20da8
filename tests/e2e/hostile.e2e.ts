/**
 * Hostile content (tests/fixtures/hostile-content): headlines, standfirsts, quotes, speaker names
 * and a speaker profile full of <script>, </script>, quotes, &, ]]>, -->, right-to-left text,
 * emoji, combining marks and a 500-character word, plus an article with no quotation at all, and
 * speaker names with an unclosed right-to-left override, in Arabic, and holding <script>.
 * Everything must reach the reader as text: no dialog, no console error, no CSP violation, no
 * injected element, JSON-LD that parses back to the same words, and no name or headline that
 * reorders the words shown after it.
 */
import { expect, test } from '@playwright/test';
import {
  ARABIC_SPEAKER,
  BIDI_HEADLINE,
  HOSTILE_ARTICLES,
  HOSTILE_SPEAKER_NAMES,
  INJECTED_SELECTOR,
  INJECTED_SELECTOR_ON_SEARCH_PAGE,
  LONG_QUOTE,
  LONG_WORD,
  OVERRIDE_SPEAKER,
  PROFILE_DESCRIPTION,
  PROFILE_SPEAKER,
  RTL_QUOTE,
  SCRIPT_QUOTE,
} from './support/hostile.ts';
import { Site, site, watchPage } from './support/site.ts';

test('hostile: no page runs injected script, shows a dialog, logs an error or grows injected elements', async ({ page }) => {
  const s = site('hostile');
  const problems = await watchPage(page, s.origin);
  const pages = s.checkedPages();
  expect(pages.length).toBeGreaterThanOrEqual(HOSTILE_ARTICLES.length + 3);
  for (const p of pages) {
    problems.length = 0;
    const res = await page.goto(p.localUrl);
    expect(res?.status(), p.file).toBe(200);
    const selector = p.file === 'search/index.html' ? INJECTED_SELECTOR_ON_SEARCH_PAGE : INJECTED_SELECTOR;
    const injected = await page.locator(selector).evaluateAll((els) => els.map((e) => e.outerHTML.slice(0, 120)));
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

/** What the page shows after one name or headline in running text, and whether it is isolated. */
interface BidiCheck {
  target: string;
  /** The name sits in a <bdi> (or an element with dir) holding exactly a name or headline. */
  isolated: boolean;
  /** The first character after it, drawn on the same line, starts at or right of its end. */
  after: 'right' | 'left' | 'other line' | 'nothing';
  /** The first two Latin letters or digits after it, on one line, read left to right. */
  flow: 'ltr' | 'reversed' | 'unmeasured';
  context: string;
}

test('hostile: a right-to-left or override name never reorders the text after it, and runs no script', async ({ page }) => {
  const s = site('hostile');
  await page.setViewportSize({ width: 1280, height: 800 });
  const problems = await watchPage(page, s.origin);
  const targets = [...new Set([...HOSTILE_SPEAKER_NAMES, ...HOSTILE_ARTICLES.map((a) => a.headline), PROFILE_DESCRIPTION])];
  const checked = new Map<string, BidiCheck[]>();
  for (const p of s.checkedPages()) {
    await page.goto(p.localUrl);
    const found = await page.evaluate((targets: string[]): BidiCheck[] => {
      const out: BidiCheck[] = [];
      const BLOCKS = 'p, li, h1, h2, h3, dt, dd, blockquote, figcaption';
      // Innermost blocks of running text; article paragraphs and their excerpts are prose as written.
      const blocks = [...document.querySelectorAll('main :is(' + BLOCKS + ')')].filter(
        (b) => !b.querySelector(BLOCKS) && !b.closest('.article-body, .quote-context'),
      );
      for (const block of blocks) {
        const nodes: Text[] = [];
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) nodes.push(walker.currentNode as Text);
        const text = nodes.map((n) => n.data).join('');
        if (targets.includes(text.trim())) continue; // alone in its block: nothing after it to move
        const at = (offset: number): [Text, number] => {
          let rest = offset;
          for (const n of nodes) {
            if (rest <= n.data.length) return [n, rest];
            rest -= n.data.length;
          }
          const last = nodes.at(-1)!;
          return [last, last.data.length];
        };
        const rangeOf = (start: number, end: number) => {
          const r = document.createRange();
          r.setStart(...at(start));
          r.setEnd(...at(end));
          return r;
        };
        for (const target of targets) {
          for (let start = text.indexOf(target); start >= 0; start = text.indexOf(target, start + 1)) {
            const end = start + target.length;
            let el: Element | null = at(start + 1)[0].parentElement;
            let isolated = false;
            for (; el && el !== block; el = el.parentElement) {
              if ((el.localName === 'bdi' || el.hasAttribute('dir')) && targets.includes(el.textContent ?? '')) isolated = true;
            }
            const nextIndex = text.slice(end).search(/\S/);
            let after: BidiCheck['after'] = 'nothing';
            if (nextIndex >= 0) {
              const next = rangeOf(end + nextIndex, end + nextIndex + 1).getBoundingClientRect();
              const middle = next.top + next.height / 2;
              const sameLine = [...rangeOf(start, end).getClientRects()].filter((r) => r.width > 0 && r.top <= middle && r.bottom >= middle);
              after = sameLine.length === 0 ? 'other line' : next.left >= Math.max(...sameLine.map((r) => r.right)) - 1 ? 'right' : 'left';
            }
            // An override left open inside the name would also run on past a <br>, reversing the
            // next line: the first two Latin letters or digits that follow must read left to right.
            let flow: BidiCheck['flow'] = 'unmeasured';
            const latin = [...text.slice(end).matchAll(/[A-Za-z0-9]/g)].slice(0, 2).map((m) => end + m.index);
            if (latin.length === 2) {
              const [a, b] = latin.map((i) => rangeOf(i, i + 1).getBoundingClientRect());
              if (Math.abs(a!.top - b!.top) < a!.height / 2) flow = b!.left > a!.left ? 'ltr' : 'reversed';
            }
            out.push({ target, isolated, after, flow, context: text.replace(/\s+/g, ' ').trim().slice(0, 160) });
          }
        }
      }
      return out;
    }, targets);
    checked.set(p.file, found);
  }

  const wrong = [...checked].flatMap(([file, checks]) =>
    checks.filter((c) => !c.isolated || c.after === 'left' || c.flow === 'reversed').map((c) => `${file}: ${JSON.stringify(c)}`),
  );
  expect(wrong, 'names and headlines in running text that are not isolated, or that move what follows them').toEqual([]);
  // The places where a reordering would show: make sure each was really measured.
  const measured = (file: RegExp, target: string) =>
    [...checked].some(([f, checks]) => file.test(f) && checks.some((c) => c.target === target && (c.after === 'right' || c.flow === 'ltr')));
  expect.soft(measured(/^index\.html$/, OVERRIDE_SPEAKER), 'home page "Quoted:" line after the override name').toBe(true);
  expect.soft(measured(/^speakers\/index\.html$/, OVERRIDE_SPEAKER), '/speakers/: the line after the override name').toBe(true);
  expect.soft(measured(/^articles\/three-[^/]+\/index\.html$/, ARABIC_SPEAKER), 'voices panel: the count after an Arabic name').toBe(true);
  expect.soft(measured(/^speakers\/evil-override\/index\.html$/, OVERRIDE_SPEAKER), '"Follow … (RSS)" on the speaker page').toBe(true);
  expect.soft(measured(/^speakers\/[^/]+\/index\.html$/, BIDI_HEADLINE), '"From <headline>, <date>" on a speaker page').toBe(true);
  expect(problems, 'dialogs, console errors, CSP violations').toEqual([]);
});
