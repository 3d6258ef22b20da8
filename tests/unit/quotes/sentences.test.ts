import { describe, expect, it } from 'vitest';
import { readTextFrame } from '../../../src/lib/quotes/text-frame.ts';
import { splitSentences } from '../../../src/lib/quotes/sentences.ts';

function sentences(text: string): string[] {
  const tokens = readTextFrame(text).tokens;
  return splitSentences(text, tokens).map((s) => text.slice(s.start, s.end));
}

describe('sentences', () => {
  it('ends a sentence at an initialism when a pronoun or article opens the next', () => {
    expect(sentences('The mayor flew back to the U.S. She says the trip went well.')).toEqual(['The mayor flew back to the U.S.', 'She says the trip went well.']);
  });

  it('ends a sentence at an ellipsis, takes closing curly marks with the stop, and starts one at an opening curly mark', () => {
    expect(sentences('The talks stalled… Then they resumed.')).toEqual(['The talks stalled…', 'Then they resumed.']);
    expect(sentences('He said it was over.” Then he left.')).toEqual(['He said it was over.”', 'Then he left.']);
    expect(sentences('It was over.’ Then they left.')).toEqual(['It was over.’', 'Then they left.']);
    expect(sentences('It ended. ‘90s music returned.')).toEqual(['It ended.', '‘90s music returned.']);
  });

  it('keeps an initialism inside a name or title', () => {
    expect(sentences('She met U.S. Senate leaders at 5 p.m. Tuesday.')).toEqual(['She met U.S. Senate leaders at 5 p.m. Tuesday.']);
  });

  it('ends a sentence at a state or company abbreviation when a pronoun or article opens the next', () => {
    expect(sentences('The plant is in Flint, Mich. He says the water is bad.')).toEqual(['The plant is in Flint, Mich.', 'He says the water is bad.']);
    expect(sentences('Sen. Hale met Gov. Ruiz in Tampa, Fla. on Monday.')).toEqual(['Sen. Hale met Gov. Ruiz in Tampa, Fla. on Monday.']);
  });
});
