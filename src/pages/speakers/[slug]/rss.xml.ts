import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSpeakerQuotes, getSpeakers } from '../../../site/collections.ts';
import { boundFeedItems, channelExtraXml, speakerFeedItems, speakerFeedTitle } from '../../../lib/feed-items.ts';
import type { SpeakerEntry } from '../../../lib/speaker-directory.ts';
import { isolateText } from '../../../lib/bidi-text.ts';
import { FEED_ITEMS } from '../../../lib/paging.ts';
import { SITE_NAME, urls } from '../../../site/site-config.ts';

export const getStaticPaths = (async () => {
  const speakers = await getSpeakers();
  return speakers.map((speaker) => ({ params: { slug: speaker.id }, props: { speaker } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { speaker } = props as { speaker: SpeakerEntry };
  // Isolated: right-to-left text in a name cannot reorder the words after it in a feed reader.
  const name = isolateText(speaker.name);
  // The newest quotes only: a feed reader needs what is new, not the whole archive.
  const quotes = await getSpeakerQuotes(speaker.quotes.slice(0, FEED_ITEMS));
  return rss({
    title: speakerFeedTitle(speaker.name, SITE_NAME),
    description: `Every new quote from ${name} in ${SITE_NAME}'s reporting.`,
    site: urls.absolute(urls.speaker(speaker.id)),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: channelExtraXml({ self: urls.absolute(urls.speakerFeed(speaker.id)), lastBuildDate: speaker.lastQuoted }),
    items: boundFeedItems(speakerFeedItems(speaker, quotes, urls)),
  });
};
