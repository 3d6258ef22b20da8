/**
 * A capitalised word the article writes only where every word is capitalised, at the opening of a
 * sentence, a line or a Title-Case headline ("Transcript as follows:", "Footage of Al-Awlaki
 * appears", a photo credit "Getty."), is a common word, not a person's name: a name keeps its
 * capital mid-sentence ("… said Maddow", "the Obama administration") or comes with a first name.
 */
import { codeAt, grown, isSpaceCode, wordCharLength, wordHash } from './article-words.ts';
import { capitalAt, capitalStarts } from './capital-runs.ts';

/** Whether the word stands at a sentence's or a line's opening (after ". ", "? ", a quote mark, a dash or a line break). */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00a0' || text[i] === '“' || text[i] === '"' || text[i] === '‘' || text[i] === '(')) i--;
  // "Gov. Kasich", "Sen. Cruz": the stop of a short capitalised abbreviation opens nothing
  if (text[i] === '.' && /(?:^|[^\p{L}])\p{Lu}\p{L}{0,3}$/u.test(text.slice(Math.max(0, i - 6), i))) return false;
  return i < 0 || text[i] === '\n' || text[i] === '.' || text[i] === '?' || text[i] === '!' || text[i] === ':' || text[i] === '—' || text[i] === '―';
}

/** Whether the line holding `at` is a Title-Case headline (most of its longer words capitalised: titleCaseLine). */
export function inTitleCaseLine(text: string, at: number): boolean {
  if (text.charCodeAt(at) === 10) return false; // (a break itself: the empty line after it, as a search from it reads)
  const lines = textLines(text);
  // (the line's bounds by a search from `at` for the first few questions: most texts ask two, and
  // finding every break costs a scan of the whole text; after them, the breaks, so that a text of
  // one long line asked about at many places is not read back to the line's start at each)
  let breaks = lines.breaks;
  let start: number;
  let line = 0;
  if (breaks === null && lines.searched++ < LINE_SEARCHES) start = text.lastIndexOf('\n', at) + 1;
  else {
    breaks = lines.breaks ??= lineBreaks(text);
    line = lineOf(breaks, at);
    start = line === 0 ? 0 : breaks[line - 1] + 1;
  }
  let answer = lines.titleCase.get(start);
  if (answer === undefined) {
    let end = breaks === null ? text.indexOf('\n', at) : line < breaks.length ? breaks[line] : -1;
    if (end < 0) end = text.length;
    lines.titleCase.set(start, (answer = titleCaseLine(text.slice(start, end))));
  }
  return answer;
}

/** How many questions of one text inTitleCaseLine answers by searching for the line's bounds before it finds every break. */
const LINE_SEARCHES = 8;

/** A Title-Case line ("Derelict Obama And Clinton"): most of its longer words capitalised. */
export function titleCaseLine(line: string): boolean {
  // the words of line.split(/\s+/) that open with four of [\p{L}’'-], counted by a scan (a line is a whole paragraph)
  let words = 0;
  let caps = 0;
  for (let i = 0; i < line.length; ) {
    if (isSpaceCode(line.charCodeAt(i))) {
      i++;
      continue;
    }
    // (no: even if every word the rest of the line has room for, one in five code units, were capitalised)
    const room = Math.floor((line.length - i + 1) / 5);
    if (caps + room < (words + room) * 0.8) return false;
    const start = i;
    let k = 0;
    for (let n = wordCharLength(line, i); n > 0 && k < 4; n = wordCharLength(line, i)) {
      i += n;
      k++;
    }
    if (k === 4) {
      words++;
      if (capitalAt(line, start) > 0) caps++;
    }
    while (i < line.length && !isSpaceCode(line.charCodeAt(i))) i++;
  }
  return words >= 2 && caps >= words * 0.8;
}

/**
 * The line breaks of the text last asked about, and each line's answer once worked out: a word (or
 * a name run) asked about many times in one long line (a hostile text of one paragraph) would
 * otherwise read the whole line at every place, the square of its length.
 */
interface TextLines {
  text: string;
  /** The text's line breaks, once found (see inTitleCaseLine); null before. */
  breaks: number[] | null;
  /** How many questions were answered by a search for the line's bounds. */
  searched: number;
  /** Each line's answer, by where the line starts. */
  titleCase: Map<number, boolean>;
}

let lastLines: TextLines | null = null;

function textLines(text: string): TextLines {
  if (lastLines !== null && lastLines.text === text) return lastLines;
  return (lastLines = { text, breaks: null, searched: 0, titleCase: new Map() });
}

/** Where the text's line breaks stand. */
function lineBreaks(text: string): number[] {
  // (a plain array: a typed array and its view cost more to make than the few dozen breaks of an article to push)
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
  return breaks;
}

