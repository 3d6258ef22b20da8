import { describe, expect, it } from 'vitest';
import { addWordKeys, keyHash, keyHashAt, keyHashesOf, slugHashAt, WantedWords, wordKey, wordKeysOf } from '../../../src/lib/quotes/wanted-words.ts';
import { bodyRunEnd, CapitalRuns, personRunEnd } from '../../../src/lib/quotes/capital-runs.ts';

/** Whether keyHashesIfWanted keeps a whole string, as the name scans ask it about a run inside the text. */
const wantedIn = (keys: string[], run: string) => {
  const text = `x ${run} y`;
  return new WantedWords(new Set(keys)).keyHashesIfWanted(text, 2, 2 + run.length, []) >= 0;
};

describe('the words of a capitalised run the speaker-name pass wants', () => {
  it('are found by their folded form: case, possessive, apostrophes, accents and hyphens', () => {
    expect(wantedIn(['clinton'], 'Hillary Clinton’s')).toBe(true);
    expect(wantedIn(['orourke'], 'Beto O’Rourke')).toBe(true);
    expect(wantedIn(['orourke'], 'Beto O\'Rourke')).toBe(true);
    expect(wantedIn(['radoslaw'], 'Radosław Sikorski')).toBe(true);
    expect(wantedIn(['jean-pierre'], 'Karine Jean-Pierre')).toBe(true);
    expect(wantedIn(['cia'], 'Marcia “Cia”\u00a0Price')).toBe(true);
    expect(wantedIn(['u-s'], 'U.S. Senate')).toBe(true);
  });

  it('are not found where no word folds to a wanted one', () => {
    expect(wantedIn(['clinton'], 'Bill Clintons Foundation')).toBe(false);
    expect(wantedIn(['clinton'], 'Clin Ton')).toBe(false);
    expect(wantedIn(['radoslaw'], 'Radosława Sikorski')).toBe(false);
    expect(wantedIn([], 'Hillary Clinton')).toBe(false);
  });

  it('answer as folding every word would, for any characters', () => {
    const words = ['Ann', 'ann’s', 'É.', 'ŁÓDŹ', '“Bo”', '-x-', "'s", '’', 'a&b', 'Z9', 'ﬁne', '𝐀bc', '\ud800', 'del', 'Straße', "Jones'", 'O`Neil', 'A--B.', 'x1-2’s', '‘Ann’', 'an'];
    for (const a of words) {
      for (const b of words) {
        const run = `${a} ${b}`;
        for (const key of [wordKey(a), wordKey(b), 'ann', 'lodz', 'bo', 'x', '']) {
          expect(wantedIn([key], run), `${run} / ${key}`).toBe([a, b].some((w) => wordKey(w) === key));
        }
      }
    }
  });
});

describe('the keys a name adds to the wanted words', () => {
  it('are wordKeysOf’s, however the name is written', () => {
    const names = ['Donald Trump', 'Trump', 'he', 'the campaign', 'A B', 'Hillary Clinton’s', "O'Rourke", 'Jean-Pierre', 'U.S. Sen. Ted Cruz', 'Radosław Sikorski', ' Ann', 'Ann ', 'Ann  Lee', 'Ann\u00a0Lee', 'Ann\tLee', '', ' ', 'ZZ top9', '@Ann [Lee]', '`Ann`'];
    for (const name of names) {
      const keys = new Set<string>();
      addWordKeys(name, keys);
      expect(keys, JSON.stringify(name)).toEqual(new Set(wordKeysOf(name)));
    }
  });
});

/** The patterns the run matchers stand for (see personRunEnd, bodyRunEnd). */
const PERSON_RUN = /\p{Lu}[\p{L}’'-]*\.?(?:[ \u00a0]+(?:\p{Lu}[\p{L}’'-]*\.?|[“"‘]\p{Lu}[\p{L}’'-]*[”"’]|(?:de|van|von|del|der|da|di|bin|al|el)(?= \p{Lu})))+/uy;
const BODY_RUN = /\p{Lu}[\p{L}’'.&-]*(?:[ \u00a0]+(?:(?:of|for|to|and|the|on|in)[ \u00a0]+)?\p{Lu}[\p{L}’'.&-]*)+/uy;
const MATCHERS = [
  [PERSON_RUN, personRunEnd],
  [BODY_RUN, bodyRunEnd],
] as const;

