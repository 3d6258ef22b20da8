import path from 'node:path';
import type { QuoteOverride } from './article-schema.ts';
import type { QuoteKind, Speaker } from './quotes/quote-types.ts';
import type { ArticleQuote, ArticleRecord, EngineFindings } from './site-content.ts';

/**
 * An article as the content store keeps it: what the pages show, the engine's own findings and
 * the digest of the file they came from (so an unchanged file is never analysed again), packed.
 * The store goes through the bundler as one module and is held in memory while pages render, so
 * its size drives the build's peak memory. Unpacked, a quote is an object of eight fields and its
 * speaker another; packed, it is a few numbers in a string. Its words are not stored at all: they
 * are its paragraph's text from start to end, and its id is its place in the article (q1, q2, …).
 * The store writes each distinct string once but every object and array anew, with its field
 * names: so a speaker is one string (stored once however many articles name them), dates are
 * strings (one per day), and the fields are a list in a fixed order, not an object.
 */
export interface StoredArticle {
  article: [
    /** The article's file relative to the content folder ("articles/x.md"). */
    file: string,
    slug: string,
    headline: string,
    standfirst: string,
    /** ISO 8601. */
    published: string,
    updated: string | null,
    topics: string[],
    paragraphs: string[],
    lang: string | null,
    /** Every speaker the quotes name, linked or as the engine found them, once each (packSpeakerRef). */
    speakers: string[],
    /** Each quote as "paragraph,start,end,kind,speaker,overridden" (speaker: its index in speakers, or empty), joined by ";". */
    quotes: string,
    /** The engine's own findings: each quote's "kind,speaker" joined by ";". */
    engineQuotes: string,
    /** The engine's speaker list, as indexes in speakers joined by ",". */
    engineSpeakers: string,
    /** The editor's quote overrides the engine applied; null for none. */
    overrides: QuoteOverride[] | null,
    /** The digest of the article's file. */
    digest: string,
  ];
}

const KINDS: readonly QuoteKind[] = ['speech', 'term'];

/**
 * A speaker as one string. The store writes each distinct string once, so a speaker named in a
 * thousand articles is stored once; as an object, they were stored once per article.
 */
function packSpeakerRef(speaker: Speaker): string {
  return JSON.stringify([speaker.id, speaker.name, speaker.type, speaker.description]);
}

function unpackSpeakerRef(packed: string): Speaker {
  const [id, name, type, description] = JSON.parse(packed) as [string, string, Speaker['type'], string | null];
  return { id, name, type, description };
}

/** Gives each distinct speaker one index in a shared list. */
function speakerTable(): { speakers: string[]; indexOf: (speaker: Speaker | null) => string } {
  const speakers: string[] = [];
  const indexes = new Map<string, number>();
  const indexOf = (speaker: Speaker | null): string => {
    if (!speaker) return '';
    const packed = packSpeakerRef(speaker);
    let index = indexes.get(packed);
    if (index === undefined) {
      index = speakers.push(packed) - 1;
      indexes.set(packed, index);
    }
    return String(index);
  };
  return { speakers, indexOf };
}

/** `contentDir`: the content folder the article's file is in; the store names the file relative to it. */
export function packArticle(article: ArticleRecord, engine: EngineFindings, digest: string, contentDir: string): StoredArticle {
  const table = speakerTable();
  const quotes = article.quotes
    .map((q) => [q.paragraph, q.start, q.end, KINDS.indexOf(q.kind), table.indexOf(q.speaker), q.overridden ? 1 : 0].join(','))
    .join(';');
  const engineQuotes = engine.quotes.map((q) => `${KINDS.indexOf(q.kind)},${table.indexOf(q.speaker)}`).join(';');
  const engineSpeakers = engine.speakers.map((speaker) => table.indexOf(speaker)).join(',');
  const { file, slug, headline, standfirst, published, updated, topics, paragraphs, lang } = article;
  return {
    article: [
      path.relative(contentDir, file),
      slug,
      headline,
      standfirst,
      published.toISOString(),
      updated?.toISOString() ?? null,
      topics,
      paragraphs,
      lang ?? null,
      table.speakers,
      quotes,
      engineQuotes,
      engineSpeakers,
      engine.overrides.length > 0 ? engine.overrides : null,
      digest,
    ],
  };
}

/** The digest of the file the stored article came from. */
export const storedDigest = (stored: StoredArticle): string => stored.article[14];

const rows = (packed: string): string[][] => (packed === '' ? [] : packed.split(';').map((row) => row.split(',')));

function kindAt(code: string | undefined): QuoteKind {
  const kind = KINDS[Number(code)];
  if (!kind) throw new Error(`stored article: unknown quote kind ${code}`);
  return kind;
}

function speakerAt(speakers: readonly Speaker[], index: string | undefined): Speaker | null {
  return index ? (speakers[Number(index)] ?? null) : null;
}

/** The article as the pages read it; its file a path in `contentDir` again, as packArticle had it. */
export function unpackArticle(stored: StoredArticle, contentDir: string): ArticleRecord {
  const [file, slug, headline, standfirst, published, updated, topics, paragraphs, lang, packedSpeakers, quotes] = stored.article;
  const speakers = packedSpeakers.map(unpackSpeakerRef);
  return {
    file: path.join(contentDir, file),
    slug,
    headline,
    standfirst,
    published: new Date(published),
    updated: updated === null ? null : new Date(updated),
    topics,
    paragraphs,
    ...(lang === null ? {} : { lang }),
    quotes: rows(quotes).map(([paragraph, start, end, kind, speaker, overridden], index): ArticleQuote => {
      const p = Number(paragraph);
      const s = Number(start);
      const e = Number(end);
      return {
        id: `q${index + 1}`,
        paragraph: p,
        start: s,
        end: e,
        text: (paragraphs[p] ?? '').slice(s, e),
        kind: kindAt(kind),
        speaker: speakerAt(speakers, speaker),
        overridden: overridden === '1',
      };
    }),
  };
}

/** What the engine itself found in the article, before linking and overrides. */
export function unpackEngine(stored: StoredArticle): EngineFindings {
  const [, , , , , , , , , packedSpeakers, , engineQuotes, engineSpeakers, overrides] = stored.article;
  const speakers = packedSpeakers.map(unpackSpeakerRef);
  return {
    quotes: rows(engineQuotes).map(([kind, speaker]) => ({ kind: kindAt(kind), speaker: speakerAt(speakers, speaker) })),
    speakers: engineSpeakers === '' ? [] : engineSpeakers.split(',').map((index) => speakers[Number(index)]!),
    overrides: overrides ?? [],
  };
}
