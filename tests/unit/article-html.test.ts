import { describe, expect, it } from 'vitest';
import { paragraphHtml } from '../../src/lib/article-html.ts';
import { ADA, analyticalEngineArticle, quoteOn } from './article-fixture.ts';

const href = (id: string) => `/speakers/${id}/`;
const stripTags = (html: string) =>
  html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

describe('paragraphHtml', () => {
  const article = analyticalEngineArticle();
  const paragraph = article.paragraphs[1] ?? '';
  const html = paragraphHtml(paragraph, article.quotes.filter((q) => q.paragraph === 1), href);

  it('keeps the words exactly as written, quotation marks included', () => {
    expect(stripTags(html)).toBe(paragraph);
  });
  it('links speech to its speaker and marks the words with <q>', () => {
    expect(html).toContain('<a class="quote-link" id="q1" href="/speakers/ada-lovelace/"');
    expect(html).toContain('<q data-speaker="ada-lovelace">weaves algebraic patterns,</q></a>');
  });
  it('marks a term without linking it to anyone', () => {
    expect(html).toContain('<q class="term" id="q2">thinking machine</q>');
    expect(html.match(/<a /g)).toHaveLength(1);
  });
  it('escapes markup in the text and in the speaker name', () => {
    const text = 'He said “<img src=x onerror=alert(1)>” & left.';
    const evil = { ...ADA, id: 'x"><script>', name: '</a><script>alert(1)</script>' };
    const out = paragraphHtml(text, [quoteOn([text], 0, '<img src=x onerror=alert(1)>', evil, 'q1')], href);
    expect(out).not.toMatch(/<img|<script/);
    expect(stripTags(out)).toBe(text);
  });
  it('skips overlapping spans instead of writing broken markup', () => {
    const text = '“one ‘two’ three”';
    const outer = quoteOn([text], 0, 'one ‘two’ three', ADA, 'q1');
    const inner = quoteOn([text], 0, 'two', ADA, 'q2');
    const out = paragraphHtml(text, [outer, inner], href);
    expect(out.match(/<q /g)).toHaveLength(1);
    expect(stripTags(out)).toBe(text);
  });
});
