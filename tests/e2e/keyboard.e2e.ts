/**
 * Keyboard: pressing Tab from the top of each page reaches every link, in document order, and
 * each focused element shows a visible focus indicator (an outline or box-shadow that it does
 * not have when unfocused).
 */
import { expect, test, type Page } from '@playwright/test';
import { site } from './support/site.ts';

interface Look {
  outline: string;
  outlineWidth: number;
  boxShadow: string;
  visible: boolean;
}

async function lookOfActive(page: Page): Promise<{ key: string; look: Look } | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return null;
    const cs = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    return {
      key: el.getAttribute('data-kbd-index') ?? `unmarked:${el.tagName}`,
      look: {
        outline: `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor} ${cs.outlineOffset}`,
        outlineWidth: cs.outlineStyle === 'none' ? 0 : parseFloat(cs.outlineWidth),
        boxShadow: cs.boxShadow,
        visible: r.width > 0 && r.height > 0 && cs.visibility !== 'hidden' && cs.opacity !== '0',
      },
    };
  });
}

async function checkKeyboard(page: Page, url: string, where: string) {
  await page.goto(url);
  // Mark every link and record how it looks while not focused.
  const unfocused: Look[] = await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    // Links that are not rendered at all (inside [hidden], such as the search page's note for
    // readers without script once its script runs) are neither seen nor reached.
    const rendered = [...document.querySelectorAll('a[href]')].filter((el) => el.getClientRects().length > 0);
    return rendered.map((el, i) => {
      el.setAttribute('data-kbd-index', String(i));
      const cs = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return {
        outline: `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor} ${cs.outlineOffset}`,
        outlineWidth: cs.outlineStyle === 'none' ? 0 : parseFloat(cs.outlineWidth),
        boxShadow: cs.boxShadow,
        visible: r.width > 0 && r.height > 0,
      };
    });
  });
  expect(unfocused.length, `${where}: links on the page`).toBeGreaterThan(0);
  const reached: number[] = [];
  const problems: string[] = [];
  const budget = unfocused.length + 15;
  for (let i = 0; i < budget && reached.length < unfocused.length; i++) {
    await page.keyboard.press('Tab');
    const active = await lookOfActive(page);
    if (!active) continue;
    if (!/^\d+$/.test(active.key)) continue; // focusable but not a link (e.g. a scrollable region)
    const index = Number(active.key);
    if (reached.includes(index)) break; // wrapped around
    reached.push(index);
    const before = unfocused[index]!;
    const indicator =
      (active.look.outlineWidth > 0 && active.look.outline !== before.outline) ||
      (active.look.boxShadow !== 'none' && active.look.boxShadow !== before.boxShadow);
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    if (!indicator) problems.push(`${where}: link ${index} (${href}) shows no focus indicator (outline ${active.look.outline}, box-shadow ${active.look.boxShadow})`);
    if (!active.look.visible) problems.push(`${where}: link ${index} (${href}) is focused but not visible`);
  }
  const missed = unfocused.map((_, i) => i).filter((i) => !reached.includes(i));
  expect(missed, `${where}: links Tab never reaches`).toEqual([]);
  expect(reached, `${where}: Tab follows document order`).toEqual([...reached].sort((a, b) => a - b));
  expect(problems).toEqual([]);
}

for (const name of ['root', 'hostile']) {
  test(`${name}: Tab reaches every link with a visible focus indicator, on every page`, async ({ page }) => {
    const s = site(name);
    const pages = s.checkedPages();
    test.setTimeout(60_000 + pages.length * 10_000);
    for (const p of pages) {
      await test.step(p.file, async () => {
        await checkKeyboard(page, p.localUrl, `${name} ${p.file}`);
      });
    }
  });
}
