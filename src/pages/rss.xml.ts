import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArticles } from '../site/collections.ts';
import { articleFeedItem, boundFeedItems, channelExtraXml, MAX_FEED_ITEMS, latestDate } from '../lib/feed-items.ts';
import { SITE_DESCRIPTION, SITE_NAME, urls } from '../site/site-config.ts';

export const GET: APIRoute = async () => {
  const articles = await getArticles();
  // Newest first, so only as many articles are rendered as the feed can carry.
  const items = boundFeedItems(articles.slice(0, MAX_FEED_ITEMS).map((article) => articleFeedItem(article, urls)));
  return rss({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    site: urls.absolute(urls.home()),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: channelExtraXml({
      self: urls.absolute(urls.feed()),
      lastBuildDate: latestDate(articles.map((a) => a.updated ?? a.published), new Date(0)),
    }),
    items,
  });
};
