/**
 * A build killed half way, while it writes pages, leaves the previous output whole: `npm run
 * build` builds into a staging folder beside OUT_DIR and only a finished build replaces OUT_DIR.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { BUILD_ROOT, BUILD_SCRIPT, PROJECT_ROOT, listFiles } from './support/builds.ts';
import { generateContent } from './support/generated-content.ts';
import { site } from './support/site.ts';

// One build at a time: two Astro builds of one project share its content-layer cache.
test.describe.configure({ mode: 'serial' });

function startBuild(outDir: string, contentDir: string): { child: ChildProcess; output: () => string; exit: Promise<number | null> } {
  const child = spawn(process.execPath, ['--experimental-strip-types', BUILD_SCRIPT, '--force'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, SITE_URL: '', CONTENT_DIR: contentDir, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exit = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, output: () => output, exit };
}

/** Waits until the build has written `count` article pages into its staging folder. */
async function pagesWritten(staging: string, count: number, build: { output: () => string }): Promise<number> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    const dir = join(staging, 'articles');
    const written = existsSync(dir) ? readdirSync(dir).length : 0;
    if (written >= count) return written;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`the build never wrote ${count} pages:\n${build.output().slice(-2000)}`);
}

function expectSameFiles(expected: string, actual: string): void {
  const files = listFiles(expected);
  expect(files.length).toBeGreaterThan(5);
  expect(listFiles(actual), 'the same files as before').toEqual(files);
  const changed = files.filter((f) => !readFileSync(join(expected, f)).equals(readFileSync(join(actual, f))));
  expect(changed, 'files changed').toEqual([]);
}

for (const how of ['SIGTERM to npm run build', 'SIGKILL to the build and everything it started'] as const) {
  test(`a build killed half way (${how}) leaves the previous output whole`, async () => {
    test.setTimeout(300_000);
    const previous = site('root').build.outDir;
    const outDir = join(BUILD_ROOT, 'killed');
    const staging = join(BUILD_ROOT, '.killed.staging');
    rmSync(outDir, { recursive: true, force: true });
    cpSync(previous, outDir, { recursive: true });
    const build = startBuild(outDir, generateContent('many-articles'));
    const written = await pagesWritten(staging, 20, build);
    if (how.startsWith('SIGTERM')) build.child.kill('SIGTERM');
    else process.kill(-build.child.pid!, 'SIGKILL');
    const code = await build.exit;
    expect(code, 'exit code of the killed build').not.toBe(0);
    // Half way indeed: pages were being written, not all 240 of them.
    expect(written).toBeLessThan(240);
    expectSameFiles(previous, outDir);
    if (how.startsWith('SIGTERM')) {
      expect(build.output()).toContain('was left as it was');
      expect(existsSync(staging), 'the staging folder is cleared').toBe(false);
    }
    rmSync(outDir, { recursive: true, force: true });
    rmSync(staging, { recursive: true, force: true });
  });
}
