import { describe, expect, it } from 'vitest';
import { readTextFrame } from '../../../src/lib/quotes/text-frame.ts';
import { tokenize } from '../../../src/lib/quotes/tokens.ts';
import { listedWordToken } from '../../../src/lib/quotes/word-bit-table.ts';

function words(text: string) {
  return readTextFrame(text)
    .tokens.filter((t) => t.kind === 'word')
    .map((t) => ({ text: t.text, lower: t.lower, cap: t.cap, written: text.slice(t.start, t.end) }));
}

describe('tokens', () => {
  it('gives each word as written, in lower case (apostrophes as \') and whether it opens with a capital', () => {
    expect(words('Sen. Ruiz didn’t go. ÉLAN met élan.')).toEqual([
      { text: 'Sen.', lower: 'sen.', cap: true, written: 'Sen.' },
      { text: 'Ruiz', lower: 'ruiz', cap: true, written: 'Ruiz' },
      { text: 'didn’t', lower: "didn't", cap: false, written: 'didn’t' },
      { text: 'go', lower: 'go', cap: false, written: 'go' },
      { text: 'ÉLAN', lower: 'élan', cap: true, written: 'ÉLAN' },
      { text: 'met', lower: 'met', cap: false, written: 'met' },
      { text: 'élan', lower: 'élan', cap: false, written: 'élan' },
    ]);
  });

  it('keeps a full stop with an abbreviation, an initial or a dotted word, also after a hyphen, and nowhere else', () => {
    // (the scan notes inner hyphens and periods; a word without one is not searched for them)
    const text = 'Ex-Gov. Li and ex-sen. Wu of the U.S. met J. Doe, well-known. A state-of-the-art. Ph.D. e.g. Gov.\nEnd.';
    expect(words(text).map((w) => w.text)).toEqual(['Ex-Gov.', 'Li', 'and', 'ex-sen.', 'Wu', 'of', 'the', 'U.S.', 'met', 'J.', 'Doe', 'well-known', 'A', 'state-of-the-art', 'Ph.D.', 'e.g.', 'Gov.', 'End']);
    const tokens = readTextFrame(text).tokens;
    expect(tokens.map((t) => t.afterBreak)).toEqual(tokens.map((t) => t.text === 'End'));
  });

  it('ends a word at an opening quotation mark and at the end of the range, and passes the spaces between words', () => {
    const text = 'He said“go now”and  left,  later';
    expect(readTextFrame(text).tokens.map((t) => [t.kind, t.text, t.start, t.end])).toEqual([
      ['word', 'He', 0, 2],
      ['word', 'said', 3, 7],
      ['quote', 'go now', 7, 15],
      ['word', 'and', 15, 18],
      ['word', 'left', 20, 24],
      ['punct', ',', 24, 25],
      ['word', 'later', 27, 32],
    ]);
    expect(tokenize(text, [], 3, 5).map((t) => t.text)).toEqual(['sa']);
  });

  it('gives a word the same strings, case and bits however often it comes and whatever came between', () => {
    // a large random vocabulary, mixed case, accents, apostrophes, joined words; a deterministic generator
    let seed = 7;
    const next = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éÉ’\'-&';
    const vocabulary: string[] = [];
    for (let k = 0; k < 20000; k++) {
      let w = letters[next(62)];
      const n = next(9);
      for (let m = 0; m < n; m++) w += letters[next(letters.length - 5)];
      vocabulary.push(w);
    }
    vocabulary.push('the', 'The', 'said', 'Said', 'statement', 'union', 'Union', 'he', 'He', 'Mr', 'U.S', 'didn’t', 'ÉLAN');
    const words: string[] = [];
    for (let k = 0; k < 60000; k++) words.push(next(2) ? vocabulary[vocabulary.length - 1 - next(13)] : vocabulary[next(vocabulary.length)]);
    const text = words.join(' ');
    const wrong: string[] = [];
    let seen = 0;
    for (const t of tokenize(text, [])) {
      if (t.kind !== 'word') continue;
      seen++;
      const lower = t.text.toLowerCase().replace(/’/g, "'");
      const cap = t.text[0] !== t.text[0].toLowerCase() && t.text[0] === t.text[0].toUpperCase();
      if (t.text !== text.slice(t.start, t.end) || t.lower !== lower || t.cap !== cap || t.bits !== listedWordToken(lower, cap).bits) wrong.push(t.text);
    }
    expect(seen).toBeGreaterThan(50000);
    expect(wrong).toEqual([]);
  });
});
