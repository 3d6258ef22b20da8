/**
 * What a search record tells the search page beyond its title and summary, as one compact JSON
 * value in one Pagefind metadata field (`r`). Shared by the build (src/lib/search-records.ts,
 * which writes it) and the search page (which reads it), so the two cannot drift apart.
 *
 * Pagefind's time grew with the bytes of metadata (at 10,000 stories the earlier per-quote
 * metadata, with each quote's speaker name and both URLs spelled out, was a third of the
 * indexing): a story lists each of its speakers once and each quote points at one of them, and a
 * paragraph link is kept as its fragment (`#p4`) when it is on the story's own page.
 */

/** Metadata field names: short, since Pagefind repeats them in every result's fragment. */
export const RECORD_DATA_META = 'r';

/** One quote of a story: who said it and where it is. */
export interface QuoteLink {
  speaker: string;
  speakerUrl: string;
  paragraphUrl: string;
}

export type RecordData =
  | { kind: 'story'; date: string; quotes: Record<string, QuoteLink> }
  | { kind: 'speaker'; date: string; quoteCount: number };

/** The encoded form: kind, date, then a story's speakers ([name, url]) and quotes (anchor → [speaker, paragraph]). */
type Encoded =
  | { k: 's'; d: string; p: [string, string][]; q: Record<string, [number, string]> }
  | { k: 'p'; d: string; n: number };

export function encodeRecordData(data: RecordData, pageUrl: string): string {
  if (data.kind === 'speaker') return JSON.stringify({ k: 'p', d: data.date, n: data.quoteCount } satisfies Encoded);
  const speakers: [string, string][] = [];
  const index = new Map<string, number>();
  const quotes: Record<string, [number, string]> = {};
  for (const [anchor, quote] of Object.entries(data.quotes)) {
    const key = `${quote.speaker}\0${quote.speakerUrl}`;
    if (!index.has(key)) index.set(key, speakers.push([quote.speaker, quote.speakerUrl]) - 1);
    const local = quote.paragraphUrl.startsWith(`${pageUrl}#`);
    quotes[anchor] = [index.get(key)!, local ? quote.paragraphUrl.slice(pageUrl.length) : quote.paragraphUrl];
  }
  return JSON.stringify({ k: 's', d: data.date, p: speakers, q: quotes } satisfies Encoded);
}

/** The record's data, or null when the field is missing or not ours (an index from an older build). */
export function decodeRecordData(value: string | undefined, pageUrl: string): RecordData | null {
  let encoded: Encoded;
  try {
    encoded = JSON.parse(value ?? '') as Encoded;
  } catch {
    return null;
  }
  if (encoded?.k === 'p') return { kind: 'speaker', date: encoded.d, quoteCount: encoded.n };
  if (encoded?.k !== 's') return null;
  const quotes: Record<string, QuoteLink> = {};
  for (const [anchor, [speaker, paragraph]] of Object.entries(encoded.q ?? {})) {
    const [name, url] = encoded.p[speaker] ?? [];
    if (name === undefined || url === undefined) continue;
    quotes[anchor] = { speaker: name, speakerUrl: url, paragraphUrl: paragraph.startsWith('#') ? `${pageUrl}${paragraph}` : paragraph };
  }
  return { kind: 'story', date: encoded.d, quotes };
}

/**
 * The `kind` filter marks only the few: speakers, and stories that attribute no quote. Marking
 * every story (and every story with quotes) made the kind filter the size of the index's page
 * list again, fetched whenever a reader opens the filters. Each kind the reader picks is then
 * a filter over those two marks (Pagefind's `not` / `none`).
 */
const SPEAKER_MARK = 'speaker';
const UNQUOTED_MARK = 'unquoted';

/** The `kind` filter values a record carries. */
export function kindMarks(record: { kind: 'story'; quotes: number } | { kind: 'speaker' }): string[] {
  if (record.kind === 'speaker') return [SPEAKER_MARK];
  return record.quotes > 0 ? [] : [UNQUOTED_MARK];
}

/** Pagefind's filter for a kind the reader picked. */
export function kindFilter(kind: 'quote' | 'story' | 'speaker'): string | { not: string } | { none: string[] } {
  if (kind === 'speaker') return SPEAKER_MARK;
  if (kind === 'story') return { not: SPEAKER_MARK };
  return { none: [SPEAKER_MARK, UNQUOTED_MARK] };
}
