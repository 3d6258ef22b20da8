/**
 * Content folders too big or too regular to keep as files: written by the global setup (and the
 * staged-build test) under .build-fixtures/content/<name>/, the same bytes on every run.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_ROOT } from './builds.ts';
import { MAX_ARTICLE_QUOTES } from '../../../src/lib/article-limits.ts';

export const GENERATED_ROOT = join(BUILD_ROOT, 'content');

function article(headline: string, published: string, body: string): string {
  return `---\nheadline: "${headline}"\nstandfirst: "A generated story for the build tests."\npublished: ${published}\ntopics: [generated]\n---\n${body}\n`;
}

/** One paragraph of `count` short quotes by one person, ~57 bytes each, with no full stop until the end. */
export function quoteWall(count: number): string {
  let paragraph = 'Ada Lovelace said';
  for (let i = 0; i < count; i++) paragraph += ` and then “yes number ${i}” she added,`;
  return `${paragraph} before leaving.`;
}

const GENERATORS: Record<string, (dir: string) => void> = {
  // The case: one 170 KB paragraph holding 3,000 short quotes by one person.
  'quote-wall': (dir) => {
    writeFileSync(join(dir, 'articles', 'quote-wall.md'), article('One paragraph holds three thousand quotes', '2024-05-05', quoteWall(3000)));
  },
  // As much as an article may hold: as many quotes as allowed, by one speaker in a paragraph with
  // no sentence end, then long paragraphs up to nearly 80,000 bytes. Its pages and feeds must stay in budget.
  'many-quotes': (dir) => {
    const filler = Array.from({ length: 10 }, (_, i) => `Paragraph ${i + 2} is long. ${'The committee read the report again and again without a pause. '.repeat(95)}`);
    writeFileSync(join(dir, 'articles', 'many-quotes.md'), article('One article holds as many quotes as an article may', '2024-05-06', [quoteWall(MAX_ARTICLE_QUOTES), ...filler].join('\n\n')));
  },
  // Enough small articles that writing the pages takes a while: the staged-build test kills it then.
  'many-articles': (dir) => {
    for (let i = 0; i < 240; i++) {
      const n = String(i).padStart(3, '0');
      writeFileSync(
        join(dir, 'articles', `story-${n}.md`),
        article(`Generated story number ${n}`, `2024-01-${String((i % 28) + 1).padStart(2, '0')}`, `“Story ${n} is ready,” Ada Lovelace said on Monday.`),
      );
    }
  },
};

/** Writes the generated content folder `name` afresh and returns its path. */
export function generateContent(name: string): string {
  const generate = GENERATORS[name];
  if (!generate) throw new Error(`no generated content called ${name}`);
  const dir = join(GENERATED_ROOT, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'articles'), { recursive: true });
  generate(dir);
  return dir;
}
