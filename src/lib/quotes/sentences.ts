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

function startsSentence(t: Token): boolean {
  if (t.kind === 'quote') return true;
  if (t.kind === 'word') return t.cap || (t.text.charCodeAt(0) >= 48 && t.text.charCodeAt(0) <= 57);
  return t.text === '(' || t.text === '[' || t.text === '—' || t.text === '‘';
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

export function splitSentences(tokens: Token[]): Sentence[] {
  const out: Sentence[] = [];
  let first = 0;
  const push = (last: number) => {
    if (last > first) out.push({ first, last, start: tokens[first].start, end: tokens[last - 1].end });
    first = last;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (i > first && t.afterBreak) {
      push(i);
    }
    // a run-on "sentence" (a list, a transcript without stops, hostile input) is cut into bounded
    // pieces at a comma, colon or semicolon, so the work per sentence stays constant: time stays linear
    if (i - first >= SOFT_LIMIT && t.kind === 'punct' && (t.text === ',' || t.text === ';' || t.text === ':')) push(i + 1);
    else if (i - first >= HARD_LIMIT) push(i);
    const next = i + 1 < tokens.length ? tokens[i + 1] : null;
    if (!next) break;
    if (t.kind === 'punct' && (t.text === '.' || t.text === '!' || t.text === '?' || t.text === '…')) {
      // absorb closing punctuation like ".)" before deciding
      let k = i + 1;
      while (
        k < tokens.length &&
        tokens[k].kind === 'punct' &&
        (tokens[k].text === ')' ||
          tokens[k].text === '’' ||
          tokens[k].text === "'" ||
          tokens[k].text === '”' ||
          tokens[k].text === '"' ||
          tokens[k].text === '.')
      )
        k++;
      if (k >= tokens.length) break;
      if (tokens[k].afterBreak || startsSentence(tokens[k])) {
        push(k);
        i = k - 1;
      }
      continue;
    }
    // "… in the U.S. He says …": an initialism ends the sentence when a new one plainly starts after it
    // (likewise a state, month or company abbreviation: "… of Flint, Mich. He said …")
    // (both end in a period: most words are passed over on their last character)
    if (t.kind === 'word' && t.text.charCodeAt(t.text.length - 1) === 46 && (INITIALISM.test(t.text) || endsWithPlaceAbbreviation(t)) && next.kind === 'word' && next.cap && SENTENCE_START_WORDS.has(next.lower)) {
      push(i + 1);
      continue;
    }
    if (t.kind === 'quote' && endsWithTerminal(t.text) && !next.afterBreak) {
      if (next.kind === 'quote' || (next.kind === 'word' && next.cap)) {
        push(i + 1);
      }
    }
  }
  push(tokens.length);
  return out;
}
