import { describe, expect, it } from 'vitest';
import { speech } from './speech-quotes.ts';

describe('a relative pronoun as source', () => {
  it('stands for the name before an appositive that names no one', () => {
    const [q] = speech('Mary Okonkwo met him.\n\nHe has a frosty relationship with Okonkwo, now the harbour board chair, who in 2010 said the goal was “one term.”');
    expect(q?.source?.text).toBe('who');
    expect(q?.speaker?.name).toBe('Mary Okonkwo');
    const [native] = speech('John Veldhuis, a Leiden native who writes fiction on the side, called it “a hobby.”');
    expect(native?.speaker?.name).toBe('John Veldhuis');
  });

  it('stands for the name before a dash', () => {
    const [q] = speech('Harbour chief John Veldhuis - who previously said he would “sink the plan” - changed course.');
    expect(q?.speaker?.name).toBe('John Veldhuis');
  });

  it('is no one after an appositive of a thing', () => {
    const [q] = speech('The plan, a bill from 2010, which said the port was “a public good,” failed.');
    expect(q?.speaker ?? null).toBeNull();
  });
});
