/**
 * The search page's state and text, as pure functions: what its address says (?q=&kind=&speaker=
 * &topic=), what it asks Pagefind, how it marks the words found and what it announces.
 */
import type { SearchKind } from './search-records.ts';
import { kindFilter } from './search-meta.ts';

export interface SearchState {
  q: string;
  kind: SearchKind | '';
  speaker: string;
  topic: string;
}

const KINDS: readonly SearchKind[] = ['quote', 'story', 'speaker'];
export const FILTER_NAMES = ['kind', 'speaker', 'topic'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

export function readSearchState(params: URLSearchParams): SearchState {
  const text = (name: string) => (params.get(name) ?? '').trim();
  const kind = text('kind');
  return {
    q: text('q'),
    kind: (KINDS as readonly string[]).includes(kind) ? (kind as SearchKind) : '',
    speaker: text('speaker'),
    topic: text('topic'),
  };
}

/** The address's query for a state ("?q=no+limits&kind=quote"), leaving out what is unset. */
export function searchStateQuery(state: SearchState): string {
  const params = new URLSearchParams();
  for (const name of ['q', ...FILTER_NAMES] as const) if (state[name]) params.set(name, state[name]);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The filters to hand Pagefind: only those the reader set, the kind as search-meta.ts marks it. */
export function pagefindFilters(state: SearchState): Partial<Record<FilterName, string | ReturnType<typeof kindFilter>>> {
  const filters: Partial<Record<FilterName, string | ReturnType<typeof kindFilter>>> = {};
  for (const name of FILTER_NAMES) if (state[name]) filters[name] = state[name];
  if (state.kind) filters.kind = kindFilter(state.kind);
  return filters;
}

/** Whether there is anything to search for: words, or a filter to list everything under. */
export function hasSearch(state: SearchState): boolean {
  return state.q !== '' || FILTER_NAMES.some((name) => state[name] !== '');
}

export interface TextSegment {
  text: string;
  mark: boolean;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Splits `text` into runs, marking each word that starts with one of the query's words (Pagefind
 * matches the last word as a prefix, so marking prefixes shows why a result was found).
 */
export function highlightSegments(text: string, query: string): TextSegment[] {
  const words = query
    .toLocaleLowerCase('en')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .sort((a, b) => b.length - a.length);
  if (words.length === 0 || text === '') return text === '' ? [] : [{ text, mark: false }];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escapeRegExp).join('|')})[\\p{L}\\p{N}]*`, 'giu');
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) segments.push({ text: text.slice(last, match.index), mark: false });
    segments.push({ text: match[0], mark: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), mark: false });
  return segments;
}

export interface FilterOption {
  value: string;
  count: number;
}

/**
 * A facet's choices for the current words: the values with results, most results first, at most
 * `limit` of them, and always the one the reader chose (even with no result left), so a select
 * never loses its own value.
 */
export function filterOptions(counts: Readonly<Record<string, number>> | undefined, selected: string, limit = 50): FilterOption[] {
  const options = Object.entries(counts ?? {})
    .filter(([, count]) => count > 0)
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'en'))
    .slice(0, limit);
  if (selected && !options.some((option) => option.value === selected)) {
    options.push({ value: selected, count: counts?.[selected] ?? 0 });
  }
  return options;
}

/**
 * What the live region says once results are shown: how many, for what, and whether there are
 * more to show (a story's matching quotes are results of their own, so the total is known only
 * once every page Pagefind found has been read).
 */
export function resultSummary(shown: number, more: boolean, state: SearchState): string {
  const what = state.q ? ` for “${state.q}”` : '';
  if (shown === 0 && !more) return `No results${what}.`;
  const count = `${shown} ${shown === 1 ? 'result' : 'results'}${what}`;
  return more ? `${count} shown, more to show.` : `${count}.`;
}
