/**
 * Hostile files and faults that must cost readers nothing (issue 11). The builds that fail are
 * in build.e2e.ts (each names the file and field and leaves the previous output whole); here,
 * the ones that build: what they warn about, what they publish, and the size of every page and
 * feed of every valid build.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { VALID_BUILDS } from './support/builds.ts';
import { buildResult, site } from './support/site.ts';

const MAX_PAGE_BYTES = 150 * 1024;
const MAX_FEED_BYTES = 1024 * 1024;

test('hardened: files that look like articles but are skipped, and a misfiled profile, are warned about by name', () => {
  const r = buildResult('hardened');
  expect(r.exitCode, r.output.slice(-2000)).toBe(0);
  const output = r.output.replace(/\u001b\[[0-9;]*m/g, '');
  for (const file of ['articles/UPPER.MD is skipped', 'articles/story.markdown is skipped', 'articles/nested/story.md is skipped']) {
    expect(output).toContain(file);
  }
  expect(output).toMatch(/speakers\/john-smith\.json: filed as "john-smith", but its name "Jane Doe"/);
  expect(r.files.join('\n'), 'a skipped file was published').not.toMatch(/skipped/i);
});

test('hardened and many-quotes: no control character, noncharacter or replacement character reaches any file', () => {
  const problems: string[] = [];
  for (const name of ['hardened', 'many-quotes']) {
    const s = site(name);
    expect(s.build.exitCode, s.build.output.slice(-2000)).toBe(0);
    for (const f of s.filesMatching(/\.(html|xml|txt)$/)) {
      const m = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD\uFFFE\uFFFF\uFDD0-\uFDEF]/.exec(s.read(f));
      if (m) problems.push(`${name}/${f}: U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} at ${m.index}`);
    }
  }
  expect(problems).toEqual([]);
  // The words on either side of a pasted vertical tab stay apart.
  const s = site('hardened');
  const article = s.read('articles/word-processors-paste-invisible-characters-into-stories/index.html');
  expect(article).toContain('Word processors paste invisible characters into stories');
  expect(article).toContain('We pasted this from a word processor,');
});

test('hardened: a speaker with a 77-letter Arabic name gets a page at a bounded address, under the full name', () => {
  const s = site('hardened');
  const pages = s.filesMatching(/^speakers\/speaker-[^/]+\/index\.html$/);
  expect(pages).toHaveLength(1);
  const id = pages[0]!.split('/')[1]!;
  expect(id.length).toBeLessThanOrEqual(64);
  expect(id).toMatch(/-[0-9a-f]{8}$/);
  expect(s.read(pages[0]!)).toContain('عبد الرحمن بن محمد بن عبد الله الحسيني القرشي الهاشمي المكي المدني الشافعي الأزهري البغدادي</h1>');
});

test('hardened: a date on the last day of 9999 is written with four-digit years everywhere', () => {
  const s = site('hardened');
  const bad: string[] = [];
  for (const f of s.filesMatching(/\.(html|xml)$/)) {
    const text = s.read(f);
    for (const m of text.matchAll(/datetime="([^"]*)"|<lastmod>([^<]*)|"date(?:Published|Modified)":"([^"]*)"/g)) {
      const value = m[1] ?? m[2] ?? m[3]!;
      if (!/^\d{4}-\d{2}-\d{2}/.test(value)) bad.push(`${f}: ${value}`);
    }
  }
  expect(bad).toEqual([]);
  expect(s.read('articles/a-story-dated-on-the-last-day-the-calendar-can-write/index.html')).toContain('datetime="9999-12-31');
});

test('every page of every valid build is at most 150 KB and every feed at most 1 MB', () => {
  const over: string[] = [];
  const largest: Record<string, number> = {};
  for (const name of VALID_BUILDS) {
    const s = site(name);
    expect(s.build.exitCode, `${name}: ${s.build.output.slice(-2000)}`).toBe(0);
    const html = s.filesMatching(/\.html$/);
    const feeds = s.filesMatching(/(^|\/)rss\.xml$/);
    expect(html.length && feeds.length, `${name} built pages and feeds`).toBeTruthy();
    for (const [files, max, kind] of [[html, MAX_PAGE_BYTES, 'page'], [feeds, MAX_FEED_BYTES, 'feed']] as const) {
      for (const f of files) {
        const size = statSync(join(s.build.outDir, f)).size;
        largest[`${name} ${kind}`] = Math.max(largest[`${name} ${kind}`] ?? 0, size);
        if (size > max) over.push(`${name}/${f}: ${size} bytes`);
      }
    }
  }
  console.log('largest files (bytes):', JSON.stringify(largest));
  expect(over).toEqual([]);
});
