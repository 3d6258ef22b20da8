/**
 * The reading units of the text-structure pass: each paragraph, and any paragraph longer than
 * PIECE (hostile input) cut into pieces between sentences, so memory per piece stays small and
 * time linear. Input: the text, its paragraphs and quotation spans; output: pieces in text order.
 */
import type { Block } from './text-structure.ts';
import type { QuotationSpan } from './quotation-spans.ts';

export interface Piece {
  /** Paragraph index. */
  index: number;
  start: number;
  end: number;
}

/** Longest stretch read at once; longer paragraphs (hostile input) are read in pieces cut between sentences. */
const PIECE = 1 << 15;

/**
 * The paragraphs, with any paragraph longer than PIECE cut into pieces at a space after a full stop
 * (else any space) that lies outside every quotation, so memory per piece stays small.
 */
export function* pieces(text: string, blocks: Block[], spans: QuotationSpan[]): Generator<Piece> {
  let q = 0;
  for (const b of blocks) {
    let start = b.start;
    while (b.end - start > PIECE) {
      let end = start + PIECE;
      while (q < spans.length && spans[q].outerEnd <= end) q++;
      // never cut inside a quotation
      if (q < spans.length && spans[q].open < end) end = spans[q].outerEnd;
      let cut = -1;
      for (let k = end; k < b.end && k < end + 2000; k++) {
        const c = text.charCodeAt(k);
        if ((c === 32 || c === 10) && k > 0 && (text[k - 1] === '.' || text[k - 1] === '!' || text[k - 1] === '?')) {
          cut = k;
          break;
        }
      }
      if (cut < 0) {
        cut = end;
        while (cut < b.end && text.charCodeAt(cut) !== 32 && text.charCodeAt(cut) !== 10) cut++;
      }
      if (cut >= b.end) break;
      yield { index: b.index, start, end: cut };
      start = cut;
    }
    yield { index: b.index, start, end: b.end };
  }
}
