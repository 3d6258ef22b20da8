import type { ArticleRecord } from './site-content.ts';
import { resolveSpeakerQuotes, type SpeakerEntry, type SpeakerQuote } from './speaker-directory.ts';
import { handOff, takeHandedOff } from './build-handoff.ts';
import { escapeHtml, escapeHtmlText } from './html-escape.ts';
import type { SiteUrls } from './site-urls.ts';
import { encodeRecordData, kindMarks, RECORD_DATA_META, type QuoteLink, type RecordData } from './search-meta.ts';

/** What a search result is: the three kinds a reader can filter by. */
export type SearchKind = 'quote' | 'story' | 'speaker';

/**
 * One page of the search index: an HTML document Pagefind's addHTMLFile takes. A story's quotes
 * are headings with ids inside it, so Pagefind returns the matching ones as sub-results: one
 * record per story and per speaker keeps the index's meta file (which lists every record) small
 * on a large site (docs/decisions/0012-search-index-from-site-data.md).
 */
export interface SearchRecord {
  url: string;
  kind: 'story' | 'speaker';
  html: string;
}

/** The language every record is indexed in (Pagefind wants an ISO 639-1 code). */
export const SEARCH_LANGUAGE = 'en';

const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const unique = (values: readonly string[]) => [...new Set(values)];

/** Filter values as elements; searched too where they stand outside the ignored block (topics). */
function filters(name: string, values: readonly string[]): string {
  return values.map((value) => `<i data-pagefind-filter="${name}">${escapeHtmlText(value)}</i>`).join('');
}

interface RecordParts {
  url: string;
  /** The record's <h1>, Pagefind's default title. */
  title: string;
  /** A searched paragraph that is also a metadata field (a story's standfirst, a speaker's description). */
  summary?: { name: string; text: string };
  /** Further searched markup (a story's topics). */
  searched?: string;
  data: RecordData;
  /** Filters that are not searched. */
  hidden: string;
  /** A story's quotes, as headings Pagefind returns as sub-results. */
  sections?: string;
}

/**
 * A record as Pagefind reads it: everything the search page shows beyond title and summary is
 * one JSON metadata field (search-meta.ts). Every byte here is parsed by Pagefind and metadata is
 * kept again in the result's fragment, so nothing is said twice.
 */
function document(parts: RecordParts): string {
  const summary = parts.summary ? `<p data-pagefind-meta="${parts.summary.name}">${escapeHtmlText(parts.summary.text)}</p>` : '';
  return (
    `<html lang="${SEARCH_LANGUAGE}"><body><h1>${escapeHtmlText(parts.title)}</h1>${summary}${parts.searched ?? ''}` +
    // Ignored for searching, still read for metadata and filters (Pagefind's default ignore).
    `<div data-pagefind-ignore><i data-pagefind-meta="${RECORD_DATA_META}">${escapeHtmlText(encodeRecordData(parts.data, parts.url))}</i>` +
    `${parts.hidden}</div>${parts.sections ?? ''}</body></html>`
  );
}

function storyRecord(article: ArticleRecord, quotes: readonly { speaker: SpeakerEntry; quote: SpeakerQuote }[], urls: SiteUrls): SearchRecord {
  const url = urls.article(article.slug);
  const links: Record<string, QuoteLink> = {};
  const sections = quotes.map(({ speaker, quote }) => {
    links[quote.quoteId] = { speaker: speaker.name, speakerUrl: urls.speaker(speaker.id), paragraphUrl: urls.paragraph(quote.articleSlug, quote.paragraph) };
    // The heading's id is the quote's own anchor, as on the article page. The speaker's name is
    // searched with the words, so "Macron no limits" finds the quote.
    return `<h2 id="${escapeHtml(quote.quoteId)}">${escapeHtmlText(quote.text)}</h2><p>${escapeHtmlText(speaker.name)}</p>`;
  });
  return {
    url,
    kind: 'story',
    html: document({
      url,
      title: article.headline,
      summary: { name: 'standfirst', text: article.standfirst },
      // Headline, standfirst and topics are searched, not the body: its quotes are searched as
      // sections, and on a large site the body doubled the index's size and time.
      searched: `<p>${article.topics.map((topic) => filters('topic', [topic])).join(', ')}</p>`,
      data: { kind: 'story', date: isoDate(article.published), quotes: links },
      hidden: filters('kind', kindMarks({ kind: 'story', quotes: quotes.length })) + filters('speaker', unique(quotes.map(({ speaker }) => speaker.name))),
      sections: sections.join(''),
    }),
  };
}

function speakerRecord(speaker: SpeakerEntry, topics: string[], urls: SiteUrls): SearchRecord {
  const url = urls.speaker(speaker.id);
  return {
    url,
    kind: 'speaker',
    html: document({
      url,
      title: speaker.name,
      ...(speaker.description ? { summary: { name: 'description', text: speaker.description } } : {}),
      data: { kind: 'speaker', date: isoDate(speaker.lastQuoted), quoteCount: speaker.quotes.length },
      hidden: filters('kind', kindMarks({ kind: 'speaker' })) + filters('speaker', [speaker.name]) + filters('topic', topics),
    }),
  };
}

/**
 * Every search record of the site: one per story, holding the quotes it attributes (terms and
 * unattributed quotes belong to no one and are found through their story's headline), and one
 * per speaker. A story is filed under the speakers it quotes, a speaker under the topics they
 * spoke on.
 */
export function buildSearchRecords(
  articles: readonly ArticleRecord[],
  speakers: readonly SpeakerEntry[],
  urls: SiteUrls,
): SearchRecord[] {
  const articleBySlug = new Map(articles.map((article) => [article.slug, article]));
  const quotesBySlug = new Map<string, { speaker: SpeakerEntry; quote: SpeakerQuote }[]>();
  const records: SearchRecord[] = [];
  for (const speaker of speakers) {
    const topics: string[] = [];
    for (const quote of resolveSpeakerQuotes(speaker.quotes, articleBySlug)) {
      topics.push(...(articleBySlug.get(quote.articleSlug)?.topics ?? []));
      const list = quotesBySlug.get(quote.articleSlug) ?? [];
      list.push({ speaker, quote });
      quotesBySlug.set(quote.articleSlug, list);
    }
    records.push(speakerRecord(speaker, unique(topics), urls));
  }
  for (const article of articles) {
    // In reading order, as the article shows them.
    const quotes = (quotesBySlug.get(article.slug) ?? []).sort((a, b) => a.quote.paragraph - b.quote.paragraph);
    records.push(storyRecord(article, quotes, urls));
  }
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
