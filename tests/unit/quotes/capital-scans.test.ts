import { describe, expect, it } from 'vitest';
import { capitalStarts, runOpenings } from '../../../src/lib/quotes/capital-runs.ts';
import { codeAt, spaceSeparated } from '../../../src/lib/quotes/article-words.ts';

describe('the capitals the speaker-name pass finds', () => {
  it('are where every capital letter stands, accented, outside the BMP or mid-word', () => {
    const text = 'Émile McCain met ÖZİL in São Paulo. “𝐀lpha” said O’Rourke-Smith,\n\nlone \ud800 surrogate, iPhone Æsir.';
    const at = [...capitalStarts(text)];
    expect(at.map((i) => String.fromCodePoint(text.codePointAt(i) ?? 0)).join('')).toBe('ÉMCÖZİLSP𝐀ORSPÆ');
  });

  it('are none in a text without capitals', () => {
    expect([...capitalStarts('no capitals here, none at all — 123.')]).toEqual([]);
  });

  it('may open a run where spaces and a capital, a quotation mark, or a lower-case word and a capital follow', () => {
    const text = 'Ada Kline met Bill de Vries. Then “Zed” Okafor, Mx “Cia” Price and McCain.';
    const opens = [...runOpenings(text)].map((i) => text.slice(i, text.indexOf(' ', i)));
    // not before a comma, a closing mark or the text's end, nor a capital inside a word ("McCain")
    expect(opens).toEqual(['Ada', 'Kline', 'Bill', 'Vries.', 'Then', 'Mx', 'Price']);
    // a lower-case word between capitals counts only as long as a particle ("de", "of", "the"):
    // "told" or "a" makes no opening of the capital before it
    const told = 'He told Ann Lee of the Times a Reuters man, Sam told Bo so.';
    expect([...runOpenings(told)].map((i) => told.slice(i, told.indexOf(' ', i)))).toEqual(['Ann']);
  });
});

describe('run openings in a long word (a hostile article)', () => {
  // a scan that read the rest of the word at each of its characters took seconds here
  it('finds every capital of a long capitalised word before a name, and none in a long word of ideographs', () => {
    const caps = 'A'.repeat(100000) + ' Brown';
    expect(runOpenings(caps).length).toBe(100000);
    expect(runOpenings('中'.repeat(100000) + ' x')).toHaveLength(0);
    expect([...runOpenings('Said ' + '中'.repeat(100000) + ' Ann Lee')]).toEqual([0, 100006]);
  });
});

describe('a name split on white space', () => {
  it('gives its words, any run of white space between them', () => {
    expect(spaceSeparated('  Sen.\u00a0Ada \n\tKline\u2028 ')).toEqual(['Sen.', 'Ada', 'Kline']);
    expect(spaceSeparated(' \n ')).toEqual([]);
    expect(spaceSeparated('Kline')).toEqual(['Kline']);
  });
});

describe('a code unit read by a scan', () => {
  it('is the text’s within it and -1 past its end, never NaN', () => {
    expect(codeAt('Ab’', 0)).toBe(65);
    expect(codeAt('Ab’', 2)).toBe(0x2019);
    expect(codeAt('Ab’', 3)).toBe(-1);
    expect(codeAt('', 0)).toBe(-1);
  });
});
