import { describe, expect, it } from 'vitest';
import { speech } from './speech-quotes.ts';

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

describe('an unnamed member of a named body', () => {
  it('puts "a senior Okonkwo aide" and "a former U.S. official" on no page', () => {
    const [aide] = speech('Mary Okonkwo lost Iowa. “We are worried,” said a senior Okonkwo aide.');
    expect(aide?.speaker).toBeNull();
    const [official] = speech('“It was handled lightly,” said a former U.S. law enforcement official.');
    expect(official?.speaker).toBeNull();
  });

  it('leaves the unnamed member in focus, so a later "he" is no one named before', () => {
    const quotes = speech('John Veldhuis won the vote.\n\nOne Harbour delegate said he tried to give his passes away. “Not even one,” he said.');
    expect(quotes[0]?.speaker).toBeNull();
  });

  it('keeps a name with an adjective before it ("an angry Hollande said")', () => {
    const [q] = speech('François Hollande met the press. “We will respond,” an angry Hollande said.');
    expect(q?.speaker?.name).toBe('François Hollande');
  });
});
