import path from 'node:path';
import { ContentError } from './content-error.ts';
import { parseArticleSource, splitParagraphs } from './article-source.ts';
import {
  articleFrontmatterSchema,
  attributesSpeakers,
  describeSchemaIssue,
  speakerProfileSchema,
  type QuoteOverride,
} from './article-schema.ts';
import { sortArticles } from './article-order.ts';
import { joinArticleText, paragraphIndexAt } from './article-text.ts';
import { slugify, foldDiacritics } from './slugify.ts';
import { listContentFiles, readContentFile, requireContentDir, type ContentListing } from './content-files.ts';
import { cleanValue } from './clean-text.ts';
import { speakerId } from './speaker-id.ts';
import { checkSharedNames, misfiledProfileWarnings } from './profile-checks.ts';
import { checkArticleQuotes, checkArticleSize } from './article-limits.ts';
import { extractQuotes } from './quotes/extract-quotes.ts';
import { linkSpeakersAcrossArticles, type SpeakerProfile } from './quotes/speaker-identity.ts';
import type { QuoteExtraction, QuoteKind, Speaker } from './quotes/quote-types.ts';

/** One quotation as the site shows it: offsets are within its paragraph. */
export interface ArticleQuote {
  /** "q1", "q2", … in text order: stable for a given article text. */
  id: string;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  kind: QuoteKind;
  speaker: Speaker | null;
  /** True when an editor's override decided this quote's speaker or kind. */
  overridden: boolean;
}

export interface ArticleRecord {
  /** The file as an editor knows it, relative to the content folder. */
  file: string;
  slug: string;
  headline: string;
  standfirst: string;
  published: Date;
  updated: Date | null;
  topics: string[];
  /** Paragraph 0 is the standfirst; 1… is the body. */
  paragraphs: string[];
  quotes: ArticleQuote[];
  /** The article's language ("en" unless its frontmatter says otherwise). */
  lang?: string;
}

export interface SpeakerProfileRecord extends SpeakerProfile {
  file: string;
  description: string | null;
  type: Speaker['type'] | null;
}

export interface UnattributedQuote {
  file: string;
  paragraph: number;
  text: string;
}

export interface SiteContent {
  articles: ArticleRecord[];
  profiles: SpeakerProfileRecord[];
  /** Speech quotes the engine could not attribute: for an editor to review. */
  unattributed: UnattributedQuote[];
  /** Articles in a language the engine does not attribute: quotes shown, on no speaker's page. */
  notAttributed: Array<{ file: string; lang: string }>;
  /** Things an editor should look at that do not stop the build (skipped files, misfiled profiles). */
  warnings: string[];
}

/**
 * What the quote engine found in one article on its own, before speakers are linked across
 * articles and editors' overrides applied: each quote's kind and speaker (in the order of
 * ArticleRecord.quotes), the engine's speaker list and the overrides to apply.
 */
export interface EngineFindings {
  quotes: { kind: QuoteKind; speaker: Speaker | null }[];
  speakers: Speaker[];
  overrides: QuoteOverride[];
}

/**
 * One file, validated and analysed: the costly step, which depends on that file alone, so the
 * loader caches it by the file's digest. `record.quotes` carry the engine's own speakers.
 */
export interface AnalysedArticle {
  record: ArticleRecord;
  engine: EngineFindings;
}

