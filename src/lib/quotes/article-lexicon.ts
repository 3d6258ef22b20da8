/**
 * What one article's words say about the words the speaker-name pass asks about: whether the text
 * writes a word in lower case (a common word, not a name), after "the" ("the Times": an outlet),
 * after an honorific ("Mr. Obama": a man), and where its capitals stand.
 *
 * A word is a run of [\p{L}’'-] (the words of `text.split(/[^\p{L}’'-]+/u)`). Most articles ask
 * about ten questions, so each is answered by searching the text for the word; a text that asks
 * many (the train articles read as one text ask thousands) is indexed once, in one scan, and
 * answered from the index. Both give the same answers (tested).
 */
import { codeAt, nonWordCharLength, wordCharLength, wordHash, WordTable } from './article-words.ts';
import { capitalStarts, runOpenings } from './capital-runs.ts';

/** Questions answered by searching before the text is indexed: about what one index scan costs. */
const SEARCHES_BEFORE_INDEX = 24;

export type HonorificGender = 'm' | 'f' | null;

/** The whole text's words, read in one scan (the answers for a text that asks many questions). */
interface LexiconIndex {
  /** The words written all in lower case (a table over the text's characters, not a Set of strings). */
  lower: WordTable;
  /** Capitalised words written right after the word "the". */
  afterThe: Set<string>;
  /** The gender an honorific gives a capitalised word ("Mr. Obama" → m); null where the text uses both. */
  honorific: Map<string, HonorificGender>;
}

export interface CleanName {
  name: string;
  /** Title words taken off the front of the name ("RNC Chairman"), or null. */
  title: string | null;
  /** Set when words taken for an organisation's name turn out to be a person with a title. */
  person?: boolean;
  /** Set when a word taken for a person's name is short for the name of a body. */
  organization?: boolean;
}

export class ArticleLexicon {
  readonly text: string;
  /** cleanName's answers for this article, by type and name (the same words are asked about as a speaker, a source and a run). */
  readonly cleaned = { person: new Map<string, CleanName | null>(), organization: new Map<string, CleanName | null>() };
  private readonly searchesBeforeIndex: number;
  private asked = 0;
  private index: LexiconIndex | null = null;
  private capitalsFound: Int32Array | null = null;
  private openingsFound: number[] | null = null;
  /** The answers given so far, by word. */
  private readonly lower = new Map<string, boolean>();
  private readonly lowerOrPlural = new Map<string, boolean>();
  private readonly honorifics = new Map<string, HonorificGender | undefined>();

  /** `searchesBeforeIndex`: how many questions are answered by a search before the text is indexed. */
  constructor(text: string, searchesBeforeIndex = SEARCHES_BEFORE_INDEX) {
    this.text = text;
    this.searchesBeforeIndex = searchesBeforeIndex;
  }

  /** Where the text's capital letters stand (read once, when a name scan first needs them). */
  get capitals(): Int32Array {
    return (this.capitalsFound ??= capitalStarts(this.text));
  }

  /** The capitals where a run of capitalised words may open (runOpenings: both name scans read them). */
  get runOpenings(): readonly number[] {
    return (this.openingsFound ??= runOpenings(this.text));
  }

  /** Whether the text writes `word`, or `word` + "s", as a whole word all in lower case. */
  writesInLowerCase(word: string, orPlural: boolean): boolean {
    // (a word is asked again by other names that hold it: each answer is a search of the whole text)
    const memo = orPlural ? this.lowerOrPlural : this.lower;
    let out = memo.get(word);
    if (out === undefined) memo.set(word, (out = this.readLowerCase(word, orPlural)));
    return out;
  }

  private readLowerCase(word: string, orPlural: boolean): boolean {
    if (!isLowerCaseWord(word)) return false;
    const index = this.indexed();
    if (index) return index.lower.has(word) || (orPlural && index.lower.has(word + 's'));
    return wordAt(this.text, word, 0, orPlural) >= 0;
  }

  /** Whether the text writes the capitalised word `word` right after the word "the". */
  writesAfterThe(word: string): boolean {
    if (!isCapitalisedWord(word)) return false;
    const index = this.indexed();
    if (index) return index.afterThe.has(word);
    for (let at = wordAt(this.text, word, 0, false); at >= 0; at = wordAt(this.text, word, at + 1, false)) {
      if (previousWordIs(this.text, at, 'the')) return true;
    }
    return false;
  }