/** The number of the line holding `at`: how many breaks come before it. */
function lineOf(breaks: number[], at: number): number {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (breaks[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** What follows a common noun opening a sentence ("Transcript as follows", "Footage of …", "Getty."), not a verb as after a name ("Cruz openly admitted"). */
const NOUN_FOLLOWER = /^(?:[\s\u00a0]*$|[\s\u00a0]*[.,:;!?)\]]|[ \u00a0]+(?:of|as|on|out|in|for|to|from|at|with|by|the|a|an|and|or)\b)/;

/** Whether a code unit is a letter or a digit, as /[\p{L}\p{N}]/u reads one code unit (a surrogate is neither). */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const UNIT_CLASS = new Uint8Array(65536); // 0 unknown, 1 letter or digit, 2 not

function letterOrDigit(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  let k = UNIT_CLASS[c];
  if (k === 0) UNIT_CLASS[c] = k = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

/**
 * Where the text's whole words that start with a capital A–Z stand, by their letters and digits
 * up to the first other character: one scan of the text for every question onlyOpensSentences is
 * asked about it, instead of a search of the whole text per question (a long text asks hundreds).
 */
export class CapitalWords {
  private readonly text: string;
  /**
   * The starts chained by a hash of the word's letters and digits (wordHash), in typed arrays: no
   * string or array per word. heads[hash & mask] is the latest start's slot, next[slot] the one
   * before it with the same bucket, -1 ending a chain; wholeWord compares the characters.
   */
  private readonly heads: Int32Array;
  private starts = new Int32Array(1024);
  private next = new Int32Array(1024);

  constructor(text: string, capitals = capitalStarts(text)) {
    this.text = text;
    let size = 1024;
    while (size < text.length >> 4) size *= 2;
    this.heads = new Int32Array(size).fill(-1);
    let n = 0;
    // only the text's capitals can start such a word (the name passes have found them already)
    for (const start of capitals) {
      const c = text.charCodeAt(start);
      if (c < 65 || c > 90 || (start > 0 && (text.charCodeAt(start - 1) === 45 || letterOrDigit(text.charCodeAt(start - 1))))) continue;
      let h = 0;
      for (let i = start, d = c; letterOrDigit(d); d = codeAt(text, ++i)) h = wordHash(h, d);
      if (n === this.starts.length) this.grow();
      const b = h & (size - 1);
      this.starts[n] = start;
      this.next[n] = this.heads[b];
      this.heads[b] = n++;
    }
  }

  private grow(): void {
    this.starts = grown(this.starts);
    this.next = grown(this.next);
  }

  /**
   * Where `word` stands as a whole word (neither a letter, a digit nor a hyphen before it, neither
   * a letter nor a digit after it), in text order; null when the index cannot answer for it (a word
   * not starting A–Z, or with a character other than a letter, digit or hyphen, whose occurrences
   * might overlap).
   */
  wholeWord(word: string): number[] | null {
    const c = word.charCodeAt(0);
    if (!(c >= 65 && c <= 90)) return null;
    let run = 0;
    while (run < word.length && letterOrDigit(word.charCodeAt(run))) run++;
    for (let k = run; k < word.length; k++) if (word.charCodeAt(k) !== 45 && !letterOrDigit(word.charCodeAt(k))) return null;
    let h = 0;
    for (let k = 0; k < run; k++) h = wordHash(h, word.charCodeAt(k));
    const t = this.text;
    const end = word.length;
    const out: number[] = [];
    for (let k = this.heads[h & (this.heads.length - 1)]; k >= 0; k = this.next[k]) {
      const at = this.starts[k];
      if (t.startsWith(word, at) && (at + end >= t.length || !letterOrDigit(t.charCodeAt(at + end)))) out.push(at);
    }
    return out.reverse();
  }
}

/** Where `word` stands as a whole word, found by searching the text. */
function* wholeWordAt(word: string, text: string): Generator<number> {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    const before = at > 0 ? text[at - 1] : ' ';
    const after = text[at + word.length] ?? ' ';
    if (!/[\p{L}\p{N}-]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) yield at;
  }
}

/**
 * Every occurrence of `word` as a whole word opens a sentence or a line, or sits in a Title-Case
 * line, and none is followed by a verb (a surname opening paragraphs is: "Carson defied …").
 * `words`, the text's CapitalWords, finds the occurrences when many words are asked about.
 */
export function onlyOpensSentences(word: string, text: string, words?: CapitalWords): boolean {
  let seen = 0;
  for (const at of words?.wholeWord(word) ?? wholeWordAt(word, text)) {
    seen++;
    // (the line is split into words only when the answer turns on it)
    if (!opensSentence(text, at)) {
      if (!inTitleCaseLine(text, at)) return false;
      continue;
    }
    const end = text.indexOf('\n', at);
    if (!NOUN_FOLLOWER.test(text.slice(at + word.length, end < 0 ? text.length : Math.min(end, at + word.length + 12))) && !inTitleCaseLine(text, at)) return false;
  }
  return seen > 0;
}
