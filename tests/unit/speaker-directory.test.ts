import { describe, expect, it } from 'vitest';
import { articleVoices, buildSpeakerDirectory, byMostQuoted, resolveSpeakerQuotes } from '../../src/lib/speaker-directory.ts';
import { quoteContext } from '../../src/lib/quote-context.ts';
import { ADA, analyticalEngineArticle, makeArticle, quoteOn } from './article-fixture.ts';

describe('buildSpeakerDirectory', () => {
  const older = analyticalEngineArticle();
  const newerParagraphs = ['Standfirst', 'Lovelace said: “The engine has no pretensions.”'];
  const newer = makeArticle({
    slug: 'no-pretensions',
    published: new Date('2024-04-01T00:00:00Z'),
    paragraphs: newerParagraphs,
    quotes: [quoteOn(newerParagraphs, 1, 'The engine has no pretensions.', { ...ADA, description: 'Countess' }, 'q1')],
  });
  const speakers = buildSpeakerDirectory([older, newer]);
  const bySlug = new Map([older, newer].map((a) => [a.slug, a]));
  const quotesOf = (index: number) => resolveSpeakerQuotes(speakers[index]?.quotes ?? [], bySlug);

  it('lists each speaker once, alphabetically, and never a term', () => {
    expect(speakers.map((s) => s.name)).toEqual(['Ada Lovelace', 'Ministry of Truth']);
    expect([0, 1].flatMap((i) => quotesOf(i).map((q) => q.text))).not.toContain('thinking machine');
  });
  it('orders a speaker’s quotes newest article first, then in reading order', () => {
    const ada = speakers[0];
    expect(quotesOf(0).map((q) => q.text)).toEqual([
      'The engine has no pretensions.',
      'weaves algebraic patterns,',
      'might compose music.',
    ]);
    expect(ada?.lastQuoted.toISOString()).toBe('2024-04-01T00:00:00.000Z');
    expect(ada?.articleCount).toBe(2);
  });
  it('describes a speaker as the newest article does, unless a profile says otherwise', () => {
    expect(speakers[0]?.description).toBe('Countess');
    const withProfile = buildSpeakerDirectory([older, newer], [
      { file: 'speakers/ada-lovelace.json', id: 'ada-lovelace', name: 'Augusta Ada King', aliases: [], description: 'Analyst', type: null },
    ]);
    expect(withProfile.find((s) => s.id === 'ada-lovelace')).toMatchObject({ name: 'Augusta Ada King', description: 'Analyst' });
  });
  it('keeps the sentence around each quote', () => {
    const quote = quotesOf(0)[1];
    expect(quote?.context.text).toBe('The engine “weaves algebraic patterns,” Ada Lovelace said on Monday.');
    expect(quote && quote.context.text.slice(quote.context.quoteStart, quote.context.quoteEnd)).toBe('weaves algebraic patterns,');
  });
});

describe('byMostQuoted', () => {
  it('puts the most quoted speaker first, ties by name', () => {
    const speakers = buildSpeakerDirectory([analyticalEngineArticle()]);
    expect(byMostQuoted(speakers).map((s) => [s.name, s.quotes.length])).toEqual([
      ['Ada Lovelace', 2],
      ['Ministry of Truth', 1],
    ]);
  });
});

describe('articleVoices', () => {
  it('counts each speaker’s quotes in one article', () => {
    expect(articleVoices(analyticalEngineArticle()).map((v) => [v.speaker.name, v.quoteCount])).toEqual([
      ['Ada Lovelace', 2],
      ['Ministry of Truth', 1],
    ]);
  });
});

describe('quoteContext', () => {
  it('spans every sentence a quotation runs across', () => {
    const paragraph = 'First. He said “one. Two.” Then left. Last.';
    const start = paragraph.indexOf('one');
    const end = paragraph.indexOf('.”') + 1;
    expect(quoteContext(paragraph, start, end).text).toBe('He said “one. Two.”');
  });
});