describe('the runs a matcher finds at the text’s capitals', () => {
  it('are the matches matchAll gives for its pattern, in order, as spans', () => {
    const text = 'Sen. Ada Kline met U.N. Security Council officials and Bill de Vries, then Émile Zola Street.\nThe End of “Cia” Price‘s ‘Bo’’ Li';
    for (const [pattern, match] of MATCHERS) {
      const runs = new CapitalRuns(text, match);
      const spans: string[] = [];
      while (runs.next()) spans.push(text.slice(runs.start, runs.end));
      expect(spans).toEqual([...text.matchAll(new RegExp(pattern.source, 'gu'))].map((m) => m[0]));
    }
    const bodies = new CapitalRuns(text, bodyRunEnd);
    const spans: string[] = [];
    while (bodies.next()) spans.push(text.slice(bodies.start, bodies.end));
    expect(spans).toContain('U.N. Security Council');
  });

  it('are the matches matchAll gives for any text, lower-case words of any length between capitals', () => {
    // (runOpenings tries a capital only before a capital, a quotation mark, or a word as long as a particle and a capital)
    const words = ['Ann', 'Lee', 'He', 'McCain', 'U.S.', 'de', 'van', 'of', 'the', 'and', 'in', 'x', 'met', 'said', 'told', 'president', 'Émile', 'al', 'bin', 'ab', '“Bo”', '"', '.', ''];
    const gaps = [' ', ' ', ' ', '  ', '\u00a0', '', ', ', '\n'];
    let seed = 5;
    const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 4294967296;
    const pick = (xs: string[]) => xs[Math.floor(random() * xs.length)];
    for (let n = 0; n < 3000; n++) {
      let text = pick(words);
      for (let k = 1 + Math.floor(random() * 8); k > 0; k--) text += pick(gaps) + pick(words);
      for (const [pattern, match] of MATCHERS) {
        const runs = new CapitalRuns(text, match);
        const spans: string[] = [];
        while (runs.next()) spans.push(text.slice(runs.start, runs.end));
        expect(spans, JSON.stringify(text)).toEqual([...text.matchAll(new RegExp(pattern.source, 'gu'))].map((m) => m[0]));
      }
    }
  });

  it('find no run in a long capitalised word that nothing name-like follows, and a run after it', () => {
    // (a scan that tried each capital of the word read the word once per capital: seconds here)
    for (const match of [personRunEnd, bodyRunEnd]) {
      const text = 'A'.repeat(100000) + ' "x and Ann Lee';
      const runs = new CapitalRuns(text, match);
      const spans: string[] = [];
      while (runs.next()) spans.push(text.slice(runs.start, runs.end));
      expect(spans).toEqual(['Ann Lee']);
    }
  });

  it('end where the sticky pattern ends at any character, for any text', () => {
    const pieces = ['A', 'Bo', 'Émile', '𝐀b', 'de', 'del', 'der', 'of', 'the', 'to', 'and', 'in', 'x', ' ', ' ', '\u00a0', '.', '&', '-', "'", '’', '‘', '“', '”', '"', ',', '\n', 'J.', 'U.S.', '\ud800', 'İ', 'ß', 'McCain', 'al', 'bin', 'DE', '9'];
    let seed = 7;
    const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 4294967296;
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let k = 2 + Math.floor(random() * 12); k > 0; k--) text += pieces[Math.floor(random() * pieces.length)];
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0xdc00 && c <= 0xdfff) continue; // (never an opening: the sticky pattern would read the pair)
        for (const [pattern, match] of MATCHERS) {
          pattern.lastIndex = i;
          const end = match(text, i);
          if (pattern.test(text)) {
            expect(end, `${JSON.stringify(text)} at ${i}`).toBe(pattern.lastIndex);
            continue;
          }
          expect(end, `${JSON.stringify(text)} at ${i}`).toBeLessThan(0);
          // none opens before -1 - end either (RunMatcher)
          for (let later = i + 1; later < -1 - end; later++) {
            pattern.lastIndex = later;
            expect(pattern.test(text), `${JSON.stringify(text)} at ${later}, after ${i}`).toBe(false);
          }
        }
      }
    }
  });
});

describe('the hash a word of the text folds to', () => {
  const at = (word: string, fn: (text: string, a: number, b: number) => number) => fn(`x ${word} y`, 2, 2 + word.length);
  it('is the hash of its key, a possessive off, or of its whole fold', () => {
    expect(at('McDonald’s', keyHashAt)).toBe(keyHash('mcdonald'));
    expect(at('McDonald’s', slugHashAt)).toBe(keyHash('mcdonalds'));
    expect(at('U.S.', slugHashAt)).toBe(keyHash('u-s'));
    expect(at('Radosław', keyHashAt)).toBe(keyHash('radoslaw')); // (a letter only slugifyName folds)
    expect(at('O’Rourke', keyHashAt)).toBe(keyHash(wordKey('O’Rourke')));
  });
});

describe('a run’s word hashes, given only when a word is wanted', () => {
  it('are keyHashAt’s for each word, or -1 exactly where no word folds to a wanted one', () => {
    const words = ['Ann', 'ann’s', 'É.', 'ŁÓDŹ', '“Bo”', '-x-', "'s", '’', 'a&b', 'Radosław', 'Straße', "Jones'", 'O`Neil', 'McDonald’s', 'x-’s', '’s', 's', 'É’s', 'A1‘b', 'x“-y', 'Ann’S', "s's", '’’s', 'x’s’s', "É's", 'ß’s'];
    const hashes: number[] = [];
    for (const a of words) {
      for (const b of words) {
        // words apart by a space, a no-break space or both; the run ends the text, or is followed by a space or a digit
        for (const [space, after] of [[' ', ' y'], ['\u00a0 ', ' y'], ['\u00a0', ''], [' ', '9 y']]) {
          const run = `${a}${space}${b}`;
          const text = `x ${run}${after}`;
          const own = [a, b].map((w) => keyHashAt(`x ${w} y`, 2, 2 + w.length));
          for (const key of [wordKey(a), wordKey(b), 'ann', 'lodz', 'zzz']) {
            const wanted = new WantedWords(new Set([key]));
            const n = wanted.keyHashesIfWanted(text, 2, 2 + run.length, hashes);
            if (![a, b].some((w) => wordKey(w) === key)) expect(n, `${run} / ${key}`).toBe(-1);
            else expect(hashes.slice(0, n), `${run} / ${key}`).toEqual(own);
          }
          const n = keyHashesOf(text, 2, 2 + run.length, hashes);
          expect(hashes.slice(0, n)).toEqual(own);
        }
      }
    }
  });
});
