/**
 * The sentence pass: reads every quotation of one sentence against its frame (quote-reading.ts),
 * records each as a Quote, then settles whose turn it is for the quotes that follow: a new
 * speaker cited after the sentence's last quote, a citation without quotes, a cue or a subject
 * before a closing colon. Sentences with no quotation give their reported speech. Input: the
 * article state and the piece being read; output: quotes, reported speech and the turn, in the state.
 */
import type { Token } from './tokens.ts';
import type { CuePair } from './cues.ts';
import { phraseRight, type Phrase } from './noun-phrases.ts';
import type { Entity } from './coreference.ts';
import { reportedContent } from './reported-speech.ts';
import { cite, resolveAt, span, tokenSpan, type ArticleState, type Attributed, type PieceReading } from './reading-state.ts';
import { entityOf, namesAnotherPerson, readSentenceFrame, soleNewcomer, type SentenceFrame } from './sentence-frame.ts';
import { readQuote } from './quote-reading.ts';
import { RELATIVE_PRONOUNS } from './lexicon.ts';
import { isDocumentPhrase } from './document-issuers.ts';
import { ORG_HEAD } from './word-bits.ts';
import { unnamedMember } from './described-names.ts';
import { QuoteRecord, ReportedRecord } from './article-records.ts';

/** A subject at k opens a coordinated clause: ", and X", "but X", "; X". */
function startsNewClause(tokens: Token[], k: number): boolean {
  const b = tokens[k - 1];
  if (!b) return false;
  if (b.kind === 'punct') return b.text === ';';
  return b.lower === 'and' || b.lower === 'but' || b.lower === 'while' || b.lower === 'then';
}

/** The quotations of a sentence: whether it had any, any speech, and the last speech quote's token. */
interface SentenceQuotes {
  hadQuote: boolean;
  hadSpeech: boolean;
  lastSpeechToken: number;
}

/** An attribution from a cue pair and the phrase it hangs on. */
function attributedTo(r: PieceReading, cueFirst: number, cueLast: number, source: Phrase, entity: Entity | null): Attributed {
  return { cue: tokenSpan(r.text, r.tokens, cueFirst, cueLast), source: tokenSpan(r.text, r.tokens, source.first, source.last), entity, paragraph: r.para };
}

export function readSentence(a: ArticleState, r: PieceReading, si: number): void {
  const f = readSentenceFrame(a, r, si);
  const q = readQuotes(a, r, f);
  turnAfterQuotes(a, r, f, q);
  if (!q.hadQuote && si !== r.usedNextSentenceCue) reportedInSentence(a, r, f);
  if (!q.hadSpeech && si !== r.usedNextSentenceCue) citationWithoutQuotes(a, r, f);
  colonAfterSubject(a, r, f, q);
  focusAfterSentence(a, r, f, q);
  a.subjectTurn = subjectTurnAfter(a, r, f, q);
}

/**
 * "Sen. Bernie Sanders identified young voters' exhaustion … as one of the reasons. “The younger
 * people are …”": a sentence with no quotation and no citation whose subject is a person hands a
 * quotation opening the next sentence of the paragraph, with no cue of its own, to that person.
 */
function subjectTurnAfter(a: ArticleState, r: PieceReading, f: SentenceFrame, q: SentenceQuotes): Attributed | null {
  const { subject, subjectEntity } = f;
  if (q.hadSpeech || !subject || !subjectEntity || f.expletive || subjectEntity.speaker.type !== 'person') return null;
  // the turn is read only by a quotation of the next sentence (the next one read overwrites it):
  // with none there, whether the sentence names anyone else need not be worked out
  if (!quoteCanFollow(r, f.index)) return null;
  if (f.allPairs.some((x) => x.subject)) return null;
  // only when the sentence speaks of no one else ("Roloson supports Hillary Clinton. “…”" stays Roloson's turn)
  const end = relativeClauseEnd(r.tokens, subject.last, f.s.last);
  if (namesAnotherPerson(a, r, f.s.first, f.s.last, subjectEntity, (x) => x >= subject.last && x < end)) return null;
  return { cue: null, source: tokenSpan(r.text, r.tokens, subject.first, subject.last), entity: subjectEntity, paragraph: r.para };
}

/** Whether a quotation of the sentence read after sentence si could read the turn it leaves: the next sentence holds one, or the paragraph goes on in the next piece. */
function quoteCanFollow(r: PieceReading, si: number): boolean {
  const next = r.sentences[si + 1];
  if (!next) return !r.endsParagraph;
  for (let k = next.first; k < next.last; k++) if (r.tokens[k].kind === 'quote') return true;
  return false;
}

/** The end of ", who lost the primaries to Clinton," right after a subject ending at k (else k itself). */
function relativeClauseEnd(tokens: Token[], k: number, last: number): number {
  const comma = tokens[k];
  if (!comma || comma.kind !== 'punct' || comma.text !== ',' || k + 1 >= last || !RELATIVE_PRONOUNS.has(tokens[k + 1].lower)) return k;
  for (let j = k + 2; j < last; j++) if (tokens[j].kind === 'punct' && tokens[j].text === ',') return j;
  return k;
}

