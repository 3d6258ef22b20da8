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

/** More introduced surnames than this of one length and first (or last) two letters: a misspelling is no one's. */
const CROWDED_SHAPE = 256;

/**
 * Introduced surnames (MIN_LENGTH letters or more) by their length and first two letters, and by
 * their length and last two letters: one edit keeps a long word's first two or its last two
 * letters, so a misspelling is looked for among a few surnames, not all an article (a long one has
 * thousands) introduced.
 */
export class SurnameShapes {
  private readonly byStart = new Map<number, string[]>();
  private readonly byEnd = new Map<number, string[]>();

  /** Adds a surname not added before. */
  add(surname: string): void {
    if (surname.length < MIN_LENGTH) return;
    SurnameShapes.push(this.byStart, shapeKey(surname, true, surname.length), surname);
    SurnameShapes.push(this.byEnd, shapeKey(surname, false, surname.length), surname);
  }

  private static push(map: Map<number, string[]>, key: number, surname: string): void {
    const list = map.get(key);
    if (list) list.push(surname);
    else map.set(key, [surname]);
  }

  /** Surnames of length n that may share word's first two letters (start) or its last two (not start); the caller compares. */
  sharing(word: string, n: number, start: boolean): readonly string[] {
    return (start ? this.byStart : this.byEnd).get(shapeKey(word, start, n)) ?? [];
  }
}

/**
 * A small-integer key for a length and a word's first (or last) two code units. Keys of different
 * shapes may collide, but never two of one pair of code units and different lengths (65599 is odd),
 * so a surname sharing the word's ends is met at its own length only.
 */
function shapeKey(w: string, start: boolean, n: number): number {
  const a = start ? w.charCodeAt(0) : w.charCodeAt(w.length - 1);
  const b = start ? w.charCodeAt(1) : w.charCodeAt(w.length - 2);
  return ((n * 65599 + a) * 65599 + b) & 0x3fffffff;
}

function sameEnds(a: string, b: string, start: boolean): boolean {
  return start ? a.charCodeAt(0) === b.charCodeAt(0) && a.charCodeAt(1) === b.charCodeAt(1) : a.charCodeAt(a.length - 1) === b.charCodeAt(b.length - 1) && a.charCodeAt(a.length - 2) === b.charCodeAt(b.length - 2);
}

/** Who a key of nearSurname's `bySurname` names: one (T), or a list of two or more. */
type OneOrMany<T> = T | readonly T[];

/** The one person `people` names, or null when they are a list (two or more). */
function onlyOne<T>(people: OneOrMany<T> | undefined): T | null {
  return people === undefined || Array.isArray(people) ? null : (people as T);
}

/**
 * The one introduced surname (a key of `bySurname`) one letter away from `word`, or null; the
 * person it names, when it names one (its value is no array). `shapes`
 * holds bySurname's keys; null when they are few enough to compare each (the same answer: the
 * shapes only narrow the search, and most articles introduce a dozen surnames, not thousands).
 */
export function nearSurname<T>(word: string, bySurname: ReadonlyMap<string, OneOrMany<T>>, shapes: SurnameShapes | null): T | null {
  if (word.length < MIN_LENGTH) return null;
  if (shapes === null) return nearSurnameAmong(word, bySurname);
  let found: T | null = null;
  for (let n = word.length - 1; n <= word.length + 1; n++) {
    // each surname once: by its start, else (another start) by its end
    for (let side = 0; side < 2; side++) {
      const start = side === 0;
      const alike = shapes.sharing(word, n, start);
      // among hundreds of introduced surnames of one shape a letter tells no one apart: no guess (and
      // a hostile text of thousands, "Smaaaon", "Smaabon", …, costs each ask a bounded look)
      if (alike.length > CROWDED_SHAPE) return null;
      for (const surname of alike) {
        if (start ? !sameEnds(surname, word, true) : sameEnds(surname, word, true) || !sameEnds(surname, word, false)) continue;
        const one = onlyOne(bySurname.get(surname));
        if (one === null || !oneEditApart(word, surname)) continue;
        if (found) return null;
        found = one;
      }
    }
  }
  return found;
}

/** nearSurname over every key of `bySurname`, for a registry with few surnames. */
function nearSurnameAmong<T>(word: string, bySurname: ReadonlyMap<string, OneOrMany<T>>): T | null {
  let found: T | null = null;
  for (const [surname, people] of bySurname) {
    if (surname.length < MIN_LENGTH || surname.length < word.length - 1 || surname.length > word.length + 1) continue;
    const one = onlyOne(people);
    if (one === null || !oneEditApart(word, surname)) continue;
    if (found) return null;
    found = one;
  }
  return found;
}
