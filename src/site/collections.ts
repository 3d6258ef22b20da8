import { getCollection } from 'astro:content';
import { compareText, sortArticles } from '../lib/article-order.ts';
import type { ArticleRecord } from '../lib/site-content.ts';
import { unpackArticle } from '../lib/stored-article.ts';
import { unpackSpeaker } from '../lib/stored-speaker.ts';
import { resolveSpeakerQuotes, type SpeakerEntry, type SpeakerQuote, type SpeakerQuoteRef } from '../lib/speaker-directory.ts';
import { buildTopics, type TopicEntry } from '../lib/topics.ts';
import { siteOptionsFromEnv } from '../lib/site-options.ts';

const { contentDir } = siteOptionsFromEnv(process.env);

/**
 * Every route asks for the same sorted lists; a build computes each once (a dev server, whose
 * content changes under it, asks the store every time).
 */
function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? compute() : (value ??= compute()));
}

/** Newest first. */
export const getArticles = once(async (): Promise<ArticleRecord[]> => sortArticles((await getCollection('articles')).map((entry) => unpackArticle(entry.data, contentDir))));

const getArticleBySlug = once(async () => new Map((await getArticles()).map((article) => [article.slug, article])));

/** By name. */
export const getSpeakers = once(async (): Promise<SpeakerEntry[]> => {
  const speakers = (await getCollection('speakers')).map((entry) => unpackSpeaker(entry.data));
  return speakers.sort((a, b) => {
    const an = a.name.toLocaleLowerCase('en');
    const bn = b.name.toLocaleLowerCase('en');
    return compareText(an, bn) || compareText(a.id, b.id);
  });
});

/** Every topic with its stories, newest first. */
export const getTopics = once(async (): Promise<TopicEntry[]> => buildTopics(await getArticles()));

/** The words and context of some of a speaker's quotes (a page's or a feed's worth). */
export async function getSpeakerQuotes(refs: readonly SpeakerQuoteRef[]): Promise<SpeakerQuote[]> {
  return resolveSpeakerQuotes(refs, await getArticleBySlug());
}
