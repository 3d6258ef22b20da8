/** A built and served fixture site, as the tests see it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { readState, type BuildResult } from './builds.ts';

export interface SitePage {
  /** Path of the file in the output folder, e.g. "articles/x/index.html". */
  file: string;
  /** The URL the site publishes it under, e.g. https://example.org/news/articles/x/. */
  publicUrl: string;
  /** The same page on the local test server. */
  localUrl: string;
}

export class Site {
  readonly build: BuildResult;
  constructor(build: BuildResult) {
    this.build = build;
  }

  get name(): string {
    return this.build.name;
  }
  get siteUrl(): string {
    return this.build.siteUrl;
  }
  get basePath(): string {
    return this.build.basePath;
  }
  get origin(): string {
    if (!this.build.localOrigin) throw new Error(`${this.name} is not served`);
    return this.build.localOrigin;
  }

  /** Public URL of a path relative to the site root ("articles/x/"). */
  publicUrl(rel: string): string {
    return new URL(rel.replace(/^\//, ''), this.siteUrl).href;
  }
  /** Local URL of a path relative to the site root. */
  localUrl(rel: string): string {
    return this.origin + this.basePath + rel.replace(/^\//, '');
  }

  /** URL of a file in the output folder, relative to the site root: "x/index.html" -> "x/". */
  static relUrlOfFile(file: string): string {
    if (file === 'index.html') return '';
    if (file.endsWith('/index.html')) return file.slice(0, -'index.html'.length);
    return file;
  }

  /** Every HTML page the build wrote, including the 404 page. */
  pages(): SitePage[] {
    return this.build.files
      .filter((f) => f.endsWith('.html'))
      .map((file) => {
        const rel = Site.relUrlOfFile(file);
        return { file, publicUrl: this.publicUrl(rel), localUrl: this.localUrl(rel) };
      });
  }

  /**
   * pages(), after checking the build has the pages every site has (home, 404, an article, a
   * speaker): a test looping over pages would otherwise pass on an empty build, checking nothing.
   */
  checkedPages(): SitePage[] {
    const pages = this.pages();
    const files = pages.map((p) => p.file);
    expect(files, `${this.name}: the build's pages`).toEqual(expect.arrayContaining(['index.html', '404.html']));
    expect(files.some((f) => f.startsWith('articles/')), `${this.name}: an article page was built`).toBe(true);
    expect(files.some((f) => /^speakers\/[^/]+\/index\.html$/.test(f)), `${this.name}: a speaker page was built`).toBe(true);
    return pages;
  }

  /** Files of a kind, relative paths. */
  filesMatching(re: RegExp): string[] {
    return this.build.files.filter((f) => re.test(f));
  }

  read(file: string): string {
    return readFileSync(join(this.build.outDir, file), 'utf8');
  }

  /**
   * Maps a URL as found in the site (absolute on the public site, or already on the local server)
   * to the local server. Returns null for URLs that are not the site's own.
   */
  toLocal(url: string): string | null {
    const u = new URL(url);
    const site = new URL(this.siteUrl);
    if (u.origin === site.origin) return this.origin + u.pathname + u.search + u.hash;
    if (this.build.localOrigin && u.origin === this.origin) return u.href;
    return null;
  }

  /** The loc of every URL in the sitemap files (sitemap-index.xml -> sitemap-N.xml). */
  sitemapUrls(): string[] {
    const parser = new XMLParser({ ignoreAttributes: true, isArray: (n) => n === 'url' || n === 'sitemap' });
    const index = parser.parse(this.read('sitemap-index.xml'));
    const urls: string[] = [];
    for (const entry of index.sitemapindex?.sitemap ?? []) {
      const loc = String(entry.loc);
      const prefix = this.siteUrl;
      if (!loc.startsWith(prefix)) throw new Error(`sitemap index entry ${loc} is not under ${prefix}`);
      const doc = parser.parse(this.read(loc.slice(prefix.length)));
      for (const u of doc.urlset?.url ?? []) urls.push(String(u.loc));
    }
    return urls;
  }
}

/** The site a build produced; fails the calling test with the build's output when it did not build. */
export function site(name: string): Site {
  const build = readState().builds[name];
  expect(build, `fixture build "${name}" was not run`).toBeTruthy();
  expect(build!.exitCode, `\`astro build\` of the ${name} fixture failed:\n${build!.output.slice(-4000)}`).toBe(0);
  expect(build!.files.length, `the ${name} build wrote no files`).toBeGreaterThan(0);
  return new Site(build!);
}

export function buildResult(name: string): BuildResult {
  const build = readState().builds[name];
  if (!build) throw new Error(`fixture build "${name}" was not run`);
  return build;
}

/**
 * Opens a page and records what a reader would be hurt by: dialogs (alert & co.), console
 * errors, uncaught exceptions, Content-Security-Policy violations and requests to other origins.
 */
export async function watchPage(page: Page, allowedOrigin: string): Promise<string[]> {
  const problems: string[] = [];
  page.on('dialog', (d) => {
    problems.push(`dialog (${d.type()}): ${d.message()}`);
    void d.dismiss().catch(() => {});
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught exception: ${e.message}`));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:') return;
    if (u.origin !== allowedOrigin) problems.push(`request to another origin: ${r.url()}`);
  });
  await page.exposeFunction('__reportCspViolation', (msg: string) => problems.push(`CSP violation: ${msg}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCspViolation: (m: string) => void }).__reportCspViolation(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  return problems;
}

/** GET that fails with the URL in the message. */
export async function getOk(request: APIRequestContext, url: string): Promise<string> {
  const res = await request.get(url, { maxRedirects: 0 });
  expect(res.status(), `GET ${url}`).toBe(200);
  return res.text();
}
