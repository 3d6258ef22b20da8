import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES, MAX_ARTICLE_QUOTES, checkArticleQuotes, checkArticleSize } from '../../src/lib/article-limits.ts';

describe('article limits', () => {
  it('refuses an article over the size limit, naming the file, the field and its longest paragraph', () => {
    const wall = 'x '.repeat(85_000);
    expect(() => checkArticleSize('articles/wall.md', ['Standfirst.', 'Short.', wall])).toThrow(
      /^articles\/wall\.md → body: the article is 170,017 bytes long, over the 80,000 .*paragraph 2, 170,000 characters/,
    );
    expect(() => checkArticleSize('a.md', ['s', 'x'.repeat(MAX_ARTICLE_BYTES - 1)])).not.toThrow();
  });

  it('counts bytes, not characters, since pages are bytes', () => {
    expect(() => checkArticleSize('a.md', ['م'.repeat(MAX_ARTICLE_BYTES / 2 + 1)])).toThrow(/over the 80,000/);
  });

  it('refuses more quotations than an article may hold', () => {
    expect(() => checkArticleQuotes('articles/a.md', MAX_ARTICLE_QUOTES)).not.toThrow();
    expect(() => checkArticleQuotes('articles/a.md', 3000)).toThrow(/^articles\/a\.md → body: the article holds 3,000 quotations, over the 250/);
  });
});
