import path from 'node:path';
import { ContentError } from './content-error.ts';
import { parseArticleSource, splitParagraphs } from './article-source.ts';
import {
  articleFrontmatterSchema,
  describeSchemaIssue,
  speakerProfileSchema,
  type ArticleFrontmatter,
  type QuoteOverride,
} from './article-schema.ts';
import { sortArticles } from './article-order.ts';
import { joinArticleText, paragraphIndexAt } from './article-text.ts';
import { slugify, foldDiacritics } from './slugify.ts';
import { listContentFiles, readContentFile, requireContentDir } from './content-files.ts';
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
  /** Things an editor should look at that do not stop the build (skipped files, misfiled profiles). */
  warnings: string[];
}

interface ParsedArticle {
  file: string;
  frontmatter: ArticleFrontmatter;
  paragraphs: string[];
  extraction: QuoteExtraction;
}

export function readSpeakerProfiles(contentDir: string, names = listContentFiles(contentDir, 'speakers', '.json').names): SpeakerProfileRecord[] {
  const dir = path.join(contentDir, 'speakers');
  return names.map((name) => {
    const file = path.join(contentDir, 'speakers', name);
    const id = name.slice(0, -'.json'.length);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
      throw new ContentError(file, 'file name', 'a profile file is named after its speaker id: lower-case words joined by hyphens');
    }
    const text = readContentFile(path.join(dir, name));
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

function parseArticleFile(contentDir: string, name: string): ParsedArticle {
  const file = path.join(contentDir, 'articles', name);
  const source = parseArticleSource(file, readContentFile(file));
  const parsed = articleFrontmatterSchema.safeParse(cleanValue(source.frontmatter));
  if (!parsed.success) {
    const { field, problem } = describeSchemaIssue(parsed.error);
    throw new ContentError(file, field, problem);
  }
  const body = splitParagraphs(source.body);
  if (body.length === 0) throw new ContentError(file, 'body', 'the article has no text below its frontmatter');
  const paragraphs = [parsed.data.standfirst, ...body];
  checkArticleSize(file, paragraphs);
  const extraction = extractQuotes(joinArticleText(paragraphs).text);
  checkArticleQuotes(file, extraction.quotes.length);
  return { file, frontmatter: parsed.data, paragraphs, extraction };
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

function buildArticleRecord(
  article: ParsedArticle,
  extraction: QuoteExtraction,
  toProfile: (speaker: Speaker) => Speaker,
): ArticleRecord {
  const { file, frontmatter, paragraphs } = article;
  const articleText = joinArticleText(paragraphs);
  const quotes: ArticleQuote[] = extraction.quotes.map((quote, index) => {
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
      speaker: quote.kind === 'speech' && quote.speaker ? toProfile(withSafeId(quote.speaker)) : null,
      overridden: false,
    };
  });

  frontmatter.quoteOverrides.forEach((override, index) => {
    const field = `quoteOverrides.${index}.quote`;
    const matches = quotes.filter((quote) => quote.text === override.quote || quote.text === override.quote.trim());
    if (matches.length === 0) {
      throw new ContentError(file, field, `no quotation reads "${override.quote}" in this article (copy the words between the quotation marks exactly)`);
    }
    for (const quote of matches) {
      quote.overridden = true;
      if (override.drop) {
        quote.kind = 'term';
        quote.speaker = null;
      } else if (override.speaker !== undefined) {
        quote.kind = 'speech';
        quote.speaker = toProfile(withSafeId(speakerFromOverride({ ...override, speaker: override.speaker })));
      }
    }
  });

  return {
    file,
    slug: frontmatter.slug ?? slugify(frontmatter.headline),
    headline: frontmatter.headline,
    standfirst: frontmatter.standfirst,
    published: frontmatter.published,
    updated: frontmatter.updated ?? null,
    topics: frontmatter.topics,
    paragraphs,
    quotes,
  };
}

/**
 * Reads, validates and analyses every article under `contentDir`: the one pass that both the
 * content collections and the sitemap use. Throws a ContentError on the first bad file.
 */
export function loadSiteContent(contentDir: string): SiteContent {
  requireContentDir(contentDir);
  const profileFiles = listContentFiles(contentDir, 'speakers', '.json');
  const articleFiles = listContentFiles(contentDir, 'articles', '.md');
  if (articleFiles.names.length === 0) {
    throw new ContentError(path.join(contentDir, 'articles'), null, 'there are no articles (*.md files) here: a site without articles is not published');
  }
  const profiles = readSpeakerProfiles(contentDir, profileFiles.names);
  checkSharedNames(profiles);
  const parsed = articleFiles.names.map((name) => parseArticleFile(contentDir, name));
  const linked = linkSpeakersAcrossArticles(
    parsed.map((article) => article.extraction),
    profiles.map(({ id, name, aliases }) => ({ id, name, aliases })),
  );
  const toProfile = profileMatcher(profiles);
  const articles = parsed.map((article, index) => buildArticleRecord(article, linked[index] ?? article.extraction, toProfile));

  const slugOwners = new Map<string, string>();
  for (const article of articles) {
    if (!article.slug) throw new ContentError(article.file, 'slug', 'the headline gives no usable slug: set "slug" in the frontmatter');
    const owner = slugOwners.get(article.slug);
    if (owner) {
      throw new ContentError(article.file, 'slug', `"${article.slug}" is already the slug of ${owner}: give one of them its own "slug"`);
    }
    slugOwners.set(article.slug, article.file);
  }

  const unattributed = articles.flatMap((article) =>
    article.quotes
      .filter((quote) => quote.kind === 'speech' && quote.speaker === null)
      .map((quote) => ({ file: article.file, paragraph: quote.paragraph, text: quote.text })),
  );
  const warnings = [...profileFiles.skipped, ...articleFiles.skipped, ...misfiledProfileWarnings(profiles)];
  return { articles: sortArticles(articles), profiles, unattributed, warnings };
}
