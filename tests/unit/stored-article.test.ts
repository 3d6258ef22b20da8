import { describe, expect, it } from 'vitest';
import { analyseArticle, linkArticles } from '../../src/lib/site-content.ts';
import { packArticle, storedDigest, unpackArticle, unpackEngine } from '../../src/lib/stored-article.ts';
import { packSpeaker, unpackSpeaker } from '../../src/lib/stored-speaker.ts';
import { buildSpeakerDirectory } from '../../src/lib/speaker-directory.ts';

const TEXT = `---
headline: "Senate rejects plan"
standfirst: "The “grand bargain” is off, a senator said."
published: 2024-03-10
updated: 2024-03-11
topics: [Politics, Budget]
quoteOverrides:
  - quote: "not today,"
    speaker: "Ana Ruiz"
    description: "Council clerk"
---
The plan is “dead on arrival,” Senator Jane Okafor said on Tuesday. “We will try again,” she added.

“Not a chance,” said the Ministry of Finance. The so-called “grand bargain” was announced last week.

“not today,” a clerk said, and someone shouted “No!”
`;

const CONTENT = '/srv/site/content';

describe('an article as the content store keeps it', () => {
  const analysed = analyseArticle(`${CONTENT}/articles/a.md`, TEXT);
  const [linked] = linkArticles([analysed], []);

  it('gives the pages back every quote as the engine and the editor left it: words, place, kind, speaker', () => {
    const stored = packArticle(linked!, analysed.engine, 'digest-1', CONTENT);
    expect(linked!.quotes.some((q) => q.speaker)).toBe(true);
    expect(linked!.quotes.some((q) => q.overridden)).toBe(true);
    expect(linked!.quotes.some((q) => q.kind === 'term')).toBe(true);
    expect(unpackArticle(stored, CONTENT)).toEqual(linked);
    expect(unpackEngine(stored)).toEqual(analysed.engine);
    expect(storedDigest(stored)).toBe('digest-1');
  });

  it('survives the store’s own serialisation (a round trip through JSON)', () => {
    const stored = packArticle(linked!, analysed.engine, 'digest-1', CONTENT);
    const copy = JSON.parse(JSON.stringify(stored));
    expect(unpackArticle(copy, CONTENT)).toEqual(linked);
    expect(unpackEngine(copy)).toEqual(analysed.engine);
  });

  it('keeps each quote’s words once, in its paragraph, not again beside it', () => {
    const stored = packArticle(linked!, analysed.engine, 'digest-1', CONTENT);
    expect(JSON.stringify(stored)).not.toContain('"dead on arrival,"');
    expect(JSON.stringify(stored)).toContain('dead on arrival,');
  });

  it('names its file relative to the content folder, and gives the pages and errors the full path back', () => {
    const stored = packArticle(linked!, analysed.engine, 'digest-1', CONTENT);
    expect(stored.article[0]).toBe('articles/a.md');
    expect(JSON.stringify(stored)).not.toContain(CONTENT);
    expect(unpackArticle(stored, CONTENT).file).toBe(`${CONTENT}/articles/a.md`);
  });

  it('keeps a speaker as one string, the same string in every article that names them', () => {
    const other = linkArticles([analyseArticle(`${CONTENT}/articles/b.md`, TEXT.replace('Senate rejects plan', 'Senate rejects plan again'))], [])[0]!;
    const first = packArticle(linked!, analysed.engine, 'digest-1', CONTENT);
    const second = packArticle(other, analyseArticle(`${CONTENT}/articles/b.md`, TEXT).engine, 'digest-2', CONTENT);
    const speakers = (stored: typeof first) => stored.article[9];
    expect(speakers(first).length).toBeGreaterThan(0);
    expect(speakers(first).every((speaker) => typeof speaker === 'string')).toBe(true);
    expect(speakers(second)).toEqual(speakers(first));
  });
});

describe('a speaker as the content store keeps it', () => {
  it('gives the pages back every quote of theirs, in order, across articles', () => {
    const articles = linkArticles(
      [analyseArticle('articles/a.md', TEXT), analyseArticle('articles/b.md', TEXT.replace('Senate rejects plan', 'Senate rejects plan again').replace('2024-03-10', '2024-03-09'))],
      [],
    );
    const directory = buildSpeakerDirectory(articles);
    const jane = directory.find((s) => s.id === 'jane-okafor');
    expect(jane?.quotes.length).toBeGreaterThan(2);
    expect(new Set(jane?.quotes.map((q) => q.articleSlug)).size).toBe(2);
    for (const speaker of directory) {
      expect(unpackSpeaker(packSpeaker(speaker))).toEqual(speaker);
      expect(unpackSpeaker(JSON.parse(JSON.stringify(packSpeaker(speaker))))).toEqual(speaker);
    }
  });
});
