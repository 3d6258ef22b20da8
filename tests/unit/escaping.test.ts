import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/lib/html-escape.ts';
import { serializeJsonLd } from '../../src/lib/json-ld.ts';
import { slugify, foldDiacritics } from '../../src/lib/slugify.ts';

describe('escapeHtml', () => {
  it('escapes every character that could open markup or end an attribute', () => {
    expect(escapeHtml(`<script>alert("x" & 'y')</script>`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;',
    );
  });
  it('leaves other text, emoji and right-to-left text alone', () => {
    expect(escapeHtml('Crosetto 🇮🇹 قال')).toBe('Crosetto 🇮🇹 قال');
  });
});

describe('serializeJsonLd', () => {
  it('can never close the script element or open a comment', () => {
    const json = serializeJsonLd({ headline: '</script><script>alert(1)</script><!--' });
    expect(json).not.toMatch(/<|>/);
    expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script><!--' });
  });
  it('escapes line separators that would break older JavaScript parsers', () => {
    expect(serializeJsonLd({ a: '\u2028\u2029' })).toBe('{"a":"\\u2028\\u2029"}');
  });
});

describe('slugify', () => {
  it('makes a headline into a URL slug', () => {
    expect(slugify('Italy warns NATO troops in Ukraine would block diplomacy')).toBe(
      'italy-warns-nato-troops-in-ukraine-would-block-diplomacy',
    );
  });
  it('folds diacritics, so one person has one slug however the name is typed', () => {
    expect(slugify('Radosław Sikorski')).toBe(slugify('Radoslaw Sikorski'));
    expect(foldDiacritics('Ségolène Øster')).toBe('Segolene Oster');
  });
  it('drops apostrophes rather than splitting words on them', () => {
    expect(slugify('Poland’s top diplomat')).toBe('polands-top-diplomat');
  });
  it('cuts long slugs at a word boundary', () => {
    const slug = slugify('word '.repeat(40), 30);
    expect(slug.length).toBeLessThanOrEqual(30);
    expect(slug.endsWith('-')).toBe(false);
  });
  it('gives an empty slug for text with no letters or digits', () => {
    expect(slugify('<>&"')).toBe('');
  });
});
