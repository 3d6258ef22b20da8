/**
 * `npm run bench:search -- [--articles N] [--content DIR] [--keep]`: what search costs at scale.
 * Builds the site (`astro build`, so the index is made exactly as in `npm run build`) from a
 * content folder, then prints the build's time, the indexing's time and share of it, the index's
 * size on disk, and the bytes a reader's browser fetches for typical queries on /search/ (and
 * for opening the speaker and topic filters).
 *
 * With --articles N it first writes N articles to a temporary folder, the same ones bench:site
 * builds (scripts/bench-articles.ts: the PolNeAR news texts when ../shared is there, else generated
 * prose). The temporary folders are deleted unless --keep.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { folderSize, processorSeconds, readSearchIndexLine, SEARCH_INDEX_DIR } from '../src/lib/search-index.ts';
import { startStaticServer } from '../tests/e2e/support/static-server.ts';
import { writeBenchArticles } from './bench-articles.ts';
import { ASTRO_NODE_FLAGS } from './astro-node-flags.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../', import.meta.url));
const CORPUS = path.join(PROJECT_ROOT, '..', 'shared', 'corpora', 'polnear');
/** Typical queries: a common word, a surname, two words, a rare word, a filter-free miss. */
const DEFAULT_QUERIES = ['president', 'Clinton', 'health care', 'filibuster', 'zzyzx'];

interface QueryCost {
  query: string;
  results: number;
  /** Bytes of every response the search page fetched for the query, as served (not compressed). */
  bytes: number;
  /** The same with text files (HTML, JS, JSON) gzipped, as a host would send them; Pagefind's own files are already gzipped. */
  gzipBytes: number;
  /** Of those, Pagefind's (pagefind.js, its worker and WebAssembly, the index chunks). */
  pagefindBytes: number;
  /** Extra bytes when the reader then opens the speaker/topic filters, as served and with text gzipped. */
  filterBytes: number;
  filterGzipBytes: number;
  /** Bytes (text gzipped), query and filters together, by what the file is: page, code, meta, index, fragment, filter. */
  byKind: Record<string, { files: number; bytes: number }>;
}

interface SearchMeasure {
  indexFiles: number;
  indexBytes: number;
  queries: QueryCost[];
}

