/**
 * The words of the speakers' names and sources, folded as the name scans compare them: only a
 * capitalised run that shares one of them can give a name worth finding. A long article has
 * thousands of runs and most share none, so a run is tested from its characters (a hash of the
 * folded word, filtered by a bit table), and a word's folded string is built only when the hash
 * says it may be wanted or a character needs the exact fold.
 */
import { wordHash } from './article-words.ts';
import { slugifyName } from './speaker-identity.ts';
import { endsPossessiveS, isApostropheCode } from './possessives.ts';
import { BoundedMemo } from './bounded-memo.ts';

/** A word as the run filters compare it: folded, lower case, no possessive or final apostrophe. */
export function wordKey(w: string): string {
  // (w.replace(/[’']s?$/, '') by char codes: most words end in neither)
  let end = w.length;
  if (endsPossessiveS(w)) end -= 2;
  else if (end > 0 && isApostropheCode(w.charCodeAt(end - 1))) end--;
  return slugifyName(end === w.length ? w : w.slice(0, end));
}

const KEYS_OF_NAME = new BoundedMemo((name): readonly string[] => name.split(/\s+/).map(wordKey));

/** The keys (wordKey) of a name's words, split at white space: a bounded memo (a speaker's name recurs across articles). */
export function wordKeysOf(name: string): readonly string[] {
  return KEYS_OF_NAME.get(name);
}

/**
 * Adds the keys of a name's words (wordKeysOf's) to `keys`. A name of letters and single spaces
 * (most speakers' names and many sources) has its words' lower case for keys, folded on the spot:
 * the memo's lookup of a name new to the article (a new string) costs more.
 */
export function addWordKeys(name: string, keys: Set<string>): void {
  if (!lettersAndSpaces(name)) {
    for (const key of wordKeysOf(name)) keys.add(key);
    return;
  }
  let start = 0;
  for (let i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', start)) {
    keys.add(name.slice(start, i).toLowerCase());
    start = i + 1;
  }
  keys.add((start === 0 ? name : name.slice(start)).toLowerCase());
}

/** Whether `name` is ASCII letters in words split by single spaces, none at either end. */
function lettersAndSpaces(name: string): boolean {
  let wordLength = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const lower = c | 32; // (A–Z to a–z; no other code lands in a–z)
    if (lower >= 97 && lower <= 122) wordLength++;
    else if (c === 32 && wordLength > 0) wordLength = 0;
    else return false;
  }
  return wordLength > 0;
}

/** Copied to start a list of keys: a copy has no allocation site for V8 to pretenure. Never changed. */
const NO_KEYS: readonly string[] = [];

/** A set of folded words (wordKey) that answers for a run of words in the text without slicing it. */
export class WantedWords {
  private readonly keys: Set<string>;
  /**
   * A bit per hash (wordHash of the key's characters, masked), 16 to an element: a clear bit means
   * no key has it. (A plain array of small integers: a typed array this size is allocated outside
   * the heap, which costs an article more than its few dozen keys.)
   */
  private readonly bits: number[];
  private readonly mask: number;
  /**
   * The keys by their hash (keyHash): a word's folded characters are compared with these, no string
   * built. A hash's one key as is, a list only from a second (no array of one per key: V8 pretenures
   * an array literal's site once a long text keeps many alive; see docs/decisions/0021).
   */
  private readonly byHash = new Map<number, string | string[]>();

  constructor(keys: Set<string>) {
    this.keys = keys;
    let size = 1024;
    while (size < keys.size * 32) size *= 2;
    this.bits = new Array<number>(size >> 4).fill(0);
    this.mask = size - 1;
    for (const k of keys) {
      const h = keyHash(k);
      this.bits[(h & this.mask) >> 4] |= 1 << (h & 15);
      const keys = this.byHash.get(h);
      if (keys === undefined) this.byHash.set(h, k);
      else if (typeof keys === 'string') {
        // (an empty array copied, not a literal: see byHash; Array.of is several times slower)
        const list = NO_KEYS.slice();
        list.push(keys, k);
        this.byHash.set(h, list);
      }
      else keys.push(k);
    }
  }

  /** Whether the folded word (wordKey's value) is one of the set. */
  has(key: string): boolean {
    return this.keys.has(key);
  }

  /**
   * The hashes of the keys (keyHashAt) of text[start, end)'s words, split at runs of [ \u00a0] (the
   * span opens and ends with neither), written to `hashes` from 0, and how many; -1 when no word is
   * wanted, that is when `text.slice(start, end).split(/[ \u00a0]+/).some((w) => has(wordKey(w)))`
   * is false. (One reading answers both questions: a kept run's words are folded once.)
   */
  keyHashesIfWanted(text: string, start: number, end: number, hashes: number[]): number {
    let n = 0;
    let wanted = false;
    for (let i = runWordStart(text, start, end); i < end; ) {
      let h = wordKeyHashAt(text, i, end);
      const j = wordEndFound;
      if (h === EXACT) {
        const key = wordKey(text.slice(i, j));
        if (!wanted && this.keys.has(key)) wanted = true;
        h = keyHash(key);
      } else if (!wanted && this.hashedWordIn(text, i, j, h)) wanted = true;
      hashes[n++] = h;
      i = runWordStart(text, j, end);
    }
    return wanted ? n : -1;
  }

  /** Whether the word text[a, b), whose folded hash (foldedHashAt, not EXACT) is `h`, is wanted: the bit table filters first, then the keys with that hash. */
  private hashedWordIn(text: string, a: number, b: number, h: number): boolean {
    if ((this.bits[(h & this.mask) >> 4] & (1 << (h & 15))) === 0) return false;
    const keys = this.byHash.get(h);
    if (typeof keys === 'string') return foldsTo(text, a, b, keys);
    if (keys) for (const key of keys) if (foldsTo(text, a, b, key)) return true;
    return false;
  }
}

