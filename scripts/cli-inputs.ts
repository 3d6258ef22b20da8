/**
 * The files a command-line tool reads, from its arguments: each is a file, a folder (every .txt
 * and .md file in it and its subfolders, in name order), or "-" for a list of paths on
 * standard input, one a line. A folder or "-" is how to pass thousands of files: npm hands a
 * script's arguments to a shell as one string, which has a length limit.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const TEXT_FILE = /\.(txt|md)$/i;

function filesInFolder(dir: string): string[] {
  const out: string[] = [];
  const names = readdirSync(dir).filter((name) => !name.startsWith('.')).sort();
  for (const name of names) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...filesInFolder(full));
    else if (TEXT_FILE.test(name)) out.push(full);
  }
  return out;
}

function pathsFromStdin(): string[] {
  return readFileSync(0, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** Expands the arguments in order; a path that cannot be read is kept, for the caller to report. */
export function inputFiles(args: readonly string[]): string[] {
  const out: string[] = [];
  for (const arg of args) {
    if (arg === '-') {
      out.push(...inputFiles(pathsFromStdin().filter((p) => p !== '-')));
      continue;
    }
    let isDir = false;
    try {
      isDir = statSync(arg).isDirectory();
    } catch {
      // Missing: reported when it is read.
    }
    if (isDir) out.push(...filesInFolder(arg));
    else out.push(arg);
  }
  return out;
}
