import { describe, expect, it } from 'vitest';
import { endsPluralPossessive, endsPossessiveS, isPossessiveWord } from '../../../src/lib/quotes/possessives.ts';

describe('possessive endings', () => {
  it('tells "Trump’s" and "Sanders\'" from words that only end in s or an apostrophe', () => {
    const cases: Array<[string, boolean]> = [
      ["trump's", true], ['trump’s', true], ["sanders'", true], ['sanders’', true], ["'s", true], ["s'", true],
      ['its', false], ['s', false], ["'", false], ["o'", false], ['ss', false], ['', false], ["rock'n", false],
    ];
    for (const [w, yes] of cases) expect([w, isPossessiveWord(w)]).toEqual([w, yes]);
  });

  it('reads only the span it is given', () => {
    const text = "Sanders' and Trump's";
    expect(endsPluralPossessive(text, 0, 8)).toBe(true);
    expect(endsPluralPossessive(text, 7, 8)).toBe(false); // one character: no room for s and a mark
    expect(endsPossessiveS(text, 13, 20)).toBe(true);
    expect(endsPossessiveS(text, 0, 19)).toBe(false);
  });
});
