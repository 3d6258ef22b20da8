/**
 * Words and punctuation of the text outside quotations, with each quotation collapsed into one
 * token. Attribution reads the "frame" around quotes ("…,” he said."), never the quoted words, so
 * a quotation full of names or verbs cannot be mistaken for its own attribution. A hand-written
 * scanner (no regular expressions over the text) keeps this linear and fast.
 */
import type { QuotationSpan } from './quotation-spans.ts';
import { WordSet } from './word-set.ts';
import { listEntryOf, entryTrigger, entryWord, entryWordBits, entryWordBits2 } from './word-bit-table.ts';

export type TokenKind = 'word' | 'punct' | 'quote';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** The token as written (for a quote token: the quoted words without marks). */
  text: string;
  /** Lower-cased, apostrophes normalised to ' and diacritics kept. */
  lower: string;
  /** First letter is upper case. */
  cap: boolean;
  /** A line break comes between this token and the previous one. */
  afterBreak: boolean;
  /** For quote tokens, the index into the quotation span list. */
  quote: number;
  /** The word lists the word is in (word-bits.ts), looked up once here for every pass; 0 for punctuation and quotations. */
  bits: number;
  /** A cue trigger's place in CUE_TRIGGERS.words plus one (cues.ts findCuePairs); 0 for any other token. */
  trigger: number;
  /** The word lists of the second field (word-bits.ts) the word is in; 0 for punctuation and quotations. */
  bits2: number;
}

/** Abbreviations whose period does not end a sentence (asked about the word before every full stop: a WordSet). */
export const ABBREVIATIONS = new WordSet([
  'mr',
  'mrs',
  'ms',
  'dr',
  'rep',
  'reps',
  'sen',
  'sens',
  'gov',
  'gen',
  'lt',
  'col',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'maj',
  'st',
  'jr',
  'sr',
  'rev',
  'prof',
  'hon',
  'pres',
  'atty',
  'supt',
  'insp',
  'amb',
  'sec',
  'messrs',
  'mme',
  'mlle',
  'inc',
  'co',
  'corp',
  'ltd',
  'llc',
  'bros',
  'dept',
  'univ',
  'assn',
  'vs',
  'no',
  'nos',
  'vol',
  'p',
  'pp',
  'ft',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'ala',
  'ariz',
  'ark',
  'calif',
  'colo',
  'conn',
  'del',
  'fla',
  'ga',
  'ill',
  'ind',
  'kan',
  'kans',
  'ky',
  'la',
  'md',
  'mass',
  'mich',
  'minn',
  'miss',
  'mo',
  'mont',
  'neb',
  'nev',
  'okla',
  'ore',
  'pa',
  'tenn',
  'tex',
  'va',
  'vt',
  'wash',
  'wis',
  'wyo',
  'e.g',
  'i.e',
  'etc',
  'approx',
  'est',
  'a.m',
  'p.m',
  'u.s',
  'u.k',
  'u.n',
  'd.c',
  'ph.d',
]);

// (the character tests are consts, not function declarations: TurboFan inlines a module's mutable
// binding only behind a load and compare of it on every call, once per character here)
const isWordCode = (c: number): boolean => {
  if (c < 128) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  }
  if (c === 0x2019 || c === 0x2018 || c === 0x201c || c === 0x201d || c === 0x2014 || c === 0x2013 || c === 0xa0 || c === 0x2026) return false;
  if (c >= 0x2000 && c <= 0x206f) return false;
  // memoised per code unit: 1 = word character, 2 = not
  let k = LETTER_CACHE[c];
  if (k === 0) {
    k = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
    LETTER_CACHE[c] = k;
  }
  return k === 1;
};
const LETTER = /[\p{L}\p{N}\p{M}]/u;
// (string methods called through String.prototype on this hot path: decision 0020)
const toLowerCase = String.prototype.toLowerCase;
const lastIndexOf = String.prototype.lastIndexOf;
const indexOf = String.prototype.indexOf;
const LETTER_CACHE = new Uint8Array(65536);

const isUpperStart = (s: string): boolean => {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = s[0];
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
};

const isSpace = (c: number): boolean => {
  // (a word or a mark, the common case, is told in two comparisons)
  if (c > 32 && c < 0xa0) return false;
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0xfeff || c === 0x200b;
};

