import { describe, expect, it } from 'vitest';
import { speech } from './speech-quotes.ts';

describe('a document as source speaks for its issuer', () => {
  it('gives "the book" to whoever wrote the memoir it refers back to', () => {
    const [q] = speech('Dr. Lena Ostrova wrote a memoir of her years at the clinic.\n\n“Nobody knew how ill he was,” the book said.');
    expect(q?.source?.text).toBe('the book');
    expect(q?.speaker?.name).toBe('Lena Ostrova');
  });

  it('reads the issuer from a "by" phrase, and across kinds of the same document ("a video" … "the clip")', () => {
    const [q] = speech('A web video by the Harbour Workers Union attacks the mayor.\n\nThe clip says the mayor “sold the docks.”');
    expect(q?.speaker?.name).toBe('Harbour Workers Union');
  });

  it('takes the issuer the phrase names itself: a possessor or an outlet before the noun', () => {
    const [brief] = speech('The court heard both sides. Mara Lindqvist’s brief said the reports were “misinterpreted statements.”');
    expect(brief?.speaker?.name).toBe('Mara Lindqvist');
    const [article] = speech('Back then a Tribune article hailed the mayor as “the comeback kid.”');
    expect(article?.speaker?.name).toBe('Tribune');
  });

  it('gives no one a document whose issuer the text does not name, nor another kind of document', () => {
    const [doc] = speech('Piet Varga wrote a statement on Monday. One worker provided a document.\n\n“Leave is unpaid,” the document states.');
    expect(doc?.speaker).toBeNull();
    const [suit] = speech('The Supreme Court issued a ruling in 2013.\n\n“This is a culture of exclusion,” the lawsuit says.');
    expect(suit?.speaker).toBeNull();
  });

  it('does not bring the issuer into focus for a later pronoun', () => {
    const quotes = speech(
      'Reporter Dana Whitfield wrote an article about Marta.\n\n“I am fine,” Marta said.\n\nThe article closes with a scene at home.\n\n“You winning?” she said.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Marta', 'Marta']);
  });
});
