import { describe, expect, it } from 'vitest';
import { speech } from './speech-quotes.ts';
import { nearSurname, oneEditApart, SurnameShapes } from '../../../src/lib/quotes/surname-typos.ts';

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

  // surnames two letters apart from one another: "Moaabbck", "Mobbaack", …
  const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
  const apart = (count: number, make: (x: string, y: string) => string) => Array.from({ length: count }, (_, i) => make(LETTERS[i % 26].repeat(2), LETTERS[Math.floor(i / 26)].repeat(2)));
  const introduced = (surnames: string[]) => surnames.map((s) => `We met Mary ${s}.`).join('\n\n');

  it('is found in an article that names scores of people, also for someone named after the search began', () => {
    const text = `${introduced(apart(70, (x, y) => `Mo${x}${y}ck`))}\n\n“It is late,” Moaabck said.\n\nWe met Mary Mozzqqck.\n\n“Fine,” Mozzqck said.`;
    expect(speech(text).map((q) => q.speaker?.name)).toEqual(['Mary Moaabbck', 'Mary Mozzqqck']);
  });

  it('is no one among hundreds of introduced surnames of one length and ends', () => {
    const [few] = speech(`${introduced(apart(40, (x, y) => `Sm${x}${y}on`))}\n\n“It is late,” Smaabon said.`);
    expect(few?.speaker?.name).toBe('Mary Smaabbon');
    const [crowded] = speech(`${introduced(apart(300, (x, y) => `Sm${x}${y}on`))}\n\n“It is late,” Smaabon said.`);
    expect(crowded?.speaker?.name).toBe('Smaabon');
  });

  it('counts one inserted, deleted or changed letter', () => {
    expect([oneEditApart('mclenney', 'mcclenney'), oneEditApart('bornsten', 'bornstein'), oneEditApart('sweeny', 'sweeney'), oneEditApart('veldhuis', 'veldhuys')]).toEqual([true, true, true, true]);
    expect([oneEditApart('johnson', 'jonsen'), oneEditApart('smith', 'smiths2')]).toEqual([false, false]);
  });
});

describe('nearSurname', () => {
  it('answers the same comparing each surname as looking them up by shape', () => {
    // (surnames of few letters, so that many are one edit apart; a fixed seed)
    let seed = 7;
    const random = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 16) % n;
    };
    const surname = () => Array.from({ length: 5 + random(4) }, () => 'abcd'[random(4)]).join('');
    let found = 0;
    for (let round = 0; round < 300; round++) {
      // (one person under a surname as is, two or more as a list, as the registry files them)
      const bySurname = new Map<string, number | number[]>();
      const shapes = new SurnameShapes();
      for (let i = 1 + random(30); i > 0; i--) {
        const s = surname();
        const people = bySurname.get(s);
        if (Array.isArray(people)) people.push(i);
        else if (people !== undefined) bySurname.set(s, [people, i]);
        else {
          bySurname.set(s, i);
          shapes.add(s);
        }
      }
      for (let q = 0; q < 20; q++) {
        const w = surname();
        const near = nearSurname(w, bySurname, null);
        expect([w, near]).toEqual([w, nearSurname(w, bySurname, shapes)]);
        if (near !== null) found++;
      }
    }
    expect(found).toBeGreaterThan(40);
  });
});
