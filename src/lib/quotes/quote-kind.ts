/**
 * Speech or term. A quoted label — a title ("Fox News Sunday"), a nickname, a so-called phrase, a
 * scare quote — is not anyone's statement and must not reach a speaker's page. These checks look
 * at the words just before the quote and at the quote's own shape; whether a cue governs the quote
 * is decided by attribution.
 */
import type { Token } from './tokens.ts';

import { TITLE_SMALL_WORDS, NOT_A_NAMED_NOUN } from './lexicon.ts';
import { isPossessiveWord } from './possessives.ts';
import { WORK_NOUN, TERM_INTRODUCER, TITLE_LEFT_WORD, WORDING_NOUN, NAMING_VERB } from './word-bits.ts';

/** Whether the code unit at k is a letter or a digit; ASCII is told from its code (no one-character string per test). */
function letterOrDigitAt(s: string, k: number): boolean {
  const c = s.charCodeAt(k);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const ch = s[k];
  return ch.toLowerCase() !== ch.toUpperCase() || /\p{N}/u.test(ch);
}

/** A space, a no-break space or a tab: what separates words here. */
function isGap(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 9;
}

/**
 * Walk the words of s (runs between spaces, trimmed of punctuation at both ends) without
 * allocating; calls visit(start, end) for each and stops after `limit` words or when visit returns false.
 */
function eachWord(s: string, limit: number, visit: (a: number, b: number) => boolean): number {
  let n = 0;
  let i = 0;
  while (i < s.length && n < limit) {
    while (i < s.length && isGap(s.charCodeAt(i))) i++;
    let j = i;
    while (j < s.length && !isGap(s.charCodeAt(j))) j++;
    let a = i;
    let b = j;
    while (a < b && !letterOrDigitAt(s, a)) a++;
    while (b > a && !letterOrDigitAt(s, b - 1)) b--;
    if (b > a) {
      n++;
      if (!visit(a, b)) return n;
    }
    i = j;
  }
  return n;
}

/** "Fox News Sunday", "Contract with America": every word capitalised but small ones. */
export function isTitleCase(quoteText: string): boolean {
  let caps = 0;
  let ok = true;
  let index = 0;
  const n = eachWord(quoteText, 9, (a, b) => {
    const first = quoteText[a];
    const upper = first !== first.toLowerCase() || (first >= '0' && first <= '9');
    if (upper) caps++;
    else if (!(index > 0 && TITLE_SMALL_WORDS.has(quoteText.slice(a, b).toLowerCase()))) ok = false;
    index++;
    return ok;
  });
  return ok && n > 0 && n <= 8 && caps > 0;
}

export function wordCount(s: string, limit = 50): number {
  return eachWord(s, limit, () => true);
}

/** The quote starts with a transcript speaker label ("PENCE: Well, …"): returns the label's length. */
export function transcriptLabel(quoteText: string): number {
  return transcriptLabelIn(quoteText, 0, quoteText.length);
}

/**
 * transcriptLabel of text.slice(start, end), read in place: every quotation is asked, and most
 * have no label, so no copy of its words is made for the question. The label's length, or 0.
 */
export function transcriptLabelIn(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && text.charCodeAt(i) === 32) i++;
  const begin = i;
  let letters = 0;
  while (i < end && i - begin < 40) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) letters++;
    else if (c === 58) break; // ':'
    else if (!(c === 32 || c === 46 || c === 45 || c === 39 || c === 0x2019)) return 0; // space . - ' ’
    i++;
  }
  return i < end && text.charCodeAt(i) === 58 && letters >= 2 ? i - start : 0;
}