/** A sentence with no quotation (shared: never changed). */
const NO_QUOTES: Readonly<SentenceQuotes> = { hadQuote: false, hadSpeech: false, lastSpeechToken: -1 };

/** Reads and records every quotation of the sentence in order. */
function readQuotes(a: ArticleState, r: PieceReading, f: SentenceFrame): Readonly<SentenceQuotes> {
  if (!f.quoted) return NO_QUOTES;
  const { tokens, text } = r;
  const out: SentenceQuotes = { hadQuote: false, hadSpeech: false, lastSpeechToken: -1 };
  for (let qi = f.s.first; qi < f.s.last; qi++) {
    const tok = tokens[qi];
    if (tok.kind !== 'quote') continue;
    out.hadQuote = true;
    const sp = a.spans[tok.quote];
    const d = readQuote(a, r, f, qi);
    const { speech, cue, source, entity } = d;
    if (speech) {
      out.hadSpeech = true;
      out.lastSpeechToken = qi;
      a.previous = { cue, source, entity, paragraph: r.para };
      if (d.echoSubject) a.previous = { ...a.previous, source: tokenSpan(text, tokens, d.echoSubject.first, d.echoSubject.last) };
      if (entity) {
        a.registry.focus(entity);
        cite(entity, a.speakers, a.seenSpeaker);
      }
    }
    a.lastQuoteDecision = { speech, cue, source, entity };
    // (a record, not a literal: V8 pretenures a literal's site after a long text; docs/decisions/0021)
    a.quotes.push(new QuoteRecord(sp.start, sp.end, text.slice(sp.start, sp.end), r.para, speech ? 'speech' : 'term', speech ? cue : null, speech ? source : null, speech && entity ? entity.speaker : null));
  }
  return out;
}

/**
 * "“…,” Ebeling said, and her husband added. “…”": a new speaker cited after the sentence's last
 * quotation takes the turn for the quotation that follows.
 */
function turnAfterQuotes(a: ArticleState, r: PieceReading, f: SentenceFrame, q: SentenceQuotes): void {
  const turn = a.previous;
  if (!q.hadSpeech || !turn) return;
  const tokens = r.tokens;
  const cueStart = turn.cue ? turn.cue.start : -1;
  const later: CuePair | undefined = f.allPairs.find(
    (x) => x.form !== 'participle' && x.subject && x.form !== 'inverted' && x.subject.first > q.lastSpeechToken + 1 && tokens[x.cueFirst].start > cueStart && startsNewClause(tokens, x.subject.first) && !RELATIVE_PRONOUNS.has(tokens[x.subject.first].lower),
  );
  if (later && later.subject) a.previous = attributedTo(r, later.cueFirst, later.cueLast, later.subject, entityOf(a, r, f, later));
}

/** A sentence with no quotation: its reported speech, and a cue ending in a colon hands the turn on. */
function reportedInSentence(a: ArticleState, r: PieceReading, f: SentenceFrame): void {
  const { tokens, text } = r;
  const { s, pairs } = f;
  const rc = reportedContent(text, tokens, s, pairs);
  if (rc && rc.pair.subject) {
    const e = entityOf(a, r, f, rc.pair);
    const cue = tokenSpan(text, tokens, rc.pair.cueFirst, rc.pair.cueLast);
    const source = tokenSpan(text, tokens, rc.pair.subject.first, rc.pair.subject.last);
    // (a record, not a literal: as for quotes above)
    a.reported.push(new ReportedRecord(rc.start, rc.end, text.slice(rc.start, rc.end), r.para, cue, source, e ? e.speaker : null));
    if (e && !a.seenSpeaker.has(e.speaker.id)) cite(e, a.reportedSpeakers, a.seenReported);
  }
  // a cue ending in a colon introduces the next paragraph's quotation ("McCrummen reports:")
  const lastTok = tokens[s.last - 1];
  if (lastTok.kind === 'punct' && lastTok.text === ':' && pairs.length > 0 && pairs[0].subject) {
    const p = pairs[0];
    a.previous = attributedTo(r, p.cueFirst, p.cueLast, p.subject as Phrase, entityOf(a, r, f, p));
  }
}

/**
 * A citation without quotes (or with only terms: "… an “articulate conservative,” the board
 * writes.") still sets who is speaking for a quote that follows with no cue, unless its cue
 * already served the quote before it ("“…!” X, nicknamed “…”, shouted.").
 */
function citationWithoutQuotes(a: ArticleState, r: PieceReading, f: SentenceFrame): void {
  const tokens = r.tokens;
  const { allPairs, subject } = f;
  const p = allPairs.find((x) => x.form !== 'participle' && x.subject);
  // "Bolton distanced himself … by saying he would help.": a participle speaks for the sentence's subject
  const part = p ? null : allPairs.find((x) => x.form === 'participle' && subject && subject.last <= x.cueFirst && tokens[x.cueFirst].lower.endsWith('ing'));
  if (p && p.subject) a.previous = attributedTo(r, p.cueFirst, p.cueLast, p.subject, entityOf(a, r, f, p));
  else if (part && subject) a.previous = attributedTo(r, part.cueFirst, part.cueLast, subject, f.subjectEntity);
}

