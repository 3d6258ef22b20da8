/**
 * The quote engine: every quotation in an article's plain text, whether it is speech or a term,
 * who said it (the mention as written and the resolved speaker), plus reported speech. Pure,
 * synchronous and deterministic; linear in the input whatever its quotation marks.
 */
import type { QuoteExtraction } from './quote-types.ts';
import { splitLines, splitParagraphs } from './text-structure.ts';
import { findQuotationSpans } from './quotation-spans.ts';
import { tokenize } from './tokens.ts';
import { splitSentences } from './sentences.ts';
import { pieces } from './paragraph-pieces.ts';
import { newArticleState, newPieceReading } from './reading-state.ts';
import { carryTurnOverStageDirection, readSentence } from './sentence-pass.ts';
import { attributeForward } from './forward-attribution.ts';
import { cleanSpeakers } from './speaker-names.ts';
import { inOriginalText, repairMojibake } from './mojibake.ts';

/**
 * The passes, in order: text structure (lines, paragraphs), quotation spans, then per paragraph
 * piece: tokens, sentences, and per sentence its frame (names, subject, cues and their sources) and
 * each quote's reading (sentence-pass.ts); last, forward attribution over the whole article. What
 * crosses quotes (entities, whose turn it is) is the ArticleState value passed along. Last of all,
 * speaker names as readers know them (speaker-names.ts): a source that names no one goes on no page.
 */
export function extractQuotes(text: string): QuoteExtraction {
  // mis-read UTF-8 ("FranÃ§ois") is read as the letters it stands for, in one round: a repaired
  // letter that again looks mis-read stays as it is, so a hostile chain costs one pass, not many
  const repair = repairMojibake(text);
  return repair ? inOriginalText(readArticle(repair.text), repair, text) : readArticle(text);
}

function readArticle(text: string): QuoteExtraction {
  const lines = splitLines(text);
  const blocks = splitParagraphs(text, lines);
  const spans = findQuotationSpans(text, lines);
  const state = newArticleState(text, blocks, spans);
  let spanCursor = 0;
  for (const piece of pieces(text, blocks, spans)) {
    while (spanCursor < spans.length && spans[spanCursor].open < piece.start) spanCursor++;
    const tokens = tokenize(text, spans, piece.start, piece.end, spanCursor);
    const reading = newPieceReading(text, tokens, splitSentences(text, tokens), piece.index, piece.end === blocks[piece.index].end);
    for (let si = 0; si < reading.sentences.length; si++) readSentence(state, reading, si);
    carryTurnOverStageDirection(state, reading);
  }
  const { quotes, reported, speakers, reportedSpeakers, seenSpeaker } = state;
  quotes.sort((x, y) => x.start - y.start);
  attributeForward(text, blocks, quotes);
  const stillReported = reportedSpeakers.filter((sp) => !seenSpeaker.has(sp.id));
  return cleanSpeakers({ quotes, reported, speakers, reportedSpeakers: stillReported }, text);
}
