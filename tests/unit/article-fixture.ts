import type { ArticleQuote, ArticleRecord } from '../../src/lib/site-content.ts';
import type { Speaker } from '../../src/lib/quotes/quote-types.ts';

export const ADA: Speaker = { id: 'ada-lovelace', name: 'Ada Lovelace', type: 'person', description: 'Mathematician' };
export const MINISTRY: Speaker = { id: 'ministry-of-truth', name: 'Ministry of Truth', type: 'organization', description: null };

/** A quote on the words `words` in paragraph `paragraph` of `paragraphs`. */
export function quoteOn(
  paragraphs: string[],
  paragraph: number,
  words: string,
  speaker: Speaker | null,
  id: string,
  kind: ArticleQuote['kind'] = 'speech',
): ArticleQuote {
  const start = (paragraphs[paragraph] ?? '').indexOf(words);
  if (start < 0) throw new Error(`fixture: "${words}" is not in paragraph ${paragraph}`);
  return { id, paragraph, start, end: start + words.length, text: words, kind, speaker, overridden: false };
}

export function makeArticle(overrides: Partial<ArticleRecord> & Pick<ArticleRecord, 'slug' | 'paragraphs'>): ArticleRecord {
  return {
    file: `articles/${overrides.slug}.md`,
    headline: `Headline of ${overrides.slug}`,
    standfirst: overrides.paragraphs[0] ?? 'Standfirst',
    published: new Date('2024-03-10T00:00:00Z'),
    updated: null,
    topics: ['Science'],
    quotes: [],
    ...overrides,
  };
}

export function analyticalEngineArticle(): ArticleRecord {
  const paragraphs = [
    'Engines can weave patterns, a mathematician has said',
    'The engine “weaves algebraic patterns,” Ada Lovelace said on Monday. The so-called “thinking machine” was shown in London.',
    'The ministry said it was “not convinced.” Lovelace added that it “might compose music.”',
  ];
  return makeArticle({
    slug: 'engines-weave-patterns',
    paragraphs,
    quotes: [
      quoteOn(paragraphs, 1, 'weaves algebraic patterns,', ADA, 'q1'),
      quoteOn(paragraphs, 1, 'thinking machine', null, 'q2', 'term'),
      quoteOn(paragraphs, 2, 'not convinced.', MINISTRY, 'q3'),
      quoteOn(paragraphs, 2, 'might compose music.', ADA, 'q4'),
    ],
  });
}
