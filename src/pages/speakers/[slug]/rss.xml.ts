import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSpeakers } from '../../../site/collections.ts';
import { channelExtraXml, speakerFeedItems } from '../../../lib/feed-items.ts';
import type { SpeakerEntry } from '../../../lib/speaker-directory.ts';
import { SITE_NAME, urls } from '../../../site/site-config.ts';

export const getStaticPaths = (async () => {
  const speakers = await getSpeakers();
  return speakers.map((speaker) => ({ params: { slug: speaker.id }, props: { speaker } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { speaker } = props as { speaker: SpeakerEntry };
  return rss({
    title: `${speaker.name}: quotes on ${SITE_NAME}`,
    description: `Every new quote from ${speaker.name} in ${SITE_NAME}'s reporting.`,
    site: urls.absolute(urls.speaker(speaker.id)),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: channelExtraXml({ self: urls.absolute(urls.speakerFeed(speaker.id)), lastBuildDate: speaker.lastQuoted }),
    items: speakerFeedItems(speaker, urls),
  });
};