  /** The gender an honorific before `word` gives it ("Mr. Obama" → m), null where the text uses both, undefined where none. */
  honorificGender(word: string): HonorificGender | undefined {
    if (this.honorifics.has(word)) return this.honorifics.get(word);
    const out = this.readHonorific(word);
    this.honorifics.set(word, out);
    return out;
  }

  private readHonorific(word: string): HonorificGender | undefined {
    if (!isCapitalisedWord(word)) return undefined;
    const index = this.indexed();
    if (index) return index.honorific.get(word);
    let out: HonorificGender | undefined;
    for (let at = wordAt(this.text, word, 0, false); at >= 0; at = wordAt(this.text, word, at + 1, false)) {
      const g = honorificBefore(this.text, at);
      if (g !== null) out = out === undefined || out === g ? g : null;
    }
    return out;
  }

  /** The index, once the text has asked enough questions for a scan to cost less than more searches. */
  private indexed(): LexiconIndex | null {
    if (this.index) return this.index;
    if (++this.asked <= this.searchesBeforeIndex) return null;
    return (this.index = indexWords(this.text));
  }
}

/** The per-article facts of `text` (its words are read only as questions need them). */
export function articleLexicon(text: string): ArticleLexicon {
  return new ArticleLexicon(text);
}

/** Whether `word` is one whole word by itself: word characters only, nothing else. */
function isWord(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; ) {
    const n = wordCharLength(word, i);
    if (n === 0) return false;
    i += n;
  }
  return true;
}

function isLowerCaseWord(word: string): boolean {
  return isWord(word) && word.toLowerCase() === word;
}

/** A word the index keeps after "the" or an honorific: not all lower case, not opening with a hyphen or an apostrophe. */
function isCapitalisedWord(word: string): boolean {
  if (!isWord(word) || word.toLowerCase() === word) return false;
  const c = word.charCodeAt(0);
  return c !== 45 && c !== 39 && c !== 8217;
}

/** Whether a word character ends right before `at` (a letter outside the BMP is two code units). */
function wordCharBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const c = text.charCodeAt(at - 1);
  if (c >= 0xdc00 && c <= 0xdfff && at >= 2) {
    const h = text.charCodeAt(at - 2);
    if (h >= 0xd800 && h <= 0xdbff) return wordCharLength(text, at - 2) === 2;
  }
  return wordCharLength(text, at - 1) > 0;
}

/** The first place from `from` where `word` (or, with orPlural, `word` + "s") stands as a whole word; -1 when none. */
function wordAt(text: string, word: string, from: number, orPlural: boolean): number {
  for (let at = indexOfRare(text, word, from); at >= 0; at = indexOfRare(text, word, wordRunEnd(text, at))) {
    if (wordCharBefore(text, at)) continue;
    const end = at + word.length;
    if (wordCharLength(text, end) === 0) return at;
    if (orPlural && text.charCodeAt(end) === 115 && wordCharLength(text, end + 1) === 0) return at;
  }
  return -1;
}

/**
 * Where the next search after a place `at` that was no whole word starts: past the word characters
 * from `at` on, since each place among them has a word character before it. (Searching again from
 * at + 1 made a long word inside a longer run of its letters cost the run's length times the
 * word's.)
 */
function wordRunEnd(text: string, at: number): number {
  let e = at;
  for (let k = wordCharLength(text, e); k > 0; k = wordCharLength(text, e)) e += k;
  return e > at ? e : at + 1;
}

/**
 * `text.indexOf(word, from)`, the search opening at the word's least common letter: a search goes
 * from one place its first character stands to the next, and a lower-case word's first letter
 * ("t", "s", "c") stands every dozen characters where its rarest ("p", "k") stands every fifty.
 */
export function indexOfRare(text: string, word: string, from: number): number {
  let r = 0;
  let rank = letterRank(word.charCodeAt(0));
  // (only among the first letters: the letters before the rare one are compared at each place it
  // stands, which must cost a bounded amount, whatever the word's length)
  const within = Math.min(word.length, RARE_LETTER_WITHIN);
  for (let i = 1; i < within; i++) {
    const k = letterRank(word.charCodeAt(i));
    if (k > rank) {
      rank = k;
      r = i;
    }
  }
  if (r === 0) return text.indexOf(word, from);
  // (each place the rest of the word from that letter stands, in order, is tried for the letters before it)
  const head = word.slice(0, r);
  const tail = word.slice(r);
  for (let at = text.indexOf(tail, from + r); at >= 0; at = text.indexOf(tail, at + 1)) {
    if (text.startsWith(head, at - r)) return at - r;
  }
  return -1;
}

