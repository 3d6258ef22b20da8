import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { SEARCH_LANGUAGE, type SearchRecord } from './search-records.ts';
import { indexDigest, restoreIndex, saveIndex } from './search-index-cache.ts';

export interface SearchIndexStats {
  records: number;
  /** Files in the index folder and their total size on disk, in bytes. */
  files: number;
  bytes: number;
  seconds: number;
  /**
   * Processor time of the indexing (this process and Pagefind's), in seconds: steadier than
   * `seconds` on a busy machine. Null where the system does not tell (it is read from /proc).
   */
  cpuSeconds: number | null;
  /** True when the records were those of an index kept from an earlier build, which was reused. */
  reused: boolean;
}

/** Where finished indexes are kept between builds, and whether this build may reuse one. */
export interface SearchIndexCache {
  dir: string;
  /** False for `astro build --force`: index afresh (the result is still kept). */
  reuse: boolean;
}

/** The folder, under the built site, that the search page loads Pagefind and its index from. */
export const SEARCH_INDEX_DIR = 'pagefind';

/**
 * Pagefind's ready-made interfaces: the search page has its own (plain markup, no inline styles
 * for the CSP to block), so these are never served.
 */
const UNUSED_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\b/;

const BATCH = 500;

/**
 * Pagefind's options, part of the cache digest as anything that shapes the index must be.
 * Fragments are not bundled (no maxFragments): a bundle made a result fetch a dozen other records'
 * fragments, and at 10,000 articles bundling cost more processor time than it saved.
 */
const INDEX_OPTIONS = { forceLanguage: SEARCH_LANGUAGE };

/** The installed Pagefind's version (its package does not export package.json, so look for it). */
function pagefindVersion(): string {
  const require = createRequire(import.meta.url);
  for (const dir of require.resolve.paths('pagefind') ?? []) {
    const file = path.join(dir, 'pagefind', 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  }
  return 'unknown';
}

/** The digest a set of records is indexed and cached under. */
export function searchIndexDigest(records: readonly SearchRecord[]): string {
  // The files deleted after indexing are part of what a cached index holds.
  return indexDigest(records, { pagefind: pagefindVersion(), options: INDEX_OPTIONS, removed: UNUSED_FILES.source });
}

/** Fields of /proc/<pid>/stat after the command name, which may itself hold spaces. */
function statFields(pid: string | number): string[] {
  return readFileSync(`/proc/${pid}/stat`, 'utf8').split(')').at(-1)!.trim().split(/\s+/);
}

/**
 * Processor time of this process and all its children, ended or running (Pagefind's indexer is
 * one), in seconds; null where /proc does not tell (not Linux).
 */
export function processorSeconds(): number | null {
  const own = process.cpuUsage();
  try {
    // From the 3rd field on: utime, stime, cutime, cstime are the 14th to 17th, in 1/100 s.
    const ticks = (fields: string[]) => fields.slice(11, 15).reduce((sum, f) => sum + Number(f), 0);
    const self = statFields('self');
    let childTicks = Number(self[13]) + Number(self[14]);
    for (const task of readdirSync('/proc/self/task')) {
      for (const pid of readFileSync(`/proc/self/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) {
        childTicks += ticks(statFields(pid));
      }
    }
    return (own.user + own.system) / 1e6 + childTicks / 100;
  } catch {
    return null;
  }
}

/** Size of every file under a folder. */
export function folderSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = folderSize(full);
      files += inner.files;
      bytes += inner.bytes;
    } else {
      files += 1;
      bytes += statSync(full).size;
    }
  }
  return { files, bytes };
}

function fail(stage: string, errors: readonly string[]): never {
  throw new Error(`Search index: ${stage} failed: ${errors.join('; ')}`);
}

/**
 * Builds the Pagefind index of `records` into `outputDir` (the built site's pagefind/ folder),
 * replacing what was there. Throws when Pagefind reports an error, so the build stops rather
 * than publish a partial index. With a cache, an index whose records are those of one kept there
 * is copied from it instead (hard links where possible), and a new one is kept once written.
 */
export async function writeSearchIndex(
  records: readonly SearchRecord[],
  outputDir: string,
  cache?: SearchIndexCache,
): Promise<SearchIndexStats> {
  const started = performance.now();
  const cpuBefore = processorSeconds();
  const digest = cache ? searchIndexDigest(records) : '';
  const reused = cache?.reuse ? restoreIndex(cache.dir, digest, outputDir) : false;
  let cpuAfter: number | null;
  if (reused) {
    cpuAfter = processorSeconds();
  } else {
    cpuAfter = await runPagefind(records, outputDir);
    // Only now, with every file written and nothing reported: never keep a partial index.
    if (cache) saveIndex(cache.dir, digest, outputDir);
  }
  return {
    records: records.length,
    ...folderSize(outputDir),
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore,
    reused,
  };
}

/** Indexes the records afresh; returns the processor time read before Pagefind's process ends. */
async function runPagefind(records: readonly SearchRecord[], outputDir: string): Promise<number | null> {
  let cpuAfter: number | null = null;
  rmSync(outputDir, { recursive: true, force: true });
  // Made here so a folder that cannot be made fails clearly: Pagefind's process would panic on
  // it, and its Node API then never answers.
  mkdirSync(outputDir, { recursive: true });
  const created = await pagefind.createIndex(INDEX_OPTIONS);
  if (!created.index) fail('starting Pagefind', created.errors);
  const { index } = created;
  try {
    // Sent in batches without waiting for each answer: one round trip to Pagefind's process per
    // record made indexing most of the build's time on a large site.
    for (let start = 0; start < records.length; start += BATCH) {
      const batch = records.slice(start, start + BATCH);
      const added = await Promise.all(batch.map((record) => index.addHTMLFile({ url: record.url, content: record.html })));
      added.forEach((result, i) => {
        if (result.errors.length > 0) fail(`indexing ${batch[i]!.url}`, result.errors);
      });
    }
    const written = await index.writeFiles({ outputPath: outputDir });
    if (written.errors.length > 0) fail('writing the index', written.errors);
    // Read while Pagefind's process still runs, so its time counts.
    cpuAfter = processorSeconds();
  } finally {
    await pagefind.close();
  }
  for (const name of readdirSync(outputDir)) {
    if (UNUSED_FILES.test(name)) rmSync(path.join(outputDir, name), { recursive: true, force: true });
  }
  return cpuAfter;
}

/** The line the build logs about the index; the benchmarks read it back (readSearchIndexLine). */
export function searchIndexLine(stats: SearchIndexStats): string {
  return (
    `search index: ${stats.records} records${stats.reused ? ', unchanged: reused from the last build' : ''}, ` +
    `${stats.files} files, ${stats.bytes} bytes in ${stats.seconds.toFixed(2)} s` +
    (stats.cpuSeconds === null ? '' : ` (processor ${stats.cpuSeconds.toFixed(2)} s)`)
  );
}

/** The figures of the build's search index line, from its output; null when it has none. */
export function readSearchIndexLine(output: string): SearchIndexStats | null {
  const match = /search index: (\d+) records(, unchanged[^,]*)?, (\d+) files, (\d+) bytes in ([\d.]+) s(?: \(processor ([\d.]+) s\))?/.exec(output);
  if (!match) return null;
  return {
    records: Number(match[1]),
    reused: match[2] !== undefined,
    files: Number(match[3]),
    bytes: Number(match[4]),
    seconds: Number(match[5]),
    cpuSeconds: match[6] === undefined ? null : Number(match[6]),
  };
}
