import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import {
  articleFilePath,
  findNotAttributed,
  findUnattributed,
  linkArticles,
  listArticleFiles,
  readArticleText,
  readProfiles,
  type AnalysedArticle,
  type ArticleRecord,
  type SpeakerProfileRecord,
} from '../lib/site-content.ts';
import { packArticle, storedDigest, unpackArticle, unpackEngine, type StoredArticle } from '../lib/stored-article.ts';
import { packSpeaker } from '../lib/stored-speaker.ts';
import { buildSpeakerDirectory } from '../lib/speaker-directory.ts';
import { pageLastModified } from '../lib/page-last-modified.ts';
import { publishPageLastModified } from '../lib/sitemap-dates.ts';
import { buildSearchRecords, publishSearchRecords } from '../lib/search-records.ts';
import { createSiteUrls } from '../lib/site-urls.ts';
import { reportUnattributed } from './review-file.ts';
import { analyseAll } from './analysis-pool.ts';

interface Linked {
  articles: ArticleRecord[];
  profiles: SpeakerProfileRecord[];
}

/**
 * The articles loader links every article; the speakers loader (started alongside it by Astro)
 * waits for that result, then lets it go, so nothing outlives the sync.
 */
interface Run {
  linked: Promise<Linked>;
  resolve: (linked: Linked) => void;
  reject: (error: unknown) => void;
}
const runs = new Map<string, Run>();

function currentRun(contentDir: string): Run {
  let run = runs.get(contentDir);
  if (!run) {
    let resolve!: Run['resolve'];
    let reject!: Run['reject'];
    const linked = new Promise<Linked>((res, rej) => ((resolve = res), (reject = rej)));
    linked.catch(() => {}); // the articles loader reports the error; this only avoids an unhandled rejection
    run = { linked, resolve, reject };
    runs.set(contentDir, run);
  }
  return run;
}

/** The source of everything an analysis depends on (src/lib: the engine, validation, parsing). */
function analysisCode(): string {
  const root = fileURLToPath(new URL('../lib/', import.meta.url));
  const parts: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.ts')) parts.push(name, readFileSync(full, 'utf8'));
    }
  };
  if (existsSync(root)) walk(root);
  return parts.join('\0');
}

/**
 * The analyses the store kept from the last build, by file; none when the code that made them has
 * changed since (its digest is kept in the collection's meta store).
 */
function cachedAnalyses(context: LoaderContext, contentDir: string): Map<string, { digest: string; analysed: AnalysedArticle }> {
  const cached = new Map<string, { digest: string; analysed: AnalysedArticle }>();
  const code = context.generateDigest(analysisCode());
  const sameCode = context.meta.get('analysis-code') === code;
  context.meta.set('analysis-code', code);
  if (!sameCode) return cached;
  for (const entry of context.store.values()) {
    const stored = entry.data as unknown as StoredArticle;
    const record = unpackArticle(stored, contentDir);
    cached.set(record.file, { digest: storedDigest(stored), analysed: { record, engine: unpackEngine(stored) } });
  }
  return cached;
}

/**
 * Every file's analysis: from the store when the file's digest is unchanged, else from the engine
 * (in worker threads when many files changed: analysis-pool.ts).
 */
async function analyseFiles(context: LoaderContext, contentDir: string, names: readonly string[]): Promise<{ analysed: AnalysedArticle[]; digests: Map<string, string>; fresh: number }> {
  const cached = cachedAnalyses(context, contentDir);
  const digests = new Map<string, string>();
  const analysed: AnalysedArticle[] = new Array(names.length);
  const jobs: { file: string; text: string }[] = [];
  const slots: number[] = [];
  names.forEach((name, i) => {
    const file = articleFilePath(contentDir, name);
    const text = readArticleText(contentDir, name);
    const digest = context.generateDigest(text);
    digests.set(file, digest);
    const hit = cached.get(file);
    if (hit && hit.digest === digest) analysed[i] = hit.analysed;
    else {
      jobs.push({ file, text });
      slots.push(i);
    }
  });
  (await analyseAll(jobs)).forEach((result, k) => (analysed[slots[k]!] = result));
  return { analysed, digests, fresh: jobs.length };
}