/** How far into a word indexOfRare looks for its least common letter. */
const RARE_LETTER_WITHIN = 16;

/** How rare a character is in English text: a–z from the most common (0) up; any other character rarer still (a capital, an accent). */
function letterRank(c: number): number {
  return c >= 97 && c <= 122 ? LETTER_RANKS[c - 97] : 26;
}

/** "etaoinshrdlcumwfgypbvkjxqz": each letter's place in that order, by letter. */
const LETTER_RANKS = (() => {
  const ranks = new Array<number>(26);
  const order = 'etaoinshrdlcumwfgypbvkjxqz';
  for (let i = 0; i < order.length; i++) ranks[order.charCodeAt(i) - 97] = i;
  return ranks;
})();

/** Where the word before the word at `at` ends (the non-word characters between skipped), or -1 when none comes before. */
function previousWordEnd(text: string, at: number): number {
  let j = at;
  while (j > 0) {
    const c = text.charCodeAt(j - 1);
    const pair = c >= 0xdc00 && c <= 0xdfff && j >= 2 && text.charCodeAt(j - 2) >= 0xd800 && text.charCodeAt(j - 2) <= 0xdbff;
    if (wordCharLength(text, pair ? j - 2 : j - 1) > 0) return j;
    j -= pair ? 2 : 1;
  }
  return -1;
}

/** Whether the word before the word at `at` is exactly `word`. */
function previousWordIs(text: string, at: number, word: string): boolean {
  const end = previousWordEnd(text, at);
  const start = end - word.length;
  return start >= 0 && text.startsWith(word, start) && !wordCharBefore(text, start);
}

/** The gender of an honorific right before the word at `at` ("Mr" m; "Mrs", "Ms", "Miss" f), or null. */
function honorificBefore(text: string, at: number): HonorificGender {
  if (previousWordIs(text, at, 'Mr')) return 'm';
  return previousWordIs(text, at, 'Mrs') || previousWordIs(text, at, 'Ms') || previousWordIs(text, at, 'Miss') ? 'f' : null;
}

/** One scan of the text's words for every later question (see LexiconIndex). */
function indexWords(text: string): LexiconIndex {
  const afterThe = new Set<string>();
  const honorific = new Map<string, HonorificGender>();
  const lower = new WordTable(text);
  let prevStart = 0;
  let prevEnd = 0;
  for (let i = 0; i < text.length; ) {
    const a = i;
    let ascii = true;
    let upper = false;
    let h = 0;
    for (;;) {
      const c = codeAt(text, i); // (-1 past the end, never NaN: see codeAt)
      if (c < 128) {
        if (c >= 65 && c <= 90) upper = true;
        else if (!((c >= 97 && c <= 122) || c === 39 || c === 45)) break;
        h = wordHash(h, c);
        i++;
        continue;
      }
      const n = wordCharLength(text, i);
      if (n === 0) break;
      ascii = false;
      h = wordHash(h, c);
      if (n === 2) h = wordHash(h, text.charCodeAt(i + 1));
      i += n;
    }
    if (i === a) {
      i += nonWordCharLength(text, i);
      continue;
    }
    const c = text.charCodeAt(a);
    if (ascii ? !upper : text.slice(a, i).toLowerCase() === text.slice(a, i)) {
      lower.addNew(a, i, h);
    } else if (c !== 45 && c !== 39 && c !== 8217) {
      // only after "the" or an honorific does a capitalised word cost a string
      const p0 = text.charCodeAt(prevStart);
      const prev = prevEnd - prevStart <= 4 && (p0 === 116 || p0 === 77) ? text.slice(prevStart, prevEnd) : '';
      if (prev === 'the') afterThe.add(text.slice(a, i));
      else if (prev === 'Mr' || prev === 'Mrs' || prev === 'Ms' || prev === 'Miss') {
        const w = text.slice(a, i);
        const g = prev === 'Mr' ? 'm' : 'f';
        const had = honorific.get(w);
        honorific.set(w, had === undefined || had === g ? g : null);
      }
    }
    prevStart = a;
    prevEnd = i;
  }
  return { lower, afterThe, honorific };
}
