import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from './content-error.ts';
import { cleanText } from './clean-text.ts';

/** The files of one content folder that the build reads, and what it skipped that looked like content. */
export interface ContentListing {
  /** File names (not paths), in a stable order whatever the file system returns. */
  names: string[];
  /** One line per file that looks like content but is not read, naming it and why. */
  skipped: string[];
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const hidden = (name: string) => name.startsWith('.') || name.startsWith('_');

/** Names an editor might give an article (or profile) that the build does not read. */
function looksLike(extension: string): RegExp {
  return extension === '.md' ? /\.(md|markdown|mdown|mkd|mdx)$/i : new RegExp(`\\${extension}$`, 'i');
}

/** The content folder itself: missing is an error, so a typo in CONTENT_DIR never publishes an empty site. */
export function requireContentDir(contentDir: string): void {
  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
    throw new ContentError(contentDir, 'CONTENT_DIR', 'there is no content folder here (it must hold articles/ and optionally speakers/)');
  }
}

/**
 * Checks one entry that will be read: it must be a file (a folder named "x.md" is not), a link
 * must lead somewhere, and wherever it leads must be inside the content folder.
 */
function checkEntry(contentDir: string, file: string): void {
  let target: string;
  try {
    target = realpathSync(file);
  } catch {
    throw new ContentError(file, null, 'is a link to a file that does not exist');
  }
  const root = realpathSync(contentDir);
  if (target !== root && !target.startsWith(root + path.sep)) {
    throw new ContentError(file, null, `leads to ${target}, outside the content folder ${root}: content must live inside it`);
  }
  if (!statSync(target).isFile()) {
    throw new ContentError(file, null, 'is a folder, not a file: only files are read as content (rename the folder)');
  }
}

/** Folders below `dir` holding files that look like content, which the build never reads. */
function nestedLookalikes(dir: string, pattern: RegExp, depth = 0): string[] {
  if (depth > 3) return [];
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (hidden(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && !pattern.test(entry.name)) {
      for (const inner of readdirSync(full, { withFileTypes: true })) {
        if (!hidden(inner.name) && inner.isFile() && pattern.test(inner.name)) found.push(path.join(full, inner.name));
      }
      found.push(...nestedLookalikes(full, pattern, depth + 1).filter((f) => !found.includes(f)));
    }
  }
  return found;
}

/**
 * The files of `contentDir/folder` ending exactly in `extension`. Files that look like content
 * but are skipped (another case or extension, a subfolder) are listed for a warning; an entry
 * that cannot be read safely is a ContentError naming it.
 */
export function listContentFiles(contentDir: string, folder: string, extension: string): ContentListing {
  const dir = path.join(contentDir, folder);
  if (!existsSync(dir)) return { names: [], skipped: [] };
  if (!statSync(dir).isDirectory()) throw new ContentError(dir, null, `must be a folder holding the ${folder}`);
  const pattern = looksLike(extension);
  const names: string[] = [];
  const skipped: string[] = [];
  for (const name of readdirSync(dir).sort(compare)) {
    if (hidden(name)) continue;
    const full = path.join(dir, name);
    if (name.endsWith(extension)) {
      checkEntry(contentDir, full);
      names.push(name);
    } else if (pattern.test(name) && !lstatSync(full).isDirectory()) {
      skipped.push(`${full} is skipped: only names ending in "${extension}" (lower case) are read`);
    }
  }
  for (const nested of nestedLookalikes(dir, pattern)) {
    skipped.push(`${nested} is skipped: ${folder} are read only from ${dir} itself, not from its subfolders`);
  }
  return { names, skipped };
}

/** The line (from 1) of the first character in `text` at `index`. */
function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/**
 * A content file as text: strict UTF-8 (a Latin-1 file would otherwise be published with U+FFFD
 * in place of its letters), the byte-order mark dropped, invisible characters removed (cleanText).
 */
export function readContentFile(file: string): string {
  const bytes = readFileSync(file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    throw new ContentError(
      file,
      `(encoding, line ${lineAt(lossy, lossy.indexOf('\uFFFD'))})`,
      'is not UTF-8 text (perhaps saved as Latin-1 or Windows-1252): save the file as UTF-8',
    );
  }
  return cleanText(text.replace(/^\uFEFF/, ''));
}
