import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/lib/quotes/extract-quotes.ts';
import { applyAttributionOverrides, unattributedSpeech, validateOverrides } from '../../../src/lib/quotes/attribution-overrides.ts';

const TEXT = '“We will win,” a spokesman said. Critics called the plan “a mirage.” Mayor Ada Park called it “a start.”';

describe('attribution overrides', () => {
  it('reports speech quotes with no speaker', () => {
    expect(unattributedSpeech(extractQuotes(TEXT)).map((q) => q.text)).toEqual(['We will win,', 'a mirage.']);
  });

  it('sets a speaker and drops an attribution, recomputing the speakers', () => {
    const overrides = validateOverrides(
      [
        { quote: 'We will win', speaker: { name: 'Jonas Weber', description: 'Campaign spokesman' } },
        { quote: 'a start.', drop: true },
      ],
      'src/content/articles/a.md',
    );
    const fixed = applyAttributionOverrides(extractQuotes(TEXT), overrides, 'src/content/articles/a.md');
    expect(fixed.quotes.map((q) => [q.text, q.kind, q.speaker?.id ?? null])).toEqual([
      ['We will win,', 'speech', 'jonas-weber'],
      ['a mirage.', 'speech', null],
      ['a start.', 'term', null],
    ]);
    expect(fixed.speakers.map((s) => s.name)).toEqual(['Jonas Weber']);
  });

  it('rejects a malformed override with an error naming the file', () => {
    expect(() => validateOverrides([{ quote: 'We will win', speaker: { nom: 'X' } }], 'articles/b.md')).toThrow(/articles\/b\.md: quote override #1: "speaker" needs a "name"/);
    expect(() => validateOverrides([{ quote: 'We will win', who: 'X' }], 'articles/b.md')).toThrow(/articles\/b\.md: .*unknown field "who"/);
    expect(() => validateOverrides({ quote: 'x' }, 'articles/b.md')).toThrow(/must be a list/);
  });

  it('rejects an override that matches no quote or several, naming the file', () => {
    const ex = extractQuotes(TEXT);
    expect(() => applyAttributionOverrides(ex, validateOverrides([{ quote: 'We shall lose', speaker: null }], 'c.md'), 'c.md')).toThrow(/c\.md: .*matches no quotation/);
    expect(() => applyAttributionOverrides(ex, validateOverrides([{ quote: 'a m', speaker: null }], 'c.md'), 'c.md')).not.toThrow();
    const twice = extractQuotes('“We will win,” she said. “We will win again,” she added.');
    expect(() => applyAttributionOverrides(twice, validateOverrides([{ quote: 'We will', speaker: null }], 'c.md'), 'c.md')).toThrow(/c\.md: .*matches 2 quotations/);
    expect(() => applyAttributionOverrides(twice, validateOverrides([{ quote: 'We will win,', speaker: null }], 'c.md'), 'c.md')).not.toThrow();
  });
});
