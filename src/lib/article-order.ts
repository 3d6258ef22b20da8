import type { ArticleRecord } from './site-content.ts';

/** Plain code-unit comparison: the same order on every machine, whatever its locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Newest first; ties broken by slug so every build orders them the same way. */
export function sortArticles(articles: readonly ArticleRecord[]): ArticleRecord[] {
  return [...articles].sort((a, b) => b.published.getTime() - a.published.getTime() || compareText(a.slug, b.slug));
}
