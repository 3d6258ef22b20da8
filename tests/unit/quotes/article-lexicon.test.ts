import { describe, expect, it } from 'vitest';
import { ArticleLexicon, indexOfRare } from '../../../src/lib/quotes/article-lexicon.ts';

// words next to hyphens, apostrophes, letters outside the BMP, a lone surrogate and line breaks
const TEXT = [
  'The board met. Critics said the Herald and the\n\nTimes erred; Mr. Vint spoke, then Mrs. Lund and Ms Lund.',
  'Mr Okafor and Mrs. Okafor both came. A vint-age wine, a lund’s, pre-board talks; 𝐀board, board𝐀 and \ud800board.',
  'Some voters, the voters’ boards, “ballots” and o’clock. They loathe Pruitt, SMr Pruitt.',
].join('\n');

/** Every question the name pass asks, answered once by searching and once from the index. */
function answers(lex: ArticleLexicon) {
  const lower = ['board', 'voter', 'ballot', 'ballots', 'critic', 'vint', 'lund', 'clock', 'o’clock', 'age', 'wine', 'talk', 'pre-board', 'herald', 'bo', 'boards', 'board.', ''];
  const capital = ['Herald', 'Times', 'Vint', 'Lund', 'Okafor', 'Board', 'The', 'Mr', 'Critics', 'Voters', 'Tim', 'Pruitt'];
  return {
    lower: lower.map((w) => lex.writesInLowerCase(w, false)),
    lowerOrPlural: lower.map((w) => lex.writesInLowerCase(w, true)),
    afterThe: capital.map((w) => lex.writesAfterThe(w)),
    honorific: capital.map((w) => lex.honorificGender(w)),
  };
}

describe('what an article’s words say about a word', () => {
  it('tells a word the text writes in lower case as a whole word, or its plural', () => {
    const lex = new ArticleLexicon(TEXT);
    expect(lex.writesInLowerCase('board', false)).toBe(true);
    expect(lex.writesInLowerCase('critic', false)).toBe(false); // only "Critics", capitalised
    expect(lex.writesInLowerCase('voter', false)).toBe(false);
    expect(lex.writesInLowerCase('voter', true)).toBe(true); // "voters"
    expect(lex.writesInLowerCase('age', false)).toBe(false); // only inside "vint-age"
    expect(lex.writesInLowerCase('pre-board', false)).toBe(true);
  });

  it('tells a capitalised word written after "the", and the gender an honorific gives a surname', () => {
    const lex = new ArticleLexicon(TEXT);
    expect(lex.writesAfterThe('Herald')).toBe(true);
    expect(lex.writesAfterThe('Times')).toBe(true); // across a paragraph break
    expect(lex.writesAfterThe('Vint')).toBe(false);
    expect(lex.writesAfterThe('Pruitt')).toBe(false); // "loathe" is no "the"
    expect(lex.honorificGender('Pruitt')).toBeUndefined(); // nor "SMr" an honorific
    expect(lex.honorificGender('Vint')).toBe('m');
    expect(lex.honorificGender('Lund')).toBe('f');
    expect(lex.honorificGender('Okafor')).toBeNull(); // "Mr" and "Mrs" both
    expect(lex.honorificGender('Herald')).toBeUndefined();
  });

  it('finds a word standing after longer runs of its letters, and not inside them', () => {
    const text = 'Eeeeeeee said: eeeeeeeee, \ud835\udc00eeee eeeeé and xeeee. Then eeee-e, eeee.';
    for (const lex of [new ArticleLexicon(text, 1000), new ArticleLexicon(text, 0)]) {
      expect(lex.writesInLowerCase('eeee', false)).toBe(true); // only the last, "eeee."
      expect(lex.writesInLowerCase('eeeee', false)).toBe(false); // inside runs only ("eeeeé", "eeee-e" is one word)
      expect(lex.writesInLowerCase('eeeeeeeee', false)).toBe(true);
      expect(lex.writesInLowerCase('eeee-e', false)).toBe(true);
    }
  });

  it('answers the same by searching the text as from an index of its words', () => {
    expect(answers(new ArticleLexicon(TEXT, 1000))).toEqual(answers(new ArticleLexicon(TEXT, 0)));
  });
});

describe('a search that opens at the word’s rarest letter', () => {
  it('finds what indexOf finds, from any place', () => {
    const long = 'e'.repeat(20); // (a rare letter past the first 16 is not looked for)
    const words = ['trump', 'pp', 'appa', 'zebra', 'Zoe', 'e', 'ab', 'board', 'o’clock', 'xé', 'aaz', 'zz', 'boards', '', `${long}q`, `${long.slice(3)}q`, `a${long}`];
    for (const text of [TEXT, 'zzz appapp ppa trumptrump boardboards', 'aazaaz xéxé', `${long}${long}q ${long}a${long}q`]) {
      for (const word of words) {
        for (let from = 0; from <= text.length + 1; from++) expect(indexOfRare(text, word, from), `${word} from ${from}`).toBe(text.indexOf(word, from));
      }
    }
  });
});
