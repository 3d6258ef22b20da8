import { describe, expect, it } from 'vitest';
import { namesNoSpeaker } from '../../../src/lib/quotes/source-facts.ts';
import type { Speaker } from '../../../src/lib/quotes/quote-types.ts';

const speaker = (name: string): Speaker => ({ id: name.toLowerCase().replace(/ /g, '-'), name, type: 'person', description: null });

/** namesNoSpeaker for the source `source`, the first time the text gives it. */
const noSpeaker = (text: string, source: string, name = source) => {
  const start = text.indexOf(source);
  return namesNoSpeaker(text, { start, end: start + source.length, text: source }, speaker(name));
};

describe('a source that takes its speaker away', () => {
  it('follows "officials at", "aides to the", in any case and spacing', () => {
    expect(noSpeaker('They heard from OFFICIALS AT THE\u00a0 Harbour Board today.', 'Harbour Board')).toBe(true);
    expect(noSpeaker('said aides close to\nAda Kline, who left.', 'Ada Kline')).toBe(true);
    expect(noSpeaker('said members of Ada Kline’s team.', 'Ada Kline')).toBe(true);
  });

  it('does not follow other words, nor the group words without a space', () => {
    expect(noSpeaker('said officials fled Ada Kline, who left.', 'Ada Kline')).toBe(false);
    expect(noSpeaker('said Ada Kline, who left.', 'Ada Kline')).toBe(false);
    expect(noSpeaker('said officials at“Ada Kline”.', 'Ada Kline')).toBe(false);
  });

  it('names several people, or a plural head without the speaker', () => {
    expect(noSpeaker('said Ada Kline and Bo Li.', 'Ada Kline and Bo Li', 'Ada Kline')).toBe(true);
    expect(noSpeaker('said other leaders.', 'other leaders', 'Ada Kline')).toBe(true);
    expect(noSpeaker('said Kline supporters.', 'Kline supporters', 'Ada Kline')).toBe(false);
  });
});
