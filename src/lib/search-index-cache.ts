import { createHash, randomBytes } from 'node:crypto';
import {
  copyFileSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';

/**
 * A finished search index kept outside the built site, under the digest of everything it was
 * made from, so a build whose records are the same as the last one's copies it instead of
 * running Pagefind again (Pagefind cannot add to an index: any change reindexes in full).
 * Entries are written complete or not at all: the files go to a temporary folder, which is
 * renamed to its digest only once every file and the manifest are in it.
 */

/** What the cache keeps of an index: its files (relative paths, '/'-separated) and their sizes. */
interface Manifest {
  digest: string;
  files: [string, number][];
}

const MANIFEST = 'manifest.json';
/** Entries kept: the latest few, so switching between two builds (root and subpath) still reuses. */
const KEEP = 3;

/**
 * A digest over what an index is made of: the records (sorted by URL, so their order does not
 * matter), and whatever else shapes the files (the indexer's version, its options, our own
 * post-processing), passed as `settings`.
 */
export function indexDigest(records: readonly { url: string; html: string }[], settings: unknown): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(settings));
  const sorted = [...records].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  for (const record of sorted) hash.update(`\0${record.url}\0${record.html}`);
  return hash.digest('hex');
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(dir, rel) : [rel];
  });
}

/** A hard link where the file system allows one (no bytes copied), else a copy. */
function linkOrCopy(from: string, to: string): void {
  mkdirSync(path.dirname(to), { recursive: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

const entryDir = (cacheDir: string, digest: string) => path.join(cacheDir, digest);

function readManifest(dir: string): Manifest | null {
  try {
    return JSON.parse(readFileSync(path.join(dir, MANIFEST), 'utf8')) as Manifest;
  } catch {
    return null;
  }
}

/**
 * Puts the cached index for `digest` into `outputDir` (emptied first) and returns true; false
 * when there is none or it is not whole (a file missing or of another size), leaving
 * `outputDir` empty for a fresh index.
 */
export function restoreIndex(cacheDir: string, digest: string, outputDir: string): boolean {
  const dir = entryDir(cacheDir, digest);
  const manifest = readManifest(dir);
  rmSync(outputDir, { recursive: true, force: true });
  if (!manifest || manifest.digest !== digest) return false;
  try {
    for (const [file, size] of manifest.files) {
      const from = path.join(dir, 'files', file);
      if (statSync(from).size !== size) throw new Error(`${file} changed in the cache`);
      linkOrCopy(from, path.join(outputDir, file));
    }
    const now = new Date();
    utimesSync(dir, now, now); // newest used, so pruning keeps it
    return true;
  } catch {
    rmSync(outputDir, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
    return false;
  }
}

/**
 * Keeps the finished index in `outputDir` under `digest`. Call only once the index is whole: a
 * failed or partial index must never be reused. Best effort: a cache that cannot be written
 * costs the next build its reuse, never this build.
 */
export function saveIndex(cacheDir: string, digest: string, outputDir: string): void {
  const target = entryDir(cacheDir, digest);
  const temporary = path.join(cacheDir, `.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    const files = listFiles(outputDir);
    const manifest: Manifest = { digest, files: files.map((file) => [file, statSync(path.join(outputDir, file)).size]) };
    for (const file of files) linkOrCopy(path.join(outputDir, file), path.join(temporary, 'files', file));
    writeFileSync(path.join(temporary, MANIFEST), JSON.stringify(manifest));
    rmSync(target, { recursive: true, force: true });
    renameSync(temporary, target);
    pruneEntries(cacheDir, digest);
  } catch {
    rmSync(temporary, { recursive: true, force: true });
  }
}

/** Drops all but the newest few entries, and temporary folders killed builds left (an hour old). */
function pruneEntries(cacheDir: string, keep: string): void {
  const others = readdirSync(cacheDir)
    .filter((name) => name !== keep)
    .map((name) => ({ name, time: statSync(path.join(cacheDir, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  const leftovers = others.filter((entry) => entry.name.startsWith('.tmp-') && Date.now() - entry.time > 3_600_000);
  const older = others.filter((entry) => !entry.name.startsWith('.tmp-')).slice(KEEP - 1);
  for (const entry of [...leftovers, ...older]) rmSync(path.join(cacheDir, entry.name), { recursive: true, force: true });
}

