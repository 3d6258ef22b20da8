import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSearchRecords } from '../../src/lib/search-records.ts';
import { searchIndexDigest, writeSearchIndex } from '../../src/lib/search-index.ts';
import { buildSpeakerDirectory } from '../../src/lib/speaker-directory.ts';
import { createSiteUrls } from '../../src/lib/site-urls.ts';
import { analyticalEngineArticle, makeArticle } from './article-fixture.ts';

const urls = createSiteUrls('https://example.org', '/');
let work = '';

function records(quietHeadline = 'Headline of quiet-day') {
  const articles = [analyticalEngineArticle(), makeArticle({ slug: 'quiet-day', headline: quietHeadline, paragraphs: ['Nothing was said'] })];
  return buildSearchRecords(articles, buildSpeakerDirectory(articles), urls);
}

/** Every file of a folder with its bytes, to compare two indexes. */
function contents(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const full = path.join(entry.parentPath, entry.name);
      files[path.relative(dir, full)] = readFileSync(full).toString('base64');
    }
  }
  return files;
}

function setUp() {
  work = mkdtempSync(path.join(tmpdir(), 'search-index-test-'));
  return { cache: { dir: path.join(work, 'cache'), reuse: true }, out: (name: string) => path.join(work, name, 'pagefind') };
}

afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('writeSearchIndex with a cache', () => {
  it('reuses the last index when the records are unchanged, whatever their order, and reindexes when one changed', async () => {
    const { cache, out } = setUp();
    const first = await writeSearchIndex(records(), out('first'), cache);
    expect(first.reused).toBe(false);
    expect(first.files).toBeGreaterThan(3);

    const again = await writeSearchIndex(records().reverse(), out('again'), cache);
    expect(again.reused, 'same records: Pagefind is not run').toBe(true);
    expect(contents(out('again'))).toEqual(contents(out('first')));

    const edited = await writeSearchIndex(records('A new headline for a quiet day'), out('edited'), cache);
    expect(edited.reused, 'an edited record reindexes').toBe(false);
    expect(readFileSync(path.join(out('edited'), 'pagefind-entry.json'), 'utf8')).toContain('"page_count":4');
    expect(contents(out('edited'))).not.toEqual(contents(out('first')));
    // The first index is still kept: going back to it reuses it.
    expect((await writeSearchIndex(records(), out('back'), cache)).reused).toBe(true);
  }, 60_000);

  it('indexes afresh when told not to reuse (astro build --force)', async () => {
    const { cache, out } = setUp();
    await writeSearchIndex(records(), out('first'), cache);
    expect((await writeSearchIndex(records(), out('forced'), { ...cache, reuse: false })).reused).toBe(false);
  }, 60_000);

  it('never reuses an index that failed to be written, nor a cached one that was altered', async () => {
    const { cache, out } = setUp();
    // Pagefind refuses a record without an address: the build stops and nothing is kept.
    const broken = records().map((record, i) => (i === 0 ? { ...record, url: undefined as unknown as string } : record));
    await expect(writeSearchIndex(broken, out('broken'), cache)).rejects.toThrow(/Search index: indexing/);
    expect(readdirSync(work)).not.toContain('cache');
    expect((await writeSearchIndex(records(), out('first'), cache)).reused).toBe(false);
    const good = contents(out('first'));

    // A cached file changed size (written over through a hard link, say): index afresh.
    const entry = path.join(cache.dir, searchIndexDigest(records()), 'files');
    const meta = readdirSync(entry).find((name) => name.endsWith('.pf_meta'))!;
    writeFileSync(path.join(entry, meta), 'truncated');
    const after = await writeSearchIndex(records(), out('after'), cache);
    expect(after.reused).toBe(false);
    expect(contents(out('after')), 'reindexed whole').toEqual(good);
  }, 60_000);
});
