/**
 * axe-core with the WCAG 2.2 AA rule set over every page, in both colour schemes
 * (prefers-color-scheme light and dark): contrast, names, landmarks, language, structure.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { site } from './support/site.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const name of ['root', 'hostile']) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${name}: axe (WCAG 2.2 AA) finds no violation on any page in the ${colorScheme} scheme`, async ({ page }) => {
      const s = site(name);
      await page.emulateMedia({ colorScheme });
      const pages = s.checkedPages();
      test.setTimeout(60_000 + pages.length * 15_000);
      const violations: string[] = [];
      for (const p of pages) {
        await page.goto(p.localUrl);
        // The scheme really applies: the page is rendered under the emulated preference.
        expect(await page.evaluate((c) => matchMedia(`(prefers-color-scheme: ${c})`).matches, colorScheme)).toBe(true);
        const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        for (const v of result.violations) {
          const targets = v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}${n.failureSummary ? ` (${n.failureSummary.split('\n').slice(1).join(' ').trim()})` : ''}`);
          violations.push(`${p.file} [${colorScheme}] ${v.id} (${v.impact}): ${v.help}\n    ${targets.join('\n    ')}`);
        }
      }
      expect(violations, 'axe violations').toEqual([]);
    });
  }
}

test('root: the dark scheme actually changes the colours', async ({ page }) => {
  const s = site('root');
  const colours = async (scheme: 'light' | 'dark') => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(s.localUrl(''));
    return page.evaluate(() => {
      const b = getComputedStyle(document.body);
      const h = getComputedStyle(document.documentElement);
      return `${h.backgroundColor}|${b.backgroundColor}|${b.color}`;
    });
  };
  expect(await colours('dark')).not.toBe(await colours('light'));
});
