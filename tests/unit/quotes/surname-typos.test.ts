import { describe, expect, it } from 'vitest';
import { speech } from './speech-quotes.ts';
import { oneEditApart } from '../../../src/lib/quotes/surname-typos.ts';

describe('a surname misspelt after the full name', () => {
  it('is the one person introduced with a surname one letter away', () => {
    const quotes = speech('We met two voters, Mary Okonkwoh and John Veldhuis.\n\n“It is late,” Okonkwo said.');
    expect(quotes[0]?.speaker?.name).toBe('Mary Okonkwoh');
  });

  it('is no one when two introduced surnames are that close, or the surname is short', () => {
    const [two] = speech('We met Mary Okonkwoh and John Okonkwor.\n\n“It is late,” Okonkwo said.');
    expect(two?.speaker?.name).toBe('Okonkwo');
    const [short] = speech('We met Mary Cruse.\n\n“It is late,” Cruz said.');
    expect(short?.speaker?.name).toBe('Cruz');
  });

  it('counts one inserted, deleted or changed letter', () => {
    expect([oneEditApart('mclenney', 'mcclenney'), oneEditApart('bornsten', 'bornstein'), oneEditApart('sweeny', 'sweeney'), oneEditApart('veldhuis', 'veldhuys')]).toEqual([true, true, true, true]);
    expect([oneEditApart('johnson', 'jonsen'), oneEditApart('smith', 'smiths2')]).toEqual([false, false]);
  });
});
