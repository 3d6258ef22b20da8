import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('quotes CLI', () => {
  it('links speakers across the files it is given, so speaker.id is the page id', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'otr-cli-'));
    dirs.push(dir);
    const a = path.join(dir, 'a.txt');
    const b = path.join(dir, 'b.txt');
    writeFileSync(a, 'Harbour Minister Ada Kline spoke on Monday. “The docks stay open,” Kline said.');
    writeFileSync(b, '“We will not close them,” Kline said on Tuesday.');
    const out = execFileSync(process.execPath, ['--experimental-strip-types', '--no-warnings', 'scripts/quotes-cli.ts', a, b], { encoding: 'utf8' });
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as { file: string; quotes: Array<{ speaker: { id: string; name: string } | null }> });
    expect(lines.map((l) => l.file)).toEqual([a, b]);
    expect(lines.map((l) => l.quotes[0]?.speaker?.id)).toEqual(['ada-kline', 'ada-kline']);
    expect(lines[1]?.quotes[0]?.speaker?.name).toBe('Ada Kline');
    // a child process on a shared machine: generous time, no speed claim
  }, 60_000);
});