/** Writes the linked articles; an entry whose file and speakers are unchanged is left as it is. */
function storeArticles(context: LoaderContext, contentDir: string, articles: readonly ArticleRecord[], analysed: readonly AnalysedArticle[], digests: Map<string, string>): void {
  const engineByFile = new Map(analysed.map((a) => [a.record.file, a.engine]));
  const ids = new Set<string>();
  for (const article of articles) {
    const digest = digests.get(article.file) ?? '';
    const data = packArticle(article, engineByFile.get(article.file)!, digest, contentDir);
    context.store.set({ id: article.slug, data: { ...data }, digest: context.generateDigest(`${digest}\n${JSON.stringify(article.quotes)}`) });
    ids.add(article.slug);
  }
  for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
}

async function syncArticles(context: LoaderContext, contentDir: string): Promise<Linked> {
  const files = listArticleFiles(contentDir);
  const { profiles, warnings } = readProfiles(contentDir);
  for (const warning of [...files.skipped, ...warnings]) context.logger.warn(warning);
  const { analysed, digests, fresh } = await analyseFiles(context, contentDir, files.names);
  const articles = linkArticles(analysed, profiles);
  storeArticles(context, contentDir, articles, analysed, digests);
  const unattributed = findUnattributed(articles);
  reportUnattributed(context, unattributed);
  for (const { file, lang } of findNotAttributed(articles)) {
    context.logger.info(`${file}: lang "${lang}": quotations shown without speakers (speakers are found in English only)`);
  }
  context.logger.info(`${articles.length} article(s), ${fresh} analysed, ${articles.length - fresh} unchanged; ${unattributed.length} quotation(s) without a speaker`);
  return { articles, profiles };
}

function syncSpeakers(context: LoaderContext, { articles, profiles }: Linked): void {
  const speakers = buildSpeakerDirectory(articles, profiles);
  const ids = new Set<string>();
  for (const speaker of speakers) {
    context.store.set({ id: speaker.id, data: { ...packSpeaker(speaker) }, digest: context.generateDigest(JSON.stringify(speaker)) });
    ids.add(speaker.id);
  }
  for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
  const { site, base } = context.config;
  const urls = createSiteUrls(site ? new URL(site).origin : 'http://localhost', base);
  publishPageLastModified(pageLastModified(articles, speakers, urls));
  publishSearchRecords(buildSearchRecords(articles, speakers, urls));
}

// In `astro dev`, an edited article or profile must refresh both collections together.
const refreshers = new Map<string, () => Promise<void>>();
const watchedDirs = new Set<string>();

function watchContent(contentDir: string, context: LoaderContext): void {
  const { watcher, logger } = context;
  if (!watcher || watchedDirs.has(contentDir)) return;
  watchedDirs.add(contentDir);
  const root = path.resolve(contentDir);
  watcher.add(root);
  const onChange = (changed: string) => {
    if (!path.resolve(changed).startsWith(root + path.sep) || !/\.(md|json)$/.test(changed)) return;
    Promise.all([...refreshers.values()].map((refresh) => refresh())).catch((error: unknown) =>
      logger.error(error instanceof Error ? error.message : String(error)),
    );
  };
  for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, onChange);
}

function contentLoader(name: string, contentDir: string, fill: (context: LoaderContext) => Promise<void>): Loader {
  return {
    name,
    load: async (context) => {
      await fill(context);
      refreshers.set(context.collection, () => fill(context));
      watchContent(contentDir, context);
    },
  };
}

/** The articles, validated, with every quotation found and attributed by the quote engine. */
export function articlesLoader(contentDir: string): Loader {
  return contentLoader('on-the-record:articles', contentDir, async (context) => {
    const run = currentRun(contentDir);
    try {
      run.resolve(await syncArticles(context, contentDir));
    } catch (error) {
      runs.delete(contentDir);
      run.reject(error);
      throw error;
    }
  });
}

/** Every speaker the engine found, merged with editorial profiles, with where their quotes are. */
export function speakersLoader(contentDir: string): Loader {
  return contentLoader('on-the-record:speakers', contentDir, async (context) => {
    const linked = await currentRun(contentDir).linked;
    runs.delete(contentDir);
    syncSpeakers(context, linked);
  });
}