/** True when the words before the quote make it a label, title or mention rather than speech. */
export function introducedAsTerm(tokens: Token[], qi: number, floor: number, isPerson: (index: number) => boolean = () => false): boolean {
  const q = tokens[qi];
  const p1 = qi - 1 >= floor ? tokens[qi - 1] : null;
  if (p1 && p1.kind === 'punct' && p1.text === '=') return true;
  if (p1 && p1.kind === 'punct' && p1.text === '<') return true;
  if (p1 && p1.kind === 'word' && !p1.cap && (p1.bits2 & TERM_INTRODUCER) !== 0) return true;
  // a nickname inside a name: Marcia “Cia” Price, John “Tig” Tiegen
  const n1 = tokens[qi + 1];
  if (p1 && n1 && p1.kind === 'word' && p1.cap && n1.kind === 'word' && n1.cap && wordCount(q.text, 3) <= 2 && isTitleCase(q.text)) return true;
  if (p1 && p1.kind === 'word' && !p1.cap && (p1.bits2 & WORK_NOUN) !== 0 && isTitleCase(q.text)) return true;
  // "her memoir, “Tough Choices.”": a work named in apposition
  if (p1 && p1.kind === 'punct' && p1.text === ',' && qi - 2 >= floor) {
    const p2 = tokens[qi - 2];
    if (p2.kind === 'word' && !p2.cap && (p2.bits2 & WORK_NOUN) !== 0 && isTitleCase(q.text)) return true;
  }
  // "the so-called", "a term called": look one word further past an article
  if (p1 && p1.kind === 'word' && (p1.lower === 'the' || p1.lower === 'a' || p1.lower === 'as')) {
    const p2 = qi - 2 >= floor ? tokens[qi - 2] : null;
    if (p2 && p2.kind === 'word' && (p2.lower === 'so-called' || p2.lower === 'known' || p2.lower === 'billed' || p2.lower === 'titled')) return true;
  }
  // a person's "…" is their slogan or words ("Trump’s “Make America Great Again”"); an outlet's "…" is a title
  const possessive = !!p1 && p1.kind === 'word' && isPossessiveWord(p1.lower);
  if (possessive && isPerson(qi - 1)) return false;
  if (p1 && p1.kind === 'word' && (possessive || (p1.bits2 & TITLE_LEFT_WORD) !== 0 || /^\d{4}$/.test(p1.lower)) && isTitleCase(q.text)) {
    return true;
  }
  return false;
}

/**
 * Verbs by which a subject takes a stand on words it uses ("Clinton supports “…”", "Sanders went
 * further, endorsing candidates “…”", "Trump continued to portray “…” immigrants"): a quote they
 * govern is the subject's own wording, not the writer's label.
 */
const STANCE_BASES = [
  'support', 'oppose', 'favor', 'favour', 'back', 'endorse', 'defend', 'praise', 'thank', 'criticize', 'criticise', 'condemn',
  'denounce', 'decry', 'portray', 'describe', 'characterize', 'characterise', 'call', 'deem', 'label', 'brand', 'dismiss',
  'promise', 'pledge', 'vow', 'propose', 'urge', 'demand', 'insist', 'warn', 'accuse', 'blame', 'tout', 'hail', 'herald',
  'embrace', 'reject', 'question', 'mock', 'ridicule', 'coin', 'invoke', 'cite', 'quote', 'identify', 'frame', 'advocate',
  'champion', 'lament', 'complain', 'argue', 'claim', 'suggest', 'say', 'tell', 'write', 'tweet', 'announce', 'declare',
  'invite', 'welcome', 'applaud', 'slam', 'blast', 'attack', 'dispute', 'deny', 'concede', 'boast', 'brag', 'grouse', 'snipe',
];
const IRREGULAR_STANCE = ['said', 'says', 'told', 'tells', 'wrote', 'writes', 'written', 'cast', 'casts', 'casting', 'identified', 'identifies'];
const STANCE_FORMS = new Set<string>(IRREGULAR_STANCE);
for (const b of STANCE_BASES) {
  const stem = b.endsWith('e') ? b.slice(0, -1) : b;
  for (const f of [b, b + 's', stem + 'ed', stem + 'ing', b + 'd', b.endsWith('y') ? b.slice(0, -1) + 'ies' : b]) STANCE_FORMS.add(f);
}

/** How many words after the subject a stance verb may come ("Trump last week invited …"). */
const STANCE_REACH = 10;

