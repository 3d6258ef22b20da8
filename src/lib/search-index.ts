import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchRecord } from './search-records.ts';

export interface SearchIndexStats {
  records: number;
  /** Files in the index folder and their total size on disk, in bytes. */
  files: number;
  bytes: number;
  seconds: number;
}

/** The folder, under the built site, that the search page loads Pagefind and its index from. */
export const SEARCH_INDEX_DIR = 'pagefind';

/**
 * Pagefind's ready-made interfaces: the search page has its own (plain markup, no inline styles
 * for the CSP to block), so these are never served.
 */
const UNUSED_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\b/;

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
  rmSync(outputDir, { recursive: true, force: true });
  const created = await pagefind.createIndex({ forceLanguage: records[0]?.language ?? 'en' });
  if (!created.index) fail('starting Pagefind', created.errors);
  const { index } = created;
  try {
    for (const record of records) {
      const added = await index.addCustomRecord({ ...record, filters: { ...record.filters } });
      if (added.errors.length > 0) fail(`indexing ${record.url}`, added.errors);
    }
    const written = await index.writeFiles({ outputPath: outputDir });
    if (written.errors.length > 0) fail('writing the index', written.errors);
  } finally {
    await pagefind.close();
  }
  for (const name of readdirSync(outputDir)) {
    if (UNUSED_FILES.test(name)) rmSync(path.join(outputDir, name), { recursive: true, force: true });
  }
  const size = folderSize(outputDir);
  return { records: records.length, ...size, seconds: (performance.now() - started) / 1000 };
}
