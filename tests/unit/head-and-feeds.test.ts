import { describe, expect, it } from 'vitest';
import { buildHeadTags, documentTitle } from '../../src/lib/head-tags.ts';
import { createSiteUrls } from '../../src/lib/site-urls.ts';
import { FEED_ITEMS } from '../../src/lib/paging.ts';
import { articleFeedItem, boundFeedItems, channelExtraXml, FEED_ITEM_BUDGET, quoteFeedTitle, speakerFeedItems, speakerFeedTitle } from '../../src/lib/feed-items.ts';
import { newsArticleJsonLd, speakerProfileJsonLd } from '../../src/lib/json-ld.ts';
import { buildSpeakerDirectory, resolveSpeakerQuotes } from '../../src/lib/speaker-directory.ts';
import { analyticalEngineArticle } from './article-fixture.ts';

const urls = createSiteUrls('https://example.org', '/news/');
const publisher = { name: 'On the Record', url: 'https://example.org/news/' };

describe('buildHeadTags', () => {
  const tags = buildHeadTags(
    {
      siteName: 'On the Record',
      title: 'A headline',
      description: 'A standfirst',
      path: urls.article('a-headline'),
      kind: 'article',
      feeds: [{ title: 'All stories', href: urls.feed() }],
      article: { published: new Date('2024-03-10T00:00:00Z'), modified: new Date('2024-03-11T00:00:00Z'), topics: ['NATO'] },
    },
    urls,
  );
  const find = (key: string) => tags.find((t) => Object.values(t.attrs).includes(key));

  it('gives an absolute canonical URL under the base', () => {
    expect(find('canonical')?.attrs).toMatchObject({ href: 'https://example.org/news/articles/a-headline/' });
    expect(find('og:url')?.attrs).toMatchObject({ content: 'https://example.org/news/articles/a-headline/' });
  });
  it('announces the feed for autodiscovery with an absolute URL', () => {
    expect(find('alternate')?.attrs).toEqual({
      rel: 'alternate',
      type: 'application/rss+xml',
      title: 'All stories',
      href: 'https://example.org/news/rss.xml',
    });
  });
  it('carries Open Graph, Twitter and article dates', () => {
    expect(find('og:type')?.attrs).toMatchObject({ content: 'article' });
    expect(find('twitter:card')?.attrs).toMatchObject({ content: 'summary' });
    expect(find('article:published_time')?.attrs).toMatchObject({ content: '2024-03-10T00:00:00.000Z' });
    expect(find('article:tag')?.attrs).toMatchObject({ content: 'NATO' });
  });
  it('titles pages "page | site" but the home page just "site"', () => {
    expect(documentTitle({ siteName: 'S', title: 'T' })).toBe('T | S');
    expect(documentTitle({ siteName: 'S', title: 'S' })).toBe('S');
  });
});

describe('buildHeadTags on a paged list', () => {
  it('links the neighbouring pages with rel=prev and rel=next, and the page itself as canonical', () => {
    const tags = buildHeadTags(
      {
        siteName: 'On the Record',
        title: 'Latest stories (page 2 of 3)',
        description: 'd',
        path: urls.home(2),
        kind: 'website',
        feeds: [],
        pagination: { prev: urls.home(1), next: urls.home(3) },
      },
      urls,
    );
    const href = (rel: string) => tags.find((t) => t.tag === 'link' && t.attrs.rel === rel)?.attrs;
    expect(href('canonical')).toMatchObject({ href: 'https://example.org/news/page/2/' });
    expect(href('prev')).toMatchObject({ href: 'https://example.org/news/' });
    expect(href('next')).toMatchObject({ href: 'https://example.org/news/page/3/' });
  });
});