/** Verbs of thinking that open a "that" clause whose words are the subject's ("agreed that …"). */
const THINKING = new Set(['believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'agree', 'agrees', 'agreed', 'note', 'notes', 'noted', 'accept', 'accepts', 'accepted', 'determined', 'concluded', 'found', 'expects', 'expected', 'hopes', 'hoped', 'fears', 'feared', 'knows', 'knew', 'admits', 'admitted', 'acknowledged', 'predicted', 'feels', 'felt', 'intimated', 'posted']);

/**
 * The quote at qi sits in the clause of the subject tokens[first..last), governed by a verb of
 * stance among the first words after the subject ("Clinton supports “…”", "Trump continued to
 * portray “…”"), by a participle of stance after a comma ("Sanders went further, endorsing
 * candidates “…”"), or inside a "that" clause of the subject ("… is that “…”", "Hewlett sniped
 * that Fiorina, a novice, was “…”"). Other punctuation between them breaks the link.
 * Returns where the subject really ends (a verb in "-s" can be mistaken for the last word of a
 * noun phrase: "Clinton supports"), or -1 when the quote is not governed so.
 */
const CLAUSE_BREAK_PUNCT = new Set([':', ';', '—', '–', '(', ')', '[', ']', '.', '?', '!']);

/** Longest aside set off by commas after a subject ("Reyes, a former mayor, …", "They, however, …"). */
const ASIDE_REACH = 15;

/** Where the clause goes on after an aside that opens at k ("…, however, argue"), else k itself. */
function pastAside(tokens: Token[], k: number, qi: number): number {
  if (k >= qi || tokens[k].kind !== 'punct' || tokens[k].text !== ',') return k;
  for (let j = k + 1; j < qi && j <= k + ASIDE_REACH; j++) {
    const t = tokens[j];
    if (t.kind === 'punct' && t.text === ',') return j > k + 1 ? j + 1 : k;
    if (t.kind === 'punct' && t.text !== '(' && t.text !== ')' && t.text !== '-' && t.text !== '.') return k;
  }
  return k;
}

export function stanceSubjectEnd(tokens: Token[], first: number, last: number, qi: number): number {
  if (last > qi) return -1;
  let end = last;
  const tail = tokens[last - 1];
  if (last - first >= 2 && tail.kind === 'word' && !tail.cap && tail.lower.endsWith('s') && STANCE_FORMS.has(tail.lower)) end = last - 1;
  const start = pastAside(tokens, end, qi);
  let stance = false;
  let thatClause = false;
  for (let k = start; k < qi; k++) {
    const t = tokens[k];
    // inside a "that" clause, only a break in the sentence ends it (not "$250,000" or an appositive's commas)
    if (thatClause && t.kind === 'punct' && !CLAUSE_BREAK_PUNCT.has(t.text)) continue;
    if (t.kind === 'punct' && t.text === ',') {
      const n = tokens[k + 1];
      // ", endorsing …": a participle clause speaks for the subject
      if (n && n.kind === 'word' && n.lower.endsWith('ing') && STANCE_FORMS.has(n.lower)) {
        stance = true;
        continue;
      }
      return -1;
    }
    if (t.kind !== 'word') return -1;
    if (k - start < STANCE_REACH && !t.cap && STANCE_FORMS.has(t.lower)) stance = true;
    if (t.lower === 'that' && k - start < STANCE_REACH + 2 && k > start && (STANCE_FORMS.has(tokens[k - 1].lower) || THINKING.has(tokens[k - 1].lower) || k === qi - 1)) thatClause = true;
  }
  return stance || thatClause ? end : -1;
}

/** Verbs of using a wording: whoever uses, coins or avoids "the term “…”" is the one saying it. */
const USE_WORDING = new Set([
  'use', 'uses', 'used', 'using', 'coin', 'coins', 'coined', 'coining', 'prefer', 'prefers', 'preferred', 'repeat', 'repeats',
  'repeated', 'repeating', 'invoke', 'invokes', 'invoked', 'invoking', 'say', 'says', 'said', 'saying', 'utter', 'utters',
  'uttered', 'adopt', 'adopts', 'adopted', 'like', 'likes', 'liked', 'avoid', 'avoids', 'avoided', 'avoiding', 'ran', 'run', 'runs',
  'popularized', 'introduced', 'embraced', 'embrace',
]);

/** "X has used the term “…”", "Y coined a new phrase, “…”": the quote is the wording of whoever uses it. */
export function wordingInUse(tokens: Token[], qi: number, floor: number): boolean {
  let k = qi - 1;
  if (k >= floor && tokens[k].kind === 'punct' && tokens[k].text === ',') k--;
  if (k < floor || tokens[k].kind !== 'word' || (tokens[k].bits2 & WORDING_NOUN) === 0) return false;
  // the verb, at most three words (articles, adjectives: "the charged", "a new") before the noun
  for (let j = k - 1; j >= floor && j >= k - 4; j--) {
    const t = tokens[j];
    if (t.kind !== 'word') return false;
    if (USE_WORDING.has(t.lower)) return true;
  }
  return false;
}

/** "a show called “Brokers”", "an account named “Hypo”": a common noun's name is a title, whatever verb precedes it. */
export function nameOfNoun(tokens: Token[], qi: number, floor: number): boolean {
  if (qi - 2 < floor) return false;
  const v = tokens[qi - 1];
  const n = tokens[qi - 2];
  if (v.kind !== 'word' || (v.bits2 & NAMING_VERB) === 0 || n.kind !== 'word' || n.cap) return false;
  if (NOT_A_NAMED_NOUN.has(n.lower) || n.lower.endsWith('ly') || n.lower.endsWith("'s")) return false;
  return isTitleCase(tokens[qi].text);
}
