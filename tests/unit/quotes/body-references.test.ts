import { describe, expect, it } from 'vitest';
import { speech } from './speech-quotes.ts';

describe('a body referred to by a common noun', () => {
  it('is the latest organisation whose name carries the word ("the council")', () => {
    const [q] = speech('The Harbour City Council on Wednesday approved a resolution.\n\nThe council said the city “rejects hateful speech.”');
    expect(q?.speaker?.name).toBe('Harbour City Council');
  });

  it('is the organisation in focus when no name carries the word ("the union")', () => {
    const [q] = speech('The Association of Dock Pilots called the mayor a “champion” of its members.\n\n“Our fight is long,” the union wrote.');
    expect(q?.speaker?.name).toBe('Association of Dock Pilots');
  });

  it('is no one once the text has brought in an unnamed body of that kind', () => {
    const [q] = speech('The Harbour Election Board ruled the mayor eligible. But a county ballot commission was less sure.\n\n“A court should settle it,” the commission said.');
    expect(q?.speaker).toBeNull();
    const [g] = speech('The Harbour Pilots Group lost members. The trade group for the dock owners spelled out its concerns.\n\n“The pool is out of balance,” the group wrote.');
    expect(g?.speaker).toBeNull();
  });
});

describe('a candidate’s campaign', () => {
  it('speaks as the campaign, named for the candidate, not as the candidate ("Varga’s campaign", "the Varga campaign", "her campaign")', () => {
    const quotes = speech(
      'Senator Nora Varga spoke in Harbour City on Monday.\n\nVarga’s campaign said the rally was “the biggest yet.” The Varga campaign later called the count “conservative.” Her campaign added that more rallies would follow “every week.”',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Varga campaign', 'Varga campaign', 'Varga campaign']);
    expect(quotes[0]?.speaker?.type).toBe('organization');
  });

  it('names the campaign for the surname, not a suffix after it ("Kennedy Jr." → "Kennedy campaign")', () => {
    expect(speech('Robert F. Kennedy Jr. spoke in Ohio on Monday. His campaign said the rally was “the biggest yet.”').map((q) => q.speaker?.name)).toEqual(['Kennedy campaign']);
  });

  it('speaks through a document the campaign owns ("the Varga campaign’s website", "Varga’s campaign’s memo")', () => {
    const quotes = speech(
      'Senator Nora Varga unveiled a housing plan on Monday.\n\nA page on the Varga campaign’s website states that renters would get “a tax credit of their own.” Varga’s campaign’s memo says the plan is “fully paid for.”',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Varga campaign', 'Varga campaign']);
  });

  it('a bare "campaign", even opening the text, names no one and does not break the engine', () => {
    expect(speech('campaign said, “We will win.”').map((q) => q.speaker)).toEqual([null]);
  });
});

