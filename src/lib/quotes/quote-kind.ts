/**
 * Speech or term. A quoted label — a title ("Fox News Sunday"), a nickname, a so-called phrase, a
 * scare quote — is not anyone's statement and must not reach a speaker's page. These checks look
 * at the words just before the quote and at the quote's own shape; whether a cue governs the quote
 * is decided by attribution.
 */
import type { Token } from './tokens.ts';
import { TERM_INTRODUCERS } from './speech-cues.ts';

const SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'and',
  'or',
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'by',
  'from',
  'is',
  'vs',
  'vs.',
  'de',
  'la',
  'le',
  'as',
  'but',
  'nor',
  'it',
  'my',
  'your',
  'our',
  'up',
  'out',
  'into',
]);
const TITLE_LEFT = new Set([
  'on',
  'of',
  'in',
  'at',
  'from',
  'for',
  'with',
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'your',
  'new',
  'latest',
  'upcoming',
  'annual',
  'and',
  'told',
  'tells',
  'telling',
  'watching',
  'hosting',
  'hosted',
  'starred',
  'starring',
  'episode',
  'edition',
]);

/** Words of the quote (letters only), at most `limit` + 1 of them. */
function words(s: string, limit: number): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length && out.length <= limit; i++) {
    const ch = s[i];
    if (ch === ' ' || ch === '\u00a0' || ch === '\t') {
      if (cur) out.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur && out.length <= limit) out.push(cur);
  return out.map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter((w) => w.length > 0);
}

/** "Fox News Sunday", "Contract with America": every word capitalised but small ones. */
export function isTitleCase(quoteText: string): boolean {
  const ws = words(quoteText, 8);
  if (ws.length === 0 || ws.length > 8) return false;
  let caps = 0;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    const first = w[0];
    const upper = first !== first.toLowerCase() || (first >= '0' && first <= '9');
    if (upper) caps++;
    else if (!(i > 0 && SMALL_WORDS.has(w.toLowerCase()))) return false;
  }
  return caps > 0;
}

export function wordCount(s: string, limit = 50): number {
  return words(s, limit).length;
}

/** The quote starts with a transcript speaker label ("PENCE: Well, …"): returns the label's length. */
export function transcriptLabel(quoteText: string): number {
  let i = 0;
  while (i < quoteText.length && quoteText[i] === ' ') i++;
  const begin = i;
  let letters = 0;
  while (i < quoteText.length && i - begin < 40) {
    const ch = quoteText[i];
    if (ch >= 'A' && ch <= 'Z') letters++;
    else if (ch === ':') break;
    else if (!(ch === ' ' || ch === '.' || ch === '-' || ch === "'" || ch === '’')) return 0;
    i++;
  }
  return quoteText[i] === ':' && letters >= 2 ? i : 0;
}

/** True when the words before the quote make it a label, title or mention rather than speech. */
export function introducedAsTerm(tokens: Token[], qi: number, floor: number): boolean {
  const q = tokens[qi];
  const p1 = qi - 1 >= floor ? tokens[qi - 1] : null;
  if (p1 && p1.kind === 'punct' && p1.text === '=') return true;
  if (p1 && p1.kind === 'punct' && p1.text === '<') return true;
  if (p1 && p1.kind === 'word' && !p1.cap && TERM_INTRODUCERS.has(p1.lower)) return true;
  // "the so-called", "a term called": look one word further past an article
  if (p1 && p1.kind === 'word' && (p1.lower === 'the' || p1.lower === 'a' || p1.lower === 'as')) {
    const p2 = qi - 2 >= floor ? tokens[qi - 2] : null;
    if (p2 && p2.kind === 'word' && (p2.lower === 'so-called' || p2.lower === 'known' || p2.lower === 'billed' || p2.lower === 'titled')) return true;
  }
  if (isTitleCase(q.text)) {
    if (!p1) return false;
    if (p1.kind === 'word' && (p1.lower.endsWith("'s") || p1.lower.endsWith("s'") || TITLE_LEFT.has(p1.lower) || /^\d{4}$/.test(p1.lower))) return true;
    if (p1.kind === 'word' && p1.cap && (qi + 1 >= tokens.length || tokens[qi + 1].kind !== 'word' || !tokens[qi + 1].cap)) {
      // "CNN “State of the Union”" without possessive: a programme after an outlet name
      return false;
    }
    if (p1.kind === 'punct' && (p1.text === ',' || p1.text === '(')) {
      // "…, “Fox and Friends,” said" — only when the title is short and followed by no cue
      return false;
    }
  }
  return false;
}
