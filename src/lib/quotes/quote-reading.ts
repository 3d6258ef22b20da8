/**
 * The quote pass: how one quotation of a sentence is read against the sentence frame: listed
 * after another quote (shares its reading), a transcript label ("TRUMP: …"), wording the subject
 * uses, a term (a label, a title), or speech whose cue and source are looked for in turn: in the
 * sentence, before a colon, after a dash, in the next sentence, in a signature paragraph; with no
 * cue, the turn of the speaker before it, or the subject's stance. Input: the frame and the quote's
 * token; output: a `QuoteReading`.
 */
import type { TextSpan } from './quote-types.ts';
import type { QuotationSpan } from './quotation-spans.ts';
import { tokenize, type Token } from './tokens.ts';
import type { Block } from './text-structure.ts';
import type { Phrase } from './noun-phrases.ts';
import { analyzeMention } from './mentions.ts';
import type { Entity } from './coreference.ts';
import { cueForQuote, labelBeforeColon, opensSentence, readsAsContinuation, type CueChoice } from './attribution.ts';
import { introducedAsTerm, nameOfNoun, stanceSubjectEnd, transcriptLabelIn, wordingInUse } from './quote-kind.ts';
import { phraseRight } from './noun-phrases.ts';
import { DASH_MARKS } from './lexicon.ts';
import { resolveAt, span, tokenSpan, type ArticleState, type PieceReading, type QuoteDecision } from './reading-state.ts';
import { entityOf, pairResolved, possessorIsPerson, type SentenceFrame } from './sentence-frame.ts';
import { cueInNextSentence } from './next-sentence-cue.ts';
import { isDocumentPhrase } from './document-issuers.ts';

/** How a quote was read, with the subject of an echoing cue that takes the turn after it. */
export interface QuoteReading extends QuoteDecision {
  /** A second cue after an introduced quote ("X scolded him: “…,” she said") takes the turn that follows. */
  echoSubject: Phrase | null;
}

/** "told “Fox News Sunday”": one tells an audience or a programme, so a title after it stays a title. */
const TOLD = new Set(['told', 'tells', 'tell', 'telling']);

/** "and", "or", "&", a comma or a slash joining two quotes in a list. */
function isListLink(t: Token): boolean {
  return (t.kind === 'word' && (t.lower === 'and' || t.lower === 'or' || t.lower === 'nor')) || (t.kind === 'punct' && (t.text === ',' || t.text === '&' || t.text === '/'));
}