function chromiumPath(): string | undefined {
  for (const candidate of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return undefined;
}

const compressible = (url: string) => /\.(html|js|json|css)$|\/$/.test(new URL(url).pathname);

/** What a fetched file is, for the breakdown: the page itself, Pagefind's code, or which part of its index. */
function fileKind(url: string): string {
  const pathname = new URL(url).pathname;
  if (!pathname.includes(`/${SEARCH_INDEX_DIR}/`)) return 'page';
  const match = /\.pf_(meta|index|fragment|filter)$/.exec(pathname);
  return match ? match[1]! : 'code';
}

interface Fetched {
  url: string;
  body: Buffer;
}

const rawSize = (files: readonly Fetched[]) => files.reduce((n, f) => n + f.body.length, 0);
const servedSize = (f: Fetched) => (compressible(f.url) ? gzipSync(f.body).length : f.body.length);
const gzipSize = (files: readonly Fetched[]) => files.reduce((n, f) => n + servedSize(f), 0);

/** Index size on disk, and what /search/?q=… fetches, on a built site served locally. */
async function measureSearchIndex(outDir: string, basePath: string, queries = DEFAULT_QUERIES): Promise<SearchMeasure> {
  const size = folderSize(path.join(outDir, SEARCH_INDEX_DIR));
  const { server, origin } = await startStaticServer(path.resolve(outDir), basePath);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const costs: QueryCost[] = [];
  try {
    for (const query of queries) {
      // A fresh context per query: nothing cached, as for a reader's first search.
      const context = await browser.newContext();
      const page = await context.newPage();
      const fetched: Fetched[] = [];
      page.on('response', (response) => {
        void response
          .body()
          .then((body) => fetched.push({ url: response.url(), body }))
          .catch(() => {});
      });
      await page.goto(`${origin}${basePath}search/?q=${encodeURIComponent(query)}`);
      await page.waitForFunction(() => /result/.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      const results = Number((await page.locator('#search-status').textContent())?.match(/^(\d+)/)?.[1] ?? 0);
      const forQuery = [...fetched];
      // Then the reader reaches for the speaker filter, which loads the filters' files.
      await page.locator('#search-speaker').focus();
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      const forFilters = fetched.slice(forQuery.length);
      const byKind: QueryCost['byKind'] = {};
      for (const file of fetched) {
        const entry = (byKind[fileKind(file.url)] ??= { files: 0, bytes: 0 });
        entry.files += 1;
        entry.bytes += servedSize(file);
      }
      costs.push({
        query,
        results,
        bytes: rawSize(forQuery),
        gzipBytes: gzipSize(forQuery),
        pagefindBytes: rawSize(forQuery.filter((f) => f.url.includes(`/${SEARCH_INDEX_DIR}/`))),
        filterBytes: rawSize(forFilters),
        filterGzipBytes: gzipSize(forFilters),
        byKind,
      });
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return { indexFiles: size.files, indexBytes: size.bytes, queries: costs };
}

/** N articles made from the corpus texts, cycled; returns the folder holding articles/. */
function buildSite(contentDir: string, outDir: string): { seconds: number; cpuSeconds: number | null; output: string } {
  const started = performance.now();
  const cpuBefore = processorSeconds();
  const astro = path.join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const run = spawnSync(process.execPath, [...ASTRO_NODE_FLAGS, astro, 'build', '--force'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, SITE_URL: '', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const output = `${run.stdout}${run.stderr}`;
  if (run.status !== 0) throw new Error(`astro build failed:\n${output.slice(-3000)}`);
  const cpuAfter = processorSeconds();
  const cpuSeconds = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
  return { seconds: (performance.now() - started) / 1000, cpuSeconds, output };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const keep = args.includes('--keep');
  const work = mkdtempSync(path.join(tmpdir(), 'bench-search-'));
  try {
    const articles = option('--articles');
    const contentDir = option('--content') ?? (articles ? writeBenchArticles(path.join(work, 'content'), Number(articles), CORPUS) : 'src/content');
    const outDir = path.join(work, 'dist');
    const build = buildSite(contentDir, outDir);
    const index = readSearchIndexLine(build.output);
    const records = index?.records;
    const measure = await measureSearchIndex(outDir, '/');
    const share = (part: number | null | undefined, whole: number | null) =>
      part != null && whole ? `${((100 * part) / whole).toFixed(1)}%` : '?';
    console.log(`content: ${contentDir}${articles ? ` (${articles} synthetic articles)` : ''}`);
    console.log(`build: ${build.seconds.toFixed(1)} s (processor ${build.cpuSeconds?.toFixed(1) ?? '?'} s) with indexing; ` +
      `without it ${index ? (build.seconds - index.seconds).toFixed(1) : '?'} s (processor ${index?.cpuSeconds != null && build.cpuSeconds ? (build.cpuSeconds - index.cpuSeconds).toFixed(1) : '?'} s)`);
    console.log(`indexing ${records} records: ${index?.seconds.toFixed(1) ?? '?'} s, ${share(index?.seconds, build.seconds)} of the build; ` +
      `processor ${index?.cpuSeconds?.toFixed(1) ?? '?'} s, ${share(index?.cpuSeconds, build.cpuSeconds)} of the build's`);
    console.log(`index: ${measure.indexFiles} files, ${kb(measure.indexBytes)} on disk`);
    for (const q of measure.queries) {
      console.log(
        `query "${q.query}": ${q.results} results, ${kb(q.bytes)} fetched (${kb(q.gzipBytes)} with text gzipped; Pagefind ${kb(q.pagefindBytes)}); ` +
          `opening the filters +${kb(q.filterBytes)} (+${kb(q.filterGzipBytes)}): ${kb(q.gzipBytes + q.filterGzipBytes)} in all, gzipped`,
      );
      console.log(`  ${Object.entries(q.byKind).map(([kind, f]) => `${kind} ${kb(f.bytes)} in ${f.files}`).join(', ')}`);
    }
    if (keep) console.log(`kept ${work}`);
  } finally {
    if (!keep) rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