/** Tokenise [from, to) of `text`; quotation spans (sorted) become single tokens. */
export function tokenize(text: string, spans: QuotationSpan[], from = 0, to = text.length, firstSpan = 0): Token[] {
  const tokens: Token[] = [];
  let q = firstSpan;
  while (q < spans.length && spans[q].open < from) q++;
  // where the next quotation opens (-1 when none is left): one comparison per character
  let nextOpen = q < spans.length ? spans[q].open : -1;
  // where a word must stop: the range's end or the next opening mark, whichever comes first (one
  // comparison per character of a word instead of two); an opening behind us is never reached
  let stop = nextOpen >= from && nextOpen < to ? nextOpen : to;
  let i = from;
  let sawBreak = false;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (c === 10) sawBreak = true;
      i++;
      continue;
    }
    if (i === nextOpen) {
      const sp = spans[q];
      const inner = text.slice(sp.start, sp.end);
      tokens.push({ kind: 'quote', start: i, end: sp.outerEnd, text: inner, lower: '', cap: false, afterBreak: sawBreak, quote: q, bits: 0, trigger: 0, bits2: 0 });
      sawBreak = false;
      i = sp.outerEnd;
      q++;
      nextOpen = q < spans.length ? spans[q].open : -1;
      stop = nextOpen >= i && nextOpen < to ? nextOpen : to;
      continue;
    }
    if (isWordCode(c)) {
      // plain: only lower-case ASCII letters, digits and ASCII marks, so the word is its own lower
      // case (no string to allocate); learnt while scanning instead of in a second pass
      let plain = c < 65 || (c > 90 && c < 128);
      // a curly apostrophe inside the word (the only way one gets in), to write as ' in its lower case
      let curly = false;
      // the character that ended the word (-1 at the stop): the abbreviation check below needs it
      let after = -1;
      // an inner hyphen or period (U.S.): the abbreviation check asks of these, and a word without
      // them needs no search (its lower case has none either)
      let dashed = false;
      let dotted = false;
      let j = i + 1;
      // (an opening mark is no word character, digit or inner mark, so no step of two can jump over
      // one: stopping at or past `stop` is stopping at it)
      for (;;) {
        if (j >= stop) break;
        const d = text.charCodeAt(j);
        if (d >= 97 && d <= 122) {
          j++;
          continue;
        }
        if (isWordCode(d)) {
          if (d >= 128 || (d >= 65 && d <= 90)) plain = false;
          j++;
          continue;
        }
        // inner apostrophe, hyphen, period between letters (U.S.), ampersand in AT&T
        // a thousands separator inside a number ("2,000")
        if (d === 44 && j + 1 < to && text.charCodeAt(j - 1) >= 48 && text.charCodeAt(j - 1) <= 57 && text.charCodeAt(j + 1) >= 48 && text.charCodeAt(j + 1) <= 57) {
          j += 2;
          continue;
        }
        if ((d === 39 || d === 0x2019 || d === 45 || d === 38 || d === 46 || d === 47) && j + 1 < to && isWordCode(text.charCodeAt(j + 1))) {
          if (d === 0x2019) {
            plain = false;
            curly = true;
          } else if (d === 45) dashed = true;
          else if (d === 46) dotted = true;
          const e = text.charCodeAt(j + 1);
          if (e >= 128 || (e >= 65 && e <= 90)) plain = false;
          j += 2;
          continue;
        }
        after = d;
        break;
      }
      // trailing period of an abbreviation or an initial stays with the word
      let word = text.slice(i, j);
      // (the word's lower case when the check made it and the word kept its length: not made twice)
      let low = '';
      if (after === 46 || (after < 0 && j < to && text.charCodeAt(j) === 46)) {
        low = plain ? word : toLowerCase.call(word);
        const dash = dashed ? lastIndexOf.call(low, '-') : -1;
        const tail = dash >= 0 ? low.slice(dash + 1) : low;
        if (ABBREVIATIONS.has(low) || (tail !== low && ABBREVIATIONS.has(tail)) || (word.length === 1 && isUpperStart(word)) || (dotted && indexOf.call(low, '.') > 0)) {
          j++;
          word = text.slice(i, j);
          low = '';
        }
      }
      let lower = word;
      if (!plain) {
        lower = low !== '' ? low : toLowerCase.call(word);
        if (curly) lower = lower.replace(/’/g, "'");
      }
      // (the first character is c: an ASCII one needs no look at the string)
      const cap = c < 128 ? c >= 65 && c <= 90 : isUpperStart(word);
      const entry = listEntryOf(lower);
      if (entry < 0) tokens.push({ kind: 'word', start: i, end: j, text: word, lower, cap, afterBreak: sawBreak, quote: -1, bits: 0, trigger: 0, bits2: 0 });
      else tokens.push({ kind: 'word', start: i, end: j, text: word, lower: entryWord(entry), cap, afterBreak: sawBreak, quote: -1, bits: entryWordBits(entry, cap), trigger: entryTrigger(entry), bits2: entryWordBits2(entry) });
      sawBreak = false;
      // (a space after the word, the common case, is passed here: the loop would read it again)
      i = after === 32 ? j + 1 : j;
      continue;
    }
    // punctuation: one character (a surrogate pair stays whole)
    const len = c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
    const p = len === 1 ? text[i] : text.slice(i, i + len);
    tokens.push({ kind: 'punct', start: i, end: i + len, text: p, lower: p, cap: false, afterBreak: sawBreak, quote: -1, bits: 0, trigger: 0, bits2: 0 });
    sawBreak = false;
    i += len;
  }
  return tokens;
}
