import { describe, expect, it } from 'vitest';
import { analyseArticle, linkArticles } from '../../src/lib/site-content.ts';
import { packArticle, unpackArticle, unpackEngine } from '../../src/lib/stored-article.ts';

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

describe('an article as the content store keeps it', () => {
  const analysed = analyseArticle('articles/a.md', TEXT);
  const [linked] = linkArticles([analysed], []);

  it('gives the pages back every quote as the engine and the editor left it: words, place, kind, speaker', () => {
    const stored = packArticle(linked!, analysed.engine, 'digest-1');
    expect(linked!.quotes.some((q) => q.speaker)).toBe(true);
    expect(linked!.quotes.some((q) => q.overridden)).toBe(true);
    expect(linked!.quotes.some((q) => q.kind === 'term')).toBe(true);
    expect(unpackArticle(stored)).toEqual(linked);
    expect(unpackEngine(stored)).toEqual(analysed.engine);
    expect(stored.digest).toBe('digest-1');
  });

  it('survives the store’s own serialisation (a round trip through JSON, dates aside)', () => {
    const stored = packArticle(linked!, analysed.engine, 'digest-1');
    const copy = { ...JSON.parse(JSON.stringify(stored)), published: stored.published, updated: stored.updated };
    expect(unpackArticle(copy)).toEqual(linked);
    expect(unpackEngine(copy)).toEqual(analysed.engine);
  });

  it('keeps each quote’s words once, in its paragraph, not again beside it', () => {
    const stored = packArticle(linked!, analysed.engine, 'digest-1');
    expect(JSON.stringify(stored)).not.toContain('"dead on arrival,"');
    expect(JSON.stringify(stored)).toContain('dead on arrival,');
  });
});
