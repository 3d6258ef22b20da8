import { describe, expect, it } from 'vitest';
import { buildTopics, topicSlug } from '../../src/lib/topics.ts';
import { makeArticle } from './article-fixture.ts';

describe('topics', () => {
  it('gives each topic an address, folding case and accents, and spelling non-Latin labels out', () => {
    expect(topicSlug('Foreign policy')).toBe('foreign-policy');
    expect(topicSlug('Économie')).toBe(topicSlug('economie'));
    expect(topicSlug('الشرق الأوسط')).toMatch(/^topic-[a-z0-9-]+$/);
    expect(topicSlug('الشرق الأوسط')).not.toBe(topicSlug('الشرق'));
  });
  it('lists each topic’s stories newest first, once each', () => {
    const older = makeArticle({ slug: 'older', paragraphs: ['s', 'b'], topics: ['NATO', 'nato'], published: new Date('2024-01-01T00:00:00Z') });
    const newer = makeArticle({ slug: 'newer', paragraphs: ['s', 'b'], topics: ['NATO'], published: new Date('2024-02-01T00:00:00Z') });
    const [nato] = buildTopics([older, newer]);
    expect(nato).toMatchObject({ slug: 'nato', label: 'NATO' });
    expect(nato?.articles.map((a) => a.slug)).toEqual(['newer', 'older']);
  });
});
