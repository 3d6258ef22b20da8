import { isolateText } from './bidi-text.ts';
import type { SiteUrls } from './site-urls.ts';

/** A <meta> or <link> element as data, so the head can be unit-tested and rendered by one loop. */
export type HeadTag =
  | { tag: 'meta'; attrs: { name: string; content: string } | { property: string; content: string } }
  | { tag: 'link'; attrs: { rel: string; href: string; type?: string; title?: string } };

export interface FeedLink {
  title: string;
  /** Site-relative path with base, e.g. "/news/rss.xml". */
  href: string;
}

export interface HeadInput {
  siteName: string;
  /** The page's own title; the site name is appended unless it is the home page. */
  title: string;
  description: string;
  /** Site-relative path with base. */
  path: string;
  kind: 'website' | 'article' | 'profile';
  feeds: FeedLink[];
  article?: { published: Date; modified: Date; topics: string[] };
  noindex?: boolean;
  /** Neighbouring pages of a paged list (site-relative paths with base): rel="prev" / rel="next". */
  pagination?: { prev?: string; next?: string };
}

export function documentTitle(input: Pick<HeadInput, 'siteName' | 'title'>): string {
  return input.title === input.siteName ? input.siteName : `${isolateText(input.title)} | ${input.siteName}`;
}

export function buildHeadTags(input: HeadInput, urls: SiteUrls): HeadTag[] {
  const canonical = urls.absolute(input.path);
  const title = documentTitle(input);
  const tags: HeadTag[] = [
    { tag: 'meta', attrs: { name: 'description', content: input.description } },
    { tag: 'link', attrs: { rel: 'canonical', href: canonical } },
    { tag: 'meta', attrs: { property: 'og:site_name', content: input.siteName } },
    { tag: 'meta', attrs: { property: 'og:type', content: input.kind } },
    { tag: 'meta', attrs: { property: 'og:title', content: input.title } },
    { tag: 'meta', attrs: { property: 'og:description', content: input.description } },
    { tag: 'meta', attrs: { property: 'og:url', content: canonical } },
    { tag: 'meta', attrs: { property: 'og:locale', content: 'en_GB' } },
    { tag: 'meta', attrs: { name: 'twitter:card', content: 'summary' } },
    { tag: 'meta', attrs: { name: 'twitter:title', content: title } },
    { tag: 'meta', attrs: { name: 'twitter:description', content: input.description } },
  ];
  if (input.article) {
    tags.push(
      { tag: 'meta', attrs: { property: 'article:published_time', content: input.article.published.toISOString() } },
      { tag: 'meta', attrs: { property: 'article:modified_time', content: input.article.modified.toISOString() } },
      ...input.article.topics.map((topic): HeadTag => ({ tag: 'meta', attrs: { property: 'article:tag', content: topic } })),
    );
  }
  for (const rel of ['prev', 'next'] as const) {
    const href = input.pagination?.[rel];
    if (href) tags.push({ tag: 'link', attrs: { rel, href: urls.absolute(href) } });
  }
  if (input.noindex) tags.push({ tag: 'meta', attrs: { name: 'robots', content: 'noindex' } });
  for (const feed of input.feeds) {
    tags.push({
      tag: 'link',
      attrs: { rel: 'alternate', type: 'application/rss+xml', title: feed.title, href: urls.absolute(feed.href) },
    });
  }
  tags.push({ tag: 'link', attrs: { rel: 'sitemap', type: 'application/xml', href: urls.absolute(urls.sitemapIndex()) } });
  return tags;
}
