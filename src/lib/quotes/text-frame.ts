/**
 * The structure passes over a whole text at once: lines, quotation spans, tokens and sentences, as
 * the engine reads them (it reads one paragraph piece at a time; see paragraph-pieces.ts). The one
 * entry point tests and tools use to see a text the way the cue, noun-phrase and quote-kind passes
 * do, so those passes' tests do not depend on how the structure passes are called.
 */
import { splitLines } from './text-structure.ts';
import { findQuotationSpans, type QuotationSpan } from './quotation-spans.ts';
import { tokenize, type Token } from './tokens.ts';
import { splitSentences, type Sentence } from './sentences.ts';

export interface TextFrame {
  spans: QuotationSpan[];
  /** Words and punctuation outside quotations; each quotation one token. */
  tokens: Token[];
  sentences: Sentence[];
}

export function readTextFrame(text: string): TextFrame {
  const spans = findQuotationSpans(text, splitLines(text));
  const tokens = tokenize(text, spans);
  return { spans, tokens, sentences: splitSentences(text, tokens) };
}
