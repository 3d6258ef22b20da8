/**
 * The sentence (or sentences) around a quotation, so a quote on a speaker's page can be read
 * with what surrounds it. Offsets are within the paragraph.
 */
export interface QuoteContext {
  text: string;
  /** Where the quoted words sit inside `text`. */
  quoteStart: number;
  quoteEnd: number;
}

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * How far context may reach on either side of a quote. A sentence longer than this (a pasted
 * 170 KB paragraph with no full stop) is cut at a word and marked with "…": each quote's context
 * stays bounded however the paragraph is written, and only this window is ever segmented.
 */
export const CONTEXT_WINDOW = 150;

const isLowSurrogate = (text: string, i: number) => /[\uDC00-\uDFFF]/.test(text[i] ?? '');

export function quoteContext(paragraph: string, start: number, end: number): QuoteContext {
  let from = Math.max(0, start - CONTEXT_WINDOW);
  let to = Math.min(paragraph.length, end + CONTEXT_WINDOW);
  if (from > 0 && isLowSurrogate(paragraph, from)) from += 1;
  if (to < paragraph.length && isLowSurrogate(paragraph, to)) to -= 1;
  const window = paragraph.slice(from, to);
  const [qStart, qEnd] = [start - from, end - from];

  let contextStart = 0;
  let contextEnd = window.length;
  let foundStart = false;
  for (const { index, segment } of sentenceSegmenter.segment(window)) {
    const segmentEnd = index + segment.length;
    if (!foundStart && segmentEnd > qStart) {
      contextStart = index;
      foundStart = true;
    }
    if (foundStart && segmentEnd >= qEnd) {
      contextEnd = segmentEnd;
      break;
    }
  }

  // A sentence that runs out of the window is cut after a space (before the quote) or before
  // one (after it), so no word is split.
  const cutBefore = contextStart === 0 && from > 0;
  const cutAfter = contextEnd === window.length && to < paragraph.length;
  if (cutBefore) {
    const space = window.slice(0, qStart).search(/\s/);
    contextStart = space === -1 ? qStart : space + 1;
  }
  if (cutAfter) {
    let space = window.length - 1;
    while (space >= qEnd && !/\s/.test(window[space]!)) space -= 1;
    contextEnd = Math.max(qEnd, space);
  }
  const raw = window.slice(contextStart, contextEnd);
  const leading = raw.length - raw.trimStart().length;
  const body = raw.trim();
  const prefix = cutBefore ? '… ' : '';
  const text = `${prefix}${body}${cutAfter ? ' …' : ''}`;
  const quoteStart = qStart - contextStart - leading + prefix.length;
  return { text, quoteStart, quoteEnd: quoteStart + (qEnd - qStart) };
}
