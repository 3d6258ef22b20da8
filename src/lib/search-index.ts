import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { SEARCH_LANGUAGE, type SearchRecord } from './search-records.ts';

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
 * Above this many records Pagefind bundles result fragments into shared files: one small file per
 * record cost more processor time to write (and a host to upload) than the few extra bytes a
 * result then fetches.
 */
const MAX_FRAGMENTS = 1000;

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
 * than publish a partial index.
 */
export async function writeSearchIndex(records: readonly SearchRecord[], outputDir: string): Promise<SearchIndexStats> {
  const started = performance.now();
  const cpuBefore = processorSeconds();
  let cpuAfter: number | null = null;
  rmSync(outputDir, { recursive: true, force: true });
  const created = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE, maxFragments: MAX_FRAGMENTS });
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
  const size = folderSize(outputDir);
  return {
    records: records.length,
    ...size,
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore,
  };
}
