import { parse as parseYaml } from 'yaml';
import { ContentError } from './content-error.ts';

export interface ArticleSource {
  frontmatter: unknown;
  /** The body with line endings normalised to "\n" and outer blank lines trimmed. */
  body: string;
}

/** Splits a Markdown file into YAML frontmatter and body; malformed frontmatter is a ContentError. */
export function parseArticleSource(file: string, raw: string): ArticleSource {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.startsWith('---\n')) {
    throw new ContentError(file, 'frontmatter', 'the file must start with a "---" line opening the frontmatter');
  }
  const close = text.indexOf('\n---', 3);
  const afterClose = close === -1 ? -1 : close + 4;
  if (close === -1 || (afterClose < text.length && text[afterClose] !== '\n')) {
    throw new ContentError(file, 'frontmatter', 'the frontmatter is never closed by a "---" line');
  }
  const yamlText = text.slice(4, close + 1);
  let frontmatter: unknown;
  try {
    frontmatter = parseYaml(yamlText, { prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ContentError(file, 'frontmatter', `is not valid YAML: ${detail}`);
  }
  if (frontmatter === null || typeof frontmatter !== 'object' || Array.isArray(frontmatter)) {
    throw new ContentError(file, 'frontmatter', 'must be a set of "field: value" lines');
  }
  return { frontmatter, body: text.slice(afterClose).replace(/^\n+|\s+$/g, '') };
}

/** Blank-line separated blocks, each trimmed of surrounding whitespace; empty blocks dropped. */
export function splitParagraphs(body: string): string[] {
  return body
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0);
}
