/**
 * Attribution: for each quotation, the cue that cites it and the mention it hangs on. Order of
 * preference, from the most to the least direct evidence:
 *   1. a transcript label inside the quote ("PENCE: …");
 *   2. a cue right after the quote ("“…,” he said", "“…,” said Caddell", also across a full stop:
 *      "“Why?” she asked.");
 *   3. a cue before it in the sentence: the one right before ("X said that “…”"), else the
 *      sentence's first citation, because a quote inside reported speech belongs to the main
 *      speaker ("The minister noted that NATO, which had promised …, “still remains …”");
 *   4. a later cue set off by a comma ("… “more equipped” …, the defense minister said.");
 *   5. no cue: a quote continuing the previous speaker (the rest of a split quote, or a paragraph
 *      that carries on the previous paragraph's quotation); otherwise a short quote is a term.
 */
import type { Token } from './tokens.ts';
import type { Sentence } from './sentences.ts';
import type { CuePair } from './cues.ts';
import type { Phrase } from './noun-phrases.ts';
import { introducedAsTerm, wordCount } from './quote-kind.ts';

function onlyCommasBetween(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = tokens[k];
    if (!(t.kind === 'punct' && (t.text === ',' || t.text === '—' || t.text === '–'))) return false;
  }
  return true;
}

/** The pair whose cue sits right after the quote at qi. */
export function pairRightAfter(tokens: Token[], pairs: CuePair[], qi: number): CuePair | null {
  for (const p of pairs) {
    if (p.participle || !p.subject) continue;
    const lead = p.inverted ? p.cueFirst : p.subject.first;
    if (lead > qi && lead <= qi + 2 && onlyCommasBetween(tokens, qi + 1, lead)) {
      // the quote must end its clause: "“…,” he said" / "“…?” she asked" / "“…” — he said."; not "“unhinged” a Trump tweet"
      const q = tokens[qi].text;
      const last = q.length ? q[q.length - 1] : '';
      const punctuated = lead > qi + 1 || ',.!?…—–-:;'.includes(last);
      const endsSentence = (p.inverted ? p.subject.last : p.cueLast) >= tokens.length || tokens[p.inverted ? p.subject.last : p.cueLast]?.kind !== 'word';
      if (punctuated || endsSentence) return p;
    }
  }
  return null;
}

const LINKS_BEFORE_QUOTE = new Set(['that', 'as', ':', ',', 'of', 'to', 'was', 'is', 'it', 'them', 'him', 'her', 'was', 'were', 'are']);

const RELATIVES = new Set(['who', 'which', 'that']);
const CLAUSE_BREAKS = new Set(['while', 'whereas', 'yet']);

function commaBetween(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (tokens[k].kind === 'punct' && tokens[k].text === ',') return true;
  return false;
}

/** ", he said," set off by commas inside the sentence: it governs what follows. */
function parenthetical(tokens: Token[], p: CuePair): boolean {
  if (!p.subject || p.inverted) return false;
  const b = tokens[p.subject.first - 1];
  const a = tokens[p.cueLast];
  return !!b && !!a && b.kind === 'punct' && b.text === ',' && a.kind === 'punct' && a.text === ',' && p.subject.last - p.subject.first <= 3;
}

/** The pair's subject opens a new coordinated main clause ("…, while Trump said …"). */
function startsClause(tokens: Token[], p: CuePair): boolean {
  if (!p.subject || p.inverted) return false;
  const b = tokens[p.subject.first - 1];
  if (!b) return false;
  if (b.kind === 'punct') return b.text === ';';
  if (b.lower === 'and' || b.lower === 'but') {
    // "…, and Trump said" / "a woman asked for a photo and Clinton said"; not "shootings and protests demands"
    const c = tokens[p.subject.first - 2];
    const head = tokens[p.subject.first];
    const digit = head.lower.charCodeAt(0) >= 48 && head.lower.charCodeAt(0) <= 57;
    return (!!c && c.kind === 'punct' && c.text === ',') || head.cap || digit || head.lower === 'he' || head.lower === 'she' || head.lower === 'they';
  }
  return CLAUSE_BREAKS.has(b.lower);
}
const SUBORDINATORS = new Set(['asked', 'if', 'when', 'while', 'although', 'though', 'after', 'before', 'as', 'because', 'since', 'unless', 'until', 'whether', 'once', 'despite', 'responding', 'speaking', 'pressed', 'questioned', 'told', 'given', 'in', 'on', 'during', 'following', 'amid']);

