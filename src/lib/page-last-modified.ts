import type { ArticleRecord } from './site-content.ts';
import { byMostQuoted, type SpeakerEntry } from './speaker-directory.ts';
import { buildTopics } from './topics.ts';
import { PAGE_SIZE, pageCount, pageOf } from './paging.ts';
import { latestDate } from './feed-items.ts';
import type { SiteUrls } from './site-urls.ts';

const changed = (article: ArticleRecord) => article.updated ?? article.published;

/** Each page of a story list dated by the newest change among its stories. */
function storyPages(byUrl: Map<string, Date>, articles: readonly ArticleRecord[], url: (page: number) => string): void {
  const last = pageCount(articles.length, PAGE_SIZE.stories);
  for (let n = 1; n <= last; n++) {
    byUrl.set(url(n), latestDate(pageOf(articles, PAGE_SIZE.stories, n).map(changed), new Date(0)));
  }
}

/**
 * When each page's content last changed, keyed by absolute URL, for the sitemap's lastmod: every
 * page of every list included. Built from what the loaders already hold (articles newest first,
 * speakers), so the sitemap needs no second pass over the content.
 */
export function pageLastModified(articles: readonly ArticleRecord[], speakers: readonly SpeakerEntry[], urls: SiteUrls): Map<string, Date> {
  const byUrl = new Map<string, Date>();
  const abs = (path: string) => urls.absolute(path);
  if (articles.length > 0) storyPages(byUrl, articles, (n) => abs(urls.home(n)));
  // The search page's index holds every story: it changes when any of them does.
  byUrl.set(abs(urls.page('search')), latestDate(articles.map(changed), new Date(0)));
  for (const article of articles) byUrl.set(abs(urls.article(article.slug)), changed(article));
  for (const topic of buildTopics(articles)) storyPages(byUrl, topic.articles, (n) => abs(urls.topic(topic.slug, n)));
  const ranked = byMostQuoted(speakers);
  for (let n = 1; n <= pageCount(ranked.length, PAGE_SIZE.speakers); n++) {
    const onPage = pageOf(ranked, PAGE_SIZE.speakers, n);
    if (onPage.length > 0) byUrl.set(abs(urls.speakers(n)), latestDate(onPage.map((s) => s.lastQuoted), new Date(0)));
  }
  for (const speaker of speakers) {
    for (let n = 1; n <= pageCount(speaker.quotes.length, PAGE_SIZE.speakerQuotes); n++) {
      byUrl.set(abs(urls.speaker(speaker.id, n)), speaker.lastQuoted);
    }
  }
  return byUrl;
}
