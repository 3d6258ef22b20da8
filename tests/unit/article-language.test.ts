import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSiteContent } from '../../src/lib/site-content.ts';
import { ContentError } from '../../src/lib/content-error.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function site(articles: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'otr-lang-'));
  dirs.push(dir);
  mkdirSync(path.join(dir, 'articles'));
  for (const [name, text] of Object.entries(articles)) writeFileSync(path.join(dir, 'articles', name), text);
  return dir;
}

const article = (headline: string, body: string, lang = '') =>
  `---\nheadline: ${JSON.stringify(headline)}\nstandfirst: "A summary."\npublished: 2024-03-10\n${lang}---\n${body}\n`;

describe('article language', () => {
  it('attributes speakers in English (the default) only; elsewhere quotes stay, on no page, and the build says so', () => {
    const content = loadSiteContent(
      site({
        'en.md': article('Harbour stays open', '“We stay open,” said Mayor Ada Kline.'),
        'cs.md': article('Přístav zůstane otevřený', 'Při jednání Prohlásil starosta: „Zůstaneme otevření,“ řekl Novák.', 'lang: cs\n'),
      }),
    );
    const en = content.articles.find((a) => a.file.endsWith('en.md'));
    const cs = content.articles.find((a) => a.file.endsWith('cs.md'));
    expect(en?.lang).toBe('en');
    expect(en?.quotes[0]?.speaker?.name).toBe('Ada Kline');
    expect(cs?.lang).toBe('cs');
    expect(cs?.quotes.length).toBeGreaterThan(0);
    expect(cs?.quotes.every((q) => q.speaker === null)).toBe(true);
    expect(content.notAttributed).toEqual([{ file: cs?.file, lang: 'cs' }]);
    // not an editor's to-do: the engine never tried
    expect(content.unattributed.some((u) => u.file === cs?.file)).toBe(false);
  });

  it('stops the build on a language that is not a language tag, naming the field', () => {
    expect(() => loadSiteContent(site({ 'x.md': article('Harbour', 'Text.', 'lang: "English please"\n') }))).toThrow(ContentError);
    expect(() => loadSiteContent(site({ 'x.md': article('Harbour', 'Text.', 'lang: "English please"\n') }))).toThrow(/lang/);
  });
});
