/**
 * The text the quote engine reads: the standfirst and every body paragraph joined by blank
 * lines, so paragraph N of the engine is paragraph N on the page (0 is the standfirst).
 */
export interface ArticleText {
  text: string;
  /** Offset in `text` where each paragraph starts. */
  paragraphStarts: number[];
}

export const PARAGRAPH_SEPARATOR = '\n\n';

export function joinArticleText(paragraphs: readonly string[]): ArticleText {
  const paragraphStarts: number[] = [];
  let offset = 0;
  for (const paragraph of paragraphs) {
    paragraphStarts.push(offset);
    offset += paragraph.length + PARAGRAPH_SEPARATOR.length;
  }
  return { text: paragraphs.join(PARAGRAPH_SEPARATOR), paragraphStarts };
}

/** The paragraph holding `offset` (binary search over the starts). */
export function paragraphIndexAt(articleText: ArticleText, offset: number): number {
  const starts = articleText.paragraphStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return Math.max(0, low);
}
