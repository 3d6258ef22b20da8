/**
 * Character classes and a table of distinct words for the whole-text scans of the speaker-name
 * pass (articleLexicon). A long article has hundreds of thousands of words but a few thousand
 * distinct ones: the table recognises a word met before by its characters, so it costs neither a
 * new string nor a hash of V8's, and answers "does the text use this word?" the same way.
 */

/**
 * The code unit at i, or -1 past the end. (charCodeAt gives NaN there, and code that has once met
 * a NaN is compiled by V8 to read every code unit as a double: a scan that runs off the text's end
 * is several times slower.)
 */
export function codeAt(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : -1;
}

/** A copy of `a` with twice the room. */
export function grown(a: Int32Array): Int32Array<ArrayBuffer> {
  const out = new Int32Array(a.length * 2);
  out.set(a);
  return out;
}

/** Whether a code unit is a letter (\p{L}), by a table filled as code units are met. */
const LETTER = /^\p{L}$/u;
const BMP_CLASS = new Uint8Array(65536); // 0 unknown, 1 letter, 2 not

/** Code units of the word character (\p{L}, ’, ', -) at i: 0 when there is none, 2 for a letter outside the BMP. */
export function wordCharLength(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45 ? 1 : 0;
  if (c === 8217) return 1;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let k = BMP_CLASS[c];
  if (k === 0) BMP_CLASS[c] = k = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1 ? 1 : 0;
}

const SPACE = /^\s$/;
const BMP_SPACE = new Uint8Array(65536); // 0 unknown, 1 space (\s), 2 not

/** Whether a code unit is white space as a regex's \s reads it. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  let k = BMP_SPACE[c];
  if (k === 0) BMP_SPACE[c] = k = SPACE.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

/** The words of `s.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean)`, by a scan (no regex, no joined copy). */
export function spaceSeparated(s: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < s.length; i++) {
    if (!isSpaceCode(s.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(s.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) out.push(start === 0 ? s : s.slice(start));
  return out;
}

/** Code units of the (non-word) character at i: a surrogate pair is one character. */
export function nonWordCharLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** The table's hash of a word, one code unit at a time from 0. */
export function wordHash(h: number, c: number): number {
  return (Math.imul(h, 31) + c) | 0;
}

/** Distinct spans of one text, compared by their characters (open addressing, grown at half full). */
export class WordTable {
  private readonly text: string;
  private starts = new Int32Array(1024);
  private ends = new Int32Array(1024);
  private size = 0;

  constructor(text: string) {
    this.text = text;
  }

  /**
   * True the first time the characters of text[start, end) (end > start) are added. `hash` is
   * wordHash's value for them, when the caller has it from its own scan.
   */
  addNew(start: number, end: number, hash = this.hash(start, end)): boolean {
    let mask = this.ends.length - 1;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const e = this.ends[s];
      if (e === 0) break;
      if (e - this.starts[s] === end - start && this.same(this.starts[s], start, end - start)) return false;
    }
    if (++this.size * 2 > this.ends.length) this.grow();
    mask = this.ends.length - 1;
    let s = hash & mask;
    while (this.ends[s] !== 0) s = (s + 1) & mask;
    this.starts[s] = start;
    this.ends[s] = end;
    return true;
  }

  /** Whether a span with the characters of `word` was added. */
  has(word: string): boolean {
    const n = word.length;
    if (n === 0) return false;
    let h = 0;
    for (let i = 0; i < n; i++) h = wordHash(h, word.charCodeAt(i));
    const mask = this.ends.length - 1;
    const t = this.text;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const e = this.ends[s];
      if (e === 0) return false;
      const a = this.starts[s];
      if (e - a !== n) continue;
      let k = 0;
      while (k < n && t.charCodeAt(a + k) === word.charCodeAt(k)) k++;
      if (k === n) return true;
    }
  }

  private hash(start: number, end: number): number {
    let h = 0;
    for (let i = start; i < end; i++) h = wordHash(h, this.text.charCodeAt(i));
    return h;
  }

  private same(a: number, b: number, n: number): boolean {
    const t = this.text;
    for (let k = 0; k < n; k++) if (t.charCodeAt(a + k) !== t.charCodeAt(b + k)) return false;
    return true;
  }

  private grow(): void {
    const { starts, ends } = this;
    this.starts = new Int32Array(ends.length * 2);
    this.ends = new Int32Array(ends.length * 2);
    const mask = this.ends.length - 1;
    for (let k = 0; k < ends.length; k++) {
      if (ends[k] === 0) continue;
      let s = this.hash(starts[k], ends[k]) & mask;
      while (this.ends[s] !== 0) s = (s + 1) & mask;
      this.starts[s] = starts[k];
      this.ends[s] = ends[k];
    }
  }
}
