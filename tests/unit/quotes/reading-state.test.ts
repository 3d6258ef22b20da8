import { describe, expect, it } from 'vitest';
import { readTextFrame } from '../../../src/lib/quotes/text-frame.ts';
import { splitSentences } from '../../../src/lib/quotes/sentences.ts';
import { mentionAt, newPieceReading, pairsOf } from '../../../src/lib/quotes/reading-state.ts';
import { analyzeMention } from '../../../src/lib/quotes/mentions.ts';
import { findCuePairs } from '../../../src/lib/quotes/cues.ts';

function piece(text: string) {
  const tokens = readTextFrame(text).tokens;
  return newPieceReading(text, tokens, splitSentences(text, tokens), 0, true);
}

const TEXT =
  'The union released a statement on Monday. “We will not back down,” said Maria Olsen, according to the ' +
  'Associated Press. A ballot commission, which the Constructor Group sued in a lawsuit, told reporters it would ' +
  'appeal, adding that the signs were “misleading.” Sign the petition, Statement Union said.';

describe('a piece read once per question', () => {
  it('finds each sentence’s cue pairs once', () => {
    const r = piece(TEXT);
    r.sentences.forEach((s, si) => {
      const pairs = pairsOf(r, si);
      expect(pairs).toEqual(findCuePairs(r.tokens, s));
      expect(pairsOf(r, si)).toBe(pairs);
    });
    expect(r.sentences.some((_, si) => pairsOf(r, si).length > 0)).toBe(true);
  });

  it('reads a token range as a mention once, as analyzeMention reads it', () => {
    const r = piece(TEXT);
    const first = r.tokens.findIndex((t) => t.text === 'Maria');
    const m = mentionAt(r, first, first + 2);
    expect(m).toEqual(analyzeMention(TEXT, r.tokens, first, first + 2));
    expect(m?.name).toBe('Maria Olsen');
    expect(mentionAt(r, first, first + 2)).toBe(m);
  });
});
