import { describe, expect, it } from 'vitest';
import { CONTEXT_WINDOW, quoteContext } from '../../src/lib/quote-context.ts';

/** One paragraph of `count` short quotes by one person, with no sentence end anywhere: ~57 bytes each. */
function quoteWall(count: number): { paragraph: string; spans: [number, number][] } {
  let paragraph = 'Ada Lovelace said';
  const spans: [number, number][] = [];
  for (let i = 0; i < count; i++) {
    paragraph += ' and then “yes number';
    const start = paragraph.length - 'yes number'.length;
    spans.push([start, start + `yes number ${i}`.length]);
    paragraph += ` ${i}” she added, `;
  }
  return { paragraph, spans };
}

describe('quoteContext', () => {
  it('keeps the whole sentence when it is short', () => {
    const paragraph = 'First. The engine “weaves patterns,” Ada said. Last.';
    const start = paragraph.indexOf('weaves');
    const c = quoteContext(paragraph, start, start + 'weaves patterns,'.length);
    expect(c.text).toBe('The engine “weaves patterns,” Ada said.');
    expect(c.text.slice(c.quoteStart, c.quoteEnd)).toBe('weaves patterns,');
  });

  it('bounds the context of each of 3,000 quotes in a 170 KB sentence to a window around it, cut at words', () => {
    const { paragraph, spans } = quoteWall(3000);
    expect(paragraph.length).toBeGreaterThan(100_000);
    let total = 0;
    const problems: string[] = [];
    for (const [start, end] of spans) {
      const c = quoteContext(paragraph, start, end);
      total += c.text.length;
      if (c.text.length > end - start + 2 * CONTEXT_WINDOW + 4) problems.push(`${start}: ${c.text.length} characters`);
      if (c.text.slice(c.quoteStart, c.quoteEnd) !== paragraph.slice(start, end)) problems.push(`${start}: offsets`);
      // Never half a word at either cut: the text between the marks starts and ends at a word's edge.
      const body = c.text.replace(/^… /, '').replace(/ …$/, '');
      const at = start - (c.quoteStart - (c.text.startsWith('… ') ? 2 : 0));
      const after = paragraph[at + body.length];
      if (!paragraph.startsWith(body, at) || (at > 0 && !/\s/.test(paragraph[at - 1]!)) || (after !== undefined && !/\s/.test(after))) {
        problems.push(`${start}: cut inside a word: ${c.text}`);
      }
    }
    expect(problems).toEqual([]);
    // Linear, not quadratic: about 500 characters per quote, not 170 KB each.
    expect(total / spans.length).toBeLessThan(2 * CONTEXT_WINDOW + 20);
  });

  it('never splits a surrogate pair at the window edge', () => {
    const paragraph = `${'😀'.repeat(400)} “hi” ${'😀'.repeat(400)}`;
    const start = paragraph.indexOf('hi');
    const c = quoteContext(paragraph, start, start + 2);
    expect(c.text.isWellFormed()).toBe(true);
    expect(c.text.slice(c.quoteStart, c.quoteEnd)).toBe('hi');
  });
});
