import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/lib/quotes/extract-quotes.ts';

/** [quoted text, source as written, speaker name] for each speech quote. */
function sources(text: string) {
  return extractQuotes(text)
    .quotes.filter((q) => q.kind === 'speech')
    .map((q) => [q.text, q.source?.text ?? null, q.speaker?.name ?? null]);
}

describe('cues in the sentence after the quote', () => {
  it('gives the outlet an "according to" clause relays through as the source, keeping the speaker', () => {
    expect(sources('“Is this really the right time to raise taxes?” Mayor Ada Park said at a briefing, according to the Valley Herald.')).toEqual([
      ['Is this really the right time to raise taxes?', 'the Valley Herald', 'Ada Park'],
    ]);
  });
});
