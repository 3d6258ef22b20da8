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

describe('cues in the paragraph after the quote', () => {
  it('gives a cue-less quotation paragraph to the speaker cited after the quotation opening the next paragraph', () => {
    const text = 'Mayor Ada Park is upbeat about the plan.\n\n“Not only can we win, we have the best chance of winning.”\n\n“The rest do not care about the river,” Park notes.';
    expect(sources(text).map((q) => q[1])).toEqual(['Park', 'Park']);
  });
  it('does not hand an answer to the one who asks the next question', () => {
    const text = 'The senator sat down with the host.\n\n“Never. That part is simply not negotiable for us.”\n\n“Would the deadline be negotiable?” the host pressed.';
    expect(sources(text).map((q) => q[1])).toEqual([null, 'the host']);
  });
});

describe('expletive subjects', () => {
  it('gives a quote to the agent an expletive clause is about, not to "there" or "it"', () => {
    expect(sources('There’s still time for Senator Ruiz to make peace, even after dismissing her rivals as a “band of amateurs” last spring.')[0][1]).toBe('Senator Ruiz');
    expect(sources('It is odd that Governor Hale would now attack “open borders,” which he once backed.')[0][1]).toBe('Governor Hale');
  });
  it('keeps "it" with a perfect tense as a real subject', () => {
    expect(sources('The ministry issued a statement on Monday. It has called the plan “a dangerous gamble for the whole region.”')[0][1]).toBe('It');
  });
  it('keeps a participle quote whose only subject is an expletive as speech with no source', () => {
    expect(sources('It was a tense night at city hall, calling the council “a pack of cowards who hide from voters.”')).toEqual([
      ['a pack of cowards who hide from voters.', null, null],
    ]);
  });
  it('leaves a quote after a sourceless "there is" to the speaker before it', () => {
    const text = 'The author Lena Ortiz has argued that the deal left drug makers untouched. As a result, there is still “a very powerful industry that is free to charge whatever it wants.”';
    expect(sources(text).map((q) => q[1])).toEqual(['The author Lena Ortiz']);
  });
});
