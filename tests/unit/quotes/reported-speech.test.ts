import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/lib/quotes/extract-quotes.ts';

function reported(text: string): string[][] {
  return extractQuotes(text).reported.map((r) => [r.text, r.cue?.text ?? '', r.source?.text ?? '']);
}

describe('reported speech', () => {
  it('takes the clause after a cue, past a short object before "that", not past a word that opens the clause', () => {
    expect(reported('Moscow has said it is ready for talks with Kyiv.')).toEqual([['it is ready for talks with Kyiv', 'said', 'Moscow']]);
    expect(reported('The minister told reporters that the plan would work well.')).toEqual([['the plan would work well', 'told', 'The minister']]);
    // "the" opens the reported words at once: no object is skipped to reach a later "that"
    expect(reported('The minister told the reporters that the plan would work well.')).toEqual([['the reporters that the plan would work well', 'told', 'The minister']]);
  });

  it('takes the clause before a closing cue set off by a comma, unless the cue governs a "that" clause', () => {
    expect(reported('The plan would work well for everyone, the minister said on Monday.')).toEqual([['The plan would work well for everyone', 'said', 'the minister']]);
    expect(reported('In the end, the minister said that the plan would work well.')).toEqual([['the plan would work well', 'said', 'the minister']]);
  });
});
