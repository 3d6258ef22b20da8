import type { Loader } from 'astro/loaders';
import { loadSiteContent, type SiteContent } from '../lib/site-content.ts';
import { buildSpeakerDirectory } from '../lib/speaker-directory.ts';

// Both collections come from one analysis of the articles; do it once per build.
const cache = new Map<string, SiteContent>();

function siteContent(contentDir: string): SiteContent {
  let content = cache.get(contentDir);
  if (!content) {
    content = loadSiteContent(contentDir);
    cache.set(contentDir, content);
  }
  return content;
}

/** The articles, validated, with every quotation found and attributed by the quote engine. */
export function articlesLoader(contentDir: string): Loader {
  return {
    name: 'on-the-record:articles',
    load: async ({ store, logger }) => {
      cache.delete(contentDir);
      const content = siteContent(contentDir);
      store.clear();
      for (const article of content.articles) store.set({ id: article.slug, data: { ...article } });
      for (const quote of content.unattributed) {
        logger.warn(
          `${quote.file} (paragraph ${quote.paragraph}): no speaker found for “${quote.text}”. ` +
            'Add a quoteOverrides entry to name the speaker or drop it.',
        );
      }
      logger.info(`${content.articles.length} article(s), ${content.unattributed.length} quotation(s) without a speaker`);
    },
  };
}

/** Every speaker the engine found, merged with editorial profiles, with their quotes. */
export function speakersLoader(contentDir: string): Loader {
  return {
    name: 'on-the-record:speakers',
    load: async ({ store }) => {
      const content = siteContent(contentDir);
      store.clear();
      for (const speaker of buildSpeakerDirectory(content.articles, content.profiles)) {
        store.set({ id: speaker.id, data: { ...speaker } });
      }
    },
  };
}
