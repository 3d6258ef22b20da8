import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getTopics } from '../../../site/collections.ts';
import { articleFeedItem, boundFeedItems, channelExtraXml, latestDate } from '../../../lib/feed-items.ts';
import type { TopicEntry } from '../../../lib/topics.ts';
import { FEED_ITEMS } from '../../../lib/paging.ts';
import { SITE_NAME, urls } from '../../../site/site-config.ts';

export const getStaticPaths = (async () =>
  (await getTopics()).map((topic) => ({ params: { topic: topic.slug }, props: { topic } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { topic } = props as { topic: TopicEntry };
  const articles = topic.articles.slice(0, FEED_ITEMS);
  return rss({
    title: `${SITE_NAME}: ${topic.label}`,
    description: `New stories on ${topic.label} from ${SITE_NAME}.`,
    site: urls.absolute(urls.topic(topic.slug)),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: channelExtraXml({
      self: urls.absolute(urls.topicFeed(topic.slug)),
      lastBuildDate: latestDate(articles.map((a) => a.updated ?? a.published), new Date(0)),
    }),
    items: boundFeedItems(articles.map((article) => articleFeedItem(article, urls))),
  });
};
