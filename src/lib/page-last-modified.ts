import type { SiteContent } from './site-content.ts';
import { buildSpeakerDirectory } from './speaker-directory.ts';
import { latestDate } from './feed-items.ts';
import type { SiteUrls } from './site-urls.ts';

/** When each page's content last changed, keyed by absolute URL, for the sitemap's lastmod. */
export function pageLastModified(content: SiteContent, urls: SiteUrls): Map<string, Date> {
  const byUrl = new Map<string, Date>();
  const articleDates = content.articles.map((article) => article.updated ?? article.published);
  const newest = latestDate(articleDates, new Date(0));
  if (content.articles.length > 0) byUrl.set(urls.absolute(urls.home()), newest);
  content.articles.forEach((article, index) => {
    byUrl.set(urls.absolute(urls.article(article.slug)), articleDates[index] ?? article.published);
  });
  const speakers = buildSpeakerDirectory(content.articles, content.profiles);
  if (speakers.length > 0) byUrl.set(urls.absolute(urls.speakers()), latestDate(speakers.map((s) => s.lastQuoted), new Date(0)));
  for (const speaker of speakers) byUrl.set(urls.absolute(urls.speaker(speaker.id)), speaker.lastQuoted);
  return byUrl;
}
