import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/lib/quotes/extract-quotes.ts';

/** [quoted text, source as written] for each speech quote. */
function sources(text: string) {
  return extractQuotes(text)
    .quotes.filter((q) => q.kind === 'speech')
    .map((q) => [q.text, q.source?.text ?? null]);
}

describe('the source phrase of a cue', () => {
  it('gives a quote to the outlet that relays it at the end of the sentence', () => {
    expect(sources('“We will not stop here,” Mayor Ruth Kale said, according to the Daily Ledger. “The work goes on.”')).toEqual([
      ['We will not stop here,', 'the Daily Ledger'],
      ['The work goes on.', 'the Daily Ledger'],
    ]);
    expect(sources('“It is over,” said Tom Reyes, a county official, reports the Valley Courier.')).toEqual([['It is over,', 'the Valley Courier']]);
    // "according to" inside the reported words is not a relay
    expect(sources('“It is over,” Reyes said, adding that according to the polls he trails.')).toEqual([['It is over,', 'Reyes']]);
  });
});
