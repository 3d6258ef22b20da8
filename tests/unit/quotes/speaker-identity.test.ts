import { describe, expect, it } from 'vitest';
import { foldDiacritics, linkSpeakersAcrossArticles, slugifyName } from '../../../src/lib/quotes/speaker-identity.ts';
import { extractQuotes } from '../../../src/lib/quotes/extract-quotes.ts';

describe('speaker identity', () => {
  it('folds diacritics, including letters NFD cannot split', () => {
    expect(foldDiacritics('Radosław Sikorski')).toBe('Radoslaw Sikorski');
    expect(foldDiacritics('François Søren')).toBe('Francois Soren');
    expect(foldDiacritics('Guido Crosetto, 2017')).toBe('Guido Crosetto, 2017');
    expect(slugifyName('Radosław Sikorski')).toBe('radoslaw-sikorski');
    expect(slugifyName("Beto O'Rourke")).toBe('beto-orourke');
  });

  it('links a surname-only speaker to the full name from another article', () => {
    const a = extractQuotes('President Marie Laurent visited Lyon. “We stand together,” Laurent said.');
    const b = extractQuotes('“No comment,” Laurent said.');
    expect(b.quotes[0].speaker?.id).toBe('laurent');
    const [, linked] = linkSpeakersAcrossArticles([a, b], []);
    expect(linked.quotes[0].speaker?.id).toBe('marie-laurent');
    expect(linked.quotes[0].speaker?.name).toBe('Marie Laurent');
    expect(linked.speakers.map((s) => s.id)).toEqual(['marie-laurent']);
  });

  it('leaves an ambiguous surname alone', () => {
    const a = extractQuotes('“Yes,” said Anna Berg. “No,” said Peter Berg.');
    const b = extractQuotes('“Maybe,” Berg said.');
    const [, linked] = linkSpeakersAcrossArticles([a, b], []);
    expect(linked.quotes[0].speaker?.id).toBe('berg');
  });

  it('maps profile aliases to the profile id, diacritics folded', () => {
    const a = extractQuotes('“Ready,” said Radosław Sikorski.');
    const [linked] = linkSpeakersAcrossArticles([a], [{ id: 'sikorski-radoslaw', name: 'Radoslaw Sikorski', aliases: ['Radek Sikorski'] }]);
    expect(linked.quotes[0].speaker?.id).toBe('sikorski-radoslaw');
  });
});
