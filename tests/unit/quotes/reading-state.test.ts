import { describe, expect, it } from 'vitest';
import { readTextFrame } from '../../../src/lib/quotes/text-frame.ts';
import { splitSentences } from '../../../src/lib/quotes/sentences.ts';
import { BODY_NOUN, CUE_TRIGGER, DOCUMENT_NOUN, mentionAt, newPieceReading, pairsOf, wordBitsOf } from '../../../src/lib/quotes/reading-state.ts';
import { analyzeMention } from '../../../src/lib/quotes/mentions.ts';
import { CUE_TRIGGERS, findCuePairs } from '../../../src/lib/quotes/cues.ts';
import { DOCUMENT_WORDS } from '../../../src/lib/quotes/document-issuers.ts';
import { BODY_NOUNS } from '../../../src/lib/quotes/body-references.ts';

function piece(text: string) {
  const tokens = readTextFrame(text).tokens;
  return newPieceReading(text, tokens, splitSentences(tokens), 0, true);
}

const TEXT =
  'The union released a statement on Monday. “We will not back down,” said Maria Olsen, according to the ' +
  'Associated Press. A ballot commission, which the Constructor Group sued in a lawsuit, told reporters it would ' +
  'appeal, adding that the signs were “misleading.” Sign the petition, Statement Union said.';

describe('a piece read once per question', () => {
  it('marks the words the per-sentence scans look for, and a capitalised word only as a cue trigger', () => {
    const r = piece(TEXT);
    const bits = wordBitsOf(r);
    const bitsOf = (word: string) => bits[r.tokens.findIndex((t) => t.text === word)];
    expect(bitsOf('said') & CUE_TRIGGER).toBe(CUE_TRIGGER);
    expect(bitsOf('statement') & DOCUMENT_NOUN).toBe(DOCUMENT_NOUN);
    expect(bitsOf('lawsuit') & DOCUMENT_NOUN).toBe(DOCUMENT_NOUN);
    expect(bitsOf('union') & BODY_NOUN).toBe(BODY_NOUN);
    expect(bitsOf('commission') & BODY_NOUN).toBe(BODY_NOUN);
    expect(bitsOf('signs') & DOCUMENT_NOUN).toBe(0); // not a document however it is used
    expect(bitsOf('Statement') & (DOCUMENT_NOUN | BODY_NOUN)).toBe(0);
    expect(bitsOf('Union') & (DOCUMENT_NOUN | BODY_NOUN)).toBe(0);
    expect(bitsOf('Monday')).toBe(0);
    expect(wordBitsOf(r)).toBe(bits);
  });

  it('finds the same cue pairs with the marked words as by looking each word up', () => {
    const r = piece(TEXT);
    r.sentences.forEach((s, si) => expect(pairsOf(r, si)).toEqual(findCuePairs(r.tokens, s)));
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

describe('the word lists table', () => {
  it('marks exactly the members of each list, and no word that only shares a member’s length and ends', () => {
    const members = [...CUE_TRIGGERS.words, ...DOCUMENT_WORDS.words, ...BODY_NOUNS.words];
    // words of a member's length with its first, second and last letters, and object property names
    const lookalikes = ['sand', 'sail', 'tald', 'wrate', 'stalement', 'unison', 'lawsunt', 'comcussion', 'constructor', '__proto__', 'tostring', 'a', 'x'];
    const words = [...members, ...lookalikes];
    const r = piece(words.join(' , '));
    const bits = wordBitsOf(r);
    const expected = (w: string) => (CUE_TRIGGERS.has(w) ? CUE_TRIGGER : 0) | (DOCUMENT_WORDS.has(w) ? DOCUMENT_NOUN : 0) | (BODY_NOUNS.has(w) ? BODY_NOUN : 0);
    const seen = r.tokens.flatMap((t, k) => (t.kind === 'word' ? [[t.lower, bits[k]]] : []));
    expect(seen.length).toBe(words.length);
    expect(seen).toEqual(seen.map(([w]) => [w, expected(w as string)]));
    expect(seen.filter(([, b]) => b !== 0).length).toBeGreaterThanOrEqual(members.length - 5);
    for (const w of lookalikes.slice(0, 10)) expect(expected(w)).toBe(0);
  });
});
