import type { Speaker } from './quotes/quote-types.ts';
import type { ArticleRecord, SpeakerProfileRecord } from './site-content.ts';
import { compareText, sortArticles } from './article-order.ts';
import { quoteContext, type QuoteContext } from './quote-context.ts';

/** One quotation on a speaker's page, with where it came from. */
export interface SpeakerQuote {
  articleSlug: string;
  headline: string;
  published: Date;
  paragraph: number;
  quoteId: string;
  text: string;
  context: QuoteContext;
}

/**
 * Where one of a speaker's quotes is: the article holds its words, so the speakers collection
 * keeps only this (the page resolves it with resolveSpeakerQuotes).
 */
export interface SpeakerQuoteRef {
  articleSlug: string;
  quoteId: string;
}

export interface SpeakerEntry {
  id: string;
  name: string;
  type: Speaker['type'];
  description: string | null;
  /** Newest article first, then in reading order. */
  quotes: SpeakerQuoteRef[];
  lastQuoted: Date;
  articleCount: number;
}

interface Draft {
  entry: SpeakerEntry;
  refs: { ref: SpeakerQuoteRef; published: number; paragraph: number; index: number }[];
}

function newDraft(speaker: Speaker, profile: SpeakerProfileRecord | undefined, published: Date): Draft {
  return {
    entry: {
      id: speaker.id,
      name: profile?.name ?? speaker.name,
      type: profile?.type ?? speaker.type,
      description: profile?.description ?? null,
      quotes: [],
      lastQuoted: published,
      articleCount: 0,
    },
    refs: [],
  };
}

/** Newest article first, then by slug, then in reading order. */
function sortRefs(refs: Draft['refs']): SpeakerQuoteRef[] {
  refs.sort(
    (a, b) =>
      b.published - a.published || compareText(a.ref.articleSlug, b.ref.articleSlug) || a.paragraph - b.paragraph || a.index - b.index,
  );
  return refs.map((r) => r.ref);
}

/**
 * Every speaker with at least one speech quote, built from the articles in one pass. Terms
 * (scare quotes, labels) belong to no one, so they never reach a speaker.
 */
export function buildSpeakerDirectory(
  articles: readonly ArticleRecord[],
  profiles: readonly SpeakerProfileRecord[] = [],
): SpeakerEntry[] {
  const drafts = new Map<string, Draft>();
  const profileById = new Map(profiles.map((profile) => [profile.id, profile]));
  for (const article of sortArticles(articles)) {
    article.quotes.forEach((quote, index) => {
      if (quote.kind !== 'speech' || !quote.speaker) return;
      const speaker = quote.speaker;
      let draft = drafts.get(speaker.id);
      if (!draft) {
        draft = newDraft(speaker, profileById.get(speaker.id), article.published);
        drafts.set(speaker.id, draft);
      }
      // Articles come newest first, so the first introduction found is the newest one; an
      // editor's profile outranks every article.
      if (draft.entry.description === null && speaker.description) draft.entry.description = speaker.description;
      if (article.published > draft.entry.lastQuoted) draft.entry.lastQuoted = article.published;
      draft.refs.push({ ref: { articleSlug: article.slug, quoteId: quote.id }, published: article.published.getTime(), paragraph: quote.paragraph, index });
    });
  }
  const entries = [...drafts.values()].map(({ entry, refs }) => {
    entry.quotes = sortRefs(refs);
    entry.articleCount = new Set(entry.quotes.map((quote) => quote.articleSlug)).size;
    return entry;
  });
  return entries.sort(
    (a, b) => compareText(a.name.toLocaleLowerCase('en'), b.name.toLocaleLowerCase('en')) || compareText(a.id, b.id),
  );
}

/** Most quoted first, then by name: the order of the speakers index. */
export function byMostQuoted(speakers: readonly SpeakerEntry[]): SpeakerEntry[] {
  return [...speakers].sort(
    (a, b) =>
      b.quotes.length - a.quotes.length ||
      compareText(a.name.toLocaleLowerCase('en'), b.name.toLocaleLowerCase('en')) ||
      compareText(a.id, b.id),
  );
}

/** The quotes behind `refs`, with their words and context from the articles they are in. */
export function resolveSpeakerQuotes(
  refs: readonly SpeakerQuoteRef[],
  articleBySlug: ReadonlyMap<string, ArticleRecord>,
): SpeakerQuote[] {
  return refs.flatMap((ref) => {
    const article = articleBySlug.get(ref.articleSlug);
    const quote = article?.quotes.find((q) => q.id === ref.quoteId);
    if (!article || !quote) return [];
    return [
      {
        articleSlug: article.slug,
        headline: article.headline,
        published: article.published,
        paragraph: quote.paragraph,
        quoteId: quote.id,
        text: quote.text,
        context: quoteContext(article.paragraphs[quote.paragraph] ?? '', quote.start, quote.end),
      },
    ];
  });
}

/** Speakers of one article with how that article describes them and how often it quotes them. */
export interface ArticleVoice {
  speaker: Speaker;
  quoteCount: number;
}

export function articleVoices(article: ArticleRecord): ArticleVoice[] {
  const voices = new Map<string, ArticleVoice>();
  for (const quote of article.quotes) {
    if (quote.kind !== 'speech' || !quote.speaker) continue;
    const voice = voices.get(quote.speaker.id);
    if (voice) {
      voice.quoteCount += 1;
      if (!voice.speaker.description && quote.speaker.description) voice.speaker = quote.speaker;
    } else {
      voices.set(quote.speaker.id, { speaker: quote.speaker, quoteCount: 1 });
    }
  }
  return [...voices.values()];
}
