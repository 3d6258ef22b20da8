/**
 * "“Why now?” she asked.": a quotation that closes its sentence with no cue of its own takes the
 * cue that opens the next sentence, when that sentence reads as the quote's citation (short, or
 * its verb closes its clause, takes no object, or only a question or exclamation runs into it)
 * and not as a new statement of its own ("“…” Cruz says he isn’t familiar with it.").
 */
import type { Token } from './tokens.ts';
import type { CuePair } from './cues.ts';
import { cueForQuote, speakerStretch, widenTo, type CueChoice } from './attribution.ts';
import { pairsOf, type PieceReading } from './reading-state.ts';
import type { SentenceFrame } from './sentence-frame.ts';
import { ADVERBIAL_AFTER_CUE, REPORTED_CLAUSE_OPENERS } from './lexicon.ts';

/** The cue sentence opens with the cue's lead, allowing a capitalised word or two before it ("US Senator Jeff Sessions said"). */
function opensCueSentence(tokens: Token[], first: number, lead: number): boolean {
  if (lead === first) return true;
  if (lead - first > 2) return false;
  for (let k = first; k < lead; k++) if (tokens[k].kind !== 'word' || !tokens[k].cap) return false;
  return true;
}

/** The next sentence's cue pair that opens it, if any. */
function openingPair(tokens: Token[], first: number, np: readonly CuePair[]): CuePair | undefined {
  const p = np.find((x) => x.subject && x.form !== 'participle' && opensCueSentence(tokens, first, x.form === 'inverted' ? x.cueFirst : x.subject.first));
  if (p) return p;
  // "Scott's niece, state Del. Marcia “Cia” Price, shouted …": the whole stretch before the verb names the speaker
  const w = np.find((x) => x.subject && x.form !== 'participle' && x.form !== 'inverted');
  if (w && w.subject && speakerStretch(tokens, first, w.subject.first)) return { ...w, subject: widenTo(tokens, w.subject, first) };
  return undefined;
}

/** The cue the next sentence gives the quote at qi (the last token of its sentence), or null; marks that sentence's cue as used. */
export function cueInNextSentence(r: PieceReading, f: SentenceFrame, qi: number): CueChoice | null {
  const tokens = r.tokens;
  const next = r.sentences[f.index + 1];
  const np = pairsOf(r, f.index + 1).filter((x) => x.limit !== 'weak');
  const p = openingPair(tokens, next.first, np);
  if (!p) return null;
  // quotations of the cue sentence past its cue (a nickname inside the speaker's name does not count)
  let nextFirstQuote = -1;
  for (let k = p.cueLast; k < next.last; k++)
    if (tokens[k].kind === 'quote') {
      nextFirstQuote = k;
      break;
    }
  const nextHasQuote = nextFirstQuote >= 0;
  // a short cue sentence, or one whose verb closes its clause ("LeVell declared, a 60-year-old …")
  const closesClause = p.cueLast < next.last && tokens[p.cueLast].kind === 'punct' && p.cueLast - next.first <= 8;
  // "“Is it two? Three?” Clinton asks as …": a question or exclamation closing the quote runs on into its cue
  const qEnd = tokens[qi].text.trimEnd().slice(-1);
  const runsOn = qEnd === '?' || qEnd === '!';
  // "… Clinton asks as a janitor walks in": the verb takes no object or clause of its own
  const intransitive = p.cueLast < next.last && p.cueLast - next.first <= 12 && tokens[p.cueLast].kind === 'word' && ADVERBIAL_AFTER_CUE.has(tokens[p.cueLast].lower);
  // a later quotation of the cue sentence is not the one its verb introduces
  // never across a line break: a new line is a new paragraph with its own subject
  const sameLine = !tokens[next.first].afterBreak;
  const quoteFree = !nextHasQuote || nextFirstQuote > p.cueLast + 3;
  // or one that ends right after its cue ("…, shouted to the crowd.")
  const shortTail = next.last - (p.form === 'inverted' && p.subject ? p.subject.last : p.cueLast) <= 5;
  // "“…” Cruz says he isn’t familiar with it.": a verb opening its own reported clause cites that, not the quote
  const ownClause = p.cueLast < next.last && tokens[p.cueLast].kind === 'word' && REPORTED_CLAUSE_OPENERS.has(tokens[p.cueLast].lower);
  if (!sameLine || ownClause || !(runsOn || (quoteFree && (next.last - next.first <= 14 || closesClause || intransitive || shortTail)))) return null;
  r.usedNextSentenceCue = f.index + 1;
  // "“…?” X said, according to the Sun.": the outlet the cue sentence relays through is the source, as in one sentence
  const via = cueForQuote(tokens, next, np, qi, null);
  if (via && via.relayed && via.relayed.cueFirst === p.cueFirst) return { pair: via.pair, via: 'after', relayed: p };
  return { pair: p, via: 'after' };
}
