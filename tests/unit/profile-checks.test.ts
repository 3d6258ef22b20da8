import { describe, expect, it } from 'vitest';
import { checkSharedNames, misfiledProfileWarnings } from '../../src/lib/profile-checks.ts';

const profile = (id: string, name: string, aliases: string[] = []) => ({ file: `speakers/${id}.json`, id, name, aliases });

describe('speaker profile checks', () => {
  it('warns, naming the file, when a profile is filed under an id its name and aliases do not spell', () => {
    const warnings = misfiledProfileWarnings([profile('john-smith', 'Jane Doe'), profile('jane-okafor', 'Jane Okafor')]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^speakers\/john-smith\.json: filed as "john-smith", but its name "Jane Doe"/);
  });

  it('accepts an id spelled by an alias, and any readable id for a name with no Latin letter', () => {
    expect(misfiledProfileWarnings([profile('bill-clinton', 'William J. Clinton', ['Bill Clinton'])])).toEqual([]);
    expect(misfiledProfileWarnings([profile('maryam-al-husseini', 'مريم الحسيني')])).toEqual([]);
  });

  it('refuses two profiles sharing a name or alias, naming both files and the field', () => {
    expect(() => checkSharedNames([profile('a-b', 'A B', ['The Chief']), profile('c-d', 'C D', ['Someone', 'the  chief'])])).toThrow(
      /speakers\/c-d\.json → aliases\.1: "the  chief" is also the name or an alias of speakers\/a-b\.json/,
    );
    expect(() => checkSharedNames([profile('a-b', 'A B'), profile('x', 'X', ['A B'])])).toThrow(/speakers\/x\.json → aliases\.0/);
    expect(() => checkSharedNames([profile('a-b', 'A B', ['A. B.']), profile('c-d', 'C D')])).not.toThrow();
  });
});
