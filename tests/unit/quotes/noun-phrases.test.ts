import { describe, expect, it } from 'vitest';
import { readTextFrame } from '../../../src/lib/quotes/text-frame.ts';
import { isPronoun, sentenceSubject, subjectRight } from '../../../src/lib/quotes/noun-phrases.ts';

/** The words of the first sentence's subject, or null. */
function subjectOf(text: string): string | null {
  const { tokens, sentences } = readTextFrame(text);
  const np = sentenceSubject(tokens, sentences[0]);
  return np && text.slice(tokens[np.first].start, tokens[np.last - 1].end);
}

describe('noun phrases', () => {
  it('skips a dateline in capitals (ASCII or not) before the subject, and only a dateline', () => {
    expect(subjectOf('WASHINGTON — Sen. Ann Lee criticized the plan on Monday.')).toBe('Sen. Ann Lee');
    expect(subjectOf('ZÜRICH — Ann Lee criticized the plan on Monday.')).toBe('Ann Lee');
    expect(subjectOf('Zürich — a city of banks — criticized the plan.')).toBe('Zürich');
    expect(subjectOf('Ann Lee (AP) — Tom Roe criticized the plan on Monday.')).toBe('Tom Roe');
    // a capitalised word that is not all capitals, or a two-letter one, is no dateline
    expect(subjectOf('Washington — a city of plans — criticized the plan.')).toBe('Washington');
    expect(subjectOf('EU — a union of plans — criticized the plan.')).toBe('EU');
  });

  it('skips opening adverbials, places and times, but not a subject pronoun after an opener', () => {
    expect(subjectOf('Meanwhile, the defense minister criticized the plan.')).toBe('the defense minister');
    expect(subjectOf('Last week, Ann Lee criticized the plan.')).toBe('Ann Lee');
    expect(subjectOf('Then he criticized the plan.')).toBe('he');
  });

  it('reads the subject after an inverted verb, stopping at a time word or a function word', () => {
    const text = '“No,” said Rep. Ann Lee on Monday.';
    const { tokens } = readTextFrame(text);
    const v = tokens.findIndex((t) => t.lower === 'said');
    const np = subjectRight(tokens, v, tokens.length);
    expect(np && text.slice(tokens[np.first].start, tokens[np.last - 1].end)).toBe('Rep. Ann Lee');
    const t2 = '“No,” said Thursday.';
    const f2 = readTextFrame(t2).tokens;
    expect(subjectRight(f2, f2.findIndex((t) => t.lower === 'said'), f2.length)).toBeNull();
  });

  it('knows the person and other pronouns, and nothing else', () => {
    const tokenOf = (w: string) => readTextFrame(w).tokens[0];
    for (const w of ['he', 'she', 'him', 'her', 'it', 'they', 'we', 'i', 'you', 'He', 'THEY']) expect(isPronoun(tokenOf(w))).toBe(true);
    for (const w of ['the', 'hers', 'them', 'his', 'constructor', '__proto__', ',', '“he”']) expect(isPronoun(tokenOf(w))).toBe(false);
  });
});
