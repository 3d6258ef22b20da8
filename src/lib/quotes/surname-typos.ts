/**
 * A surname misspelt after the full name introduced it ("Tyresha McClenney … McLenney said",
 * "Harold Bornstein … Bornsten's letter"): news names a person in full before the bare surname, so
 * a bare surname nobody was introduced with, one letter away from exactly one introduced surname,
 * is that person.
 */

/** Whether a and b differ by at most one inserted, deleted or changed letter. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Surnames shorter than this are too often two different names one letter apart ("Cruz", "Cruse"). */
const MIN_LENGTH = 6;

/** The one introduced surname (a key of `bySurname`) one letter away from `word`, or null. */
export function nearSurname<T>(word: string, bySurname: ReadonlyMap<string, readonly T[]>): T | null {
  if (word.length < MIN_LENGTH) return null;
  let found: T | null = null;
  for (const [surname, people] of bySurname) {
    if (surname.length < MIN_LENGTH || people.length !== 1 || !oneEditApart(word, surname)) continue;
    if (found) return null;
    found = people[0];
  }
  return found;
}
