import { describe, expect, it } from 'vitest';
import { readTextFrame } from '../../../src/lib/quotes/text-frame.ts';
import { introducedAsTerm, isTitleCase, nameOfNoun, stanceSubjectEnd, transcriptLabel, transcriptLabelIn, wordCount } from '../../../src/lib/quotes/quote-kind.ts';

function firstQuoteIsTerm(text: string): boolean {
  const tokens = readTextFrame(text).tokens;
  const qi = tokens.findIndex((t) => t.kind === 'quote');
  return introducedAsTerm(tokens, qi, 0);
}

describe('quote kind', () => {
  it('recognises title case, small words allowed inside', () => {
    expect(isTitleCase('Fox News Sunday,')).toBe(true);
    expect(isTitleCase('Contract with America.')).toBe(true);
    expect(isTitleCase('cannot exclude')).toBe(false);
    expect(isTitleCase('the Truth')).toBe(false);
  });

  it('counts words, ignoring stray punctuation', () => {
    expect(wordCount('  Hello , world — again! ')).toBe(3);
  });

  it('finds transcript labels', () => {
    expect(transcriptLabel('WALLACE: Governor, thank you.')).toBe('WALLACE'.length);
    expect(transcriptLabel('We said: no.')).toBe(0);
  });

  it('finds a transcript label in place, within the quotation only', () => {
    const text = 'He read: “ PENCE: Well, no.” Then “AB: x” and LEE: done.';
    const at = (q: string) => [text.indexOf(q), text.indexOf(q) + q.length] as const;
    const [s1, e1] = at(' PENCE: Well, no.');
    expect(transcriptLabelIn(text, s1, e1)).toBe(transcriptLabel(' PENCE: Well, no.'));
    expect(transcriptLabelIn(text, s1, e1)).toBe(' PENCE'.length);
    const [s2, e2] = at('AB: x');
    expect(transcriptLabelIn(text, s2, e2)).toBe(2);
    // a colon just past the quotation's end is not its label's
    const [s3, e3] = at('LEE');
    expect(transcriptLabelIn(text, s3, e3)).toBe(0);
    expect(transcriptLabelIn(text, s3, e3 + 1)).toBe('LEE'.length);
    expect(transcriptLabelIn(text, 0, 8)).toBe(0);
  });

  it('sees labels introduced as such', () => {
    expect(firstQuoteIsTerm('the so-called “reform” bill')).toBe(true);
    expect(firstQuoteIsTerm('a film titled “Borderline”')).toBe(true);
    expect(firstQuoteIsTerm('on CNN’s “State of the Union”')).toBe(true);
    expect(firstQuoteIsTerm('she called it “a disgrace”')).toBe(false);
    expect(firstQuoteIsTerm('state Del. Marcia “Cia” Price spoke')).toBe(true);
    expect(firstQuoteIsTerm('as she wrote in her memoir, “Long Roads Home.”')).toBe(true);
    expect(firstQuoteIsTerm('as she wrote in her memoir, “we never gave up.”')).toBe(false);
  });
  it('sees a subject taking a stand on the quoted words', () => {
    const stance = (text: string, subjectWords: number) => {
      const tokens = readTextFrame(text).tokens;
      return stanceSubjectEnd(tokens, 0, subjectWords, tokens.findIndex((t) => t.kind === 'quote')) >= 0;
    };
    expect(stance('Reyes praised the plan as “bold and overdue”', 1)).toBe(true);
    expect(stance('Reyes visited the “green zone”', 1)).toBe(false);
    // an aside between subject and verb does not break the clause
    expect(stance('Reyes, a former mayor, praised the “bold” plan', 1)).toBe(true);
    expect(stance('Reyes (a former mayor: retired) praised the “bold” plan', 1)).toBe(false);
    expect(stance('Reyes went further, endorsing two candidates “who share our values”', 1)).toBe(true);
    expect(stance('Reyes sniped that Ortiz, a novice, was “out of her depth”', 1)).toBe(true);
    expect(stance('Reyes said nothing; the crowd was “electric”', 1)).toBe(false);
    // a verb read as the end of the subject phrase
    expect(stance('Reyes supports “a bold plan”', 2)).toBe(true);
  });
  it('reads a common noun’s name as a title', () => {
    const named = (text: string) => {
      const tokens = readTextFrame(text).tokens;
      return nameOfNoun(tokens, tokens.findIndex((t) => t.kind === 'quote'), 0);
    };
    expect(named('She posted from an account called “Night Owl”')).toBe(true);
    expect(named('She has called “Night Owl” a fraud')).toBe(false);
    expect(named('a plan called “the worst idea ever”')).toBe(false);
  });
});
