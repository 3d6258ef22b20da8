/**
 * `npm run build`: runs `astro build` into a staging folder beside OUT_DIR and moves it over
 * OUT_DIR only when the whole build succeeded. A failed, crashed or killed build leaves the
 * previous output exactly as it was. Arguments are passed on to `astro build` (e.g. --force).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { siteOptionsFromEnv } from '../src/lib/site-options.ts';
import { prepareStaging, publishStaging, recoverInterrupted, stagedOutput } from '../src/lib/staged-output.ts';
import { ASTRO_NODE_FLAGS } from './astro-node-flags.ts';

const options = siteOptionsFromEnv(process.env);
const stage = stagedOutput(options.outDir);
prepareStaging(stage);

const astroBin = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
const child = spawn(process.execPath, [...ASTRO_NODE_FLAGS, astroBin, 'build', ...process.argv.slice(2)], {
  env: { ...process.env, OUT_DIR: stage.staging },
  stdio: 'inherit',
});

// A kill of this wrapper stops the build and throws the staging folder away.
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    stopping = true;
    child.kill(signal);
  });
}

child.on('close', (code, signal) => {
  if (code !== 0 || stopping) {
    recoverInterrupted(stage);
    process.stderr.write(
      `\nThe build ${signal ? `was stopped (${signal})` : `failed (exit ${code})`}; ${options.outDir} was left as it was.\n`,
    );
    process.exit(code || 1);
  }
  try {
    publishStaging(stage);
  } catch (error) {
    recoverInterrupted(stage);
    process.stderr.write(`\n${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  process.stdout.write(`The site is in ${options.outDir}.\n`);
  if (options.basePath !== '/') {
    process.stdout.write(
      `Note: robots.txt is at ${options.basePath}robots.txt, where crawlers never look; add its Sitemap line to the domain's own /robots.txt.\n`,
    );
  }
});
