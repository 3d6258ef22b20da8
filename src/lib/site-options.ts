/** Deployment options read from the environment, with defaults for local work. */

export interface SiteOptions {
  /** Origin only, e.g. "https://example.org". */
  siteOrigin: string;
  /** The subpath the site is served under, always with a leading and trailing slash ("/" or "/news/"). */
  basePath: string;
  /** Folder holding `articles/` and `speakers/`. */
  contentDir: string;
  /** Where the build writes the site. */
  outDir: string;
}

/** The site's language (BCP 47), for the page, its JSON-LD and its feeds alike. */
export const SITE_LANGUAGE = 'en-GB';

export const DEFAULT_SITE_URL = 'https://on-the-record.example/';

export function normaliseBasePath(pathname: string): string {
  const trimmed = pathname.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

export function siteOptionsFromEnv(env: Record<string, string | undefined>): SiteOptions {
  const raw = env.SITE_URL?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://example.org/news/, got "${raw}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must use http or https, got "${raw}"`);
  }
  return {
    siteOrigin: url.origin,
    basePath: normaliseBasePath(url.pathname),
    contentDir: env.CONTENT_DIR?.trim() || './src/content',
    outDir: env.OUT_DIR?.trim() || './dist',
  };
}
