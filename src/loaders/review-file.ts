import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import type { UnattributedQuote } from '../lib/site-content.ts';

/** Quotes named in the build log; the rest are only in the review file. */
const SHOWN_IN_LOG = 5;

/**
 * Where the full list goes: REVIEW_FILE, else review/unattributed-quotes.txt in the project,
 * outside the published folder.
 */
export function reviewFilePath(root: URL, env: Record<string, string | undefined> = process.env): string {
  return path.resolve(fileURLToPath(root), env.REVIEW_FILE?.trim() || path.join('review', 'unattributed-quotes.txt'));
}

function describe(quote: UnattributedQuote): string {
  return `${quote.file} (paragraph ${quote.paragraph}): “${quote.text}”`;
}

/**
 * The editor's review: speech the engine could not attribute. The log gets a count and the first
 * few; the file gets every one, rewritten on each build so it never lists fixed quotes.
 */
export function reportUnattributed({ logger, config }: Pick<LoaderContext, 'logger' | 'config'>, quotes: readonly UnattributedQuote[]): void {
  const file = reviewFilePath(config.root);
  const header =
    quotes.length === 0
      ? 'Every speech quotation has a speaker.\n'
      : `${quotes.length} speech quotation(s) without a speaker. Name the speaker with a quoteOverrides entry in the article, or drop it.\n\n`;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, header + quotes.map((quote) => `${describe(quote)}\n`).join(''));
  if (quotes.length === 0) return;
  const shown = quotes.slice(0, SHOWN_IN_LOG).map((quote) => `\n  ${describe(quote)}`).join('');
  const more = quotes.length > SHOWN_IN_LOG ? `\n  … and ${quotes.length - SHOWN_IN_LOG} more` : '';
  logger.warn(`${quotes.length} quotation(s) without a speaker; add quoteOverrides to name or drop them:${shown}${more}\nFull list: ${file}`);
}
