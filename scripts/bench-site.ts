/**
 * `npm run bench:site -- --articles N`: builds this site and the bare Astro baseline
 * (bench/bare-astro/) over the same N generated articles, cold, one after the other, then once
 * more each with the content unchanged, and prints CPU (user+sys), wall time, peak RSS, pages,
 * output size, the largest page and feed, the search index's time, processor time and size (and
 * whether the rebuild reused it), and this site's ratio to the baseline. This site builds with the
 * Node flags `npm run build` gives it (astro-node-flags.ts); the bare site with Node's defaults. A benchmark
 * prints figures; it asserts nothing. Needs GNU time (/usr/bin/time, Debian package "time").
 *
 * Options: --articles N (default 1000), --work DIR (default: the system's temp folder),
 * --corpus DIR (default ../shared/corpora/polnear), --no-rebuild (skip the unchanged-content rebuilds).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBenchArticles } from './bench-articles.ts';
import { ASTRO_NODE_FLAGS } from './astro-node-flags.ts';
import { readSearchIndexLine, type SearchIndexStats } from '../src/lib/search-index.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ASTRO = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const TIME = '/usr/bin/time';

interface Options {
  articles: number;
  work: string | null;
  corpus: string;
  rebuild: boolean;
}

function parseOptions(args: readonly string[]): Options {
  const options: Options = { articles: 1000, work: null, corpus: path.resolve(ROOT, '..', 'shared', 'corpora', 'polnear'), rebuild: true };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--articles') options.articles = Number(args[++i]);
    else if (arg === '--work') options.work = args[++i] ?? null;
    else if (arg === '--corpus') options.corpus = path.resolve(args[++i] ?? '');
    else if (arg === '--no-rebuild') options.rebuild = false;
    else fail(`unknown option ${arg}`);
  }
  if (!Number.isInteger(options.articles) || options.articles < 1) fail('--articles takes a whole number above 0');
  return options;
}

function fail(message: string): never {
  process.stderr.write(`bench:site: ${message}\nusage: npm run bench:site -- --articles N [--work DIR] [--corpus DIR] [--no-rebuild]\n`);
  process.exit(2);
}

interface Run {
  label: string;
  cpu: number;
  wall: number;
  rssMb: number;
  /** This site's search index as its build logged it (null for the bare site). */
  index: SearchIndexStats | null;
}

