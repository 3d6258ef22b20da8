import { escapeHtml } from './html-escape.ts';
import type { ArticleQuote } from './site-content.ts';

/**
 * A paragraph's text as HTML with each quotation marked up. The quotation marks stay in the
 * text (so the words read exactly as written) and `<q>` wraps only the words between them; CSS
 * turns off the marks `<q>` would add. Speech links to its speaker's page; a term is only marked.
 */
export function paragraphHtml(
  text: string,
  quotes: readonly ArticleQuote[],
  speakerHref: (speakerId: string) => string,
): string {
  const ordered = [...quotes].sort((a, b) => a.start - b.start || b.end - a.end);
  let html = '';
  let cursor = 0;
  for (const quote of ordered) {
    // Overlapping or out-of-range spans (nested quotes) are left as plain text: never broken markup.
    if (quote.start < cursor || quote.end > text.length || quote.end <= quote.start) continue;
    html += escapeHtml(text.slice(cursor, quote.start));
    const words = escapeHtml(text.slice(quote.start, quote.end));
    if (quote.kind === 'speech' && quote.speaker) {
      const id = escapeHtml(quote.speaker.id);
      html += `<a class="quote-link" id="${quote.id}" href="${escapeHtml(speakerHref(quote.speaker.id))}" title="${escapeHtml(`Every quote from ${quote.speaker.name}`)}"><q data-speaker="${id}">${words}</q></a>`;
    } else if (quote.kind === 'speech') {
      html += `<q id="${quote.id}">${words}</q>`;
    } else {
      html += `<q class="term" id="${quote.id}">${words}</q>`;
    }
    cursor = quote.end;
  }
  return html + escapeHtml(text.slice(cursor));
}