function titleCaseLabel(label: string): string {
  return label.toLowerCase().replace(/(^|[\s.'’-])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
}

const SIGNATURE = /^[ \t]*[-–—―][ \t]*(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,4})[ \t]*(?:[,.]|$)/u;

/**
 * "- Sanders." / "-President Obama, tweeting after the speech.": a short paragraph that is only a
 * dash and a name signs the quotation that closes the paragraph before it.
 */
function dashSignature(text: string, b: Block | undefined): { cue: TextSpan; source: TextSpan } | null {
  if (!b || b.end - b.start > 160) return null;
  const m = SIGNATURE.exec(text.slice(b.start, b.end));
  if (!m) return null;
  let name = m[1];
  if (name.endsWith('.') && !/\b\p{Lu}\.$/u.test(name)) name = name.slice(0, -1);
  const start = b.start + m[0].indexOf(m[1]);
  const dash = b.start + m[0].search(/[-–—―]/);
  return { cue: span(text, dash, dash + 1), source: span(text, start, start + name.length) };
}

/** "TRUMP: …" inside the quotation: the label before its colon is the speaker. */
function labelledQuote(a: ArticleState, sp: QuotationSpan, label: number): QuoteReading {
  const text = a.text;
  let ls = sp.start;
  while (text[ls] === ' ') ls++;
  const source = span(text, ls, sp.start + label);
  const cue = span(text, sp.start + label, sp.start + label + 1);
  const name = titleCaseLabel(source.text.trim());
  const entity = a.registry.resolve(
    { kind: 'name', name, type: 'person', description: null, head: name.toLowerCase(), modifiers: [], nameStart: ls, nameEnd: sp.start + label, titled: false },
    ls,
    true,
  );
  return { speech: true, cue, source, entity, echoSubject: null };
}

export function readQuote(a: ArticleState, r: PieceReading, f: SentenceFrame, qi: number): QuoteReading {
  const { tokens, text } = r;
  const { s, subject, pairs } = f;
  const sp = a.spans[tokens[qi].quote];
  let d: QuoteReading;
  const label = transcriptLabelIn(text, sp.start, sp.end);
  // "“Miss Piggy” and “Miss Housekeeping”": a quote listed right after another shares its reading
  const listedAfter = qi - 2 >= s.first && tokens[qi - 2].kind === 'quote' && isListLink(tokens[qi - 1]) ? a.lastQuoteDecision : null;
  if (listedAfter) {
    d = { speech: listedAfter.speech, cue: listedAfter.cue, source: listedAfter.source, entity: listedAfter.entity, echoSubject: null };
  } else if (label > 0) {
    d = labelledQuote(a, sp, label);
  } else if (subject && subject.last <= qi && wordingInUse(tokens, qi, subject.last)) {
    // "she has used the term “…”": the subject's wording
    d = { speech: true, cue: null, source: tokenSpan(text, tokens, subject.first, subject.last), entity: f.subjectEntity, echoSubject: null };
  } else if (
    nameOfNoun(tokens, qi, s.first) ||
    (introducedAsTerm(tokens, qi, s.first, (i) => possessorIsPerson(a, r, i)) &&
      !pairs.some((p) => p.form !== 'participle' && p.subject && p.cueLast === qi && p.subject.last <= p.cueFirst && !TOLD.has(tokens[p.cueFirst].lower)))
  ) {
    // a label ("so-called “…”", "the show “…”") unless someone actively names it ("he dubbed “…”")
    d = { speech: false, cue: null, source: null, entity: null, echoSubject: null };
  } else {
    d = citedQuote(a, r, f, qi);
  }
  // a quote the expletive subject would own goes to its clause's agent, or stays speech with no source
  if (d.speech && f.expletive && subject && d.source && d.source.start === tokens[subject.first].start && d.source.end === tokens[subject.last - 1].end) {
    d = { ...d, source: f.agent ? tokenSpan(text, tokens, f.agent.first, f.agent.last) : null, entity: f.subjectEntity };
  }
  return d;
}

/** The cue a quote has in its own sentence, or just around it (a colon label, a dash and a name, a colon after the subject). */
function cueAroundQuote(r: PieceReading, f: SentenceFrame, qi: number): { found: CueChoice | null; echoSubject: Phrase | null } {
  const tokens = r.tokens;
  const { s, subject, pairs } = f;
  let found = cueForQuote(tokens, s, pairs, qi, subject);
  const echoSubject = found?.echo?.subject ?? null;
  // "… - Carl Bialik: “…”", "More from the report: “…”": a label before the colon
  const colonLabel = found && found.via === 'after' ? null : labelBeforeColon(tokens, s, qi);
  if (colonLabel) {
    const { first, last } = colonLabel;
    const ph = { first, last, head: last - 1, nameFirst: first, nameLast: last };
    found = { pair: { cueFirst: qi - 1, cueLast: qi, subject: ph, form: 'plain', limit: undefined }, via: 'before' };
  }
  // "“…” ― Sonya Herridge": a dash and a name after the quote sign it
  if (!found || found.via !== 'after') {
    const d = tokens[qi + 1];
    if (d && d.kind === 'punct' && DASH_MARKS.has(d.text) && qi + 2 < tokens.length && tokens[qi + 2].kind === 'word' && tokens[qi + 2].cap) {
      const np = phraseRight(tokens, qi + 2, Math.min(tokens.length, qi + 12));
      if (np) found = { pair: { cueFirst: qi + 1, cueLast: qi + 2, subject: np, form: 'inverted', limit: undefined }, via: 'after' };
    }
  }
  // "Obama is rolling out a new message: “It's about me.”": a colon hands the quote to the subject
  if (!found && qi - 1 >= s.first && tokens[qi - 1].kind === 'punct' && tokens[qi - 1].text === ':' && subject && subject.last < qi) {
    found = { pair: { cueFirst: qi - 1, cueLast: qi, subject, form: 'plain', limit: undefined }, via: 'before' };
  }
  return { found, echoSubject };
}

/** The paragraph's closing quote, signed by a dash and a name in the next paragraph. */
function signatureAfter(a: ArticleState, r: PieceReading, qi: number): { cue: TextSpan; source: TextSpan } | null {
  if (!r.endsParagraph) return null;
  const tokens = r.tokens;
  let k = qi + 1;
  while (k < tokens.length && tokens[k].kind === 'punct') k++;
  return k === tokens.length ? dashSignature(a.text, a.blocks[r.para + 1]) : null;
}

/** A quote that is neither listed, labelled nor a term: speech, with the cue and source found for it, if any. */
function citedQuote(a: ArticleState, r: PieceReading, f: SentenceFrame, qi: number): QuoteReading {
  const text = r.text;
  const around = cueAroundQuote(r, f, qi);
  const echoSubject = around.echoSubject;
  let found = around.found;
  // "“Why now?” she asked." — the cue opens the next sentence
  if (!found && qi === f.s.last - 1 && f.index + 1 < r.sentences.length) found = cueInNextSentence(r, f, qi);
  const signature = found ? null : signatureAfter(a, r, qi);
  if (signature) {
    // the name's own tokens (no quotation lies inside a signature, so no spans are needed)
    const nameTokens = tokenize(text, [], signature.source.start, signature.source.end);
    const m = nameTokens.length ? analyzeMention(text, nameTokens, 0, nameTokens.length) : null;
    const entity = m ? a.registry.resolve(m, signature.source.start, true) : null;
    return { speech: true, cue: signature.cue, source: signature.source, entity, echoSubject };
  }
  // (the readings built field by field: a spread into a literal copies through a slow builtin)
  if (found && found.pair.subject) {
    const { cue, source, entity } = sourceOfCue(a, r, f, found);
    return { speech: true, cue, source, entity, echoSubject };
  }
  const { speech, cue, source, entity } = uncitedQuote(a, r, f, qi);
  return { speech, cue, source, entity, echoSubject };
}

/** The cue, source and speaker a found cue gives. */
function sourceOfCue(a: ArticleState, r: PieceReading, f: SentenceFrame, found: CueChoice): { cue: TextSpan; source: TextSpan; entity: Entity | null } {
  const { tokens, text } = r;
  const p = found.pair;
  const subj = p.subject as Phrase;
  const cue = tokenSpan(text, tokens, p.cueFirst, p.cueLast);
  const source = tokenSpan(text, tokens, subj.first, subj.last);
  let entity = p.form === 'participle' ? (subj === f.subject ? f.subjectEntity : resolveAt(a, r, subj)) : entityOf(a, r, f, p);
  if (p.form !== 'participle' && !pairResolved(f, p)) entity = resolveAt(a, r, subj);
  // "“…,” Sanders said, according to CNN.": CNN is the source as written, Sanders the speaker
  const relayed = found.relayed?.subject;
  if (relayed) entity = (found.relayed && found.relayed.form !== 'participle' ? entityOf(a, r, f, found.relayed) : resolveAt(a, r, relayed)) ?? entity;
  return { cue, source, entity };
}

/** No cue: the turn of the speaker before carries on, the subject takes a stand on the words, or they are a term. */
function uncitedQuote(a: ArticleState, r: PieceReading, f: SentenceFrame, qi: number): QuoteDecision {
  const { tokens, text } = r;
  const { s, subject } = f;
  const previous = a.previous;
  if (readsAsContinuation(tokens, s, qi, !!previous && previous.paragraph === r.para && previous.source !== null)) {
    const close = previous && (previous.paragraph === r.para || previous.paragraph === r.para - 1);
    // "As a result, there's still “…”": an expletive subject with no agent leaves the quote to the speaker before
    if (subject && subject.last <= qi && !opensSentence(tokens, s, qi) && (!f.expletive || f.agent || !previous || !close)) {
      // a long quote inside a clause ("Paul Ryan worried that the safety net was becoming “…”") is its subject's;
      // a document's issuer owns only what a verb of saying makes it say ("The complaint is based on standards that …")
      return { speech: true, cue: null, source: tokenSpan(text, tokens, subject.first, subject.last), entity: isDocumentPhrase(tokens, subject) ? null : f.subjectEntity };
    }
    // "Betsy Ebeling shook her head. “Tom’s much better about it than I am.”": the person the sentence before was about
    const turn = a.subjectTurn;
    if (turn && turn.paragraph === r.para && opensSentence(tokens, s, qi)) return { speech: true, cue: null, source: turn.source, entity: turn.entity };
    if (previous && close) return { speech: true, cue: null, source: previous.source, entity: previous.entity };
    return { speech: true, cue: null, source: null, entity: null };
  }
  // no cue, but the subject may take a stand on the quoted words ("Clinton supports “…”"): then they are its own
  const stanceEnd = subject ? stanceSubjectEnd(tokens, subject.first, subject.last, qi) : -1;
  if (subject && stanceEnd > subject.first) return { speech: true, cue: null, source: tokenSpan(text, tokens, subject.first, stanceEnd), entity: f.subjectEntity };
  return { speech: false, cue: null, source: null, entity: null };
}
