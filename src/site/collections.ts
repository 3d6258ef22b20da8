import { getCollection } from 'astro:content';
import { sortArticles } from '../lib/article-order.ts';
import type { ArticleRecord } from '../lib/site-content.ts';
import type { SpeakerEntry } from '../lib/speaker-directory.ts';

export async function getArticles(): Promise<ArticleRecord[]> {
  return sortArticles((await getCollection('articles')).map((entry) => entry.data));
}

export async function getSpeakers(): Promise<SpeakerEntry[]> {
  const speakers = (await getCollection('speakers')).map((entry) => entry.data);
  return speakers.sort((a, b) => {
    const an = a.name.toLocaleLowerCase('en');
    const bn = b.name.toLocaleLowerCase('en');
    return an < bn ? -1 : an > bn ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}
