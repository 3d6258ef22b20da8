import type { ArticleRecord } from './site-content.ts';
import { resolveSpeakerQuotes, type SpeakerEntry, type SpeakerQuote } from './speaker-directory.ts';
import { handOff, takeHandedOff } from './build-handoff.ts';
import type { SiteUrls } from './site-urls.ts';

/** What a search result is: the three kinds a reader can filter by. */
export type SearchKind = 'quote' | 'story' | 'speaker';

/**
 * One entry of the search index, in the shape Pagefind's addCustomRecord takes. `content` is what
 * is searched; `meta` is what the result shows (plain text, escaped by the page that shows it);
 * `filters` are the facets a reader narrows by.
 */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: { kind: [SearchKind]; speaker?: string[]; topic?: string[] };
}

/** The language every record is indexed in (Pagefind wants an ISO 639-1 code). */
export const SEARCH_LANGUAGE = 'en';

const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const unique = (values: readonly string[]) => [...new Set(values)];

function quoteRecords(speaker: SpeakerEntry, quotes: readonly SpeakerQuote[], topicsBySlug: ReadonlyMap<string, string[]>, urls: SiteUrls): SearchRecord[] {
  return quotes.map((quote) => ({
    // Pagefind keeps one record per URL, and a paragraph may hold several quotes: the record is
    // keyed by the quote's own anchor, and the result links to its paragraph, as speaker pages do.
    url: urls.quote(quote.articleSlug, quote.quoteId),
    // The speaker's name is searched with the words, so "Macron no limits" finds the quote.
    content: `${quote.text}\n${speaker.name}`,
    language: SEARCH_LANGUAGE,
    meta: {
      title: quote.text,
      kind: 'quote',
      paragraphUrl: urls.paragraph(quote.articleSlug, quote.paragraph),
      speaker: speaker.name,
      speakerUrl: urls.speaker(speaker.id),
      story: quote.headline,
      storyUrl: urls.article(quote.articleSlug),
      date: isoDate(quote.published),
    },
    filters: { kind: ['quote'], speaker: [speaker.name], topic: topicsBySlug.get(quote.articleSlug) ?? [] },
  }));
}

function speakerRecord(speaker: SpeakerEntry, topics: string[], urls: SiteUrls): SearchRecord {
  return {
    url: urls.speaker(speaker.id),
    content: [speaker.name, speaker.description ?? ''].join('\n').trim(),
    language: SEARCH_LANGUAGE,
    meta: {
      title: speaker.name,
      kind: 'speaker',
      description: speaker.description ?? '',
      quotes: String(speaker.quotes.length),
      date: isoDate(speaker.lastQuoted),
    },
    filters: { kind: ['speaker'], speaker: [speaker.name], topic: topics },
  };
}

function storyRecord(article: ArticleRecord, speakerNames: string[], urls: SiteUrls): SearchRecord {
  return {
    url: urls.article(article.slug),
    // What a story result shows, and its topics. Not the body: its quotes are records of their
    // own, and on a large site the body doubled the index's size and time (docs/decisions/0012).
    content: [article.headline, article.standfirst, ...article.topics].join('\n'),
    language: SEARCH_LANGUAGE,
    meta: {
      title: article.headline,
      kind: 'story',
      standfirst: article.standfirst,
      date: isoDate(article.published),
    },
    filters: { kind: ['story'], speaker: speakerNames, topic: article.topics },
  };
}

/**
 * Every search record of the site: one per story, one per speaker and one per quote a speaker
 * said (terms and unattributed quotes belong to no one and are found through their story).
 * A story is filed under the speakers it quotes, a speaker under the topics they spoke on.
 */
export function buildSearchRecords(
  articles: readonly ArticleRecord[],
  speakers: readonly SpeakerEntry[],
  urls: SiteUrls,
): SearchRecord[] {
  const topicsBySlug = new Map(articles.map((article) => [article.slug, article.topics]));
  const articleBySlug = new Map(articles.map((article) => [article.slug, article]));
  const speakersBySlug = new Map<string, string[]>();
  const records: SearchRecord[] = [];
  for (const speaker of speakers) {
    const topics: string[] = [];
    for (const quote of speaker.quotes) {
      topics.push(...(topicsBySlug.get(quote.articleSlug) ?? []));
      const names = speakersBySlug.get(quote.articleSlug) ?? [];
      if (!names.includes(speaker.name)) names.push(speaker.name);
      speakersBySlug.set(quote.articleSlug, names);
    }
    const quotes = resolveSpeakerQuotes(speaker.quotes, articleBySlug);
    records.push(speakerRecord(speaker, unique(topics), urls), ...quoteRecords(speaker, quotes, topicsBySlug, urls));
  }
  for (const article of articles) records.push(storyRecord(article, speakersBySlug.get(article.slug) ?? [], urls));
  return records;
}

const HANDOFF_KEY = 'search-records';

/** The content loader hands the records to the search-index integration (build-handoff.ts). */
export function publishSearchRecords(records: SearchRecord[]): void {
  handOff(HANDOFF_KEY, records);
}

export function publishedSearchRecords(): SearchRecord[] | undefined {
  return takeHandedOff<SearchRecord[]>(HANDOFF_KEY);
}
