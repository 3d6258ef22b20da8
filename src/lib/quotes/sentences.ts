/**
 * Sentences over tokens. Quotations are single tokens, so a quoted passage of several sentences
 * stays inside the sentence that frames it ("“A. B,” he said."); a quote whose words end with a
 * full stop closes its sentence when a new one starts after it ("… later.” He said …"). A line
 * break always ends a sentence. Abbreviations ("Mr.", "Rep.", "U.S.") were kept inside their word
 * tokens, so a period token is a real full stop.
 */
import type { Token } from './tokens.ts';
import { SENTENCE_START_WORDS } from './lexicon.ts';

export interface Sentence {
  /** Token index range [first, last). */
  first: number;
  last: number;
  start: number;
  end: number;
}

function endsWithTerminal(s: string): boolean {
  for (let i = s.length - 1; i >= 0; i--) {
    const ch = s[i];
    if (ch === ' ' || ch === '’' || ch === "'" || ch === ')' || ch === '”' || ch === '"') continue;
    return ch === '.' || ch === '!' || ch === '?' || ch === '…';
  }
  return false;
}

/**
 * Word and punctuation tokens are read by their code units in the text, where their text lies
 * (a punctuation token is one code unit, or a surrogate pair whose first unit matches no mark here):
 * a token's own string comes in many shapes (kinds of string), so reading it was a slow, megamorphic
 * access, and a mark written as a two-byte character is a string compared whole with each constant.
 */
function startsSentence(text: string, t: Token): boolean {
  if (t.kind === 'quote') return true;
  const c = text.charCodeAt(t.start);
  if (t.kind === 'word') return t.cap || (c >= 48 && c <= 57);
  return c === 40 || c === 91 || c === 0x2014 || c === 0x2018; // ( [ — ‘
}

/** "U.S.", "p.m.", "D.C.": letters each followed by a period, kept inside one word token. */
const INITIALISM = /^(?:\p{L}\.){2,}$/u;
/** Abbreviations that can end a sentence (never titles before a name, like "Sen." or "Dr."). */
const FINAL_ABBREVIATIONS = new Set(['ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo', 'inc', 'co', 'corp', 'ltd', 'llc', 'jr', 'sr', 'etc', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec']);

function endsWithPlaceAbbreviation(t: Token): boolean {
  const w = t.lower;
  return w.length > 2 && w.charCodeAt(w.length - 1) === 46 && w.indexOf('.') === w.length - 1 && FINAL_ABBREVIATIONS.has(w.slice(0, -1));
}

/** Token counts after which a sentence is cut (real sentences stay far below). */
const SOFT_LIMIT = 120;
const HARD_LIMIT = 240;

/** A sentence over tokens [first, last). */
function sentence(tokens: Token[], first: number, last: number): Sentence {
  return { first, last, start: tokens[first].start, end: tokens[last - 1].end };
}

/** Ends the sentence that began at `first` before token `last` (none when it would be empty); returns where the next begins. A plain function, not a closure over the loop's state (cheaper per call). */
function cut(out: Sentence[], tokens: Token[], first: number, last: number): number {
  if (last > first) out.push(sentence(tokens, first, last));
  return last;
}

/** ".", "!", "?", "…": a mark that ends a sentence (c: a punctuation token's first code unit). */
function isTerminal(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** ")", "’", "'", "”", '"', ".": closing punctuation after a full stop, read with it (".)"). */
function closesAfterStop(text: string, t: Token): boolean {
  if (t.kind !== 'punct') return false;
  const c = text.charCodeAt(t.start);
  return c === 41 || c === 0x2019 || c === 39 || c === 0x201d || c === 34 || c === 46;
}

/** ",", ";", ":": where a run-on sentence may be cut. */
function isClauseMark(c: number): boolean {
  return c === 44 || c === 59 || c === 58;
}

/** The sentences of `tokens`, read from `text` (their start and end are places in it). */
export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const out: Sentence[] = [];
  const n = tokens.length;
  let first = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    const kind = t.kind;
    if (i > first && t.afterBreak) first = cut(out, tokens, first, i);
    // a run-on "sentence" (a list, a transcript without stops, hostile input) is cut into bounded
    // pieces at a comma, colon or semicolon, so the work per sentence stays constant: time stays linear
    if (i - first >= SOFT_LIMIT && kind === 'punct' && isClauseMark(text.charCodeAt(t.start))) first = cut(out, tokens, first, i + 1);
    else if (i - first >= HARD_LIMIT) first = cut(out, tokens, first, i);
    if (i + 1 >= n) break;
    const next = tokens[i + 1];
    if (kind === 'punct') {
      if (!isTerminal(text.charCodeAt(t.start))) continue;
      // absorb closing punctuation like ".)" before deciding
      let k = i + 1;
      while (k < n && closesAfterStop(text, tokens[k])) k++;
      if (k >= n) break;
      if (tokens[k].afterBreak || startsSentence(text, tokens[k])) {
        first = cut(out, tokens, first, k);
        i = k - 1;
      }
    } else if (kind === 'word') {
      // "… in the U.S. He says …": an initialism ends the sentence when a new one plainly starts after it
      // (likewise a state, month or company abbreviation: "… of Flint, Mich. He said …")
      // (its last character read from the text, as for startsSentence)
      // (the period first: few words end with one, and it needs no look at the next token)
      if (text.charCodeAt(t.end - 1) === 46 && next.kind === 'word' && next.cap && (INITIALISM.test(t.text) || endsWithPlaceAbbreviation(t)) && SENTENCE_START_WORDS.has(next.lower)) first = cut(out, tokens, first, i + 1);
    } else if (!next.afterBreak && (next.kind === 'quote' || (next.kind === 'word' && next.cap)) && endsWithTerminal(t.text)) first = cut(out, tokens, first, i + 1);
  }
  cut(out, tokens, first, n);
  return out;
}
