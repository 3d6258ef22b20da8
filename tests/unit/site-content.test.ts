import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSiteContent } from '../../src/lib/site-content.ts';
import { buildSpeakerDirectory } from '../../src/lib/speaker-directory.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function contentDir(articles: Record<string, string>, speakers: Record<string, unknown> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'otr-content-'));
  dirs.push(dir);
  mkdirSync(path.join(dir, 'articles'));
  mkdirSync(path.join(dir, 'speakers'));
  for (const [name, text] of Object.entries(articles)) writeFileSync(path.join(dir, 'articles', name), text);
  for (const [name, data] of Object.entries(speakers)) writeFileSync(path.join(dir, 'speakers', name), JSON.stringify(data));
  return dir;
}

function article(headline: string, body: string, extra = ''): string {
  return `---\nheadline: ${JSON.stringify(headline)}\nstandfirst: "A summary."\npublished: 2024-03-10\n${extra}---\n${body}\n`;
}

const BODY = 'The plan is “dead on arrival,” Senator Jane Okafor said on Tuesday.\n\nThe so-called “grand bargain” was announced last week.';

describe('loadSiteContent', () => {
  it('derives each article’s quotes with paragraph numbers as on the page (0 is the standfirst)', () => {
    const content = loadSiteContent(contentDir({ 'a.md': article('Senate rejects plan', BODY) }));
    const [only] = content.articles;
    expect(only?.slug).toBe('senate-rejects-plan');
    expect(only?.paragraphs).toHaveLength(3);
    const speech = only?.quotes.find((q) => q.text === 'dead on arrival,');
    expect(speech).toMatchObject({ paragraph: 1, kind: 'speech' });
    expect(only?.paragraphs[1]?.slice(speech!.start, speech!.end)).toBe('dead on arrival,');
  });

  it('lets an editor name the speaker of a quotation, or drop it from speaker pages', () => {
    const overrides =
      'quoteOverrides:\n  - quote: "dead on arrival,"\n    speaker: "Jane Okafor"\n    description: "Senator"\n  - quote: "grand bargain"\n    drop: true\n';
    const content = loadSiteContent(contentDir({ 'a.md': article('Senate rejects plan', BODY, overrides) }));
    const quotes = content.articles[0]?.quotes ?? [];
    expect(quotes.find((q) => q.text === 'dead on arrival,')).toMatchObject({
      kind: 'speech',
      overridden: true,
      speaker: { id: 'jane-okafor', name: 'Jane Okafor', description: 'Senator' },
    });
    expect(quotes.find((q) => q.text === 'grand bargain')).toMatchObject({ kind: 'term', speaker: null });
    expect(buildSpeakerDirectory(content.articles).map((s) => s.id)).toEqual(['jane-okafor']);
  });

  it('gives speakers named without Latin letters a page each, even when their names start alike', () => {
    const overrides =
      'quoteOverrides:\n  - quote: "dead on arrival,"\n    speaker: "محمد عبد الله"\n  - quote: "grand bargain"\n    speaker: "محمد عبد الرحمن"\n';
    const content = loadSiteContent(contentDir({ 'a.md': article('Senate rejects plan', BODY, overrides) }));
    const speakers = buildSpeakerDirectory(content.articles);
    expect(speakers.map((s) => s.name).sort()).toEqual(['محمد عبد الرحمن', 'محمد عبد الله']);
    expect(new Set(speakers.map((s) => s.id)).size).toBe(2);
    for (const speaker of speakers) expect(speaker.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    // A profile gives such a speaker a readable address.
    const profiled = loadSiteContent(
      contentDir({ 'a.md': article('Senate rejects plan', BODY, overrides) }, { 'mohammed-abdullah.json': { name: 'محمد عبد الله' } }),
    );
    expect(buildSpeakerDirectory(profiled.articles).map((s) => s.id)).toContain('mohammed-abdullah');
  });

  it('stops on an override naming a quotation the article does not have, naming file and field', () => {
    const overrides = 'quoteOverrides:\n  - quote: "never said"\n    speaker: "Someone"\n';
    expect(() => loadSiteContent(contentDir({ 'a.md': article('Senate rejects plan', BODY, overrides) }))).toThrow(
      /articles\/a\.md → quoteOverrides\.0\.quote: no quotation reads "never said"/,
    );
  });

  it('stops on two articles with one slug, naming both files', () => {
    const dir = contentDir({ 'a.md': article('Same headline', BODY), 'b.md': article('Same headline', BODY) });
    expect(() => loadSiteContent(dir)).toThrow(/articles\/b\.md → slug: "same-headline" is already the slug of \S*articles\/a\.md/);
  });

  it('stops on a missing headline and on a date that is not a date', () => {
    const noHeadline = '---\nstandfirst: "S"\npublished: 2024-03-10\n---\nText.\n';
    expect(() => loadSiteContent(contentDir({ 'x.md': noHeadline }))).toThrow(/articles\/x\.md → headline: is required/);
    const badDate = article('H', 'Text.').replace('2024-03-10', 'next Sunday');
    expect(() => loadSiteContent(contentDir({ 'y.md': badDate }))).toThrow(/articles\/y\.md → published:/);
  });

  it('applies an editorial profile to the speaker it names', () => {
    const overrides = 'quoteOverrides:\n  - quote: "dead on arrival,"\n    speaker: "J. Okafor"\n';
    const dir = contentDir(
      { 'a.md': article('Senate rejects plan', BODY, overrides) },
      { 'jane-okafor.json': { name: 'Jane Okafor', description: 'US senator for Illinois', aliases: ['J. Okafor'] } },
    );
    const content = loadSiteContent(dir);
    const [speaker] = buildSpeakerDirectory(content.articles, content.profiles);
    expect(speaker).toMatchObject({ id: 'jane-okafor', name: 'Jane Okafor', description: 'US senator for Illinois' });
  });

  it('rejects a profile with an unknown field, naming the file', () => {
    const dir = contentDir({ 'a.md': article('H', BODY) }, { 'jane-okafor.json': { name: 'Jane', nickname: 'J' } });
    expect(() => loadSiteContent(dir)).toThrow(/speakers\/jane-okafor\.json/);
  });
});
