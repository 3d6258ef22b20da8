import type { ArticleRecord } from './site-content.ts';
import { resolveSpeakerQuotes, type SpeakerEntry, type SpeakerQuote } from './speaker-directory.ts';
import { handOff, takeHandedOff } from './build-handoff.ts';
import { escapeHtml } from './html-escape.ts';
import type { SiteUrls } from './site-urls.ts';

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

/**
 * What a story record says about each of its quotes, keyed by the quote heading's id (its
 * `quotes` metadata, JSON): the speaker's name and page and the paragraph that holds the quote.
 */
export type QuoteAnchors = Record<string, { speaker: string; speakerUrl: string; paragraphUrl: string }>;

/** The language every record is indexed in (Pagefind wants an ISO 639-1 code). */
export const SEARCH_LANGUAGE = 'en';

const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const unique = (values: readonly string[]) => [...new Set(values)];

/** Text for Pagefind to read as metadata (or a filter value) only, never to search. */
function hidden(attribute: 'meta' | 'filter', name: string, values: readonly string[]): string {
  return values.map((value) => `<span data-pagefind-${attribute}="${name}">${escapeHtml(value)}</span>`).join('');
}

function document(title: string, head: string, data: string, sections: string): string {
  return (
    `<!doctype html><html lang="${SEARCH_LANGUAGE}"><head><title>${escapeHtml(title)}</title></head><body>` +
    // Ignored for searching, still read for metadata and filters (Pagefind's default ignore).
    `${head}<div data-pagefind-ignore>${data}</div>${sections}</body></html>`
  );
}

/** The quote heading's id: the quote's own anchor, as on the article page. */
const quoteAnchor = (quote: SpeakerQuote) => quote.quoteId;

function storyRecord(article: ArticleRecord, quotes: readonly { speaker: SpeakerEntry; quote: SpeakerQuote }[], urls: SiteUrls): SearchRecord {
  const anchors: QuoteAnchors = {};
  const sections = quotes.map(({ speaker, quote }) => {
    anchors[quoteAnchor(quote)] = { speaker: speaker.name, speakerUrl: urls.speaker(speaker.id), paragraphUrl: urls.paragraph(quote.articleSlug, quote.paragraph) };
    // The speaker's name is searched with the words, so "Macron no limits" finds the quote.
    return `<h2 id="${escapeHtml(quoteAnchor(quote))}">${escapeHtml(quote.text)}</h2><p>${escapeHtml(speaker.name)}</p>`;
  });
  const speakers = unique(quotes.map(({ speaker }) => speaker.name));
  const data =
    hidden('meta', 'title', [article.headline]) +
    hidden('meta', 'kind', ['story']) +
    hidden('meta', 'standfirst', [article.standfirst]) +
    hidden('meta', 'date', [isoDate(article.published)]) +
    hidden('meta', 'quotes', [JSON.stringify(anchors)]) +
    hidden('filter', 'kind', quotes.length > 0 ? ['story', 'quote'] : ['story']) +
    hidden('filter', 'speaker', speakers) +
    hidden('filter', 'topic', article.topics);
  // Headline, standfirst and topics, not the body: its quotes are searched as sections, and on
  // a large site the body doubled the index's size and time.
  const head = `<h1>${escapeHtml(article.headline)}</h1><p>${escapeHtml(article.standfirst)}</p><p>${article.topics.map(escapeHtml).join(', ')}</p>`;
  return { url: urls.article(article.slug), kind: 'story', html: document(article.headline, head, data, sections.join('')) };
}

function speakerRecord(speaker: SpeakerEntry, topics: string[], urls: SiteUrls): SearchRecord {
  const data =
    hidden('meta', 'title', [speaker.name]) +
    hidden('meta', 'kind', ['speaker']) +
    hidden('meta', 'description', speaker.description ? [speaker.description] : []) +
    hidden('meta', 'quotes', [String(speaker.quotes.length)]) +
    hidden('meta', 'date', [isoDate(speaker.lastQuoted)]) +
    hidden('filter', 'kind', ['speaker']) +
    hidden('filter', 'speaker', [speaker.name]) +
    hidden('filter', 'topic', topics);
  const head = `<h1>${escapeHtml(speaker.name)}</h1>${speaker.description ? `<p>${escapeHtml(speaker.description)}</p>` : ''}`;
  return { url: urls.speaker(speaker.id), kind: 'speaker', html: document(speaker.name, head, data, '') };
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
  const topicsBySlug = new Map(articles.map((article) => [article.slug, article.topics]));
  const articleBySlug = new Map(articles.map((article) => [article.slug, article]));
  const quotesBySlug = new Map<string, { speaker: SpeakerEntry; quote: SpeakerQuote }[]>();
  const records: SearchRecord[] = [];
  for (const speaker of speakers) {
    const topics: string[] = [];
    for (const quote of resolveSpeakerQuotes(speaker.quotes, articleBySlug)) {
      topics.push(...(topicsBySlug.get(quote.articleSlug) ?? []));
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
