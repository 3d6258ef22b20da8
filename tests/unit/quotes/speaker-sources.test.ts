import { describe, expect, it } from 'vitest';
import { speech } from './speech-quotes.ts';
import { CapitalWords, inTitleCaseLine, onlyOpensSentences, titleCaseLine } from '../../../src/lib/quotes/opening-words.ts';

describe('sources that name someone, and sources that name no one', () => {
  it('puts the words of a family, of officials at a body, or of two people on no page', () => {
    const [family] = speech('Dora Haller died in May. Haller’s family has called the ruling “a disgrace.”');
    expect(family?.speaker).toBeNull();
    const [officials] = speech('Officials at the Harbour Safety Board said the rules were “long overdue.”');
    expect(officials?.speaker).toBeNull();
    const [both] = speech('When storms come, Varga and Holm call them “acts of God” and move on.');
    expect(both?.speaker).toBeNull();
  });

  it('names the speaker when the source is a first name and a surname the engine left unresolved', () => {
    const quotes = speech('“Turnout decides it,” said Charlie King, a veteran Ohio organiser. Later Mr. King added: “Nothing else.”');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Charlie King', 'Charlie King']);
    expect(quotes[0]?.speaker?.description).toBe('veteran Ohio organiser');
  });

  it('lets a source that is a full name overrule the possessor taken for the speaker', () => {
    const [q] = speech('As PollWatchPolitics’ David Byler pointed out, “the rules can change at any time.”');
    expect(q?.speaker?.name).toBe('David Byler');
  });

  it('gives a one-word body the one longer name the article gives it', () => {
    const [q] = speech('The walkout was called by the Alliance for Fair Harbours. The Alliance said the strike was “only the start.”');
    expect(q?.speaker?.name).toBe('Alliance for Fair Harbours');
  });

  it('trims a place glued after a name', () => {
    const [q] = speech('“We will win the state,” said Piet Varga South Carolina.');
    expect(q?.speaker?.name).toBe('Piet Varga');
  });
});

describe('a word capitalised only where every word is', () => {
  it('is no speaker: "Transcript as follows:", a photo credit line', () => {
    const transcript = speech('Mary Okonkwo won the primary.\n\nTranscript as follows:\n\n“Tonight we arrived in Cleveland.”');
    expect(transcript[0]?.speaker).toBeNull();
    const credit = speech('Pictured: the harbour.\n\nGetty.\n\nIn a conversation about his film, the actor discussed history. “Just imagine the harbour,” he said.');
    expect(credit[0]?.speaker).toBeNull();
  });

  it('keeps a surname that opens paragraphs followed by a verb, or follows a title ("Carson defied", "Gov. Kasich")', () => {
    expect(onlyOpensSentences('Veldhuis', 'The debate ended.\n\nVeldhuis defied the moderators.')).toBe(false);
    expect(onlyOpensSentences('Veldhuis', 'The debate ended. Gov. Veldhuis of Ohio spoke.')).toBe(false);
    expect(onlyOpensSentences('Transcript', 'He won.\n\nTranscript as follows:')).toBe(true);
  });

  it('reads each text\'s own lines when asked about two texts in turns (a headline in one, a sentence in the other)', () => {
    const headline = 'Watch: Footage Shows Senate Floor Fight\n\nThe vote failed.';
    const sentence = 'Watch: Footage shows the senate floor fight\n\nThe vote failed.';
    const answers = [headline, sentence, headline, sentence].map((text) => onlyOpensSentences('Footage', text));
    expect(answers).toEqual([true, false, true, false]);
  });

  it('answers the same with the index a long text builds of its capitalised words', () => {
    const text = 'The debate ended.\n\nVeldhuis defied the moderators.\n\nTranscript as follows: the Anti-Veldhuis camp spoke.\n\nO’Neil spoke.';
    const index = new CapitalWords(text);
    for (const word of ['Veldhuis', 'Transcript', 'Anti-Veldhuis', 'O’Neil', 'Absent', 'The'])
      expect(onlyOpensSentences(word, text, index), word).toBe(onlyOpensSentences(word, text));
    expect(onlyOpensSentences('Transcript', text, index)).toBe(true);
    expect(onlyOpensSentences('Veldhuis', text, index)).toBe(false);
  });
});

describe('whether a place is in a Title-Case line', () => {
  it('answers as its line read alone, for the first places asked (a search for the line) and the later (the breaks found once)', () => {
    // Title-Case lines between plain ones: a line read past its end, or from another's start, or an
    // answer kept for another line, gives a different answer
    const lines = ['Derelict Obama And Clinton Meet', 'later the pilot met harbour ozzard in port today', 'Norma Vint Speaks Again Today', '', 'Monica Lund Writes Home', 'a line of plain words that goes on here', 'Last Line Of All Here'];
    let runs = 0;
    for (const lead of ['', '\n'])
      for (const newline of ['\n', '\r\n'])
        for (const order of ['forwards', 'backwards', 'a line at a time']) {
          // (a text new to the module each run: its first places asked are searched for)
          const text = lead + lines.join(newline) + ' '.repeat(runs++);
          const places = [...Array(text.length + 1).keys()].filter((at) => text[at] !== '\n');
          if (order === 'backwards') places.reverse();
          // (the first place of every line, then the second, …: the first questions fall on different lines)
          const column = (at: number) => at - text.lastIndexOf('\n', at - 1);
          if (order === 'a line at a time') places.sort((a, b) => column(a) - column(b) || a - b);
          for (const at of places) {
            const line = text.slice(text.lastIndexOf('\n', at) + 1).split('\n')[0];
            expect(inTitleCaseLine(text, at), `${order} ${JSON.stringify(lead + newline)} ${at}`).toBe(titleCaseLine(line));
          }
        }
  });
});
