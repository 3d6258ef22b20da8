import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REQUIRED_OUTPUT, prepareStaging, publishStaging, recoverInterrupted, stagedOutput } from '../../src/lib/staged-output.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function site(dir: string, marker: string, files = REQUIRED_OUTPUT): void {
  mkdirSync(dir, { recursive: true });
  for (const f of files) writeFileSync(path.join(dir, f), marker);
}

function setup() {
  const root = mkdtempSync(path.join(tmpdir(), 'otr-stage-'));
  dirs.push(root);
  const stage = stagedOutput(path.join(root, 'dist'));
  site(stage.outDir, 'old');
  return stage;
}

describe('staged output', () => {
  it('publishes a complete build in place of the previous one, leaving nothing beside it', () => {
    const stage = setup();
    prepareStaging(stage);
    site(stage.staging, 'new');
    publishStaging(stage);
    expect(readFileSync(path.join(stage.outDir, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(stage.staging) || existsSync(stage.previous)).toBe(false);
  });

  it('keeps the previous output when the build wrote only part of the site', () => {
    const stage = setup();
    prepareStaging(stage);
    site(stage.staging, 'new', ['404.html']);
    expect(() => publishStaging(stage)).toThrow(/did not write index\.html, _headers/);
    expect(readFileSync(path.join(stage.outDir, 'index.html'), 'utf8')).toBe('old');
  });

  it('repairs what a build killed at any moment left: a staging folder, or the old output moved aside', () => {
    const stage = setup();
    site(stage.staging, 'half');
    recoverInterrupted(stage);
    expect(existsSync(stage.staging)).toBe(false);
    expect(readFileSync(path.join(stage.outDir, 'index.html'), 'utf8')).toBe('old');
    // Killed between "move the old output aside" and "move the new one in".
    rmSync(stage.previous, { recursive: true, force: true });
    renameSync(stage.outDir, stage.previous);
    prepareStaging(stage);
    expect(readFileSync(path.join(stage.outDir, 'index.html'), 'utf8')).toBe('old');
    expect(existsSync(stage.previous)).toBe(false);
  });
});
