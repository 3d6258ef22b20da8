import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inputFiles } from '../../scripts/cli-inputs.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the command line’s input files', () => {
  it('takes files as given and folders as their text files in name order, subfolders included', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'otr-cli-'));
    dirs.push(dir);
    mkdirSync(path.join(dir, 'sub'));
    for (const name of ['b.txt', 'a.md', 'sub/c.txt', 'image.png', '.hidden.txt']) writeFileSync(path.join(dir, name), 'x');
    expect(inputFiles(['one.txt', dir, 'two.txt'])).toEqual([
      'one.txt',
      path.join(dir, 'a.md'),
      path.join(dir, 'b.txt'),
      path.join(dir, 'sub', 'c.txt'),
      'two.txt',
    ]);
  });
});
