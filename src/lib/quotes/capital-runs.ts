/**
 * Whole-text searches for runs of capitalised words, such as the names the speaker-name pass
 * reads. A global regex tests its Unicode class at every character of the article; here the
 * pattern is tried, sticky, only where a capital opens a word that another word follows, which
 * gives the same matches in the same order as `text.matchAll` at a fraction of the cost.
 */
import { codeAt, grown, wordCharLength } from './article-words.ts';

const UPPER = /^\p{Lu}$/u;
const BMP_UPPER = new Uint8Array(65536); // 0 unknown, 1 capital, 2 not

/** Code units of the capital letter at i (2 for one outside the BMP); 0 for another character, -2 for another outside the BMP. */
export function capitalAt(text: string, i: number): number {
  const c = codeAt(text, i); // (-1 past the end: no capital)
  if (c < 128) return c >= 65 && c <= 90 ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return UPPER.test(text.slice(i, i + 2)) ? 2 : -2;
  }
  let k = BMP_UPPER[c];
  if (k === 0) BMP_UPPER[c] = k = UPPER.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1 ? 1 : 0;
}

/** Where the text's capital letters stand (read once per article, when a question needs them: see ArticleLexicon). */
export function capitalStarts(text: string): Int32Array {
  let n = 0;
  let starts = new Int32Array(1024);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let k = 1;
    // (a table read, not two comparisons: which way a comparison goes is no guess a CPU makes well in prose)
    if (c < 128) {
      if (ASCII_CAPITAL[c] === 0) continue;
    } else if ((k = capitalAt(text, i)) <= 0) {
      if (k < 0) i++; // a character outside the BMP is one character, never two
      continue;
    }
    if (n === starts.length) starts = grown(starts);
    starts[n++] = i;
    i += k - 1;
  }
  return starts.subarray(0, n);
}

const ASCII_CAPITAL = new Uint8Array(128).fill(1, 65, 91);

/**
 * The capitals where a run may open (see runMayFollow): the only places CapitalRuns tries its
 * matcher. A scan from capital to capital (a one-character regex finds the next candidate), not a
 * run pattern: a pattern tried at each capital and reading the rest of its word made "中中中…" or
 * "AAAA…" cost the square of its length; here the capitals of one word share one reading of its
 * end and what follows it. (The regex pays off on English prose; on text past ASCII it matches at
 * every character, which costs a few times what a loop of comparisons would there, still linear.)
 */
export function runOpenings(text: string): number[] {
  // (an array, not a typed one: an article has a few dozen openings, and a typed array costs more to make than to fill)
  const starts: number[] = [];
  let wordEnd = -1;
  let opens = false;
  // (the regex skips the characters that can be no capital, A–Z and past ASCII aside, in native code: most of the text)
  const next = MAY_BE_CAPITAL;
  next.lastIndex = 0;
  while (next.test(text)) {
    const i = next.lastIndex - 1;
    const c = text.charCodeAt(i);
    const k = c < 128 ? 1 : capitalAt(text, i);
    if (k > 0) {
      if (i + k > wordEnd) {
        opens = runMayFollow(text, (wordEnd = bodyWordEnd(text, i + k)));
        // a word no run opens in: its later capitals (and apostrophes) share its answer, so none is looked at
        if (!opens) {
          next.lastIndex = wordEnd;
          continue;
        }
      }
      if (opens) starts.push(i);
    }
    next.lastIndex = i + (k === 0 ? 1 : k < 0 ? -k : k); // a character outside the BMP is one character, never two
  }
  return starts;
}

/**
 * A code unit that may start a capital: A–Z, or any past ASCII (capitalAt tells). One shared
 * global regex, driven by lastIndex: runOpenings sets it before its loop, and nothing the loop calls
 * runs runOpenings again.
 */
const MAY_BE_CAPITAL = /[A-Z\u0080-\uffff]/g;

/**
 * Whether a run can start at a capital whose word ([\p{L}’'.&-]*) ends at j: spaces ([ \u00a0])
 * come next and then a capital or a quotation mark, or a lower-case word as long as a particle of
 * the matchers ("de", "of", "the": particleLengthAt) and more spaces and a capital. Rules out most
 * capitals (a word at a sentence's start, before a comma or a verb) without calling the run
 * matchers.
 */
