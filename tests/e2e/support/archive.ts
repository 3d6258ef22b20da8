/**
 * The "archive" fixture: 120 small synthetic articles written by the e2e setup (never from
 * src/content or ../shared), enough for every list to run to several pages. Every story quotes
 * Maria Olsen (120 quotes: a paged speaker page and a feed cut at 50) and one of 120 other
 * people (more speakers than one page of the speakers index holds); every story is on "Budget",
 * every third also on "Transport".
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_ROOT } from './builds.ts';

export const ARCHIVE_CONTENT_DIR = join(BUILD_ROOT, 'archive-content');
export const ARCHIVE_ARTICLES = 120;
export const ARCHIVE_MAIN_SPEAKER = { slug: 'maria-olsen', quotes: ARCHIVE_ARTICLES };
export const ARCHIVE_TOPICS = [
  { slug: 'budget', label: 'Budget', stories: ARCHIVE_ARTICLES },
  { slug: 'transport', label: 'Transport', stories: ARCHIVE_ARTICLES / 3 },
];

const FIRST = ['Anna', 'Peter', 'Sofia', 'Jonas', 'Elena', 'Marek', 'Clara', 'David', 'Irene', 'Lukas', 'Nadia', 'Oscar'];
const LAST = ['Berg', 'Holm', 'Novak', 'Weber', 'Costa', 'Fischer', 'Laine', 'Moreau', 'Romano', 'Santos'];

/** Story n (from 1): published one day after story n-1. */
export function archiveSlug(n: number): string {
  return `archive-story-${n}`;
}

export function writeArchiveFixture(): void {
  rmSync(ARCHIVE_CONTENT_DIR, { recursive: true, force: true });
  mkdirSync(join(ARCHIVE_CONTENT_DIR, 'articles'), { recursive: true });
  for (let n = 1; n <= ARCHIVE_ARTICLES; n++) {
    const other = `${FIRST[(n - 1) % FIRST.length]} ${LAST[Math.floor((n - 1) / FIRST.length) % LAST.length]}`;
    const published = new Date(Date.UTC(2024, 0, 1) + (n - 1) * 86_400_000).toISOString().slice(0, 10);
    const topics = n % 3 === 0 ? '[Budget, Transport]' : '[Budget]';
    const text = [
      '---',
      `headline: "Archive story ${n}: the council budget"`,
      `standfirst: "The council argued over the budget for the ${n}th time."`,
      `published: ${published}`,
      `topics: ${topics}`,
      `slug: ${archiveSlug(n)}`,
      '---',
      `The council met again on Monday for meeting number ${n}.`,
      '',
      `“The budget for meeting ${n} is not enough,” Maria Olsen said on Monday.`,
      '',
      `“We will keep working on the plan until it passes,” said ${other}, a council member.`,
      '',
    ].join('\n');
    writeFileSync(join(ARCHIVE_CONTENT_DIR, 'articles', `${archiveSlug(n)}.md`), text);
  }
}
