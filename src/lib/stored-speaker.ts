import type { SpeakerEntry, SpeakerQuoteRef } from './speaker-directory.ts';

/**
 * A speaker as the content store keeps it (see stored-article.ts for why its size matters and
 * why it is a list, not an object): where their quotes are, packed into one string instead of
 * an object per quote. A speaker's quotes come grouped by article (newest first, then in reading
 * order), so each article's slug is written once: "slug:1,4|older-slug:2" for q1 and q4 of one
 * article, then q2 of another.
 */
export interface StoredSpeaker {
  speaker: [
    id: string,
    name: string,
    type: SpeakerEntry['type'],
    description: string | null,
    quotes: string,
    /** ISO 8601. */
    lastQuoted: string,
    articleCount: number,
  ];
}

export function packSpeaker(speaker: SpeakerEntry): StoredSpeaker {
  const groups: { slug: string; numbers: string[] }[] = [];
  for (const { articleSlug, quoteId } of speaker.quotes) {
    const last = groups.at(-1);
    const number = quoteId.replace(/^q/, '');
    if (last?.slug === articleSlug) last.numbers.push(number);
    else groups.push({ slug: articleSlug, numbers: [number] });
  }
  const quotes = groups.map(({ slug, numbers }) => `${slug}:${numbers.join(',')}`).join('|');
  const { id, name, type, description, lastQuoted, articleCount } = speaker;
  return { speaker: [id, name, type, description, quotes, lastQuoted.toISOString(), articleCount] };
}

export function unpackSpeaker(stored: StoredSpeaker): SpeakerEntry {
  const [id, name, type, description, packed, lastQuoted, articleCount] = stored.speaker;
  const quotes: SpeakerQuoteRef[] = [];
  for (const group of packed === '' ? [] : packed.split('|')) {
    const colon = group.lastIndexOf(':');
    const articleSlug = group.slice(0, colon);
    for (const number of group.slice(colon + 1).split(',')) quotes.push({ articleSlug, quoteId: `q${number}` });
  }
  return { id, name, type, description, quotes, lastQuoted: new Date(lastQuoted), articleCount };
}
