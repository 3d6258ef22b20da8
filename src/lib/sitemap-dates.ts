/**
 * The sitemap's lastmod dates, handed from the content loader (which computes them from the
 * articles it already holds) to the sitemap integration in astro.config.mjs.
 */
// The sitemap integration runs in the same process after the loaders, but its config module is
// loaded apart from the content modules: the dates travel through one well-known global.
const REGISTRY = Symbol.for('on-the-record:page-last-modified');

export function publishPageLastModified(byUrl: Map<string, Date>): void {
  (globalThis as Record<symbol, unknown>)[REGISTRY] = byUrl;
}

/** The date the loaders published for an absolute URL, if any. */
export function publishedLastModified(url: string): Date | undefined {
  const byUrl = (globalThis as Record<symbol, unknown>)[REGISTRY];
  return byUrl instanceof Map ? (byUrl.get(url) as Date | undefined) : undefined;
}
