import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { articlesLoader, speakersLoader } from './loaders/site-content-loader.ts';
import { siteOptionsFromEnv } from './lib/site-options.ts';
import type { StoredArticle } from './lib/stored-article.ts';
import type { StoredSpeaker } from './lib/stored-speaker.ts';

// Editors' files are validated field by field inside the loaders (src/lib/article-schema.ts),
// where an error can name the file; these schemas only carry the derived types to the pages.
const { contentDir } = siteOptionsFromEnv(process.env);

export const collections = {
  articles: defineCollection({ loader: articlesLoader(contentDir), schema: z.custom<StoredArticle>() }),
  speakers: defineCollection({ loader: speakersLoader(contentDir), schema: z.custom<StoredSpeaker>() }),
};