const SUBORDINATE_WORDS = new Set(['after', 'when', 'while', 'if', 'as', 'because', 'since', 'although', 'though', 'before', 'until', 'once', 'whether', 'unless', 'whenever']);

/** The pair's subject follows a subordinating word ("after the interview concluded"). */
function inSubordinate(tokens: Token[], p: CuePair): boolean {
  if (!p.subject || p.inverted) return false;
  const b = tokens[p.subject.first - 1];
  if (!b || b.kind !== 'word' || !SUBORDINATE_WORDS.has(b.lower)) return false;
  // "That’s when she pointed to …" is a cleft, not a subordinate clause
  const c = tokens[p.subject.first - 2];
  return !(c && c.kind === 'word' && (c.lower === "that's" || c.lower === "it's" || c.lower === 'is' || c.lower === 'was'));
}

/** Index of the comma that closes an opening subordinate clause before qi, or -1. */
function introClauseEnd(tokens: Token[], s: Sentence, qi: number): number {
  let f = s.first;
  // "So when …, Mr. Barrett said": a leading conjunction before the subordinator
  if (tokens[f] && tokens[f].kind === 'word' && (tokens[f].lower === 'so' || tokens[f].lower === 'and' || tokens[f].lower === 'but' || tokens[f].lower === 'then')) f++;
  const first = tokens[f];
  if (!first || first.kind !== 'word' || !SUBORDINATORS.has(first.lower)) return -1;
  for (let k = f + 1; k < qi && k < f + 40; k++) {
    const t = tokens[k];
    if (t.kind === 'quote') return -1;
    if (t.kind === 'punct' && t.text === ',') return k;
  }
  return -1;
}

