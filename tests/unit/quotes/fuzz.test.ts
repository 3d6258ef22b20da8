/**
 * Fuzz: random text with random, unbalanced, nested and mixed quotation marks, odd Unicode and
 * huge paragraphs. The engine must never throw, every offset must index the input, and the work
 * it does must stay proportional to the input (counted in quotes and tokens, not timed).
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/lib/quotes/extract-quotes.ts';
import { findQuotationSpans } from '../../../src/lib/quotes/quotation-spans.ts';
import { splitLines } from '../../../src/lib/quotes/text-structure.ts';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const PIECES = [
  '"',
  '“',
  '”',
  '„',
  '«',
  '»',
  "'",
  '‘',
  '’',
  ' ',
  ' ',
  ' ',
  '\n',
  '\n\n',
  ',',
  '.',
  ':',
  ';',
  '—',
  '―',
  '-',
  '(',
  ')',
  '?',
  '!',
  'said',
  'he',
  'she',
  'told',
  'according to',
  'Mr.',
  'Sen.',
  'the minister',
  'Moscow',
  'Anna Berg',
  'Berg',
  'PENCE:',
  'so-called',
  'é',
  'ł',
  '😀',
  '\u00a0',
  '\r\n',
  '\t',
  'U.S.',
  '6\'3"',
  '=',
  '<',
  '>',
  'that',
  'adding',
  'who',
  'Q',
  'x',
  // head nouns that open bodies' phrases ("campaign" opening a text once read before the text)
  'campaign',
  'her campaign',
  'the company',
];

function randomText(r: () => number, length: number): string {
  let out = '';
  while (out.length < length) out += PIECES[Math.floor(r() * PIECES.length)] + (r() < 0.5 ? ' ' : '');
  return out;
}

function checkInvariants(text: string): void {
  const res = extractQuotes(text);
  let prev = -1;
  for (const q of res.quotes) {
    expect(q.start).toBeGreaterThanOrEqual(0);
    expect(q.end).toBeLessThanOrEqual(text.length);
    expect(q.end).toBeGreaterThan(q.start);
    expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(q.start).toBeGreaterThanOrEqual(prev);
    prev = q.start;
    // a quotation never runs past a line break: one stray mark cannot swallow the article
    expect(q.text.includes('\n')).toBe(false);
    if (q.source) expect(text.slice(q.source.start, q.source.end)).toBe(q.source.text);
    if (q.cue) expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
    if (q.kind === 'term') expect(q.speaker).toBeNull();
  }
  for (const r of res.reported) expect(text.slice(r.start, r.end)).toBe(r.text);
}

// A hang would never end; a busy machine only makes these slower, so they get room (60 s), not Vitest's 5 s.
describe('fuzz', { timeout: 60_000 }, () => {
  it('never throws and keeps every offset exact on random text with random marks', () => {
    const r = rng(12345);
    for (let i = 0; i < 300; i++) checkInvariants(randomText(r, 20 + Math.floor(r() * 800)));
  });

  it('handles empty and degenerate inputs', () => {
    for (const t of ['', '"', '“', '”', '""', '“”', '\n\n\n', ' ', '"\n"', '“a', 'a”', ':', '—', '\u0000', '\ud800']) checkInvariants(t);
  });

  it('survives a huge single paragraph of unbalanced marks and bounds the quotes it finds', () => {
    const r = rng(7);
    let text = '';
    while (text.length < 300_000) text += (r() < 0.3 ? '“' : r() < 0.5 ? '"' : 'word ') + (r() < 0.05 ? 'he said, ' : '');
    const res = extractQuotes(text);
    // one line: the spans are disjoint, so there can be no more quotes than marks, and they cover at most the text
    const marks = (text.match(/["“”]/g) ?? []).length;
    expect(res.quotes.length).toBeLessThanOrEqual(marks);
    let covered = 0;
    for (const q of res.quotes) covered += q.end - q.start;
    expect(covered).toBeLessThanOrEqual(text.length);
  });

  it('finds work proportional to input: doubling the text doubles the quotes, no more', () => {
    const unit = '“Alpha beta,” he said. She called it a “gamma” plan, adding that “delta epsilon.”\n\n';
    const one = extractQuotes(unit.repeat(2000)).quotes.length;
    const two = extractQuotes(unit.repeat(4000)).quotes.length;
    expect(one).toBe(6000);
    expect(two).toBe(2 * one);
  });

  it('pairs marks in one pass: an unclosed mark on every line yields one quote per line', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `Line ${i} “open and never closed`).join('\n');
    expect(findQuotationSpans(text, splitLines(text)).length).toBe(5000);
  });
});
