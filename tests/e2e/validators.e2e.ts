/**
 * The real validators over the real output: the Nu Html Checker (vnu-jar, on Java) over every
 * built HTML page, xmllint with the sitemaps.org 0.9 schemas over the sitemaps, xmllint over every
 * XML file; and the sitemap lists exactly the HTML pages but the 404.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { FIXTURES_DIR, VALID_BUILDS } from './support/builds.ts';
import { site } from './support/site.ts';

const require = createRequire(import.meta.url);

function tool(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) {
    throw new Error(
      `${cmd} could not be run (${r.error.message}). ` +
        (cmd === 'java'
          ? 'The Nu Html Checker needs Java: `apt-get install default-jre-headless`.'
          : cmd === 'xmllint'
            ? 'xmllint comes with `apt-get install libxml2-utils`.'
            : ''),
    );
  }
  return r;
}

const BUILDS = VALID_BUILDS;

test(`the Nu Html Checker reports no error on any built page (${VALID_BUILDS.join(', ')})`, async () => {
  test.setTimeout(240_000);
  const files: string[] = [];
  for (const name of BUILDS) {
    const s = site(name);
    files.push(...s.checkedPages().map((p) => join(s.build.outDir, p.file)));
  }
  expect(files.length).toBeGreaterThan(3);
  const jar = String(require('vnu-jar'));
  const r = tool('java', ['-Xss8m', '-jar', jar, '--errors-only', '--format', 'json', ...files]);
  let messages: { type: string; subType?: string; url?: string; lastLine?: number; message: string; extract?: string }[] = [];
  try {
    messages = JSON.parse(r.stderr || r.stdout || '{"messages":[]}').messages;
  } catch {
    throw new Error(`vnu did not produce JSON (exit ${r.status}):\n${r.stderr}\n${r.stdout}`);
  }
  const errors = messages
    .filter((m) => m.type === 'error' || (m.type === 'non-document-error') || m.subType === 'fatal')
    .map((m) => `${(m.url ?? '').replace(/^file:.*\.build-fixtures\//, '')}:${m.lastLine ?? '?'}: ${m.message}${m.extract ? `  [${m.extract.trim()}]` : ''}`);
  expect(errors, 'Nu Html Checker errors').toEqual([]);
  expect(r.status, `vnu exit status\n${r.stderr}`).toBe(0);
});

for (const name of BUILDS) {
  test(`${name}: the sitemaps validate against the sitemaps.org 0.9 schemas`, async () => {
    const s = site(name);
    const index = join(s.build.outDir, 'sitemap-index.xml');
    expect(s.build.files).toContain('sitemap-index.xml');
    const parts = s.filesMatching(/^sitemap-\d+\.xml$/);
    expect(parts.length, 'sitemap-N.xml files').toBeGreaterThan(0);
    const idx = tool('xmllint', ['--noout', '--schema', join(FIXTURES_DIR, 'siteindex.xsd'), index]);
    expect(idx.status, `xmllint sitemap-index.xml:\n${idx.stderr}`).toBe(0);
    const r = tool('xmllint', ['--noout', '--schema', join(FIXTURES_DIR, 'sitemap.xsd'), ...parts.map((f) => join(s.build.outDir, f))]);
    expect(r.status, `xmllint --schema sitemap.xsd:\n${r.stderr}`).toBe(0);
  });

  test(`${name}: the sitemap lists every HTML page but the 404, and nothing else`, async () => {
    const s = site(name);
    const listed = s.sitemapUrls();
    expect(listed.length).toBe(new Set(listed).size);
    const pages = s
      .pages()
      .filter((p) => !/^404(\/index)?\.html$/.test(p.file))
      .map((p) => p.publicUrl);
    expect([...listed].sort()).toEqual([...pages].sort());
    expect(listed.some((u) => /404/.test(u)), 'the 404 page is listed').toBe(false);
  });

  test(`${name}: every XML file is well-formed`, async () => {
    const s = site(name);
    const xml = s.filesMatching(/\.(xml|xsl)$/);
    expect(xml.length).toBeGreaterThan(0);
    const r = tool('xmllint', ['--noout', '--nonet', ...xml.map((f) => join(s.build.outDir, f))]);
    expect(r.status, `xmllint:\n${r.stderr}`).toBe(0);
  });
}

test('root: sitemap entries for articles carry their lastmod', async () => {
  const s = site('root');
  const xml = s.filesMatching(/^sitemap-\d+\.xml$/).map((f) => s.read(f)).join('\n');
  const entries = [...xml.matchAll(/<url>(.*?)<\/url>/gs)].map((m) => m[1]!);
  const articleEntries = entries.filter((e) => /<loc>[^<]*\/articles\/[^<]+<\/loc>/.test(e));
  expect(articleEntries.length).toBeGreaterThan(0);
  for (const e of articleEntries) expect.soft(e, 'article entry has a <lastmod>').toMatch(/<lastmod>\d{4}-\d{2}-\d{2}/);
  const seed = articleEntries.find((e) => e.includes('/articles/italy-warns-nato-troops-in-ukraine-would-block-diplomacy/<'));
  expect(seed, 'the seed article is in the sitemap').toBeTruthy();
  expect(seed, 'the seed article was last modified when published').toMatch(/<lastmod>2024-03-10/);
});