/** The cue for the quote at qi within its sentence, when there is one. */
export function cueForQuote(
  tokens: Token[],
  s: Sentence,
  pairs: CuePair[],
  qi: number,
  mainSubject: Phrase | null,
): { pair: CuePair; via: 'after' | 'before' | 'later' } | null {
  const after = pairRightAfter(tokens, pairs, qi);
  if (after) return { pair: after, via: 'after' };
  // preceding cues
  let immediate: CuePair | null = null;
  let leftmost: CuePair | null = null;
  // an opening subordinate clause ("Asked if he believed …, Carson said …") does not hold the main cue
  const introEnd = introClauseEnd(tokens, s, qi);
  const hasMainAfterIntro = introEnd >= 0 && pairs.some((p) => !p.participle && p.cueFirst > introEnd && p.cueLast <= qi);
  let relativeFirst: CuePair | null = null;
  // a noun's own participle ("softer language calling for “…”") when no clause cites the quote
  let attachedFirst: CuePair | null = null;
  // where the last main-clause (not subordinate) cue before the quote starts: one pass, so the loop below stays linear
  let lastMainFirst = -1;
  for (const x of pairs) if (!x.participle && x.cueLast <= qi && !inSubordinate(tokens, x)) lastMainFirst = Math.max(lastMainFirst, x.cueFirst);
  for (const p of pairs) {
    if (p.cueLast > qi) continue;
    if (p.inverted && p.subject && p.subject.first > qi) continue;
    if (hasMainAfterIntro && p.cueFirst < introEnd) continue;
    // "after the interview concluded, Maher stated …": a cue inside a subordinate clause yields to a later main one
    if (inSubordinate(tokens, p) && lastMainFirst > p.cueLast) continue;
    const relative = !!p.subject && p.subject.last - p.subject.first === 1 && RELATIVES.has(tokens[p.subject.first].lower);
    if (p.attached && !attachedFirst) attachedFirst = p;
    if (!p.participle && !leftmost && !p.attached) {
      // a relative pronoun ("a report that accuses …") is a last resort for the main cue
      if (relative) {
        if (!relativeFirst) relativeFirst = p;
      } else leftmost = p;
    } else if (!p.participle && !relative && (startsClause(tokens, p) || parenthetical(tokens, p) || (inSubordinate(tokens, p) && !commaBetween(tokens, p.cueLast, qi)))) {
      // "…, although he tweeted that he “…”": a later clause with its own speaker holds the quote
      // "Christie refers to him as “…”, while Trump refers to the governor as “…”": a new main clause
      leftmost = p;
    }
    // right before: "said that “", "told reporters: “", "adding that “", "called it “"
    let k = p.cueLast;
    let steps = 0;
    while (k < qi && steps < 4) {
      const t = tokens[k];
      if (t.kind === 'word' && LINKS_BEFORE_QUOTE.has(t.lower)) {
        k++;
        steps++;
        continue;
      }
      if (t.kind === 'punct' && (t.text === ':' || t.text === ',')) {
        k++;
        steps++;
        continue;
      }
      break;
    }
    if (k === qi) immediate = p;
  }
  // a cue right before the quote wins only when no earlier main cue governs the sentence
  // ("Clinton says Americans are “…,” but hungry for what she calls “…”" is Clinton's)
  if (immediate && (immediate.participle || !leftmost || leftmost === immediate)) {
    if (immediate.participle) {
      const borrowed = leftmost && leftmost !== immediate ? leftmost.subject : mainSubject;
      if (borrowed) return { pair: { ...immediate, subject: borrowed }, via: 'before' };
    } else return { pair: immediate, via: 'before' };
  }
  // "…, X said, adding that …“…”": the nearest cue is the participle, speaking for the same subject
  let nearest: CuePair | null = null;
  for (const p of pairs) if (p.cueLast <= qi && !(p.inverted && p.subject && p.subject.first > qi)) nearest = p;
  if (nearest && nearest.participle && leftmost && leftmost.cueFirst < nearest.cueFirst && leftmost.subject) {
    return { pair: { ...nearest, subject: leftmost.subject }, via: 'before' };
  }
  // "…, said Beck, who said there were “…”": a relative clause's own cue is the nearer, truer one
  if (nearest && !nearest.participle && nearest.subject && nearest.subject.first === nearest.subject.last - 1) {
    const w = tokens[nearest.subject.first].lower;
    let closed = false;
    for (let k = nearest.cueLast; k < qi; k++) if (tokens[k].kind === 'punct' && tokens[k].text === ',') closed = true;
    if ((w === 'who' || w === 'which') && !closed) return { pair: nearest, via: 'before' };
  }
  if (leftmost) return { pair: leftmost, via: 'before' };
  // participles alone ("…, saying “…”") borrow the main subject
  for (const p of pairs) {
    if (p.participle && p.cueLast <= qi && mainSubject) return { pair: { ...p, subject: mainSubject }, via: 'before' };
  }
  if (relativeFirst) return { pair: relativeFirst, via: 'before' };
  if (attachedFirst) return { pair: attachedFirst, via: 'before' };
  // a later cue set off by a comma: "…, the defense minister said."
  for (const p of pairs) {
    if (p.cueFirst <= qi || p.participle || !p.subject) continue;
    const lead = p.inverted ? p.cueFirst : p.subject.first;
    const before = tokens[lead - 1];
    if (before && ((before.kind === 'punct' && (before.text === ',' || before.text === '—')) || before.kind === 'quote')) return { pair: p, via: 'later' };
  }
  return null;
}

/** Whether a quote with no cue of its own reads as speech carrying on from earlier. */
export function readsAsContinuation(tokens: Token[], s: Sentence, qi: number, afterSpeech = false): boolean {
  let k = s.first;
  while (k < qi && tokens[k].kind === 'punct') k++;
  // "Instead, “…”" / "And “…”": a short lead-in still opens the sentence
  if (k < qi && qi - k <= 3) {
    if (tokens[qi - 1].kind === 'punct' && (tokens[qi - 1].text === ',' || tokens[qi - 1].text === ':')) k = qi;
    else if (qi - k === 1 && tokens[k].kind === 'word' && (tokens[k].lower === 'and' || tokens[k].lower === 'but' || tokens[k].lower === 'so')) k = qi;
  }
  const opensSentence = k === qi;
  const q = tokens[qi];
  // right after someone's quote in the same paragraph even "“Big time.”" carries on their words
  return (opensSentence && (afterSpeech || wordCount(q.text, 6) >= 4)) || wordCount(q.text, 12) >= 10;
}

export { introducedAsTerm };
