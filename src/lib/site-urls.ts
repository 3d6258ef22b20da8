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
  /** The home page, or page `n` of the stories behind it ("/page/2/"). */
  home(page?: number): string;
  article(slug: string): string;
  /** A paragraph of an article: "/news/articles/x/#p5". */
  paragraph(slug: string, paragraph: number): string;
  /** A quotation in an article, by its id: "/news/articles/x/#q3". */
  quote(slug: string, quoteId: string): string;
  /** The speakers index, or page `n` of it. */
  speakers(page?: number): string;
  /** A speaker's page, or page `n` of their quotes. */
  speaker(slug: string, page?: number): string;
  speakerFeed(slug: string): string;
  /** A topic's stories, or page `n` of them. */
  topic(slug: string, page?: number): string;
  topicFeed(slug: string): string;
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

/** Page 1 of a list is the list's own address; page n adds "n/". */
function pageSegment(n: number): string {
  return n > 1 ? String(n) : '';
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
    home: (n = 1) => (n > 1 ? page('page', String(n)) : page()),
    article: (slug) => page('articles', slug),
    paragraph: (slug, paragraph) => `${page('articles', slug)}#p${paragraph}`,
    quote: (slug, quoteId) => `${page('articles', slug)}#${encodeURIComponent(quoteId)}`,
    speakers: (n = 1) => page('speakers', pageSegment(n)),
    speaker: (slug, n = 1) => page('speakers', slug, pageSegment(n)),
    speakerFeed: (slug) => file('speakers', slug, 'rss.xml'),
    topic: (slug, n = 1) => page('topics', slug, pageSegment(n)),
    topicFeed: (slug) => file('topics', slug, 'rss.xml'),
    feed: () => file('rss.xml'),
    sitemapIndex: () => file('sitemap-index.xml'),
  };
}