/**
 * "Here they are:" / "Transcript as follows:" — a colon with no verb of saying still hands the
 * following quotation to the sentence's subject.
 */
function colonAfterSubject(a: ArticleState, r: PieceReading, f: SentenceFrame, q: SentenceQuotes): void {
  const { subject, pairs, s } = f;
  if (q.hadQuote || !subject) return;
  const lastTok = r.tokens[s.last - 1];
  if (lastTok.kind === 'punct' && lastTok.text === ':' && !pairs.some((x) => x.form !== 'participle' && x.subject)) {
    a.previous = { cue: span(r.text, lastTok.start, lastTok.end), source: tokenSpan(r.text, r.tokens, subject.first, subject.last), entity: f.subjectEntity, paragraph: r.para };
  }
}

/** Focus after the sentence: the first citation's person, else the sentence subject. */
function focusAfterSentence(a: ArticleState, r: PieceReading, f: SentenceFrame, q: SentenceQuotes): void {
  let focus: Entity | null = null;
  for (const p of f.pairs) {
    // "The article closes with …": a document speaks for its issuer but brings no one into focus
    if (p.subject && isDocumentPhrase(r.tokens, p.subject)) continue;
    // "However, he could not explain why it was mentioned by Ivanka Trump": a passive's agent does
    // not take the focus from a person the sentence has as its subject
    if (p.subject && passiveAgent(r.tokens, p.subject) && f.subjectEntity && f.subjectEntity.speaker.type === 'person' && f.subject && f.subject.last <= p.cueFirst) continue;
    const e = entityOf(a, r, f, p);
    if (e && e.speaker.type === 'person') {
      // "Hannity asked Trump how high the wall would be.": the one asked answers next
      focus = personAsked(a, r, f, p) ?? e;
      break;
    }
  }
  if (!focus && f.subjectEntity && !(f.subject && isDocumentPhrase(r.tokens, f.subject))) focus = f.subjectEntity;
  // "…, with Hillary Clinton lambasting the plan.": a sentence without speech whose subject is no
  // person, and which names no other person, brings into focus the person it introduces
  if (!focus && !q.hadSpeech && !(f.subjectEntity && f.subjectEntity.speaker.type === 'person')) focus = soleNewcomer(a, r, f.s);
  a.registry.focus(focus);
  // "Donald Trump’s campaign is defending … It’s denouncing …": a body the text names by a common noun is what a later "it" means, not the body named before
  if (f.subject && !f.subjectEntity && !f.expletive && bodyByCommonNoun(r.tokens[f.subject.head])) a.registry.focusOrg = null;
  // "One California delegate said he …": an unnamed person now in focus, so a later "he" is no one named before
  if (!focus && f.subject && unnamedMember(r.tokens, f.subject)) a.registry.focusPerson = null;
}

/** The person named right after "asked" / "asks" as its object ("asked Trump whether …"), if any. */
function personAsked(a: ArticleState, r: PieceReading, f: SentenceFrame, p: CuePair): Entity | null {
  const tokens = r.tokens;
  const verb = tokens[p.cueFirst].lower;
  if (p.form !== 'plain' || (verb !== 'asked' && verb !== 'asks') || p.cueLast >= f.s.last || !tokens[p.cueLast].cap) return null;
  const object = phraseRight(tokens, p.cueLast, f.s.last);
  const e = object ? resolveAt(a, r, object) : null;
  return e && e.speaker.type === 'person' ? e : null;
}

/** The agent of a passive: the phrase right after "by". */
function passiveAgent(tokens: Token[], ph: Phrase): boolean {
  return ph.first > 0 && tokens[ph.first - 1].lower === 'by';
}

/** "campaign", "committee", "agency": a body's word, lower case, so no name the registry could hold. */
function bodyByCommonNoun(t: Token): boolean {
  return t.kind === 'word' && !t.cap && (t.bits & ORG_HEAD) !== 0;
}

/** "She pauses.", "Pause.", "He nods.": at most four words, no quotation, no name but a pronoun. */
function stageDirection(tokens: Token[]): boolean {
  let words = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === 'quote') return false;
    if (t.kind !== 'word') continue;
    if (++words > 4) return false;
    if (t.cap && k > 0) return false;
    if (t.cap && k === 0 && tokens.length > 2 && t.lower !== 'he' && t.lower !== 'she' && t.lower !== 'they') return false;
  }
  return words > 0;
}

/**
 * "“…,” Miller said into the phone. / She pauses. / “…”": a short stage direction about the
 * speaker, with no quotation and no name of its own, does not end their turn.
 */
export function carryTurnOverStageDirection(a: ArticleState, r: PieceReading): void {
  if (a.previous && a.previous.paragraph === r.para - 1 && stageDirection(r.tokens)) a.previous = { ...a.previous, paragraph: r.para };
}
