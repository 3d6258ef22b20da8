/**
 * How long lists are cut into pages, so no page or feed grows with the archive. Shared by the
 * pages (which hand these sizes to Astro's paginate()) and the sitemap's dates.
 */
export const PAGE_SIZE = {
  /** Stories on the home page and each page behind it, and on topic pages. */
  stories: 25,
  /** Quotes on each page of a speaker. */
  speakerQuotes: 20,
  /** Speakers on each page of the speakers index. */
  speakers: 100,
} as const;

/** Items in every feed: the newest ones. */
export const FEED_ITEMS = 50;

export function pageCount(items: number, size: number): number {
  return Math.max(1, Math.ceil(items / size));
}

/** Page `n` (from 1) of `items`. */
export function pageOf<T>(items: readonly T[], size: number, n: number): T[] {
  return items.slice((n - 1) * size, n * size);
}

/** " (page 2 of 7)" after a title, or nothing on page 1 of a one-page list. */
export function pageTitleSuffix(current: number, last: number): string {
  return last > 1 ? ` (page ${current} of ${last})` : '';
}

/** The rel=prev/next addresses of page `current` of `last`, given how page n is addressed. */
export function pageLinks(current: number, last: number, url: (n: number) => string): { prev?: string; next?: string } {
  return { prev: current > 1 ? url(current - 1) : undefined, next: current < last ? url(current + 1) : undefined };
}
