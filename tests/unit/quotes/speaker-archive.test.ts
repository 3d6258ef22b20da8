import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/lib/quotes/extract-quotes.ts';
import { linkSpeakersAcrossArticles } from '../../../src/lib/quotes/speaker-identity.ts';

const ids = (text: string[]) => linkSpeakersAcrossArticles(text.map(extractQuotes), []).map((ex) => ex.quotes.filter((q) => q.kind === 'speech').map((q) => q.speaker?.id ?? null));

describe('one page per person across the archive', () => {
  it('treats middle names and initials as one person, shown by the shortest form', () => {
    const linked = linkSpeakersAcrossArticles(
      ['“We will build,” said Jane T. Okafor.', '“We will win,” said Jane Okafor.', '“We will see,” said Jane Mercy Okafor.'].map(extractQuotes),
      [],
    );
    expect(linked.map((ex) => ex.quotes[0].speaker?.id)).toEqual(['jane-okafor', 'jane-okafor', 'jane-okafor']);
    expect(linked[0].quotes[0].speaker?.name).toBe('Jane Okafor');
  });

  it('links a surname to the one full name the archive gives, and never between namesakes', () => {
    expect(ids(['“Yes,” said Piet Varga.', '“No,” Varga said.'])).toEqual([['piet-varga'], ['piet-varga']]);
    expect(ids(['“Yes,” said Piet Varga.', '“No,” said Anna Varga.', '“Maybe,” Varga said.'])[2]).toEqual(['varga']);
  });

  it('tells namesakes apart by the title the article gives', () => {
    const out = ids([
      '“We act,” said Governor Piet Varga.',
      '“We wait,” said Anna Varga, a novelist.',
      '“Later,” Governor Varga said.',
    ]);
    expect(out[2]).toEqual(['piet-varga']);
  });

  it('lets an editorial profile and its aliases win over any form', () => {
    const linked = linkSpeakersAcrossArticles(['“Go,” said Jane T. Okafor.'].map(extractQuotes), [{ id: 'okafor', name: 'Jane Okafor', aliases: [] }]);
    expect(linked[0].quotes[0].speaker?.id).toBe('okafor');
  });
});
