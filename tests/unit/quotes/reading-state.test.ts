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

  it('answers every range from a token, of pieces read in turn, as analyzeMention does', () => {
    const a = piece(TEXT);
    const b = piece('Sign the petition, Statement Union said. Maria Olsen of the Associated Press agreed.');
    for (let round = 0; round < 2; round++) {
      for (const r of [a, b]) {
        for (let first = 0; first < r.tokens.length; first++) {
          for (let last = first + 1; last <= Math.min(first + 4, r.tokens.length); last++) {
            expect(mentionAt(r, first, last)).toEqual(analyzeMention(r.text, r.tokens, first, last));
          }
        }
      }
    }
  });

  it('answers ranges past its table of first tokens (a piece of thousands of tokens)', () => {
    const text = 'Maria Olsen said so. '.repeat(1200);
    const r = piece(text);
    expect(r.tokens.length).toBeGreaterThan(4096);
    for (const first of [4094, 4095, 4096, 4100, r.tokens.length - 5]) {
      const m = mentionAt(r, first, first + 2);
      expect(m).toEqual(analyzeMention(text, r.tokens, first, first + 2));
      expect(mentionAt(r, first, first + 2)).toBe(m);
      expect(mentionAt(r, first, first + 1)).toEqual(analyzeMention(text, r.tokens, first, first + 1));
    }
  });
});
