import { escapeHtml } from './html-escape.ts';
import { paragraphHtml } from './article-html.ts';
import { isolateText } from './bidi-text.ts';
import { SITE_LANGUAGE } from './site-options.ts';
import type { ArticleRecord } from './site-content.ts';
import type { SpeakerEntry, SpeakerQuote } from './speaker-directory.ts';
import type { SiteUrls } from './site-urls.ts';
import { FEED_ITEMS } from './paging.ts';

/** The fields @astrojs/rss takes for an item; every URL is absolute because feed readers need it. */
export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  content?: string;
  categories?: string[];
}

export interface FeedChannel {
  title: string;
  description: string;
  /** Absolute URL of the page the feed follows. */
  site: string;
  /** Absolute URL of the feed itself (atom:link rel="self"). */
  self: string;
  /** Newest item date: a build of the same content always prints the same feed. */
  lastBuildDate: Date;
  items: FeedItem[];
}

/** The full article as feed HTML: standfirst, then the body, with absolute links to speakers. */
export function articleFeedHtml(article: ArticleRecord, urls: SiteUrls): string {
  const speakerHref = (id: string) => urls.absolute(urls.speaker(id));
  return article.paragraphs
    .map((text, index) => {
      const quotes = article.quotes.filter((quote) => quote.paragraph === index);
      const html = paragraphHtml(text, quotes, speakerHref);
      return index === 0 ? `<p><strong>${html}</strong></p>` : `<p>${html}</p>`;
    })
    .join('\n');
}

export function articleFeedItem(article: ArticleRecord, urls: SiteUrls): FeedItem {
  return {
    title: article.headline,
    link: urls.absolute(urls.article(article.slug)),
    pubDate: article.published,
    // Feed readers render <description> as HTML, so the text is escaped as HTML first.
    description: escapeHtml(article.standfirst),
    content: articleFeedHtml(article, urls),
    categories: article.topics,
  };
}

const QUOTE_TITLE_LENGTH = 100;

/** "Name: “words”", cut at a word boundary when the quote is long. */
/** A speaker feed's title: the feed's own <title> and the page's autodiscovery link use this one string. */
export function speakerFeedTitle(name: string, siteName: string): string {
  return `${isolateText(name)}: quotes on ${siteName}`;
}

export function quoteFeedTitle(name: string, text: string): string {
  const words = text.trim();
  const cut = words.length <= QUOTE_TITLE_LENGTH ? words : `${words.slice(0, QUOTE_TITLE_LENGTH).replace(/\s+\S*$/, '')}…`;
  return `${isolateText(name)}: “${cut}”`;
}

/** Feed items for `quotes` (the newest of the speaker's, FEED_ITEMS at most). */
export function speakerFeedItems(speaker: Pick<SpeakerEntry, 'name'>, quotes: readonly SpeakerQuote[], urls: SiteUrls): FeedItem[] {
  return quotes.map((quote) => {
    const articleUrl = urls.absolute(urls.article(quote.articleSlug));
    return {
      title: quoteFeedTitle(speaker.name, quote.text),
      // The quote's own anchor: unique per quote, so it doubles as a permanent guid.
      link: `${articleUrl}#${quote.quoteId}`,
      pubDate: quote.published,
      description: escapeHtml(quote.context.text),
      content: `<blockquote><p>${escapeHtml(quote.text)}</p></blockquote><p>${escapeHtml(quote.context.text)}</p><p>From <a href="${escapeHtml(urls.absolute(urls.paragraph(quote.articleSlug, quote.paragraph)))}">${escapeHtml(quote.headline)}</a></p>`,
    };
  });
}

/** A feed carries the newest items only: readers poll it for what is new, the site keeps the rest. */
/** Bytes of items a feed may carry (as XML, where the HTML is escaped), so no feed passes 1 MB. */
export const FEED_ITEM_BUDGET = 900_000;

function itemBytes(item: FeedItem): number {
  const xmlText = (text: string | undefined) => Buffer.byteLength(escapeHtml(text ?? ''), 'utf8');
  return xmlText(item.title) + xmlText(item.link) * 2 + xmlText(item.description) + xmlText(item.content) + 300;
}

/**
 * The newest items (they come newest first) up to FEED_ITEMS and FEED_ITEM_BUDGET bytes;
 * always at least one, which article limits keep far below the budget.
 */
export function boundFeedItems(items: readonly FeedItem[]): FeedItem[] {
  const kept: FeedItem[] = [];
  let bytes = 0;
  for (const item of items.slice(0, FEED_ITEMS)) {
    bytes += itemBytes(item);
    if (kept.length > 0 && bytes > FEED_ITEM_BUDGET) break;
    kept.push(item);
  }
  return kept;
}

/** Channel elements @astrojs/rss does not write itself, as XML text with every value escaped. */
export function channelExtraXml(channel: Pick<FeedChannel, 'self' | 'lastBuildDate'>): string {
  return [
    `<language>${SITE_LANGUAGE.toLowerCase()}</language>`,
    `<lastBuildDate>${channel.lastBuildDate.toUTCString()}</lastBuildDate>`,
    `<atom:link href="${escapeHtml(channel.self)}" rel="self" type="application/rss+xml"/>`,
  ].join('');
}

export function latestDate(dates: readonly Date[], fallback: Date): Date {
  return dates.reduce((latest, date) => (date > latest ? date : latest), fallback);
}
