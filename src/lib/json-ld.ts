import type { ArticleRecord } from './site-content.ts';
import type { SpeakerEntry, SpeakerQuote } from './speaker-directory.ts';
import type { SiteUrls } from './site-urls.ts';
import { articleVoices } from './speaker-directory.ts';
import { SITE_LANGUAGE } from './site-options.ts';

export type JsonLd = Record<string, unknown>;

export interface Publisher {
  name: string;
  url: string;
}

/**
 * JSON for a <script type="application/ld+json"> element. "<" is escaped so no headline can
 * close the element; U+2028/2029 so the output is also a valid JavaScript string everywhere.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function organization(publisher: Publisher): JsonLd {
  return { '@type': 'NewsMediaOrganization', name: publisher.name, url: publisher.url };
}

function personOrOrganization(speaker: { id: string; name: string; type: string; description: string | null }, urls: SiteUrls): JsonLd {
  return {
    '@type': speaker.type === 'organization' ? 'Organization' : 'Person',
    name: speaker.name,
    ...(speaker.description ? { description: speaker.description } : {}),
    url: urls.absolute(urls.speaker(speaker.id)),
  };
}

export function newsArticleJsonLd(article: ArticleRecord, urls: SiteUrls, publisher: Publisher): JsonLd {
  const url = urls.absolute(urls.article(article.slug));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': url,
    mainEntityOfPage: url,
    url,
    headline: article.headline,
    description: article.standfirst,
    datePublished: article.published.toISOString(),
    dateModified: (article.updated ?? article.published).toISOString(),
    inLanguage: SITE_LANGUAGE,
    publisher: organization(publisher),
    isAccessibleForFree: true,
    about: article.topics.map((topic) => ({ '@type': 'Thing', name: topic })),
    mentions: articleVoices(article).map((voice) => personOrOrganization(voice.speaker, urls)),
  };
}

/** A speaker's page (page `page` of their quotes), naming the quotes that page shows. */
export function speakerProfileJsonLd(
  speaker: SpeakerEntry,
  quotes: readonly SpeakerQuote[],
  urls: SiteUrls,
  publisher: Publisher,
  page = 1,
): JsonLd {
  const url = urls.absolute(urls.speaker(speaker.id, page));
  const person = personOrOrganization(speaker, urls);
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    '@id': url,
    url,
    name: `${speaker.name}: every quote`,
    dateModified: speaker.lastQuoted.toISOString(),
    publisher: organization(publisher),
    mainEntity: {
      ...person,
      subjectOf: quotes.map((quote) => ({
        '@type': 'Quotation',
        text: quote.text,
        creator: { '@type': person['@type'], name: speaker.name },
        isPartOf: { '@type': 'NewsArticle', headline: quote.headline, url: urls.absolute(urls.article(quote.articleSlug)) },
        url: urls.absolute(urls.paragraph(quote.articleSlug, quote.paragraph)),
        datePublished: quote.published.toISOString(),
      })),
    },
  };
}

export function websiteJsonLd(urls: SiteUrls, publisher: Publisher, description: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: publisher.name,
    url: urls.absolute(urls.home()),
    description,
    publisher: organization(publisher),
  };
}

/** A plain page: 'CollectionPage' for a list such as /speakers/, 'WebPage' for the rest (the 404). */
export function webPageJsonLd(
  urls: SiteUrls,
  path: string,
  name: string,
  description: string,
  type: 'WebPage' | 'CollectionPage' = 'WebPage',
): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': type,
    name,
    description,
    url: urls.absolute(path),
  };
}
