/**
 * The sitemap's lastmod dates, handed from the content loader (which computes them from the
 * articles it already holds) to the sitemap integration in astro.config.mjs.
 */
import { handOff, takeHandedOff } from './build-handoff.ts';

const KEY = 'page-last-modified';

export function publishPageLastModified(byUrl: Map<string, Date>): void {
  handOff(KEY, byUrl);
}

/** The date the loaders published for an absolute URL, if any. */
export function publishedLastModified(url: string): Date | undefined {
  return takeHandedOff<Map<string, Date>>(KEY)?.get(url);
}
