import { describe, expect, it } from 'vitest';
import { speech } from './speech-quotes.ts';

describe('pronouns as sources', () => {
  it('reads a pronoun with a contracted verb as that pronoun ("He’s claiming")', () => {
    const [q] = speech('Piet Varga tells his supporters to vote early.\n\nHe’s claiming that fraud is “a big, big problem.”');
    expect(q?.source?.text).toBe('He’s');
    expect(q?.speaker?.name).toBe('Piet Varga');
  });

  it('does not give "it" to a body named earlier once the text speaks of a body it names by a common noun', () => {
    const quotes = speech(
      'The Harbour Workers Union called a strike on Monday.\n\nThe dock board is defending its remarks. It’s denouncing what it calls “the biggest smear in history.”',
    );
    expect(quotes[0]?.source?.text).toBe('It’s');
    expect(quotes[0]?.speaker).toBeNull();
  });

  it('gives "it" to a candidate’s campaign the text has just named ("Piet Varga’s campaign … It’s denouncing")', () => {
    const quotes = speech(
      'The Harbour Workers Union called a strike on Monday.\n\nPiet Varga’s campaign is defending his remarks. It’s denouncing what it calls “the biggest smear in history.”',
    );
    expect(quotes[0]?.speaker?.name).toBe('Varga campaign');
  });

  it('gives "she" to the one person a sentence without a person as subject brings in, not to the speaker before', () => {
    const quotes = speech(
      '“The numbers do not add up,” said Nora Quill, an economist.\n\nThe plan has become a major issue, with Senator Maria Tovar — who wants higher taxes — campaigning against it.\n\n“It would help the rich,” she said.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Nora Quill', 'Maria Tovar']);
  });

  it('keeps the speaker before when that sentence also names someone else', () => {
    const quotes = speech(
      '“The numbers do not add up,” said Nora Quill, an economist.\n\nThe plan has become a major issue, with Senator Maria Tovar and Governor Ellen Brask campaigning against it.\n\n“It would help the rich,” she said.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Nora Quill', 'Nora Quill']);
  });

  it('reads "Varga bristles at …" as a person the article named and their verb, so Varga comes into focus', () => {
    const quotes = speech(
      'Senator Peter Varga wants a new term.\n\n“He cannot raise the money,” said Tom Quill, a professor.\n\nVarga bristles at the suggestion. “I have raised all I need,” he said.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Tom Quill', 'Peter Varga']);
    // a capitalised word the article never named as a person stays a modifier ("Exit polls from …")
    const polls = speech('“We will win,” said Tom Quill, a professor.\n\nExit polls from the primary showed strong support. “It was a good night,” he said.');
    expect(polls.map((q) => q.speaker?.name)).toEqual(['Tom Quill', 'Tom Quill']);
    // a verb right after the -s word makes it the subject's noun: the supporters, not Varga
    const crowd = speech('Senator Peter Varga spoke in Harbour City.\n\nVarga supporters waved flags. “We want the wall.”');
    expect(crowd.map((q) => q.speaker)).toEqual([null]);
  });

  it('keeps the focus on a sentence’s person subject over a passive’s agent ("mentioned by X")', () => {
    const quotes = speech(
      'Harbour board spokesman Piet Varga told reporters the rule covers everyone. However, he could not explain why it was mentioned by Dana Kole in an interview.\n\n“We have no text yet,” he said.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Piet Varga']);
  });

  it('gives the pronoun after "X asked Y …" to the one asked, who answers', () => {
    const quotes = speech('Radio host Piet Varga interviewed the mayor on Monday.\n\nVarga asked Nora Lund how high the sea wall would be.\n\n“Ten feet at least,” she said.');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Nora Lund']);
  });
});

