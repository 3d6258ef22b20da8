import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { listContentFiles, readContentFile, requireContentDir } from '../../src/lib/content-files.ts';
import { loadSiteContent } from '../../src/lib/site-content.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'otr-files-'));
  dirs.push(dir);
  return dir;
}

const ARTICLE = '---\nheadline: "A headline"\nstandfirst: "A summary."\npublished: 2024-03-10\n---\nThe minister said “we are ready” on Monday.\n';

function contentWith(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('content folders', () => {
  it('refuses a CONTENT_DIR that does not exist, and one with no articles, naming the folder', () => {
    expect(() => requireContentDir('/no/such/folder')).toThrow(/\/no\/such\/folder → CONTENT_DIR: there is no content folder/);
    expect(() => loadSiteContent('/no/such/folder')).toThrow(/no content folder/);
    const empty = contentWith({ 'speakers/a.json': '{"name":"A"}' });
    expect(() => loadSiteContent(empty)).toThrow(/articles: there are no articles/);
  });

  it('warns about files that look like articles but are skipped: other cases, other extensions, subfolders', () => {
    const dir = contentWith({
      'articles/story.md': ARTICLE,
      'articles/UPPER.MD': ARTICLE,
      'articles/story.markdown': ARTICLE,
      'articles/nested/story.md': ARTICLE,
      'articles/notes.txt': 'not an article',
    });
    const listing = listContentFiles(dir, 'articles', '.md');
    expect(listing.names).toEqual(['story.md']);
    expect(listing.skipped).toHaveLength(3);
    expect(listing.skipped.join('\n')).toMatch(/UPPER\.MD is skipped/);
    expect(listing.skipped.join('\n')).toMatch(/story\.markdown is skipped/);
    expect(listing.skipped.join('\n')).toMatch(/nested\/story\.md is skipped: articles are read only from/);
    expect(loadSiteContent(dir).warnings).toEqual(listing.skipped);
  });

  it('refuses a link leading outside the content folder, a dangling link and a folder named x.md, naming each', () => {
    const outside = contentWith({ 'secret.md': ARTICLE });
    const a = contentWith({ 'articles/ok.md': ARTICLE });
    symlinkSync(path.join(outside, 'secret.md'), path.join(a, 'articles', 'leak.md'));
    expect(() => listContentFiles(a, 'articles', '.md')).toThrow(/articles\/leak\.md: leads to .*secret\.md, outside the content folder/);

    const b = contentWith({ 'articles/ok.md': ARTICLE });
    symlinkSync(path.join(b, 'articles', 'gone.md'), path.join(b, 'articles', 'dangling.md'));
    expect(() => listContentFiles(b, 'articles', '.md')).toThrow(/articles\/dangling\.md: is a link to a file that does not exist/);

    const c = contentWith({ 'articles/ok.md': ARTICLE, 'articles/x.md/inner.txt': '' });
    expect(() => listContentFiles(c, 'articles', '.md')).toThrow(/articles\/x\.md: is a folder, not a file/);

    // A link that stays inside the content folder is read like the file it leads to.
    const d = contentWith({ 'articles/ok.md': ARTICLE, 'drafts/kept.md': ARTICLE.replace('A headline', 'Another') });
    symlinkSync(path.join(d, 'drafts', 'kept.md'), path.join(d, 'articles', 'kept.md'));
    expect(listContentFiles(d, 'articles', '.md').names).toEqual(['kept.md', 'ok.md']);
  });
});

describe('readContentFile', () => {
  it('refuses a file that is not UTF-8, naming the file and the line', () => {
    const dir = tempDir();
    const file = path.join(dir, 'latin1.md');
    writeFileSync(file, Buffer.concat([Buffer.from('---\nheadline: "ok"\n---\nLine four\nCaf'), Buffer.from([0xe9]), Buffer.from(' au lait\n')]));
    expect(() => readContentFile(file)).toThrow(/latin1\.md → \(encoding, line 5\): is not UTF-8 text/);
  });

  it('drops the byte-order mark and removes invisible control characters', () => {
    const dir = tempDir();
    const file = path.join(dir, 'a.md');
    writeFileSync(file, '\uFEFFone\u000Btwo\u0007three\uFFFE\n');
    expect(readContentFile(file)).toBe('one twothree\n');
  });
});

describe('speaker profiles', () => {
  it('names a profile that is not UTF-8 as such, not as bad JSON', () => {
    const dir = contentWith({ 'articles/story.md': ARTICLE });
    mkdirSync(path.join(dir, 'speakers'));
    writeFileSync(path.join(dir, 'speakers', 'jose-garcia.json'), Buffer.from('{"name": "Jos\xe9 Garc\xeda"}', 'latin1'));
    expect(() => loadSiteContent(dir)).toThrow(/speakers\/jose-garcia\.json → \(encoding, line 1\): is not UTF-8 text/);
  });
});
