import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
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

type Fill = (context: LoaderContext, content: SiteContent) => void;

// In `astro dev`, an edited article or profile must refresh both collections together.
const refreshers = new Map<string, () => void>();
const watchedDirs = new Set<string>();

function watchContent(contentDir: string, context: LoaderContext): void {
  const { watcher, logger } = context;
  if (!watcher || watchedDirs.has(contentDir)) return;
  watchedDirs.add(contentDir);
  const root = path.resolve(contentDir);
  watcher.add(root);
  const onChange = (changed: string) => {
    if (!path.resolve(changed).startsWith(root + path.sep) || !/\.(md|json)$/.test(changed)) return;
    cache.delete(contentDir);
    try {
      for (const refresh of refreshers.values()) refresh();
    } catch (error) {
      logger.error(error instanceof Error ? error.message : String(error));
    }
  };
  for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, onChange);
}

function contentLoader(name: string, contentDir: string, fill: Fill): Loader {
  return {
    name,
    load: async (context) => {
      fill(context, siteContent(contentDir));
      refreshers.set(context.collection, () => fill(context, siteContent(contentDir)));
      watchContent(contentDir, context);
    },
  };
}

/** The articles, validated, with every quotation found and attributed by the quote engine. */
export function articlesLoader(contentDir: string): Loader {
  return contentLoader('on-the-record:articles', contentDir, ({ store, logger }, content) => {
    store.clear();
    for (const article of content.articles) store.set({ id: article.slug, data: { ...article } });
    for (const warning of content.warnings) logger.warn(warning);
    // The editor's review list: speech the engine could not attribute.
    for (const quote of content.unattributed) {
      logger.warn(
        `${quote.file} (paragraph ${quote.paragraph}): no speaker found for “${quote.text}”. ` +
          'Add a quoteOverrides entry to name the speaker, or drop it.',
      );
    }
    logger.info(`${content.articles.length} article(s); ${content.unattributed.length} quotation(s) without a speaker`);
  });
}

/** Every speaker the engine found, merged with editorial profiles, with their quotes. */
export function speakersLoader(contentDir: string): Loader {
  return contentLoader('on-the-record:speakers', contentDir, ({ store }, content) => {
    store.clear();
    for (const speaker of buildSpeakerDirectory(content.articles, content.profiles)) {
      store.set({ id: speaker.id, data: { ...speaker } });
    }
  });
}