export function readSpeakerProfiles(contentDir: string, names = listContentFiles(contentDir, 'speakers', '.json').names): SpeakerProfileRecord[] {
  const dir = path.join(contentDir, 'speakers');
  return names.map((name) => {
    const file = path.join(dir, name);
    const id = name.slice(0, -'.json'.length);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
      throw new ContentError(file, 'file name', 'a profile file is named after its speaker id: lower-case words joined by hyphens');
    }
    if (/^[0-9]+$/.test(id)) {
      throw new ContentError(file, 'file name', 'a speaker id of digits alone would read as a page number: add a word');
    }
    const text = readContentFile(file);
    let raw: unknown;
    try {
      raw = cleanValue(JSON.parse(text));
    } catch (error) {
      throw new ContentError(file, '(json)', `is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    const parsed = speakerProfileSchema.safeParse(raw);
    if (!parsed.success) {
      const { field, problem } = describeSchemaIssue(parsed.error);
      throw new ContentError(file, field, problem);
    }
    return {
      file,
      id,
      name: parsed.data.name,
      aliases: parsed.data.aliases,
      description: parsed.data.description ?? null,
      type: parsed.data.type ?? null,
    };
  });
}

/**
 * The article files under `contentDir`, by name, in a stable order, and the look-alike files that
 * are skipped. A missing content folder, or one with no articles, is an error: a typo in
 * CONTENT_DIR must never publish an empty site over a good one.
 */
export function listArticleFiles(contentDir: string): ContentListing {
  requireContentDir(contentDir);
  const listing = listContentFiles(contentDir, 'articles', '.md');
  if (listing.names.length === 0) {
    throw new ContentError(path.join(contentDir, 'articles'), null, 'there are no articles (*.md files) here: a site without articles is not published');
  }
  return listing;
}

/**
 * The editorial profiles, checked: a name or alias two profiles share stops the build; a profile
 * filed under an id its names do not give, and skipped look-alike files, are warnings.
 */
export function readProfiles(contentDir: string): { profiles: SpeakerProfileRecord[]; warnings: string[] } {
  const files = listContentFiles(contentDir, 'speakers', '.json');
  const profiles = readSpeakerProfiles(contentDir, files.names);
  checkSharedNames(profiles);
  return { profiles, warnings: [...files.skipped, ...misfiledProfileWarnings(profiles)] };
}

/** The path an editor knows a file by, as error messages name it. */
export function articleFilePath(contentDir: string, name: string): string {
  return path.join(contentDir, 'articles', name);
}

/** An article file's text: strict UTF-8, invisible characters removed (readContentFile). */
export function readArticleText(contentDir: string, name: string): string {
  return readContentFile(articleFilePath(contentDir, name));
}

/** Validates one article file and runs the quote engine on it. Throws a ContentError naming the file. */
export function analyseArticle(file: string, text: string): AnalysedArticle {
  const source = parseArticleSource(file, text);
  const parsed = articleFrontmatterSchema.safeParse(cleanValue(source.frontmatter));
  if (!parsed.success) {
    const { field, problem } = describeSchemaIssue(parsed.error);
    throw new ContentError(file, field, problem);
  }
  const body = splitParagraphs(source.body);
  if (body.length === 0) throw new ContentError(file, 'body', 'the article has no text below its frontmatter');
  const frontmatter = parsed.data;
  const paragraphs = [frontmatter.standfirst, ...body];
  checkArticleSize(file, paragraphs);
  const articleText = joinArticleText(paragraphs);
  const extraction = withoutSpeakersUnlessEnglish(extractQuotes(articleText.text), frontmatter.lang);
  checkArticleQuotes(file, extraction.quotes.length);
  const record: ArticleRecord = {
    file,
    slug: frontmatter.slug ?? slugify(frontmatter.headline),
    headline: frontmatter.headline,
    standfirst: frontmatter.standfirst,
    published: frontmatter.published,
    updated: frontmatter.updated ?? null,
    topics: frontmatter.topics,
    paragraphs,
    quotes: quotesInParagraphs(paragraphs, articleText, extraction),
    lang: frontmatter.lang,
  };
  checkOverrides(record, frontmatter.quoteOverrides);
  return {
    record,
    engine: {
      quotes: record.quotes.map(({ kind, speaker }) => ({ kind, speaker })),
      speakers: extraction.speakers,
      overrides: frontmatter.quoteOverrides,
    },
  };
}

/**
 * The engine reads English; elsewhere ("Při", "Не" capitalised) it would take words for people, so
 * an article in another language keeps its quotations with no cue, source or speaker.
 */
function withoutSpeakersUnlessEnglish(extraction: QuoteExtraction, lang: string): QuoteExtraction {
  if (attributesSpeakers(lang)) return extraction;
  return { ...extraction, quotes: extraction.quotes.map((q) => ({ ...q, cue: null, source: null, speaker: null })), reported: [], speakers: [] };
}

/** The engine's quotes with offsets within their paragraph, as the pages show them. */
function quotesInParagraphs(
  paragraphs: readonly string[],
  articleText: ReturnType<typeof joinArticleText>,
  extraction: QuoteExtraction,
): ArticleQuote[] {
  return extraction.quotes.map((quote, index) => {
    const paragraph = paragraphIndexAt(articleText, quote.start);
    const paragraphStart = articleText.paragraphStarts[paragraph] ?? 0;
    const paragraphEnd = paragraphStart + (paragraphs[paragraph]?.length ?? 0);
    return {
      id: `q${index + 1}`,
      paragraph,
      start: quote.start - paragraphStart,
      // A quotation left open runs to its paragraph's end on the page; the rest shows unmarked.
      end: Math.min(quote.end, paragraphEnd) - paragraphStart,
      text: articleText.text.slice(quote.start, Math.min(quote.end, paragraphEnd)),
      kind: quote.kind,
      speaker: quote.speaker,
      overridden: false,
    };
  });
}

function overrideMatches(quote: ArticleQuote, override: QuoteOverride): boolean {
  return quote.text === override.quote || quote.text === override.quote.trim();
}

/** Every override must name a quotation the article has: a typo would otherwise do nothing, silently. */
function checkOverrides(record: ArticleRecord, overrides: readonly QuoteOverride[]): void {
  overrides.forEach((override, index) => {
    if (!record.quotes.some((quote) => overrideMatches(quote, override))) {
      throw new ContentError(
        record.file,
        `quoteOverrides.${index}.quote`,
        `no quotation reads "${override.quote}" in this article (copy the words between the quotation marks exactly)`,
      );
    }
  });
}

function speakerFromOverride(override: QuoteOverride & { speaker: string }): Speaker {
  return {
    // May be empty (a name with no Latin letter): withSafeId then derives one from the name.
    id: slugify(override.speaker),
    name: override.speaker,
    type: override.type ?? 'person',
    description: override.description ?? null,
  };
}

/** Maps a speaker onto an editorial profile when its name or an alias matches. */
function profileMatcher(profiles: readonly SpeakerProfileRecord[]): (speaker: Speaker) => Speaker {
  const byKey = new Map<string, SpeakerProfileRecord>();
  const key = (name: string) => foldDiacritics(name).toLowerCase().replace(/\s+/g, ' ').trim();
  for (const profile of profiles) {
    for (const name of [profile.id, profile.name, ...profile.aliases]) byKey.set(key(name), profile);
  }
  return (speaker) => {
    const profile = byKey.get(key(speaker.id)) ?? byKey.get(key(speaker.name));
    if (!profile) return speaker;
    return {
      id: profile.id,
      name: profile.name,
      type: profile.type ?? speaker.type,
      description: profile.description ?? speaker.description,
    };
  };
}

/** Gives a speaker an id that is always a usable, bounded URL segment, whatever the engine produced. */
function withSafeId(speaker: Speaker): Speaker {
  return { ...speaker, id: speakerId(speaker.id, speaker.name) };
}

/** The article with the speakers linking and profiles gave it, then its editor's overrides applied. */
function linkedRecord(
  { record, engine }: AnalysedArticle,
  linked: QuoteExtraction | undefined,
  toProfile: (speaker: Speaker) => Speaker,
): ArticleRecord {
  const site = (speaker: Speaker) => toProfile(withSafeId(speaker));
  const quotes = record.quotes.map((quote, index): ArticleQuote => {
    const found = linked?.quotes[index] ?? engine.quotes[index];
    const kind = found?.kind ?? quote.kind;
    return { ...quote, kind, speaker: kind === 'speech' && found?.speaker ? site(found.speaker) : null, overridden: false };
  });
  for (const override of engine.overrides) {
    for (const quote of quotes) {
      if (!overrideMatches(quote, override)) continue;
      quote.overridden = true;
      if (override.drop) {
        quote.kind = 'term';
        quote.speaker = null;
      } else if (override.speaker !== undefined) {
        quote.kind = 'speech';
        quote.speaker = site(speakerFromOverride({ ...override, speaker: override.speaker }));
      }
    }
  }
  return { ...record, quotes };
}

/** The engine's findings as the extraction speaker linking reads (it only looks at speakers). */
function asExtraction({ record, engine }: AnalysedArticle): QuoteExtraction {
  return {
    quotes: record.quotes.map((quote, index) => ({
      start: quote.start,
      end: quote.end,
      text: quote.text,
      paragraph: quote.paragraph,
      kind: engine.quotes[index]?.kind ?? quote.kind,
      cue: null,
      source: null,
      speaker: engine.quotes[index]?.speaker ?? null,
    })),
    reported: [],
    speakers: engine.speakers,
  };
}

/** Two articles may not share an address. */
function checkSlugs(articles: readonly ArticleRecord[]): void {
  const slugOwners = new Map<string, string>();
  for (const article of articles) {
    if (!article.slug) throw new ContentError(article.file, 'slug', 'the headline gives no usable slug: set "slug" in the frontmatter');
    const owner = slugOwners.get(article.slug);
    if (owner) {
      throw new ContentError(article.file, 'slug', `"${article.slug}" is already the slug of ${owner}: give one of them its own "slug"`);
    }
    slugOwners.set(article.slug, article.file);
  }
}

/**
 * The site's articles from every file's analysis: speakers linked across articles and matched to
 * editors' profiles, overrides applied, slugs checked, newest first. Cheap next to the analysis.
 */
export function linkArticles(analysed: readonly AnalysedArticle[], profiles: readonly SpeakerProfileRecord[]): ArticleRecord[] {
  const linked = linkSpeakersAcrossArticles(
    analysed.map(asExtraction),
    profiles.map(({ id, name, aliases }) => ({ id, name, aliases })),
  );
  const toProfile = profileMatcher(profiles);
  const articles = analysed.map((article, index) => linkedRecord(article, linked[index], toProfile));
  checkSlugs(articles);
  return sortArticles(articles);
}

/** Speech quotes the engine could not attribute, for an editor to review. */
export function findUnattributed(articles: readonly ArticleRecord[]): UnattributedQuote[] {
  return articles.flatMap((article) =>
    !attributesSpeakers(article.lang ?? 'en') ? [] : article.quotes
      .filter((quote) => quote.kind === 'speech' && quote.speaker === null)
      .map((quote) => ({ file: article.file, paragraph: quote.paragraph, text: quote.text })),
  );
}

/** Articles in a language the engine does not attribute, for the build log. */
export function findNotAttributed(articles: readonly ArticleRecord[]): Array<{ file: string; lang: string }> {
  return articles.filter((a) => !attributesSpeakers(a.lang ?? 'en')).map((a) => ({ file: a.file, lang: a.lang ?? 'en' }));
}

/**
 * Reads, validates and analyses every article under `contentDir` in one pass (the loader does the
 * same steps with its cache). Throws a ContentError on the first bad file.
 */
export function loadSiteContent(contentDir: string): SiteContent {
  const files = listArticleFiles(contentDir);
  const { profiles, warnings } = readProfiles(contentDir);
  const analysed = files.names.map((name) => analyseArticle(articleFilePath(contentDir, name), readArticleText(contentDir, name)));
  const articles = linkArticles(analysed, profiles);
  return {
    articles,
    profiles,
    unattributed: findUnattributed(articles),
    notAttributed: findNotAttributed(articles),
    warnings: [...files.skipped, ...warnings],
  };
}
