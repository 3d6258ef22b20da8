import { describe, expect, it } from 'vitest';
import { keyHash, keyHashAt, slugHashAt, WantedWords, wordKey } from '../../../src/lib/quotes/wanted-words.ts';
import { CapitalRuns } from '../../../src/lib/quotes/capital-runs.ts';

/** someIn over a whole string, as the name scans ask it about a run inside the text. */
const wantedIn = (keys: string[], run: string) => {
  const text = `x ${run} y`;
  return new WantedWords(new Set(keys)).someIn(text, 2, 2 + run.length);
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
    const words = ['Ann', 'ann’s', 'É.', 'ŁÓDŹ', '“Bo”', '-x-', "'s", '’', 'a&b', 'Z9', 'ﬁne', '𝐀bc', '\ud800', 'del', 'Straße'];
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

describe('the runs a sticky pattern matches at the text’s capitals', () => {
  it('are the matches matchAll gives, in order, as spans', () => {
    const text = 'Sen. Ada Kline met U.N. Security Council officials and Bill de Vries, then Émile Zola Street.\nThe End';
    const pattern = /\p{Lu}[\p{L}’'.&-]*(?:[ \u00a0]+(?:(?:of|for|to|and|the|on|in)[ \u00a0]+)?\p{Lu}[\p{L}’'.&-]*)+/uy;
    const runs = new CapitalRuns(text, pattern);
    const spans: string[] = [];
    while (runs.next()) spans.push(text.slice(runs.start, runs.end));
    const global = new RegExp(pattern.source, 'gu');
    expect(spans).toEqual([...text.matchAll(global)].map((m) => m[0]));
    expect(spans).toContain('U.N. Security Council');
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
