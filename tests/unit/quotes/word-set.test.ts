import { describe, expect, it } from 'vitest';
import { WordSet, wordBitTable } from '../../../src/lib/quotes/word-set.ts';

describe('WordSet', () => {
  const words = ['said', 'says', 'according', 'in', 'a', 'déclaré', 'counterrevolutionaries-extraordinaire', ''];
  const set = new WordSet(words);

  it('finds every word it was built from', () => {
    for (const w of words) expect(set.has(w)).toBe(true);
  });

  it('answers no for words sharing a first letter, last letter or length with a member', () => {
    // same first and last letter, other length; same length, other letters; another case; a longer word of 31+ letters
    for (const w of ['sad', 'saids', 'sail', 'Said', 'ins', 'i', 'n', 'déclarée', 'counterrevolutionaries-extraordinair', 'x'])
      expect(set.has(w)).toBe(false);
  });
});

describe('wordBitTable', () => {
  it('gives a word the bits of every list it is in, and no entry to a word in none', () => {
    const table = wordBitTable([
      [['he', 'she'], 1],
      [new WordSet(['the', 'she']).words, 2],
      [new Set(['he']), 1],
    ]);
    expect(table.get('he')).toBe(1);
    expect(table.get('she')).toBe(3);
    expect(table.get('the')).toBe(2);
    expect(table.has('they')).toBe(false);
    expect(table.has('constructor')).toBe(false);
  });
});
