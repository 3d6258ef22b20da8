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

export interface SpeakerEntry {
  id: string;
  name: string;
  type: Speaker['type'];
  description: string | null;
  /** Newest article first, then in reading order. */
  quotes: SpeakerQuote[];
  lastQuoted: Date;
  articleCount: number;
}

/**
 * Every speaker with at least one speech quote, built from the articles in one pass. Terms
 * (scare quotes, labels) belong to no one, so they never reach a speaker.
 */
export function buildSpeakerDirectory(
  articles: readonly ArticleRecord[],
  profiles: readonly SpeakerProfileRecord[] = [],
): SpeakerEntry[] {
  const entries = new Map<string, SpeakerEntry>();
  const profileById = new Map(profiles.map((profile) => [profile.id, profile]));
  for (const article of sortArticles(articles)) {
    for (const quote of article.quotes) {
      if (quote.kind !== 'speech' || !quote.speaker) continue;
      const speaker = quote.speaker;
      let entry = entries.get(speaker.id);
      if (!entry) {
        const profile = profileById.get(speaker.id);
        entry = {
          id: speaker.id,
          name: profile?.name ?? speaker.name,
          type: profile?.type ?? speaker.type,
          description: profile?.description ?? null,
          quotes: [],
          lastQuoted: article.published,
          articleCount: 0,
        };
        entries.set(speaker.id, entry);
      }
      // Articles come newest first, so the first introduction found is the newest one; an
      // editor's profile outranks every article.
      if (entry.description === null && speaker.description) entry.description = speaker.description;
      if (article.published > entry.lastQuoted) entry.lastQuoted = article.published;
      entry.quotes.push({
        articleSlug: article.slug,
        headline: article.headline,
        published: article.published,
        paragraph: quote.paragraph,
        quoteId: quote.id,
        text: quote.text,
        context: quoteContext(article.paragraphs[quote.paragraph] ?? '', quote.start, quote.end),
      });
    }
  }
  for (const entry of entries.values()) {
    entry.quotes.sort(
      (a, b) =>
        b.published.getTime() - a.published.getTime() ||
        compareText(a.articleSlug, b.articleSlug) ||
        a.paragraph - b.paragraph ||
        Number(a.quoteId.slice(1)) - Number(b.quoteId.slice(1)),
    );
    entry.articleCount = new Set(entry.quotes.map((quote) => quote.articleSlug)).size;
  }
  return [...entries.values()].sort(
    (a, b) => compareText(a.name.toLocaleLowerCase('en'), b.name.toLocaleLowerCase('en')) || compareText(a.id, b.id),
  );
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
