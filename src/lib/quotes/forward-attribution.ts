/**
 * The last pass, over the article's quotes in text order: a whole-paragraph quotation with no cue
 * takes the speaker of the quotation that opens the next paragraph and is cited after it.
 */
import type { Quote } from './quote-types.ts';
import type { Block } from './text-structure.ts';
import { QuoteRecord } from './article-records.ts';

/** Only quotation marks, punctuation and spaces between a and b. */
function onlyMarks(text: string, a: number, b: number): boolean {
  return /^[\s\p{P}]*$/u.test(text.slice(a, b));
}

/**
 * "“Not only can we win…” / “He may be the only one…,” Park notes.": a quotation that is a whole
 * paragraph with no cue is the speaker's whose quotation opens the next paragraph and is cited after
 * it (read backwards, so a run of such paragraphs all go to the cue that closes it).
 */
export function attributeForward(text: string, blocks: Block[], quotes: Quote[]): void {
  for (let i = quotes.length - 2; i >= 0; i--) {
    const q = quotes[i];
    const n = quotes[i + 1];
    if (q.kind !== 'speech' || q.source || n.kind !== 'speech' || !n.source || !n.cue || n.paragraph !== q.paragraph + 1) continue;
    const qb = blocks[q.paragraph];
    const nb = blocks[n.paragraph];
    if (!qb || !nb || !onlyMarks(text, qb.start, q.start) || !onlyMarks(text, q.end, qb.end) || !onlyMarks(text, nb.start, n.start)) continue;
    // the cue must follow the quote it signs, not hand it on from before
    if (n.cue.start < n.end) continue;
    // "“Not negotiable.” / “And the fence?” the host pressed.": a cited question is the other side's turn
    if (/\?[\s\p{P}]*$/u.test(n.text) && !/\?[\s\p{P}]*$/u.test(q.text)) continue;
    // (a record, as the sentence pass makes them: a literal beside them makes every read of a quote see two shapes)
    quotes[i] = new QuoteRecord(q.start, q.end, q.text, q.paragraph, q.kind, n.cue, n.source, n.speaker);
  }
}
