/**
 * Builds every fixture site once, one after another (parallel Astro builds of one project would
 * share its content-layer cache), each into .build-fixtures/<name>/ through OUT_DIR, then serves
 * the ones the browser tests visit on free ports. A build that fails is recorded, not thrown:
 * the tests for that fixture fail with the build's output, the others still run.
 *
 * E2E_REUSE_BUILDS=1 skips the builds and serves what the previous run left (local iteration);
 * E2E_BUILDS=archive,root builds only the fixtures named (with a test file, for local iteration).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import {
  BUILD_ROOT,
  BUILD_SCRIPT,
  BUILD_SPECS,
  PROJECT_ROOT,
  STATE_FILE,
  listFiles,
  type BuildResult,
  type BuildSpec,
  type State,
} from './support/builds.ts';
import { startStaticServer } from './support/static-server.ts';
import { writeArchiveFixture } from './support/archive.ts';
import { generateContent } from './support/generated-content.ts';

function runBuild(spec: BuildSpec): Promise<BuildResult> {
  const outDir = join(BUILD_ROOT, spec.name);
  rmSync(outDir, { recursive: true, force: true });
  // A failing build starts over the output of a good one, which it must leave as it was.
  if (spec.expectFailure) cpSync(join(BUILD_ROOT, 'root'), outDir, { recursive: true });
  const contentDir = spec.generated ? generateContent(spec.generated) : undefined;
  const started = Date.now();
  return new Promise((resolve) => {
    // `npm run build`'s own script (staged: OUT_DIR changes only when the build succeeds).
    // --force: start from an empty content-layer cache, so one fixture's content never leaks
    // into the next build.
    const child = spawn(process.execPath, ['--experimental-strip-types', BUILD_SCRIPT, '--force'], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        SITE_URL: '',
        CONTENT_DIR: '',
        ...spec.env,
        ...(contentDir ? { CONTENT_DIR: contentDir } : {}),
        OUT_DIR: outDir,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => {
      const basePath = new URL(spec.siteUrl).pathname;
      resolve({
        name: spec.name,
        outDir,
        siteUrl: spec.siteUrl,
        basePath,
        exitCode: code,
        output,
        files: listFiles(outDir),
        localOrigin: null,
        seconds: Math.round((Date.now() - started) / 100) / 10,
      });
    });
  });
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  mkdirSync(BUILD_ROOT, { recursive: true });
  let state: State = { builds: {} };
  const reuse = process.env.E2E_REUSE_BUILDS === '1' && existsSync(STATE_FILE);
  if (reuse) {
    state = JSON.parse(readFileSync(STATE_FILE, 'utf8')) as State;
  } else {
    writeArchiveFixture();
    const only = process.env.E2E_BUILDS?.split(',').map((name) => name.trim());
    for (const spec of BUILD_SPECS.filter((b) => !only || only.includes(b.name))) {
      const result = await runBuild(spec);
      const ok = result.exitCode === 0;
      process.stdout.write(
        `[build] ${spec.name}: exit ${result.exitCode} in ${result.seconds}s` +
          (ok === spec.expectFailure ? (ok ? ' (expected to fail!)' : '') : '') +
          '\n',
      );
      if (!ok && !spec.expectFailure) process.stdout.write(result.output.slice(-3000) + '\n');
      state.builds[spec.name] = result;
    }
  }

  const servers: Server[] = [];
  for (const spec of BUILD_SPECS) {
    const build = state.builds[spec.name];
    if (!spec.serve || !build || build.exitCode !== 0) {
      if (build) build.localOrigin = null;
      continue;
    }
    const { server, origin } = await startStaticServer(build.outDir, build.basePath);
    servers.push(server);
    build.localOrigin = origin;
  }
  writeFileSync(STATE_FILE, JSON.stringify(state, null, 2));

  return async () => {
    await Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r()))));
  };
}
