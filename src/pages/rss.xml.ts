import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArticles } from '../site/collections.ts';
import { articleFeedItem, boundFeedItems, channelExtraXml, latestDate } from '../lib/feed-items.ts';
import { FEED_ITEMS } from '../lib/paging.ts';
import { SITE_DESCRIPTION, SITE_NAME, urls } from '../site/site-config.ts';

export const GET: APIRoute = async () => {
  // The newest stories, in full: a feed carries what is new, not the archive.
  const articles = (await getArticles()).slice(0, FEED_ITEMS);
  const items = boundFeedItems(articles.map((article) => articleFeedItem(article, urls)));
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