describe('feed items', () => {
  const article = analyticalEngineArticle();
  it('puts the full text in content with absolute links to speakers', () => {
    const item = articleFeedItem(article, urls);
    expect(item.link).toBe('https://example.org/news/articles/engines-weave-patterns/');
    expect(item.description).toBe(article.standfirst);
    expect(item.content).toContain('href="https://example.org/news/speakers/ada-lovelace/"');
    expect(item.content).not.toMatch(/href="\//);
    const text = (item.content ?? '').replace(/<[^>]+>/g, '');
    for (const paragraph of article.paragraphs) expect(text).toContain(paragraph);
  });
  it('escapes descriptions as HTML, because feed readers render them as HTML', () => {
    const hostile = { ...article, standfirst: 'A <img src=x onerror=alert(1)> & B' };
    expect(articleFeedItem(hostile, urls).description).toBe('A &lt;img src=x onerror=alert(1)&gt; &amp; B');
  });
  it('gives every quote of a speaker its own link, so guids never repeat', () => {
    const [ada] = buildSpeakerDirectory([article]);
    const items = speakerFeedItems(ada!, resolveSpeakerQuotes(ada!.quotes, new Map([[article.slug, article]])), urls);
    expect(items.map((i) => i.link)).toEqual([
      'https://example.org/news/articles/engines-weave-patterns/#q1',
      'https://example.org/news/articles/engines-weave-patterns/#q4',
    ]);
    expect(items[0]?.title).toBe('Ada Lovelace: “weaves algebraic patterns,”');
  });
  it('shortens long quotes in item titles at a word boundary', () => {
    const title = quoteFeedTitle('X', 'word '.repeat(50));
    expect(title.length).toBeLessThan(110);
    expect(title.endsWith('…”')).toBe(true);
  });
  it('titles a speaker feed by name and site, isolating a right-to-left name', () => {
    expect(speakerFeedTitle('Ada Lovelace', 'On the Record')).toBe('Ada Lovelace: quotes on On the Record');
    expect(speakerFeedTitle('مريم', 'On the Record')).toBe('\u2068مريم\u2069: quotes on On the Record');
  });
  it('escapes the self link in channel XML', () => {
    const xml = channelExtraXml({ self: 'https://example.org/a&b', lastBuildDate: new Date('2024-03-10T00:00:00Z') });
    expect(xml).toContain('href="https://example.org/a&amp;b"');
    expect(xml).toContain('<lastBuildDate>Sun, 10 Mar 2024 00:00:00 GMT</lastBuildDate>');
  });
  it('states the same language as the article JSON-LD (one site language)', () => {
    const xml = channelExtraXml({ self: 'https://example.org/rss.xml', lastBuildDate: new Date('2024-03-10T00:00:00Z') });
    const { inLanguage } = newsArticleJsonLd(analyticalEngineArticle(), urls, publisher) as { inLanguage: string };
    expect(inLanguage).toBe('en-GB');
    expect(xml).toContain(`<language>${inLanguage.toLowerCase()}</language>`);
  });
});

describe('JSON-LD builders', () => {
  const article = analyticalEngineArticle();
  it('describes an article as a NewsArticle with the people it quotes', () => {
    const data = newsArticleJsonLd(article, urls, publisher);
    expect(data).toMatchObject({ '@type': 'NewsArticle', headline: article.headline, datePublished: '2024-03-10T00:00:00.000Z' });
    expect(data.mentions).toEqual([
      expect.objectContaining({ '@type': 'Person', name: 'Ada Lovelace' }),
      expect.objectContaining({ '@type': 'Organization', name: 'Ministry of Truth' }),
    ]);
  });
  it('describes a speaker page as a ProfilePage whose quotes are Quotations', () => {
    const [ada] = buildSpeakerDirectory([article]);
    const quotes = resolveSpeakerQuotes(ada!.quotes, new Map([[article.slug, article]]));
    const data = speakerProfileJsonLd(ada!, quotes, urls, publisher) as { mainEntity: { subjectOf: { text: string; '@type': string }[] } };
    expect(data).toMatchObject({ '@type': 'ProfilePage', mainEntity: { '@type': 'Person', name: 'Ada Lovelace' } });
    expect(data.mainEntity.subjectOf.map((q) => [q['@type'], q.text])).toEqual([
      ['Quotation', 'weaves algebraic patterns,'],
      ['Quotation', 'might compose music.'],
    ]);
  });
});

describe('boundFeedItems', () => {
  const item = (i: number, size: number) => ({
    title: `Item ${i}`,
    link: `https://example.org/a/${i}/`,
    pubDate: new Date(0),
    description: 'd',
    content: '<p>'.padEnd(size, 'x'),
  });

  it('keeps the newest FEED_ITEMS items', () => {
    const items = Array.from({ length: 120 }, (_, i) => item(i, 100));
    expect(boundFeedItems(items).map((i) => i.title)).toEqual(items.slice(0, FEED_ITEMS).map((i) => i.title));
  });

  it('stops before the items pass the byte budget, counting HTML as the feed escapes it, but keeps one', () => {
    const items = Array.from({ length: 10 }, (_, i) => item(i, 150_000));
    // "<p>" escapes to "&lt;p&gt;": about 150,360 bytes an item with its other fields, so a sixth would pass 900,000.
    expect(boundFeedItems(items)).toHaveLength(5);
    expect(boundFeedItems([item(0, 2_000_000)])).toHaveLength(1);
    expect(FEED_ITEM_BUDGET).toBeLessThan(1_000_000);
  });
});
