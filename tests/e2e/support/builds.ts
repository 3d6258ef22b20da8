/**
 * The fixture builds the browser tests run against, and how to find them once the global setup
 * has built and served them. Shared by the global setup (Playwright's runner process) and the
 * tests (worker processes), which talk through .build-fixtures/state.json.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const FIXTURES_DIR = join(PROJECT_ROOT, 'tests', 'fixtures');
export const BUILD_ROOT = join(PROJECT_ROOT, '.build-fixtures');
export const STATE_FILE = join(BUILD_ROOT, 'state.json');
/** What `npm run build` runs. */
export const BUILD_SCRIPT = join(PROJECT_ROOT, 'scripts', 'build-site.ts');

export const BROKEN_CASES = [
  'missing-headline',
  'invalid-date',
  'duplicate-slug',
  'unknown-override',
  'malformed-frontmatter',
  'no-articles',
  'not-utf8',
  'shared-alias',
  'link-outside',
  'folder-named-md',
  'dangling-link',
  'year-10000',
] as const;
export type BrokenCase = (typeof BROKEN_CASES)[number];

export interface BuildSpec {
  name: string;
  /** Environment for `astro build` on top of the runner's own. */
  env: Record<string, string>;
  /** The site URL the build is configured with (SITE_URL, or the project default). */
  siteUrl: string;
  /** Serve it over HTTP for the browser tests. */
  serve: boolean;
  /**
   * The build is expected to fail (broken content). Its output folder starts as a copy of the
   * "root" build, which the failed build must leave exactly as it was.
   */
  expectFailure: boolean;
  /** Content written by support/generated-content.ts; CONTENT_DIR points at it. */
  generated?: string;
}

const DEFAULT_SITE_URL = 'https://on-the-record.example/';

export const BUILD_SPECS: BuildSpec[] = [
  { name: 'root', env: {}, siteUrl: DEFAULT_SITE_URL, serve: true, expectFailure: false },
  {
    name: 'subpath',
    env: { SITE_URL: 'https://example.org/news/' },
    siteUrl: 'https://example.org/news/',
    serve: true,
    expectFailure: false,
  },
  {
    name: 'hostile',
    env: { CONTENT_DIR: 'tests/fixtures/hostile-content' },
    siteUrl: DEFAULT_SITE_URL,
    serve: true,
    expectFailure: false,
  },
  // 120 generated articles (support/archive.ts) under a subpath: every list runs to several pages.
  {
    name: 'archive',
    env: { SITE_URL: 'https://example.org/news/', CONTENT_DIR: '.build-fixtures/archive-content' },
    siteUrl: 'https://example.org/news/',
    serve: true,
    expectFailure: false,
  },
  // The same content as "root" once more, for the reproducibility check.
  { name: 'root-repeat', env: {}, siteUrl: DEFAULT_SITE_URL, serve: false, expectFailure: false },
  // Hostile files that build: invisible characters, a long non-Latin speaker, look-alike files.
  { name: 'hardened', env: { CONTENT_DIR: 'tests/fixtures/hardened-content' }, siteUrl: DEFAULT_SITE_URL, serve: true, expectFailure: false },
  { name: 'many-quotes', env: {}, siteUrl: DEFAULT_SITE_URL, serve: true, expectFailure: false, generated: 'many-quotes' },
  ...BROKEN_CASES.map((c) => ({
    name: `broken-${c}`,
    env: { CONTENT_DIR: `tests/fixtures/broken/${c}` },
    siteUrl: DEFAULT_SITE_URL,
    serve: false,
    expectFailure: true,
  })),
  { name: 'broken-missing-content-dir', env: { CONTENT_DIR: 'tests/fixtures/broken/no-such-folder' }, siteUrl: DEFAULT_SITE_URL, serve: false, expectFailure: true },
  { name: 'broken-quote-wall', env: {}, siteUrl: DEFAULT_SITE_URL, serve: false, expectFailure: true, generated: 'quote-wall' },
];

/** Builds whose output the validators and budgets check. */
export const VALID_BUILDS = ['root', 'subpath', 'hostile', 'archive', 'hardened', 'many-quotes'];

export interface BuildResult {
  name: string;
  outDir: string;
  siteUrl: string;
  /** Path part of siteUrl, "/" or "/news/". */
  basePath: string;
  exitCode: number | null;
  /** stdout and stderr of the build, interleaved. */
  output: string;
  /** Files in outDir after the build (relative paths), sorted. */
  files: string[];
  /** http://127.0.0.1:<port> when served. */
  localOrigin: string | null;
  seconds: number;
}

export interface State {
  builds: Record<string, BuildResult>;
}

export function readState(): State {
  if (!existsSync(STATE_FILE)) {
    throw new Error(`${STATE_FILE} is missing: run the tests through \`npx playwright test\` so the global setup builds the fixtures.`);
  }
  return JSON.parse(readFileSync(STATE_FILE, 'utf8')) as State;
}

export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d).sort()) {
      const full = join(d, entry);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}
