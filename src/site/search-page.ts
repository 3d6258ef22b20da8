/**
 * The search page's script, the only script the site runs. It reads the query from the address,
 * asks Pagefind (loaded from the site's own pagefind/ folder) and renders the results with DOM
 * calls only: every piece of text from the index is set as text, never parsed as HTML.
 */
import {
  FILTER_NAMES,
  filterOptions,
  hasSearch,
  highlightSegments,
  pagefindFilters,
  readSearchState,
  resultSummary,
  searchStateQuery,
  type FilterName,
  type SearchState,
} from '../lib/search-query.ts';
import { decodeRecordData, RECORD_DATA_META, type QuoteLink, type RecordData } from '../lib/search-meta.ts';

interface PagefindSubResult {
  title: string;
  url: string;
  anchor?: { id: string };
}
interface PagefindData {
  url: string;
  meta: Record<string, string>;
  sub_results: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 250;
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('search-q') as HTMLInputElement;
const status = document.getElementById('search-status') as HTMLElement;
const list = document.getElementById('search-results') as HTMLOListElement;
const more = document.getElementById('search-more') as HTMLButtonElement;
const selects = Object.fromEntries(
  FILTER_NAMES.map((name) => [name, document.getElementById(`search-${name}`) as HTMLSelectElement]),
) as Record<FilterName, HTMLSelectElement>;

let pagefind: Promise<Pagefind> | null = null;
let results: PagefindResult[] = [];
/** Results shown, and Pagefind's results (pages) they came from. */
let shown = 0;
let pagesShown = 0;
let state: SearchState = readSearchState(new URLSearchParams(location.search));
/** Each search gets a number; only the latest one may render. */
let generation = 0;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ form.dataset.pagefind!)) as Pagefind;
    // Records carry full site paths already (base included): Pagefind must not prefix them.
    await module.options({ baseUrl: '/' });
    await module.init();
    return module;
  })();
  return pagefind;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

function link(href: string, ...children: (Node | string)[]): HTMLAnchorElement {
  const a = el('a', undefined, ...children);
  a.href = href;
  return a;
}

/** Text with the query's words in <mark>, built as nodes. */
function highlighted(text: string): Node[] {
  return highlightSegments(text, state.q).map((s) => (s.mark ? el('mark', undefined, s.text) : document.createTextNode(s.text)));
}

/** A name or headline as an isolate, so right-to-left text in it cannot reorder what follows. */
function isolate(text: string, ...nodes: Node[]): HTMLElement {
  const content: (Node | string)[] = nodes.length ? nodes : [text];
  return el('bdi', undefined, ...content);
}

function date(iso: string | undefined): (Node | string)[] {
  if (!iso) return [];
  const time = el('time', undefined, dateFormat.format(new Date(`${iso}T00:00:00Z`)));
  time.dateTime = iso;
  return [', ', time];
}

function quoteItem(title: string, quote: QuoteLink, story: string, storyUrl: string, iso: string | undefined): HTMLLIElement {
  return el(
    'li',
    'search-result',
    el('h2', 'search-result-title', link(quote.paragraphUrl, '“', ...highlighted(title), '”')),
    el(
      'p',
      'meta',
      'Quote · ',
      link(quote.speakerUrl, isolate(quote.speaker, ...highlighted(quote.speaker))),
      ' in ',
      link(storyUrl, isolate(story)),
      ...date(iso),
    ),
  );
}

function pageItem(url: string, meta: Record<string, string>, data: RecordData): HTMLLIElement {
  const title = meta.title ?? '';
  const detail = data.kind === 'story' ? meta.standfirst : meta.description;
  const count = data.kind === 'speaker' ? data.quoteCount : 0;
  return el(
    'li',
    'search-result',
    el('h2', 'search-result-title', link(url, isolate(title, ...highlighted(title)))),
    ...(detail ? [el('p', 'search-result-detail', ...highlighted(detail))] : []),
    data.kind === 'story' ? el('p', 'meta', 'Story', ...date(data.date)) : el('p', 'meta', `Speaker · ${count} ${count === 1 ? 'quote' : 'quotes'}`),
  );
}

/**
 * A page Pagefind found, as results: a speaker; or a story's matching quotes (its sub-results
 * under quote headings), each a result of its own, and the story itself when words outside its
 * quotes matched (or nothing else would show it). The kind filter picks quotes or stories.
 */
function renderResults(found: PagefindData): HTMLLIElement[] {
  const { meta, url } = found;
  const data = decodeRecordData(meta[RECORD_DATA_META], url);
  if (!data) return [];
  if (data.kind !== 'story') return [pageItem(url, meta, data)];
  const quoteOf = (sub: PagefindSubResult) => (sub.anchor ? data.quotes[sub.anchor.id] : undefined);
  const quotes = state.kind === 'story' ? [] : found.sub_results.filter((sub) => {
    const quote = quoteOf(sub);
    return quote && (!state.speaker || quote.speaker === state.speaker);
  });
  const items = quotes.map((sub) => quoteItem(sub.title, quoteOf(sub)!, meta.title ?? '', url, data.date));
  const storyMatched = found.sub_results.some((sub) => !quoteOf(sub));
  // With no words (a filter alone) Pagefind matches no section: the story stands for its quotes.
  const standsForQuotes = items.length === 0 && (state.kind === '' || !state.q);
  if (state.kind === 'story' || standsForQuotes || (state.kind === '' && storyMatched)) items.push(pageItem(url, meta, data));
  return items;
}

