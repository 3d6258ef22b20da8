import { describe, expect, it } from 'vitest';
import { createSiteUrls } from '../../src/lib/site-urls.ts';
import { normaliseBasePath, siteOptionsFromEnv } from '../../src/lib/site-options.ts';

describe('createSiteUrls at the domain root', () => {
  const urls = createSiteUrls('https://example.org', '/');
  it('builds pages with one trailing slash', () => {
    expect(urls.home()).toBe('/');
    expect(urls.article('italy-warns')).toBe('/articles/italy-warns/');
    expect(urls.speakers()).toBe('/speakers/');
    expect(urls.speaker('guido-crosetto')).toBe('/speakers/guido-crosetto/');
  });
  it('puts page n of a list under its own address, page 1 at the list itself', () => {
    expect(urls.home(1)).toBe('/');
    expect(urls.home(2)).toBe('/page/2/');
    expect(urls.speakers(3)).toBe('/speakers/3/');
    expect(urls.speaker('ada', 2)).toBe('/speakers/ada/2/');
    expect(urls.topic('nato')).toBe('/topics/nato/');
    expect(urls.topic('nato', 4)).toBe('/topics/nato/4/');
    expect(urls.topicFeed('nato')).toBe('/topics/nato/rss.xml');
  });
  it('builds files and fragments', () => {
    expect(urls.feed()).toBe('/rss.xml');
    expect(urls.speakerFeed('russia')).toBe('/speakers/russia/rss.xml');
    expect(urls.paragraph('x', 5)).toBe('/articles/x/#p5');
    expect(urls.sitemapIndex()).toBe('/sitemap-index.xml');
  });
  it('makes absolute URLs on the site origin', () => {
    expect(urls.absolute(urls.article('x'))).toBe('https://example.org/articles/x/');
  });
});

describe('createSiteUrls under a subpath', () => {
  const urls = createSiteUrls('https://example.org/', '/news/');
  it('prefixes every path with the base', () => {
    expect(urls.home()).toBe('/news/');
    expect(urls.article('x')).toBe('/news/articles/x/');
    expect(urls.speakerFeed('pope-francis')).toBe('/news/speakers/pope-francis/rss.xml');
    expect(urls.absolute(urls.feed())).toBe('https://example.org/news/rss.xml');
  });
  it('accepts a base written without slashes', () => {
    expect(createSiteUrls('https://example.org', 'news').speakers()).toBe('/news/speakers/');
  });
  it('percent-encodes segments so a slug can never break out of its path', () => {
    expect(urls.speaker('a b?c#d')).toBe('/news/speakers/a%20b%3Fc%23d/');
  });
});

describe('siteOptionsFromEnv', () => {
  it('splits SITE_URL into origin and base', () => {
    const options = siteOptionsFromEnv({ SITE_URL: 'https://example.org/news' });
    expect(options.siteOrigin).toBe('https://example.org');
    expect(options.basePath).toBe('/news/');
  });
  it('defaults to the domain root', () => {
    expect(siteOptionsFromEnv({}).basePath).toBe('/');
  });
  it('reads the content and output folders', () => {
    const options = siteOptionsFromEnv({ CONTENT_DIR: 'x/content', OUT_DIR: 'out' });
    expect([options.contentDir, options.outDir]).toEqual(['x/content', 'out']);
  });
  it('rejects a SITE_URL that is not an absolute http(s) URL', () => {
    expect(() => siteOptionsFromEnv({ SITE_URL: 'example.org/news' })).toThrow(/SITE_URL/);
    expect(() => siteOptionsFromEnv({ SITE_URL: 'ftp://example.org/' })).toThrow(/http/);
  });
  it('normalises nested bases', () => {
    expect(normaliseBasePath('//a/b//')).toBe('/a/b/');
  });
});
