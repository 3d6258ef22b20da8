import { describe, expect, it } from 'vitest';
import { buildSearchRecords } from '../../src/lib/search-records.ts';
import {
  filterOptions,
  hasSearch,
  highlightSegments,
  pagefindFilters,
  readSearchState,
  resultSummary,
  searchStateQuery,
} from '../../src/lib/search-query.ts';
import { buildSpeakerDirectory } from '../../src/lib/speaker-directory.ts';
import { createSiteUrls } from '../../src/lib/site-urls.ts';
import { analyticalEngineArticle, makeArticle } from './article-fixture.ts';

const urls = createSiteUrls('https://example.org', '/news/');

function records() {
  const articles = [analyticalEngineArticle(), makeArticle({ slug: 'quiet-day', paragraphs: ['Nothing was said', 'The committee adjourned.'], topics: ['Weather'] })];
  return buildSearchRecords(articles, buildSpeakerDirectory(articles), urls);
}

describe('buildSearchRecords', () => {
  it('makes one record per story, per speaker and per attributed quote, never for terms', () => {
    const all = records();
    const kinds = all.map((r) => r.filters.kind[0]);
    expect(kinds.filter((k) => k === 'story')).toHaveLength(2);
    expect(all.filter((r) => r.filters.kind[0] === 'speaker').map((r) => r.meta.title).sort()).toEqual(['Ada Lovelace', 'Ministry of Truth']);
    expect(all.filter((r) => r.filters.kind[0] === 'quote').map((r) => r.meta.title).sort()).toEqual([
      'might compose music.',
      'not convinced.',
      'weaves algebraic patterns,',
    ]);
    expect(all.some((r) => r.content.includes('thinking machine') && r.filters.kind[0] === 'quote')).toBe(false);
    // Pagefind keeps one record per URL.
    expect(new Set(all.map((r) => r.url)).size).toBe(all.length);
  });

  it('gives a quote its words and speaker to search, links under the base path, and its filters', () => {
    const quote = records().find((r) => r.meta.title === 'might compose music.')!;
    expect(quote.content).toContain('might compose music.');
    expect(quote.content).toContain('Ada Lovelace');
    expect(quote.url).toBe('/news/articles/engines-weave-patterns/#q4');
    expect(quote.meta).toMatchObject({
      kind: 'quote',
      speaker: 'Ada Lovelace',
      speakerUrl: '/news/speakers/ada-lovelace/',
      story: 'Headline of engines-weave-patterns',
      storyUrl: '/news/articles/engines-weave-patterns/',
      paragraphUrl: '/news/articles/engines-weave-patterns/#p2',
      date: '2024-03-10',
    });
    expect(quote.filters).toEqual({ kind: ['quote'], speaker: ['Ada Lovelace'], topic: ['Science'] });
  });

  it('files a story under the speakers it quotes and searches its headline, standfirst and topics', () => {
    const story = records().find((r) => r.url === '/news/articles/engines-weave-patterns/')!;
    expect(story.meta).toMatchObject({ kind: 'story', title: 'Headline of engines-weave-patterns', standfirst: 'Engines can weave patterns, a mathematician has said' });
    expect(story.content).toContain('a mathematician has said');
    expect(story.content).toContain('Science');
    expect(story.content, 'the body is searched through its quotes, not as a whole').not.toContain('shown in London');
    expect(story.filters.speaker?.sort()).toEqual(['Ada Lovelace', 'Ministry of Truth']);
    const quiet = records().find((r) => r.url === '/news/articles/quiet-day/')!;
    expect(quiet.filters).toEqual({ kind: ['story'], speaker: [], topic: ['Weather'] });
  });

  it('finds a speaker by name and description, filed under the topics they spoke on', () => {
    const ada = records().find((r) => r.url === '/news/speakers/ada-lovelace/')!;
    expect(ada.content).toBe('Ada Lovelace\nMathematician');
    expect(ada.meta).toMatchObject({ kind: 'speaker', description: 'Mathematician', quotes: '2' });
    expect(ada.filters).toEqual({ kind: ['speaker'], speaker: ['Ada Lovelace'], topic: ['Science'] });
  });
});

describe('search state', () => {
  it('reads the address, ignoring unknown kinds and blank values', () => {
    expect(readSearchState(new URLSearchParams('q=%20no%20limits%20&kind=quote&speaker=Emmanuel+Macron'))).toEqual({
      q: 'no limits',
      kind: 'quote',
      speaker: 'Emmanuel Macron',
      topic: '',
    });
    expect(readSearchState(new URLSearchParams('kind=<script>&topic=')).kind).toBe('');
  });

  it('writes back only what is set, and asks Pagefind for those filters', () => {
    const state = readSearchState(new URLSearchParams({ q: 'no limits', topic: 'NATO & Co' }));
    expect(searchStateQuery(state)).toBe('?q=no+limits&topic=NATO+%26+Co');
    expect(readSearchState(new URLSearchParams(searchStateQuery(state)))).toEqual(state);
    expect(pagefindFilters(state)).toEqual({ topic: 'NATO & Co' });
    expect(searchStateQuery(readSearchState(new URLSearchParams('')))).toBe('');
  });

  it('searches for words or a filter, not for nothing', () => {
    expect(hasSearch(readSearchState(new URLSearchParams('')))).toBe(false);
    expect(hasSearch(readSearchState(new URLSearchParams('speaker=Ada')))).toBe(true);
  });
});

describe('highlightSegments', () => {
  const marked = (text: string, query: string) => highlightSegments(text, query).filter((s) => s.mark).map((s) => s.text);

  it('marks whole words starting with a query word, in any case, and keeps every character', () => {
    const text = 'No limits, said Macron; limitless unlimited.';
    expect(marked(text, 'no limit')).toEqual(['No', 'limits', 'limitless']);
    expect(highlightSegments(text, 'no limit').map((s) => s.text).join('')).toBe(text);
  });

  it('treats the query as text: markup and pattern characters match nothing special', () => {
    expect(marked('a <b> (c) .* d', '<b> .*')).toEqual(['b']);
    expect(marked('Zoë Ødegaard', 'ødeg')).toEqual(['Ødegaard']);
    expect(highlightSegments('plain', '')).toEqual([{ text: 'plain', mark: false }]);
  });
});

describe('filterOptions and resultSummary', () => {
  it('lists values with results, most first, capped, always keeping the chosen one', () => {
    expect(filterOptions({ B: 2, A: 2, C: 5, D: 0 }, '')).toEqual([
      { value: 'C', count: 5 },
      { value: 'A', count: 2 },
      { value: 'B', count: 2 },
    ]);
    expect(filterOptions({ A: 1, B: 3 }, 'Z', 1)).toEqual([
      { value: 'B', count: 3 },
      { value: 'Z', count: 0 },
    ]);
  });

  it('says how many results, for what, and how many are shown', () => {
    const state = readSearchState(new URLSearchParams('q=no limits'));
    expect(resultSummary(0, 0, state)).toBe('No results for “no limits”.');
    expect(resultSummary(1, 1, state)).toBe('1 result for “no limits”.');
    expect(resultSummary(25, 10, state)).toBe('25 results for “no limits”, showing the first 10.');
  });
});
