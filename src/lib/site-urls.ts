/**
 * Every URL the site prints is built here, from the one base path it is deployed under, so the
 * same build works at a domain root or under a subpath. Pages end in "/" (trailingSlash: always).
 */
export interface SiteUrls {
  /** Site-relative path under the base: path("articles", "x") → "/news/articles/x/". */
  page(...segments: string[]): string;
  /** A file under the base: file("rss.xml") → "/news/rss.xml". */
  file(...segments: string[]): string;
  /** The absolute form of a site-relative path built above. */
  absolute(pathWithBase: string): string;
  home(): string;
  article(slug: string): string;
  /** A paragraph of an article: "/news/articles/x/#p5". */
  paragraph(slug: string, paragraph: number): string;
  /** A quotation in an article, by its id: "/news/articles/x/#q3". */
  quote(slug: string, quoteId: string): string;
  speakers(): string;
  speaker(slug: string): string;
  speakerFeed(slug: string): string;
  feed(): string;
  sitemapIndex(): string;
}

function joinSegments(segments: readonly string[]): string {
  return segments
    .map((segment) => segment.replace(/^\/+|\/+$/g, ''))
    .filter((segment) => segment.length > 0)
    .map((segment) => segment.split('/').map(encodeURIComponent).join('/'))
    .join('/');
}

export function createSiteUrls(siteOrigin: string, basePath: string): SiteUrls {
  const origin = siteOrigin.replace(/\/+$/, '');
  const base = `/${basePath.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const page = (...segments: string[]) => {
    const joined = joinSegments(segments);
    return joined ? `${base}${joined}/` : base;
  };
  const file = (...segments: string[]) => `${base}${joinSegments(segments)}`;
  return {
    page,
    file,
    absolute: (pathWithBase) => `${origin}${pathWithBase.startsWith('/') ? '' : '/'}${pathWithBase}`,
    home: () => page(),
    article: (slug) => page('articles', slug),
    paragraph: (slug, paragraph) => `${page('articles', slug)}#p${paragraph}`,
    quote: (slug, quoteId) => `${page('articles', slug)}#${encodeURIComponent(quoteId)}`,
    speakers: () => page('speakers'),
    speaker: (slug) => page('speakers', slug),
    speakerFeed: (slug) => file('speakers', slug, 'rss.xml'),
    feed: () => file('rss.xml'),
    sitemapIndex: () => file('sitemap-index.xml'),
  };
}
