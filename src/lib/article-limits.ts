import { ContentError } from './content-error.ts';

/**
 * How much one article may hold, so every page and feed built from it stays readable and
 * bounded (no page over 150 KB, no feed over 1 MB) and the engine's work stays small. Far above
 * any news article: 80,000 bytes is some 13,000 words of English; 250 quotations is three times
 * the most a long live blog in the PolNeAR news corpus carries (80).
 */
export const MAX_ARTICLE_BYTES = 80_000;
export const MAX_ARTICLE_QUOTES = 250;

/** Before the quote engine runs: the text's size. */
export function checkArticleSize(file: string, paragraphs: readonly string[]): void {
  const bytes = paragraphs.reduce((sum, p) => sum + Buffer.byteLength(p, 'utf8'), 0);
  if (bytes <= MAX_ARTICLE_BYTES) return;
  const longest = paragraphs.reduce((best, p, i) => (p.length > (paragraphs[best]?.length ?? 0) ? i : best), 0);
  throw new ContentError(
    file,
    'body',
    `the article is ${bytes.toLocaleString('en')} bytes long, over the ${MAX_ARTICLE_BYTES.toLocaleString('en')} an article may be ` +
      `(its longest paragraph is paragraph ${longest}, ${(paragraphs[longest] ?? '').length.toLocaleString('en')} characters): split it into several articles, or check for pasted text`,
  );
}

/** After it ran: how many quotations it found. */
export function checkArticleQuotes(file: string, quoteCount: number): void {
  if (quoteCount <= MAX_ARTICLE_QUOTES) return;
  throw new ContentError(
    file,
    'body',
    `the article holds ${quoteCount.toLocaleString('en')} quotations, over the ${MAX_ARTICLE_QUOTES} an article may hold: split it into several articles`,
  );
}
