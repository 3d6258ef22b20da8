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

export function quoteContext(paragraph: string, start: number, end: number): QuoteContext {
  let contextStart = 0;
  let contextEnd = paragraph.length;
  let foundStart = false;
  for (const { index, segment } of sentenceSegmenter.segment(paragraph)) {
    const segmentEnd = index + segment.length;
    if (!foundStart && segmentEnd > start) {
      contextStart = index;
      foundStart = true;
    }
    if (foundStart && segmentEnd >= end) {
      contextEnd = segmentEnd;
      break;
    }
  }
  const raw = paragraph.slice(contextStart, contextEnd);
  const leading = raw.length - raw.trimStart().length;
  const text = raw.trim();
  return { text, quoteStart: start - contextStart - leading, quoteEnd: end - contextStart - leading };
}
