import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { unpackArticle, type StoredArticle } from '../../src/lib/stored-article.ts';
import { unpackSpeaker, type StoredSpeaker } from '../../src/lib/stored-speaker.ts';

// The engine, wrapped so the test can count the articles it analyses.
vi.mock('../../src/lib/quotes/extract-quotes.ts', async (importOriginal) => {
  const engine = await importOriginal<typeof import('../../src/lib/quotes/extract-quotes.ts')>();
  return { ...engine, extractQuotes: vi.fn(engine.extractQuotes) };
});
const { extractQuotes } = await import('../../src/lib/quotes/extract-quotes.ts');
const { articlesLoader, speakersLoader } = await import('../../src/loaders/site-content-loader.ts');

interface Entry {
  id: string;
  data: Record<string, unknown>;
  digest?: string | number;
}

/** An in-memory stand-in for one collection of Astro's content store, kept between "builds". */
function memoryStore() {
  const entries = new Map<string, Entry>();
  return {
    meta: new Map<string, string>(),
    get: (id: string) => entries.get(id),
    has: (id: string) => entries.has(id),
    set: (entry: Entry) => {
      const old = entries.get(entry.id);
      if (old && entry.digest !== undefined && old.digest === entry.digest) return false;
      entries.set(entry.id, entry);
      return true;
    },
    values: () => [...entries.values()],
    keys: () => [...entries.keys()],
    entries: () => [...entries.entries()],
    delete: (id: string) => void entries.delete(id),
    clear: () => entries.clear(),
    addModuleImport: () => {},
  };
}

function context(collection: string, store: ReturnType<typeof memoryStore>, root: string): LoaderContext {
  const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn(), debug: vi.fn() };
  return {
    collection,
    store,
    meta: store.meta,
    logger,
    config: { root: pathToFileURL(`${root}/`), site: 'https://example.org', base: '/' },
    generateDigest: (data: unknown) => createHash('sha1').update(typeof data === 'string' ? data : JSON.stringify(data)).digest('hex'),
  } as unknown as LoaderContext;
}

const article = (headline: string, said: string) =>
  `---\nheadline: ${JSON.stringify(headline)}\nstandfirst: "A summary."\npublished: 2024-03-10\n---\n“${said},” Senator Jane Okafor said on Tuesday.\n`;

describe('the content loader', () => {
  let dir: string;
  const articles = memoryStore();
  const speakers = memoryStore();
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'otr-loader-'));
    mkdirSync(path.join(dir, 'articles'));
    writeFileSync(path.join(dir, 'articles', 'a.md'), article('Senate rejects plan', 'The plan is dead'));
    writeFileSync(path.join(dir, 'articles', 'b.md'), article('Senate debates tax', 'Taxes will rise'));
    for (const store of [articles, speakers]) {
      store.clear();
      store.meta.clear();
    }
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function build(): Promise<number> {
    vi.mocked(extractQuotes).mockClear();
    await Promise.all([
      articlesLoader(dir).load(context('articles', articles, dir)),
      speakersLoader(dir).load(context('speakers', speakers, dir)),
    ]);
    return vi.mocked(extractQuotes).mock.calls.length;
  }

  it('analyses an unchanged article once, and an edited one again', async () => {
    expect(await build()).toBe(2);
    expect(articles.keys().sort()).toEqual(['senate-debates-tax', 'senate-rejects-plan']);

    expect(await build()).toBe(0);
    expect(articles.keys().sort()).toEqual(['senate-debates-tax', 'senate-rejects-plan']);
    expect(unpackSpeaker(speakers.get('jane-okafor')?.data as unknown as StoredSpeaker).name).toBe('Jane Okafor');
    expect(unpackSpeaker(speakers.get('jane-okafor')?.data as unknown as StoredSpeaker).quotes.length).toBe(2);

    writeFileSync(path.join(dir, 'articles', 'b.md'), article('Senate debates tax', 'Taxes will fall'));
    expect(await build()).toBe(1);
    const { quotes } = unpackArticle(articles.get('senate-debates-tax')?.data as unknown as StoredArticle, dir);
    expect(quotes.map((q) => q.text)).toEqual(['Taxes will fall,']);
  });

  it('drops a deleted article and its quotes from the collections', async () => {
    await build();
    rmSync(path.join(dir, 'articles', 'b.md'));
    expect(await build()).toBe(0);
    expect(articles.keys()).toEqual(['senate-rejects-plan']);
    expect(unpackSpeaker(speakers.get('jane-okafor')?.data as unknown as StoredSpeaker).quotes.length).toBe(1);
  });

  it('writes every unattributed quote to the review file, outside the published folder', async () => {
    const unsigned = '“The budget is a disgrace to this city and its people,” said one.';
    writeFileSync(path.join(dir, 'articles', 'c.md'), article('Nobody', 'x').replace(/“x,”.*\n$/, `${unsigned}\n`));
    process.env.REVIEW_FILE = path.join(dir, 'review.txt');
    try {
      await build();
    } finally {
      delete process.env.REVIEW_FILE;
    }
    const review = readFileSync(path.join(dir, 'review.txt'), 'utf8');
    expect(review).toMatch(/^1 speech quotation\(s\) without a speaker/);
    expect(review).toContain('c.md (paragraph 1): “The budget is a disgrace to this city and its people,”');
  });
});
