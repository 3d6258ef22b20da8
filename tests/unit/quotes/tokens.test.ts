import { describe, expect, it } from 'vitest';
import { readTextFrame } from '../../../src/lib/quotes/text-frame.ts';

function words(text: string) {
  return readTextFrame(text)
    .tokens.filter((t) => t.kind === 'word')
    .map((t) => ({ text: t.text, lower: t.lower, cap: t.cap, written: text.slice(t.start, t.end) }));
}

describe('tokens', () => {
  it('gives each word as written, in lower case (apostrophes as \') and whether it opens with a capital', () => {
    expect(words('Sen. Ruiz didn’t go. ÉLAN met élan.')).toEqual([
      { text: 'Sen.', lower: 'sen.', cap: true, written: 'Sen.' },
      { text: 'Ruiz', lower: 'ruiz', cap: true, written: 'Ruiz' },
      { text: 'didn’t', lower: "didn't", cap: false, written: 'didn’t' },
      { text: 'go', lower: 'go', cap: false, written: 'go' },
      { text: 'ÉLAN', lower: 'élan', cap: true, written: 'ÉLAN' },
      { text: 'met', lower: 'met', cap: false, written: 'met' },
      { text: 'élan', lower: 'élan', cap: false, written: 'élan' },
    ]);
  });
});
