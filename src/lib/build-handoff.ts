/**
 * Values the content loader computes from the articles it already holds and hands to the
 * integrations in astro.config.mjs (sitemap lastmod, the search index), so nothing reads the
 * content a second time. The integrations run in the same process after the loaders, but the
 * config module is loaded apart from the content modules: values travel through well-known globals.
 */
export function handOff<T>(key: string, value: T): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for(`on-the-record:${key}`)] = value;
}

/** What the loader handed off under `key`, or undefined when it has not run (bad content). */
export function takeHandedOff<T>(key: string): T | undefined {
  return (globalThis as Record<symbol, unknown>)[Symbol.for(`on-the-record:${key}`)] as T | undefined;
}