/**
 * Shows the next pages' results; results are counted as they are shown, since a page may hold
 * several (a story's quotes) or, under the kind filter, none.
 */
async function showMore(run: number, focusFirst: boolean): Promise<void> {
  const items: HTMLLIElement[] = [];
  while (items.length === 0 && pagesShown < results.length) {
    const page = results.slice(pagesShown, pagesShown + PAGE_SIZE);
    const data = await Promise.all(page.map((result) => result.data()));
    if (run !== generation) return;
    items.push(...data.flatMap(renderResults));
    pagesShown += page.length;
  }
  list.append(...items);
  shown += items.length;
  more.hidden = pagesShown >= results.length;
  status.textContent = resultSummary(shown, !more.hidden, state);
  // Keyboard readers continue where the new results start.
  if (focusFirst) items[0]?.querySelector('a')?.focus();
}

function fillSelect(name: FilterName, counts: Record<string, number> | undefined): void {
  if (name === 'kind') return; // a fixed list, in the page's markup
  const select = selects[name];
  const first = select.options[0]!;
  const options = filterOptions(counts, state[name]).map(({ value, count }) => {
    const option = el('option', undefined, `${value} (${count})`);
    option.value = value;
    option.selected = value === state[name];
    return option;
  });
  select.replaceChildren(first, ...options);
  first.selected = !state[name];
}

/**
 * Pagefind counts results per speaker and topic only once it has their filter files, which are
 * the larger part of a query's download on a big site: they are fetched when a reader reaches for
 * a filter (or arrives with one set), not for every search.
 */
let filtersLoaded: Promise<unknown> | null = null;
let filtersReady = false;
function loadFilters(): Promise<unknown> {
  filtersLoaded ??= loadPagefind()
    .then((pf) => pf.filters())
    .then(() => (filtersReady = true));
  return filtersLoaded;
}

/** The search whose speaker and topic choices were filled with the filters loaded: no need to ask again. */
let choicesFilledFor = -1;

function search(pf: Pagefind): Promise<PagefindSearch | null> {
  return pf.search(state.q || null, { filters: pagefindFilters(state) });
}

/** Each facet's choices: counts over the other facets' choice, ignoring its own. */
function fillSelects(found: PagefindSearch): void {
  for (const name of FILTER_NAMES) {
    const counts = state[name] ? found.totalFilters[name] : found.filters[name];
    if (counts) fillSelect(name, counts);
  }
}

async function runSearch(): Promise<void> {
  const run = ++generation;
  history.replaceState(null, '', `${location.pathname}${searchStateQuery(state)}`);
  if (!hasSearch(state)) {
    results = [];
    shown = 0;
    pagesShown = 0;
    list.replaceChildren();
    more.hidden = true;
    status.textContent = '';
    return;
  }
  list.setAttribute('aria-busy', 'true');
  try {
    const pf = await loadPagefind();
    if (state.speaker || state.topic) await loadFilters();
    const found = await search(pf);
    if (run !== generation || !found) return;
    results = found.results;
    shown = 0;
    pagesShown = 0;
    list.replaceChildren();
    fillSelects(found);
    if (filtersReady) choicesFilledFor = run;
    await showMore(run, false);
  } catch {
    if (run !== generation) return;
    status.textContent = 'Search is not available just now. Try again later, or browse the speakers and stories.';
    document.getElementById('search-noscript')!.hidden = false;
  } finally {
    if (run === generation) list.removeAttribute('aria-busy');
  }
}

/** Fills the speaker and topic choices for the current search, leaving its results alone. */
async function refreshChoices(): Promise<void> {
  const run = generation;
  if (choicesFilledFor === run) return;
  await loadFilters();
  const found = hasSearch(state) ? await search(await loadPagefind()) : null;
  if (run === generation && found) fillSelects(found);
}

function readForm(): SearchState {
  return readSearchState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

let typing: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(() => {
    state = readForm();
    void runSearch();
  }, TYPING_DELAY_MS);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typing);
  state = readForm();
  void runSearch();
});
for (const name of FILTER_NAMES) {
  selects[name].addEventListener('focus', () => void refreshChoices().catch(() => {}), { once: true });
  selects[name].addEventListener('change', () => {
    state = readForm();
    void runSearch();
  });
}
more.addEventListener('click', () => void showMore(generation, true));

// The page works: hide the note for readers without script and show the filters.
document.getElementById('search-noscript')!.hidden = true;
document.getElementById('search-filters')!.hidden = false;
input.value = state.q;
selects.kind.value = state.kind;
for (const name of ['speaker', 'topic'] as const) fillSelect(name, state[name] ? { [state[name]]: 0 } : undefined);
void runSearch();
