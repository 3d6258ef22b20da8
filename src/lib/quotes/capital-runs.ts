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
  const c = text.charCodeAt(i);
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
  return capitalsIn(text, false);
}

/** The capitals where a run may open (see mayOpenRun): the only places CapitalRuns tries its pattern. */
export function runOpenings(text: string): Int32Array {
  return capitalsIn(text, true);
}

function capitalsIn(text: string, openingsOnly: boolean): Int32Array {
  let n = 0;
  let starts = new Int32Array(1024);
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c < 65 || (c > 90 && c < 128)) {
      i++; // most characters: no call
      continue;
    }
    const k = capitalAt(text, i);
    if (k > 0 && (!openingsOnly || mayOpenRun(text, i, k))) {
      if (n === starts.length) starts = grown(starts);
      starts[n++] = i;
    }
    i += k === 0 ? 1 : k < 0 ? -k : k; // a character outside the BMP is one character, never two
  }
  return starts.subarray(0, n);
}

/**
 * Whether a run can start at the capital at i (n code units): after the word's characters
 * ([\p{L}’'.&-]) come spaces ([ \u00a0]) and then a capital or a quotation mark, or a lower-case
 * word ("de", "of") and more spaces and a capital. Rules out most capitals (a word at a sentence's
 * start, before a comma or a verb) without calling the regex.
 */
function mayOpenRun(text: string, i: number, n: number): boolean {
  let j = i + n;
  for (;;) {
    const c = codeAt(text, j);
    if (c < 128) {
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45 || c === 46 || c === 38)) break;
      j++;
    } else {
      const k = wordCharLength(text, j); // (c >= 128: j is inside the text)
      if (k === 0) break;
      j += k;
    }
  }
  j = afterSpaces(text, j);
  if (j < 0) return false;
  let c = text.charCodeAt(j);
  if (c >= 128 || (c >= 65 && c <= 90) || c === 34) return true;
  if (!(c >= 97 && c <= 122)) return false;
  for (c = codeAt(text, ++j); c >= 97 && c <= 122; c = codeAt(text, ++j));
  j = afterSpaces(text, j);
  if (j < 0) return false;
  c = text.charCodeAt(j);
  return c >= 128 || (c >= 65 && c <= 90);
}

/** The index after one or more spaces ([ \u00a0]) at j, or -1 when there are none or the text ends. */
function afterSpaces(text: string, j: number): number {
  const from = j;
  for (let c = codeAt(text, j); c === 32 || c === 0xa0; c = codeAt(text, j)) j++;
  return j === from || j >= text.length ? -1 : j;
}

/**
 * The matches of `pattern` in text, as `text.matchAll` gives them for the same pattern with the
 * global flag, one at a time as a span (start, end): no match array, no string, so a run the
 * caller turns away costs neither. `pattern` must carry the flags "uy" and match only text that
 * opens with \p{Lu}, then characters of [\p{L}’'.&-], then [ \u00a0]+, then a capital or a
 * quotation mark, or [a-z]+ and [ \u00a0]+ and a capital (mayOpenRun).
 */
export class CapitalRuns {
  /** The current match: text[start, end). */
  start = 0;
  end = 0;
  private readonly text: string;
  private readonly pattern: RegExp;
  private readonly starts: Int32Array;
  private k = 0;

  /** `openings`: runOpenings's answer for the text (the speaker pass finds them once for both its patterns). */
  constructor(text: string, pattern: RegExp, openings = runOpenings(text)) {
    this.text = text;
    this.pattern = pattern;
    this.starts = openings;
  }

  /** Moves to the next match; false when there is none. */
  next(): boolean {
    const { text, pattern, starts } = this;
    while (this.k < starts.length) {
      const i = starts[this.k++];
      if (i < this.end) continue;
      pattern.lastIndex = i;
      if (pattern.test(text)) {
        this.start = i;
        this.end = pattern.lastIndex;
        return true;
      }
    }
    return false;
  }
}