function runMayFollow(text: string, j: number): boolean {
  j = afterSpaces(text, j);
  if (j < 0) return false;
  let c = text.charCodeAt(j);
  if (c >= 128 || (c >= 65 && c <= 90) || c === 34) return true;
  const particle = particleLengthAt(text, j);
  if (particle === 0) return false;
  j = afterSpaces(text, j + particle);
  if (j < 0) return false;
  c = text.charCodeAt(j);
  return c >= 128 || (c >= 65 && c <= 90);
}

/** The index after one or more spaces ([ \u00a0]) at j, or -1 when there are none or the text ends. */
function afterSpaces(text: string, j: number): number {
  const end = spacesEnd(text, j);
  return end === j || end >= text.length ? -1 : end;
}

/**
 * Where a run opening at i ends (personRunEnd, bodyRunEnd); where none opens there, -1 - e: none
 * opens at a later capital before e either (e is the run's first word's end: a later capital of
 * that word meets the same words after it), so a scan never reads one long word once per capital.
 */
export type RunMatcher = (text: string, i: number) => number;

/** The end of the characters of [\p{L}’'-]* from j (a person's name word). */
function nameWordEnd(text: string, j: number): number {
  return wordEnd(text, j, false);
}

/** The end of the characters of [\p{L}’'.&-]* from j (a body's name word: "U.S.", "AT&T"). */
function bodyWordEnd(text: string, j: number): number {
  return wordEnd(text, j, true);
}

function wordEnd(text: string, j: number, body: boolean): number {
  for (;;) {
    const c = codeAt(text, j);
    if (c < 128) {
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45 || (body && (c === 46 || c === 38)))) return j;
      j++;
    } else {
      const n = wordCharLength(text, j);
      if (n === 0) return j;
      j += n;
    }
  }
}

/** The end of the spaces ([ \u00a0]*) from j. */
function spacesEnd(text: string, j: number): number {
  for (let c = codeAt(text, j); c === 32 || c === 0xa0; c = codeAt(text, ++j));
  return j;
}

/** Lower-case words inside a person's name before " " and a capital. */
const NAME_PARTICLES = ['de', 'van', 'von', 'del', 'der', 'da', 'di', 'bin', 'al', 'el'];

/** Small words inside the name of a body before spaces and a capital. */
const BODY_PARTICLES = ['of', 'for', 'to', 'and', 'the', 'on', 'in'];

/** The shortest and the longest particle of either list. */
const PARTICLE_LENGTHS = [...NAME_PARTICLES, ...BODY_PARTICLES].map((w) => w.length);
const SHORTEST_PARTICLE = Math.min(...PARTICLE_LENGTHS);
const LONGEST_PARTICLE = Math.max(...PARTICLE_LENGTHS);

/**
 * The length of the run of a–z at j when it is as long as some particle, else 0. A longer word
 * ("said", "president") is read no further than one letter past the longest particle.
 */
function particleLengthAt(text: string, j: number): number {
  let e = j;
  for (let c = codeAt(text, e); c >= 97 && c <= 122 && e - j <= LONGEST_PARTICLE; c = codeAt(text, ++e));
  const n = e - j;
  return n >= SHORTEST_PARTICLE && n <= LONGEST_PARTICLE ? n : 0;
}

/**
 * The length of the word of `words` at j that `after` holds after, or 0. (What follows a word of
 * `words` is never a–z, so the word is the whole run of a–z at j: no other word is tried.)
 */
function wordOf(text: string, j: number, words: readonly string[], after: (text: string, at: number) => boolean): number {
  const n = particleLengthAt(text, j);
  return n > 0 && after(text, j + n) && words.includes(text.slice(j, j + n)) ? n : 0;
}

const spaceThenCapital = (text: string, at: number) => codeAt(text, at) === 32 && capitalAt(text, at + 1) > 0;
const spaceAt = (text: string, at: number) => {
  const c = codeAt(text, at);
  return c === 32 || c === 0xa0;
};

/**
 * A person's capitalised run at i ("Sen. Bernie Sanders", "Marcia “Cia” Price", "Bill de Blasio"),
 * as the sticky pattern
 * /\p{Lu}[\p{L}’'-]*\.?(?:[ \u00a0]+(?:\p{Lu}[\p{L}’'-]*\.?|[“"‘]\p{Lu}[\p{L}’'-]*[”"’]|(?:de|van|von|del|der|da|di|bin|al|el)(?= \p{Lu})))+/uy
 * matches it, by char-code tests (nothing follows the loop, so its greedy reading is the match).
 */
