import { describe, expect, it } from 'vitest';
import { WordSet } from '../../../src/lib/quotes/word-set.ts';

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
