import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Where a build writes before it is published, and where the previous output waits while the
 * new one takes its place. Both are siblings of the output folder, so moving between them is a
 * rename on one file system, never a copy a crash could leave half done.
 */
export interface StagedOutput {
  outDir: string;
  staging: string;
  previous: string;
}

export function stagedOutput(outDir: string): StagedOutput {
  const resolved = path.resolve(outDir);
  const parent = path.dirname(resolved);
  const name = path.basename(resolved);
  return {
    outDir: resolved,
    staging: path.join(parent, `.${name}.staging`),
    previous: path.join(parent, `.${name}.previous`),
  };
}

/**
 * Undoes what an interrupted build left behind: a staging folder is thrown away, and output
 * moved aside by a build killed between its two renames is put back.
 */
export function recoverInterrupted(stage: StagedOutput): void {
  rmSync(stage.staging, { recursive: true, force: true });
  if (existsSync(stage.previous)) {
    if (existsSync(stage.outDir)) rmSync(stage.previous, { recursive: true, force: true });
    else renameSync(stage.previous, stage.outDir);
  }
}

/** An empty staging folder for the next build. */
export function prepareStaging(stage: StagedOutput): void {
  recoverInterrupted(stage);
  mkdirSync(path.dirname(stage.staging), { recursive: true });
}

/** Files a finished build must have written; a build without them is not published. */
export const REQUIRED_OUTPUT = ['index.html', '404.html', '_headers', 'sitemap-index.xml', 'rss.xml', 'robots.txt'];

export function missingOutput(dir: string): string[] {
  return REQUIRED_OUTPUT.filter((file) => !existsSync(path.join(dir, file)) || !statSync(path.join(dir, file)).isFile());
}

/**
 * Puts a finished build in place of the previous output: the old folder is moved aside, the
 * new one moved in, then the old one deleted. A kill between the renames is repaired by
 * recoverInterrupted on the next build.
 */
export function publishStaging(stage: StagedOutput): void {
  const missing = missingOutput(stage.staging);
  if (missing.length > 0) throw new Error(`the build did not write ${missing.join(', ')}; the previous output is kept`);
  rmSync(stage.previous, { recursive: true, force: true });
  const hadOutput = existsSync(stage.outDir);
  if (hadOutput) renameSync(stage.outDir, stage.previous);
  renameSync(stage.staging, stage.outDir);
  if (hadOutput) rmSync(stage.previous, { recursive: true, force: true });
}
