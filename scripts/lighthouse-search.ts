/**
 * `node --experimental-strip-types scripts/lighthouse-search.ts [DIST] [QUERY]`: Lighthouse
 * (mobile, its defaults) on the built search page, with and without a query, served from DIST
 * (default dist/, built for the domain root). Prints the performance, accessibility, best-practices
 * and SEO scores. A script, not a test: the scores depend on the machine. It runs Lighthouse
 * through npx (`lighthouse@13`, not a project dependency) and the system's Chromium
 * (CHROMIUM_PATH, else /usr/bin/chromium).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startStaticServer } from '../tests/e2e/support/static-server.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
const query = process.argv[3] ?? 'no limits';
const chrome = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
if (!chrome) throw new Error('No Chromium: set CHROMIUM_PATH');

const { server, origin } = await startStaticServer(dist, '/');
const work = mkdtempSync(path.join(tmpdir(), 'lighthouse-'));
try {
  for (const url of [`${origin}/search/`, `${origin}/search/?q=${encodeURIComponent(query)}`]) {
    const report = path.join(work, 'report.json');
    // Asynchronous, so this process's static server goes on answering while Lighthouse runs.
    await promisify(execFile)(
      'npx',
      ['--yes', 'lighthouse@13', url, '--quiet', '--output=json', `--output-path=${report}`, '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage'],
      { env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 1 << 26 },
    );
    const result = JSON.parse(readFileSync(report, 'utf8')) as {
      categories: Record<string, { title: string; score: number | null }>;
      audits: Record<string, { score: number | null; title: string; displayValue?: string }>;
    };
    const scores = Object.values(result.categories).map((c) => `${c.title} ${c.score === null ? '?' : Math.round(c.score * 100)}`);
    console.log(`${url.replace(origin, '')}: ${scores.join(', ')}`);
    const failing = Object.values(result.audits).filter((a) => a.score !== null && a.score < 0.9);
    for (const audit of failing) console.log(`  below 90: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
  }
} finally {
  server.close();
  rmSync(work, { recursive: true, force: true });
}
