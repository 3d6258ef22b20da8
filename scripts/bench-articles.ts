/**
 * Article files for `npm run bench:site`: N Markdown articles in this site's format, made from the
 * PolNeAR news texts in ../shared/corpora/polnear when that folder exists (read at run time, never
 * copied into the repo), else from generated news-like prose. Headline and standfirst come from the
 * first sentence; dates spread over one year; one or two topics each; texts reused past the corpus
 * size get "(part k)" headlines. Deterministic: the same N always gives the same files.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { slugify } from '../src/lib/slugify.ts';

const TOPICS = ['Politics', 'Economy', 'Elections', 'Health', 'Immigration', 'Courts', 'Foreign policy', 'Energy', 'Education', 'Security', 'Media', 'Climate'];
const NAMES = ['Maria Olsen', 'Tomas Berg', 'Aiko Tanaka', 'Samuel Osei', 'Lena Fischer', 'Ravi Menon', 'Clara Duarte', 'Omar Haddad'];
const WORDS = 'the council will vote on a budget that cuts spending for schools and roads while raising taxes on large firms in the city next year after months of debate'.split(' ');

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function generatedText(seed: number): string {
  const r = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const sentence = () => {
    const words = Array.from({ length: 8 + Math.floor(r() * 12) }, () => pick(WORDS)).join(' ');
    return `${words[0]!.toUpperCase()}${words.slice(1)}.`;
  };
  const paragraphs = [`${sentence()} ${sentence()}`];
  for (let i = 0; i < 8; i++) {
    const who = pick(NAMES);
    paragraphs.push(r() < 0.6 ? `“${sentence().slice(0, -1)},” ${who} said. ${sentence()}` : `${sentence()} ${sentence()}`);
  }
  return paragraphs.join('\n\n');
}

/** The corpus texts, in a fixed order, or null when the corpus is not beside the project. */
function corpusTexts(root: string): string[] | null {
  const dirs = ['train', 'dev'].map((split) => path.join(root, split)).filter((dir) => existsSync(dir));
  if (dirs.length === 0) return null;
  const texts: string[] = [];
  for (const dir of dirs) {
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
      const text = (JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as { text?: string }).text;
      if (text && text.trim().length > 200) texts.push(text);
    }
  }
  return texts.length > 0 ? texts : null;
}

function firstSentence(text: string): { sentence: string; rest: string } {
  const match = /^[\s\S]*?[.!?](?=\s)/.exec(text);
  const cut = match && match[0].length <= 300 ? match[0].length : Math.min(text.length, text.indexOf('\n') > 0 ? text.indexOf('\n') : 200);
  return { sentence: text.slice(0, cut).replace(/\s+/g, ' ').trim(), rest: text.slice(cut).trim() };
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, '')}…`;
}

function articleFile(text: string, index: number, part: number, total: number): { name: string; body: string } {
  const { sentence, rest } = firstSentence(text.replace(/\r\n/g, '\n'));
  const headline = shorten(sentence, 110) + (part > 1 ? ` (part ${part})` : '');
  const paragraphs = rest.split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter((p) => p.length > 0);
  if (paragraphs.length === 0) paragraphs.push(sentence);
  const day = Math.floor((index * 365) / Math.max(total, 1));
  const published = new Date(Date.UTC(2025, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
  const topics = [TOPICS[index % TOPICS.length]!, ...(index % 3 === 0 ? [TOPICS[(index * 7 + 5) % TOPICS.length]!] : [])];
  const slug = `${slugify(headline, 60) || 'story'}-${index + 1}`;
  const frontmatter = [
    `headline: ${JSON.stringify(headline)}`,
    `standfirst: ${JSON.stringify(shorten(sentence, 280))}`,
    `published: ${published}`,
    `topics: ${JSON.stringify([...new Set(topics)])}`,
    `slug: ${slug}`,
  ].join('\n');
  return { name: `${slug}.md`, body: `---\n${frontmatter}\n---\n${paragraphs.join('\n\n')}\n` };
}

/** Writes `count` articles to `<contentDir>/articles/` (emptied first); says where the text came from. */
export function writeBenchArticles(contentDir: string, count: number, corpusRoot: string): string {
  const dir = path.join(contentDir, 'articles');
  rmSync(contentDir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  mkdirSync(path.join(contentDir, 'speakers'), { recursive: true });
  const texts = corpusTexts(corpusRoot);
  for (let i = 0; i < count; i++) {
    const text = texts ? texts[i % texts.length]! : generatedText(i + 1);
    const part = texts ? Math.floor(i / texts.length) + 1 : 1;
    const { name, body } = articleFile(text, i, part, count);
    writeFileSync(path.join(dir, name), body);
  }
  return texts ? `${texts.length} PolNeAR texts from ${corpusRoot}` : 'generated prose (no corpus found)';
}