/** One `astro build` under GNU time: user+sys seconds, wall seconds and peak RSS of the process tree's largest process. */
function timedBuild(label: string, args: string[], env: Record<string, string>, nodeFlags: readonly string[] = []): Run {
  const report = path.join(tmpdir(), `otr-bench-time-${process.pid}.txt`);
  const child = spawnSync(TIME, ['-f', '%U %S %e %M', '-o', report, process.execPath, ...nodeFlags, ASTRO, 'build', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (child.status !== 0) {
    process.stderr.write(`${child.stdout ?? ''}\n${child.stderr ?? ''}\n`);
    fail(`${label} failed (exit ${child.status})`);
  }
  const [user, sys, wall, rssKb] = readFileSync(report, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  rmSync(report, { force: true });
  return { label, cpu: user! + sys!, wall: wall!, rssMb: rssKb! / 1024, index: readSearchIndexLine(`${child.stdout}${child.stderr}`) };
}

interface Output {
  pages: number;
  totalMb: number;
  largestPage: [string, number];
  largestFeed: [string, number];
  homeKb: number;
}

function measureOutput(dir: string): Output {
  const out: Output = { pages: 0, totalMb: 0, largestPage: ['', 0], largestFeed: ['', 0], homeKb: 0 };
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      const stat = statSync(full);
      if (stat.isDirectory()) {
        walk(full);
        continue;
      }
      const rel = path.relative(dir, full);
      out.totalMb += stat.size / 1e6;
      if (name.endsWith('.html')) {
        out.pages += 1;
        if (stat.size > out.largestPage[1]) out.largestPage = [rel, stat.size];
      }
      if (name.endsWith('.xml') && !name.startsWith('sitemap') && stat.size > out.largestFeed[1]) out.largestFeed = [rel, stat.size];
    }
  };
  walk(dir);
  const home = path.join(dir, 'index.html');
  out.homeKb = existsSync(home) ? statSync(home).size / 1024 : 0;
  return out;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}x` : '-');

function printRuns(site: Run, bare: Run): void {
  const row = (name: string, a: string, b: string, r: string) => process.stdout.write(`${name.padEnd(22)}${a.padStart(14)}${b.padStart(14)}${r.padStart(9)}\n`);
  row(site.label, 'this site', 'bare Astro', 'ratio');
  row('  CPU (user+sys)', `${site.cpu.toFixed(1)} s`, `${bare.cpu.toFixed(1)} s`, ratio(site.cpu, bare.cpu));
  row('  wall', `${site.wall.toFixed(1)} s`, `${bare.wall.toFixed(1)} s`, ratio(site.wall, bare.wall));
  row('  peak RSS', `${site.rssMb.toFixed(0)} MB`, `${bare.rssMb.toFixed(0)} MB`, ratio(site.rssMb, bare.rssMb));
  const index = site.index;
  if (!index) return;
  const share = index.cpuSeconds === null ? '' : `, processor ${index.cpuSeconds.toFixed(1)} s (${((100 * index.cpuSeconds) / site.cpu).toFixed(1)}% of the build's)`;
  process.stdout.write(
    `  search index: ${index.records} records, ${index.reused ? 'unchanged, reused' : 'indexed'} in ${index.seconds.toFixed(1)} s${share}; ` +
      `${index.files} files, ${kb(index.bytes)}\n`,
  );
}

function printOutputs(site: Output, bare: Output): void {
  const row = (name: string, a: string, b: string) => process.stdout.write(`${name.padEnd(22)}${a.padStart(14)}${b.padStart(14)}\n`);
  row('output', 'this site', 'bare Astro');
  row('  HTML pages', String(site.pages), String(bare.pages));
  row('  total size', `${site.totalMb.toFixed(1)} MB`, `${bare.totalMb.toFixed(1)} MB`);
  row('  home page', kb(site.homeKb * 1024), kb(bare.homeKb * 1024));
  row('  largest page', kb(site.largestPage[1]), kb(bare.largestPage[1]));
  row('  largest feed', kb(site.largestFeed[1]), kb(bare.largestFeed[1]));
  process.stdout.write(`largest page here: ${site.largestPage[0]}; largest feed here: ${site.largestFeed[0]}\n`);
}

function main(): void {
  const options = parseOptions(process.argv.slice(2));
  if (!existsSync(TIME)) fail(`${TIME} is missing: install GNU time (apt-get install time)`);
  const work = options.work ?? mkdtempSync(path.join(tmpdir(), 'otr-bench-'));
  const content = path.join(work, 'content');
  const source = writeBenchArticles(content, options.articles, options.corpus);
  process.stdout.write(`${options.articles} articles from ${source}, in ${content}\nNode ${process.version}\n\n`);

  const siteEnv = { CONTENT_DIR: content, OUT_DIR: path.join(work, 'site'), SITE_URL: 'https://on-the-record.example/' };
  const bareEnv = { CONTENT_DIR: content, OUT_DIR: path.join(work, 'bare'), BENCH_CACHE_DIR: path.join(work, 'bare-cache') };
  const bareRoot = ['--root', path.join(ROOT, 'bench', 'bare-astro')];
  const site = timedBuild('cold build', ['--force'], siteEnv, ASTRO_NODE_FLAGS);
  const bare = timedBuild('cold build', [...bareRoot, '--force'], bareEnv);
  printRuns(site, bare);
  if (options.rebuild) {
    process.stdout.write('\n');
    printRuns(timedBuild('rebuild, unchanged', [], siteEnv, ASTRO_NODE_FLAGS), timedBuild('rebuild, unchanged', bareRoot, bareEnv));
  }
  process.stdout.write('\n');
  printOutputs(measureOutput(siteEnv.OUT_DIR), measureOutput(bareEnv.OUT_DIR));
  if (!options.work) rmSync(work, { recursive: true, force: true });
}

main();
