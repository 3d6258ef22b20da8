import type { ArticleRecord } from './site-content.ts';
import { compareText, sortArticles } from './article-order.ts';
import { slugify } from './slugify.ts';

/** One topic's page: its label as editors write it and its stories, newest first. */
export interface TopicEntry {
  slug: string;
  label: string;
  articles: ArticleRecord[];
}

/**
 * The address of a topic. Labels that differ only in case or accents share one page; a label
 * with no Latin letter or digit is spelled from its code points, as speaker ids are.
 */
export function topicSlug(label: string): string {
  const slug = slugify(label);
  if (slug) return slug;
  return `topic-${[...label.normalize('NFC').trim()].map((c) => c.codePointAt(0)!.toString(36)).join('-')}`;
}

/** Every topic with its stories, in slug order; the label is the first spelling met (newest story). */
export function buildTopics(articles: readonly ArticleRecord[]): TopicEntry[] {
  const topics = new Map<string, TopicEntry>();
  for (const article of sortArticles(articles)) {
    for (const label of new Set(article.topics.map((topic) => topic.trim()))) {
      const slug = topicSlug(label);
      let topic = topics.get(slug);
      if (!topic) {
        topic = { slug, label, articles: [] };
        topics.set(slug, topic);
      }
      if (topic.articles[topic.articles.length - 1] !== article) topic.articles.push(article);
    }
  }
  return [...topics.values()].sort((a, b) => compareText(a.slug, b.slug));
}
