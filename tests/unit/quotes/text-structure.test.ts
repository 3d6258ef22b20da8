import { describe, expect, it } from 'vitest';
import { readTextFrame } from '../../../src/lib/quotes/text-frame.ts';
import { paragraphAt, splitParagraphs } from '../../../src/lib/quotes/text-structure.ts';
import { splitSentences } from '../../../src/lib/quotes/sentences.ts';

function sentences(text: string): string[] {
  const tokens = readTextFrame(text).tokens;
  return splitSentences(text, tokens).map((s) => text.slice(s.start, s.end));
}

describe('paragraphs', () => {
  it('counts blank-line separated blocks from 0, whitespace-only lines counting as blank', () => {
    const text = 'Title line\n\nFirst para\nstill first.\n \t\nSecond para.\r\n\r\nThird.';
    const blocks = splitParagraphs(text);
    expect(blocks.map((b) => text.slice(b.start, b.end))).toEqual(['Title line', 'First para\nstill first.', 'Second para.', 'Third.']);
    expect(paragraphAt(blocks, text.indexOf('still'))).toBe(1);
    expect(paragraphAt(blocks, text.indexOf('Third'))).toBe(3);
  });
});

describe('sentences', () => {
  it('does not split at abbreviations, initials or inside quotations', () => {
    expect(sentences('Sen. John Q. Public of Calif. spoke. “It works. It really does,” he said. Then he left.')).toEqual([
      'Sen. John Q. Public of Calif. spoke.',
      '“It works. It really does,” he said.',
      'Then he left.',
    ]);
  });

  it('ends a sentence after a quotation that ends with a full stop', () => {
    expect(sentences('She said it was “over.” The crowd left.')).toEqual(['She said it was “over.”', 'The crowd left.']);
  });

  it('ends a sentence at a line break', () => {
    expect(sentences('A headline without a stop\n\nThe body starts here.')).toEqual(['A headline without a stop', 'The body starts here.']);
  });
});
