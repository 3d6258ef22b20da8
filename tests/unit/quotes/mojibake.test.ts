import { describe, expect, it } from 'vitest';
import { speech } from './speech-quotes.ts';
import { extractQuotes } from '../../../src/lib/quotes/extract-quotes.ts';
import { repairMojibake } from '../../../src/lib/quotes/mojibake.ts';

// "François" whose UTF-8 was read as Latin-1 twice, and "Peña" read once
const TWICE = 'Fran\u00c3\u0083\u00c2\u00a7ois';
const ONCE = 'Pe\u00c3\u00b1a';

describe('a name whose UTF-8 was read as Latin-1 (mojibake)', () => {
  it('is the person, named with the letter it stands for, read once or twice, composed or not', () => {
    for (const text of [
      `“Europe must be able to defend itself,” French President ${TWICE} Hollande said Friday.`,
      `“Europe must be able to defend itself,” French President ${TWICE.normalize('NFD')} Hollande said Friday.`,
    ]) {
      const [q] = speech(text);
      expect(q?.speaker?.name).toBe('François Hollande');
    }
    const [q] = speech(`Mexican President Enrique ${ONCE} Nieto urged people not to “choose the road toward isolationism.” Later ${ONCE} Nieto said: “We are neighbours.”`);
    expect(q?.speaker?.name).toBe('Enrique Peña Nieto');
  });

  it('leaves every offset and span text in the terms of the text as given', () => {
    const text = `Before ${TWICE} came, ${ONCE} was away.\n\n“${ONCE} is here,” said Marc Tr\u00c3\u00a9vidic, a prosecutor. He said ${TWICE} had called.`;
    const x = extractQuotes(text);
    for (const q of [...x.quotes, ...x.reported]) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      if (q.source) expect(text.slice(q.source.start, q.source.end)).toBe(q.source.text);
      if (q.cue) expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
    }
    expect(x.quotes[0]?.text).toBe(`${ONCE} is here,`);
    expect(x.quotes[0]?.source?.text).toBe('Marc Tr\u00c3\u00a9vidic, a prosecutor');
    expect(x.quotes[0]?.speaker?.name).toBe('Marc Trévidic');
  });

  it('keeps a closing quotation mark after a capital Ã, Ä or Å that ends a word', () => {
    const quotes = speech('Fans chanted “FORÇA, IRM\u00c3” and “VAI, BRASIL”, said Ana Silva.');
    expect(quotes.map((q) => q.text)).toEqual(['FORÇA, IRMÃ', 'VAI, BRASIL']);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Ana Silva', 'Ana Silva']);
  });

  it('reads a chain of repairs that look mis-read again in one round, without failing', () => {
    const text = 'Jos\u00c3\u0083\u00c2\u0083' + '\u0083\u00c2\u0083'.repeat(3000) + ' said, “Hi.”';
    const x = extractQuotes(text);
    expect(x.quotes.map((q) => q.text)).toEqual(['Hi.']);
  });
});

describe('repairMojibake finds each lead character of a mis-read letter', () => {
  it('finds a lead byte written as Ã, Ä or Å, composed or decomposed, and leaves texts without one alone', () => {
    // é (C3 A9), ć (C4 87, 0x87 read as Windows-1252 ‡), š (C5 A1)
    for (const [misread, letter] of [
      ['\u00c3\u00a9', 'é'],
      ['\u00c4\u2021', 'ć'],
      ['\u00c5\u00a1', 'š'],
      ['A\u0303\u00a9', 'é'],
      ['A\u0308\u2021', 'ć'],
      ['A\u030a\u00a1', 'š'],
    ]) {
      expect(repairMojibake(`Caf${misread} sign`)?.text).toBe(`Caf${letter} sign`);
    }
    expect(repairMojibake('A plain text, with “quotes” — and a dash.')).toBeNull();
    expect(repairMojibake('Äpfel and Åland, read as they are.')).toBeNull();
  });
});