export function personRunEnd(text: string, i: number): number {
  let k = capitalAt(text, i);
  if (k <= 0) return -1;
  let j = nameWordEnd(text, i + k);
  const none = -1 - j;
  if (codeAt(text, j) === 46) j++;
  let end = none;
  for (;;) {
    const s = spacesEnd(text, j);
    if (s === j || s >= text.length) return end;
    k = capitalAt(text, s);
    if (k > 0) {
      j = nameWordEnd(text, s + k);
      if (codeAt(text, j) === 46) j++;
    } else {
      const close = nicknameEnd(text, s);
      if (close > 0) j = close;
      else {
        const n = wordOf(text, s, NAME_PARTICLES, spaceThenCapital);
        if (n === 0) return end;
        j = s + n;
      }
    }
    end = j;
  }
}

/** The end of a quoted nickname at s ([“"‘]\p{Lu}[\p{L}’'-]*[”"’]), or -1. */
function nicknameEnd(text: string, s: number): number {
  const q = text.charCodeAt(s);
  if (q !== 0x201c && q !== 34 && q !== 0x2018) return -1;
  const k = capitalAt(text, s + 1);
  if (k <= 0) return -1;
  const from = s + 1 + k;
  const e = nameWordEnd(text, from);
  const c = codeAt(text, e);
  if (c === 0x201d || c === 34) return e + 1;
  // ("’" is also a word character: the greedy class gives back up to the last one)
  for (let x = e - 1; x >= from; x--) if (text.charCodeAt(x) === 0x2019) return x + 1;
  return -1;
}

/**
 * A body's capitalised run at i ("Alliance to Reclaim Our Schools", "Tampa Bay Times"), as the
 * sticky pattern
 * /\p{Lu}[\p{L}’'.&-]*(?:[ \u00a0]+(?:(?:of|for|to|and|the|on|in)[ \u00a0]+)?\p{Lu}[\p{L}’'.&-]*)+/uy
 * matches it, by char-code tests.
 */
export function bodyRunEnd(text: string, i: number): number {
  let k = capitalAt(text, i);
  if (k <= 0) return -1;
  let j = bodyWordEnd(text, i + k);
  let end = -1 - j;
  for (;;) {
    let s = spacesEnd(text, j);
    if (s === j) return end;
    const n = wordOf(text, s, BODY_PARTICLES, spaceAt);
    if (n > 0) s = spacesEnd(text, s + n);
    k = capitalAt(text, s);
    if (k <= 0) return end;
    j = end = bodyWordEnd(text, s + k);
  }
}

/**
 * The runs a matcher finds in text, as `text.matchAll` gives the matches of its pattern with the
 * global flag, one at a time as a span (start, end): no match array, no string, so a run the
 * caller turns away costs neither. The matcher's runs open with \p{Lu}, then characters of
 * [\p{L}’'.&-], then [ \u00a0]+, then a capital or a quotation mark, or [a-z]+ and [ \u00a0]+ and a
 * capital (runMayFollow), so only the openings are tried. The lower-case word must be as long as
 * one of NAME_PARTICLES or BODY_PARTICLES: a matcher whose runs hold other lower-case words needs
 * its particles added there.
 */
export class CapitalRuns {
  /** The current match: text[start, end). */
  start = 0;
  end = 0;
  private readonly text: string;
  private readonly match: RunMatcher;
  private readonly starts: readonly number[];
  private k = 0;
  /** No run opens at an opening before this (see RunMatcher). */
  private noneBefore = 0;

  /** `openings`: runOpenings's answer for the text (the speaker pass finds them once for both its matchers). */
  constructor(text: string, match: RunMatcher, openings: readonly number[] = runOpenings(text)) {
    this.text = text;
    this.match = match;
    this.starts = openings;
  }

  /** Moves to the next match; false when there is none. */
  next(): boolean {
    const { text, match, starts } = this;
    while (this.k < starts.length) {
      const i = starts[this.k++];
      if (i < this.end || i < this.noneBefore) continue;
      const end = match(text, i);
      if (end >= 0) {
        this.start = i;
        this.end = end;
        return true;
      }
      this.noneBefore = -1 - end;
    }
    return false;
  }
}
