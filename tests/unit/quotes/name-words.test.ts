import { describe, expect, it } from 'vitest';
import { isShouted } from '../../../src/lib/quotes/name-words.ts';

/** isShouted's all-capitals test as first written, with two Unicode regexes a word (the spec its char-code scan must match). */
const allCapsSpec = (w: string) => /\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w);
const shoutedSpec = (words: string[]) => {
  if (!words.every(allCapsSpec)) return false;
  if (words.length === 1) return words[0].replace(/[^\p{L}]/gu, '').length >= 7 || /[’']S$/.test(words[0]);
  return words.some((w) => w.replace(/[^\p{L}]/gu, '').length >= 4);
};

describe('isShouted', () => {
  it('answers as its two-regex spec, ASCII or not', () => {
    const samples = [
      ['HUFFPOLLSTER'], ['CNN'], ['NAACP'], ['TRUMP’S'], ['EBOLA', 'SURVIVORS'], ['CORRUPT', 'OFFSHORE', 'ACCOUNTS'],
      ['Donald', 'Trump'], ['DONALD', 'Trump'], ['U.S.', 'NAVY'], ['1234567'], ['--'], [''], ['ÉLYSÉE', 'PALACE'],
      ['ÉLYSÉe'], ['ŁÓDŹ', 'CITY'], ['Σ'], ['ΣΙΓΜΑΣΙΓΜΑ'], ['ABCDEFg'], ['A1B2C3D4'], ['中文中文中文中'], ['X中文中文中文中'],
    ];
    for (const words of samples) expect(isShouted(words), words.join(' ')).toBe(shoutedSpec(words));
  });
});
