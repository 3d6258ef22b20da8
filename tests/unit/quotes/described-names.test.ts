import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/lib/quotes/extract-quotes.ts';

const speech = (text: string) => extractQuotes(text).quotes.filter((q) => q.kind === 'speech');

describe('a name after its description', () => {
  it('is the speaker, not the place, body or party word that opens the description', () => {
    const [resident] = speech('“I can’t vote for him,” said Leiden resident Mary Okonkwo. “He is an embarrassment.”');
    expect(resident?.speaker?.name).toBe('Mary Okonkwo');
    const [chief] = speech('“He did not pick a nominee to please anyone,” wrote Tribune bureau chief John Veldhuis.');
    expect(chief?.speaker?.name).toBe('John Veldhuis');
    const [hopeful] = speech('Harbour presidential hopeful Sen. Mary Okonkwo was also critical, saying the plan was “a mistake.”');
    expect(hopeful?.speaker?.name).toBe('Mary Okonkwo');
  });

  it('leaves a name followed by a verb alone', () => {
    const [q] = speech('“We will win,” Okonkwo told reporters Mary Smith and John Veldhuis.');
    expect(q?.speaker?.name).toBe('Okonkwo');
  });
});
