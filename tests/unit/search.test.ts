import { describe, expect, it } from 'vitest';
import { buildSearchRecords } from '../../src/lib/search-records.ts';
import { decodeRecordData, encodeRecordData, RECORD_DATA_META, type RecordData } from '../../src/lib/search-meta.ts';
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

/** What Pagefind reads from a record: its title (the <h1>), metadata, filters and searched text. */
function read(html: string, url = '') {
  const elements = [...html.matchAll(/<(\w+)(?: data-pagefind-(meta|filter)="(\w+)")?>([^<]*)<\/\1>/g)];
  const values = (attribute: string, name: string) => elements.filter((e) => e[2] === attribute && e[3] === name).map((e) => unescape(e[4]!));
  const searched = html.replace(/<div data-pagefind-ignore>.*?<\/div>/s, '');
  const meta = (name: string) => (name === 'title' ? unescape(/<h1>([^<]*)<\/h1>/.exec(html)?.[1] ?? '') : values('meta', name)[0]);
  return { meta, data: decodeRecordData(meta(RECORD_DATA_META), url), filter: (name: string) => values('filter', name), searched };
}
const unescape = (text: string) => text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('buildSearchRecords', () => {
  it('makes one record per story and per speaker, never one per quote', () => {
    const all = records();
    expect(all.filter((r) => r.kind === 'story').map((r) => r.url).sort()).toEqual(['/news/articles/engines-weave-patterns/', '/news/articles/quiet-day/']);
    expect(all.filter((r) => r.kind === 'speaker').map((r) => read(r.html).meta('title')).sort()).toEqual(['Ada Lovelace', 'Ministry of Truth']);
    // Pagefind keeps one record per URL.
    expect(new Set(all.map((r) => r.url)).size).toBe(all.length);
  });

  it("holds a story's attributed quotes as headings with their anchors, each mapped to speaker and paragraph", () => {
    const story = records().find((r) => r.url === '/news/articles/engines-weave-patterns/')!;
    const headings = [...story.html.matchAll(/<h2 id="([^"]+)">([^<]*)<\/h2><p>([^<]*)<\/p>/g)].map((m) => [m[1]!, m[2]!, m[3]!] as const);
    expect(headings.map((h) => h[1]).sort()).toEqual(['might compose music.', 'not convinced.', 'weaves algebraic patterns,']);
    const music = headings.find((h) => h[1] === 'might compose music.')!;
    expect(music[2], 'the speaker is searched with the words').toBe('Ada Lovelace');
    expect(story.html, 'terms are not quotes').not.toMatch(/<h2[^>]*>[^<]*thinking machine/);
    const data = read(story.html, story.url).data;
    expect(data?.kind).toBe('story');
    expect(data?.kind === 'story' && data.quotes[music[0]]).toEqual({
      speaker: 'Ada Lovelace',
      speakerUrl: '/news/speakers/ada-lovelace/',
      paragraphUrl: '/news/articles/engines-weave-patterns/#p2',
    });
    expect(`${story.url}#${music[0]}`).toBe('/news/articles/engines-weave-patterns/#q4');
  });

  it('files a story under the speakers it quotes and searches its headline, standfirst and topics, not its body', () => {
    const story = read(records().find((r) => r.url === '/news/articles/engines-weave-patterns/')!.html);
    expect(story.meta('title')).toBe('Headline of engines-weave-patterns');
    expect(story.meta('standfirst')).toBe('Engines can weave patterns, a mathematician has said');
    expect(story.data?.date).toBe('2024-03-10');
    expect(story.searched).toContain('a mathematician has said');
    expect(story.searched).toContain('Science');
    expect(story.searched).not.toContain('shown in London');
    expect(story.filter('kind'), 'a story with quotes: the usual case, unmarked').toEqual([]);
    expect(story.filter('speaker').sort()).toEqual(['Ada Lovelace', 'Ministry of Truth']);
    const quiet = read(records().find((r) => r.url === '/news/articles/quiet-day/')!.html);
    expect([quiet.filter('kind'), quiet.filter('speaker'), quiet.filter('topic')]).toEqual([['unquoted'], [], ['Weather']]);
  });

  it('finds a speaker by name and description, filed under the topics they spoke on', () => {
    const ada = read(records().find((r) => r.url === '/news/speakers/ada-lovelace/')!.html);
    expect(ada.searched).toContain('<h1>Ada Lovelace</h1><p data-pagefind-meta="description">Mathematician</p>');
    expect([ada.meta('description'), ada.data]).toEqual(['Mathematician', { kind: 'speaker', date: '2024-03-10', quoteCount: 2 }]);
    expect([ada.filter('kind'), ada.filter('speaker'), ada.filter('topic')]).toEqual([['speaker'], ['Ada Lovelace'], ['Science']]);
  });

  it('escapes content: markup in a headline or name stays text', () => {
    const articles = [makeArticle({ slug: 'x', headline: '<script>alert(1)</script> & "co"', paragraphs: ['Nothing was said'], topics: ['<b>'] })];
    const [story] = buildSearchRecords(articles, buildSpeakerDirectory(articles), urls);
    expect(story!.html).not.toMatch(/<script|<b>/);
    expect(read(story!.html).meta('title')).toBe('<script>alert(1)</script> & "co"');
    expect(read(story!.html).filter('topic')).toEqual(['<b>']);
  });

  it("keeps each story's speakers once in its metadata, and reads back what it wrote", () => {
    const url = '/news/articles/x/';
    const quote = (speaker: string, paragraphUrl: string) => ({ speaker, speakerUrl: `/news/speakers/${speaker.length}/`, paragraphUrl });
    const data: RecordData = {
      kind: 'story',
      date: '2024-01-02',
      quotes: { q1: quote('A "quoted" </i> name', `${url}#p1`), q2: quote('A "quoted" </i> name', `${url}#p3`), q3: quote('Bo', '/news/elsewhere/#p2') },
    };
    const encoded = encodeRecordData(data, url);
    expect(encoded.match(/quoted/g)).toHaveLength(1);
    expect(encoded).not.toContain(`${url}#`);
    expect(decodeRecordData(encoded, url)).toEqual(data);
    const speaker: RecordData = { kind: 'speaker', date: '2024-01-02', quoteCount: 3 };
    expect(decodeRecordData(encodeRecordData(speaker, '/s/'), '/s/')).toEqual(speaker);
    expect(decodeRecordData('{"not":"ours"}', url)).toBeNull();
    expect(decodeRecordData(undefined, url)).toBeNull();
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
    // Kinds are filters over the two marks records carry (speakers; stories without quotes).
    const kind = (k: string) => pagefindFilters(readSearchState(new URLSearchParams({ kind: k }))).kind;
    expect([kind('speaker'), kind('story'), kind('quote')]).toEqual(['speaker', { not: 'speaker' }, { none: ['speaker', 'unquoted'] }]);
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

  it('says how many results are shown, for what, and whether more are to come', () => {
    const state = readSearchState(new URLSearchParams('q=no limits'));
    expect(resultSummary(0, false, state)).toBe('No results for “no limits”.');
    expect(resultSummary(1, false, state)).toBe('1 result for “no limits”.');
    expect(resultSummary(12, true, state)).toBe('12 results for “no limits” shown, more to show.');
  });
});