/** keyHashAt's answers for the words of text[start, end) (split as keyHashesIfWanted splits them), written to `hashes` from 0; how many. */
export function keyHashesOf(text: string, start: number, end: number, hashes: number[]): number {
  let n = 0;
  for (let i = runWordStart(text, start, end); i < end; ) {
    const j = runWordEnd(text, i, end);
    hashes[n++] = keyHashAt(text, i, j);
    i = runWordStart(text, j, end);
  }
  return n;
}

/** Where the next word of a run (split at [ \u00a0]) opens at or after i; `end` when none does. */
export function runWordStart(text: string, i: number, end: number): number {
  // (never a code unit at `end`: past the text's end it would be NaN, which V8 compiles the loop to expect)
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 0xa0) break;
  }
  return i;
}

/** Where the run's word opening at i ends: at the next [ \u00a0], or at `end`. */
export function runWordEnd(text: string, i: number, end: number): number {
  let j = i + 1;
  for (let d: number; j < end && (d = text.charCodeAt(j)) !== 32 && d !== 0xa0; j++);
  return j;
}

/** Where the word wordKeyHashAt last read ends. */
let wordEndFound = 0;

/**
 * foldedHashAt(text, i, j, true) for the run's word opening at i, j its end (runWordEnd), which it
 * leaves in wordEndFound: one reading of a word of letters alone (most), which needs no other fold.
 */
function wordKeyHashAt(text: string, i: number, end: number): number {
  let h = 0;
  let j = i;
  for (; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c >= 97 && c <= 122) h = wordHash(h, c);
    else if (c >= 65 && c <= 90) h = wordHash(h, c + 32);
    else break;
  }
  if (j === end || text.charCodeAt(j) === 32 || text.charCodeAt(j) === 0xa0) {
    wordEndFound = j;
    return h === EXACT ? 0 : h;
  }
  // (text[j] is no space: the word goes on past it)
  wordEndFound = runWordEnd(text, j, end);
  return foldedHashAt(text, i, wordEndFound, true);
}

/**
 * Whether the word text[a, b), of the characters foldedHashAt folds itself (its hash is not
 * EXACT), has the key `key` (wordKey's value): its characters folded as foldedHashAt folds them,
 * compared one by one.
 */
function foldsTo(text: string, a: number, b: number, key: string): boolean {
  let e = b;
  if (endsPossessiveS(text, a, e)) e -= 2;
  let n = 0;
  let hyphen = false;
  let any = false;
  for (let k = a; k < e; k++) {
    let c = text.charCodeAt(k);
    if (c >= 128) {
      if (c === 8220 || c === 8221) hyphen = any;
      continue; // (’ and ‘ vanish, as other characters past ASCII do: the folding is foldedHashAt's, character for character)
    }
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      // (never a code unit past the key's end: NaN would make V8 read the loop's numbers as doubles)
      if (hyphen && (n >= key.length || key.charCodeAt(n++) !== 45)) return false;
      hyphen = false;
      if (n >= key.length || key.charCodeAt(n++) !== c) return false;
      any = true;
    } else if (c !== 39 && c !== 96) {
      hyphen = any;
    }
  }
  return n === key.length;
}

/** foldedHashAt's answer for a word with a character whose fold only slugifyName knows. */
const EXACT = 0x7fffffff;

/** The hash of a key's characters (wordHash), as keyHashAt computes it from the text. */
export function keyHash(key: string): number {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = wordHash(h, key.charCodeAt(i));
  return h === EXACT ? 0 : h;
}

/** keyHash(wordKey(text.slice(a, b))): the hash of the word's key, from its characters where they allow. */
export function keyHashAt(text: string, a: number, b: number): number {
  const h = foldedHashAt(text, a, b, true);
  return h === EXACT ? keyHash(wordKey(text.slice(a, b))) : h;
}

/** keyHash(slugifyName(text.slice(a, b))): as keyHashAt, a possessive kept ("McDonald’s" → "mcdonalds"). */
export function slugHashAt(text: string, a: number, b: number): number {
  const h = foldedHashAt(text, a, b, false);
  return h === EXACT ? keyHash(slugifyName(text.slice(a, b))) : h;
}

/**
 * keyHash(wordKey(text.slice(a, b))) (with `possessive`; else of slugifyName's fold of the whole
 * word) for a word of ASCII and curly quotation marks, computed from
 * its characters as slugifyName would fold them (lower case; apostrophes and backticks gone; any
 * other run of characters but a–z and 0–9 one hyphen, none at either end); EXACT for a word with
 * any other character (an accent that NFD may split), whose key only wordKey knows.
 */
function foldedHashAt(text: string, a: number, b: number, possessive: boolean): number {
  let e = b;
  // wordKey's /[’']s?$/: a possessive "s" goes first (an apostrophe vanishes in the fold anyway)
  if (possessive && endsPossessiveS(text, a, e)) e -= 2;
  let h = 0;
  let hyphen = false; // a run of other characters met after a letter or digit: a hyphen, if one follows
  let any = false;
  for (let k = a; k < e; k++) {
    let c = text.charCodeAt(k);
    if (c >= 128) {
      if (c === 8216 || c === 8217) continue;
      if (c === 8220 || c === 8221) {
        hyphen = any;
        continue;
      }
      return EXACT;
    }
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (hyphen) h = wordHash(h, 45);
      hyphen = false;
      h = wordHash(h, c);
      any = true;
    } else if (c !== 39 && c !== 96) {
      hyphen = any;
    }
  }
  return h === EXACT ? 0 : h;
}
