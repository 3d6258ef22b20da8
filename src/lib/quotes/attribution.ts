/**
 * Attribution: for each quotation, the cue that cites it and the mention it hangs on. Order of
 * preference, from the most to the least direct evidence:
 *   1. a transcript label inside the quote ("PENCE: …");
 *   2. a cue right after the quote ("“…,” he said", "“…,” said Caddell", also across a full stop:
 *      "“Why?” she asked."), with everything between the quote and the verb as the speaker,
 *      unless the quote closes an opening "When X shouted, “…,”" clause, which holds it;
 *   3. a cue before it in the sentence: the one right before ("X said that “…”"), else the
 *      sentence's first citation, because a quote inside reported speech belongs to the main
 *      speaker ("The minister noted that NATO, which had promised …, “still remains …”"); a
 *      closing ", said X." governs the sentence when no cue introduces the quote;
 *   4. a later cue set off by a comma ("… “more equipped” …, the defense minister said.");
 *   5. no cue: a quote continuing the previous speaker (the rest of a split quote, or a paragraph
 *      that carries on the previous paragraph's quotation); otherwise a short quote is a term.
 * The cue found is then refined: a participle or a coordinated verb takes its own clause's
 * subject; a poll framing the sentence ("In a … poll, …"), the issuer of a statement or an ad
 * ("X issued a statement saying"), and a closing "according to Y" / ", Y reported" become the source.
 */
import type { Token } from './tokens.ts';
import type { Sentence } from './sentences.ts';
import { ISSUE_VERBS } from './cue-words.ts';
import type { CuePair } from './cues.ts';
import { DASH_MARKS, NOT_IN_LEAD, LINKS_BEFORE_QUOTE, CLAUSE_BREAKS, SET_OFF_MARKS, PHRASE_PREPOSITIONS, OBJECT_RELATIVE_PRONOUNS, CLAUSE_LINKS, PHRASE_OPENERS, OBJECT_PRONOUNS } from './lexicon.ts';
import { phraseRight, subjectLeft, subjectRight, type Phrase } from './noun-phrases.ts';
import { introducedAsTerm, wordCount } from './quote-kind.ts';
import { RELATIVE_SUBJECT, SUBORDINATOR_OR_ASKED, SUBORDINATE_WORD, SCENE_SUBORDINATOR, ECHO_PRONOUN, ARTEFACT, REPORTED_FORM } from './word-bits.ts';

function onlyCommasBetween(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = tokens[k];
    if (!(t.kind === 'punct' && (t.text === ',' || t.text === '—' || t.text === '–'))) return false;
  }
  return true;
}

/**
 * "“…,” Fight for $15 organizer Kendall Fells told …", "“…,” CBS This Morning co-anchor DeMarco
 * Morgan said": everything between a quote that opens the sentence and its cue names the
 * speaker, even words the subject finder stopped short of. The subject, widened to the quote.
 */
function widenedLead(tokens: Token[], p: CuePair, qi: number, sentenceFirst: number): CuePair | null {
  if (!p.subject || p.form === 'inverted' || p.form === 'participle') return null;
  // only for a quote that opens its sentence and closes its clause: "“…,” X said" / "“…?” X asked"
  for (let k = sentenceFirst; k < qi; k++) if (tokens[k].kind !== 'punct') return null;
  const q = tokens[qi].text;
  const last = q.length ? q[q.length - 1] : '';
  const next = tokens[qi + 1];
  if (!',?!—–'.includes(last) && !(next && next.kind === 'punct' && next.text === ',')) return null;
  let a = qi + 1;
  if (a < tokens.length && tokens[a].kind === 'punct' && (tokens[a].text === ',' || tokens[a].text === '—' || tokens[a].text === '–')) a++;
  return speakerStretch(tokens, a, p.subject.first) ? { ...p, subject: widenTo(tokens, p.subject, a) } : null;
}

/**
 * The subject widened to start at a. When a comma sets off what the subject finder took for the
 * name ("Scott Pruitt, the attorney general of Oklahoma, … said"), the name is the capitalised run
 * that opens the stretch.
 */
export function widenTo(tokens: Token[], ph: Phrase, a: number): Phrase {
  let comma = -1;
  for (let k = a; k < ph.nameFirst; k++)
    if (tokens[k].kind === 'punct' && tokens[k].text === ',') {
      comma = k;
      break;
    }
  if (comma > a && tokens[a].kind === 'word' && tokens[a].cap) {
    let e = a;
    while (e < comma && tokens[e].kind === 'word' && tokens[e].cap) e++;
    if (e === comma) return { first: a, last: ph.last, head: e - 1, nameFirst: a, nameLast: e };
  }
  return { ...ph, first: a };
}

/**
 * Whether tokens [a, lead) can only be more of the speaker's mention before the subject found:
 * name words and titles ("Fight for $15 organizer"), and, after a capitalised opening, appositives
 * set off by commas ("Scott Pruitt, the attorney general of Oklahoma, one of the states suing,")
 * or a nickname in quotes ("Marcia “Cia” Price"); no verb, conjunction or pronoun.
 */
export function speakerStretch(tokens: Token[], a: number, lead: number): boolean {
  if (lead <= a || lead - a > 20) return false;
  const named = tokens[a].kind === 'word' && tokens[a].cap;
  if (!named && lead - a > 10) return false;
  for (let k = a; k < lead; k++) {
    const t = tokens[k];
    if (t.afterBreak) return false;
    if (t.kind === 'quote') {
      // a nickname between capitalised words
      const b = tokens[k - 1];
      const n = tokens[k + 1];
      if (!(named && k > a && b.kind === 'word' && b.cap && n && n.kind === 'word' && n.cap && t.text.length <= 20 && !/[,.!?]/.test(t.text))) return false;
      continue;
    }
    if (t.kind === 'punct') {
      if (!(t.text === '$' || t.text === '&' || t.text === '-' || t.text === '(' || t.text === ')' || (named && t.text === ','))) return false;
    } else if (NOT_IN_LEAD.has(t.lower) && !(t.lower === 'and' && k > a)) return false; // "Albright and Kelleher wrote"
  }
  return true;
}

/**
 * "Polls did well - Carl Bialik: “…”", "More from the report: “…”": a name set off by a dash or
 * introduced by "from" right before a colon labels the quotation after it. The label's range.
 */
export function labelBeforeColon(tokens: Token[], s: Sentence, qi: number): { first: number; last: number } | null {
  const colon = qi - 1;
  if (colon <= s.first || tokens[colon].kind !== 'punct' || tokens[colon].text !== ':') return null;
  for (let k = colon - 1; k >= s.first && colon - k <= 8; k--) {
    const t = tokens[k];
    // "from" only as a heading's opening ("From Bush's post:", "- More from Jones:"), not "came from Mexico:"
    const b = k - 1 >= s.first ? tokens[k - 1] : null;
    const headingFrom =
      t.kind === 'word' && t.lower === 'from' && (!b || (b.kind === 'punct' && DASH_MARKS.has(b.text)) || (b.kind === 'word' && b.cap && (k - 2 < s.first || (tokens[k - 2].kind === 'punct' && DASH_MARKS.has(tokens[k - 2].text)))));
    const opens = (t.kind === 'punct' && DASH_MARKS.has(t.text)) || headingFrom;
    if (opens) {
      if (k + 1 >= colon) return null;
      const head = tokens[k + 1];
      // a name ("Carl Bialik", "Frank Newport and Jim Harter") or a definite description ("the report")
      return head.kind === 'word' && (head.cap || head.lower === 'the') ? { first: k + 1, last: colon } : null;
    }
    if (t.kind !== 'word' || (NOT_IN_LEAD.has(t.lower) && t.lower !== 'and')) return null;
  }
  return null;
}

/** The pair whose cue sits right after the quote at qi. */
function pairRightAfter(tokens: Token[], pairs: readonly CuePair[], qi: number, sentenceFirst: number): CuePair | null {
  // the first cue after the quote, when only its speaker's words lie between
  for (const p of pairs) {
    if (p.form === 'participle' || !p.subject || p.cueFirst <= qi) continue;
    const w = widenedLead(tokens, p, qi, sentenceFirst);
    if (w) return w;
    break;
  }
  for (const p of pairs) {
    if (p.form === 'participle' || !p.subject) continue;
    // "“…” that would respond to …": a relative pronoun right after a quote is the quote's own clause, not its speaker
    if (relativeSubject(tokens, p)) continue;
    const lead = p.form === 'inverted' ? p.cueFirst : p.subject.first;
    if (lead > qi && lead <= qi + 2 && onlyCommasBetween(tokens, qi + 1, lead)) {
      // the quote must end its clause: "“…,” he said" / "“…?” she asked" / "“…” — he said."; not "“unhinged” a Trump tweet"
      const q = tokens[qi].text;
      const last = q.length ? q[q.length - 1] : '';
      const punctuated = lead > qi + 1 || ',.!?…—–-:;'.includes(last);
      const endsSentence = (p.form === 'inverted' ? p.subject.last : p.cueLast) >= tokens.length || tokens[p.form === 'inverted' ? p.subject.last : p.cueLast]?.kind !== 'word';
      if (punctuated || endsSentence) return p;
    }
  }
  return null;
}

/** The pair's subject is a bare relative pronoun ("a report that accuses …"). */
function relativeSubject(tokens: Token[], p: CuePair): boolean {
  return !!p.subject && p.form !== 'inverted' && p.subject.last - p.subject.first === 1 && (tokens[p.subject.first].bits2 & RELATIVE_SUBJECT) !== 0;
}
/** "…, though he said, “I hope to.”": a comma between a cue and its quote introduces it and closes nothing. */
function introducingComma(tokens: Token[], qi: number): boolean {
  const c = tokens[qi - 1];
  return !!c && c.kind === 'punct' && c.text === ',';
}

function commaBetween(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (tokens[k].kind === 'punct' && tokens[k].text === ',') return true;
  return false;
}

/** ", he said," set off by commas inside the sentence: it governs what follows. */
function parenthetical(tokens: Token[], p: CuePair): boolean {
  if (!p.subject || p.form === 'inverted') return false;
  const b = p.subject.first > 0 ? tokens[p.subject.first - 1] : undefined;
  const a = tokens[p.cueLast];
  // "…, he said, …" or "“…,” she says, “…”"
  if (!!b && !!a && setOffByComma(b) && a.kind === 'punct' && a.text === ',' && p.subject.last - p.subject.first <= 3) return true;
  // "…, as he later explained, …", "-- as the campaign noted this week --"
  const c = p.subject.first > 1 ? tokens[p.subject.first - 2] : undefined;
  if (!b || b.lower !== 'as' || !c || c.kind !== 'punct' || !SET_OFF_MARKS.has(c.text) || p.subject.last - p.subject.first > 4) return false;
  for (let k = p.cueLast; k < tokens.length && k <= p.cueLast + 3; k++) {
    if (tokens[k].kind === 'punct') return SET_OFF_MARKS.has(tokens[k].text);
    if (tokens[k].kind !== 'word') return false;
  }
  return false;
}

/** "Hale, as her rivals noted, said “…”": an aside ("as X noted") yields to the main verb that introduces the quote itself. */
function asideFor(tokens: Token[], aside: CuePair, main: CuePair): boolean {
  return inSubordinate(tokens, aside) && parenthetical(tokens, aside) && !!main.subject && main.form !== 'participle' && main.cueFirst > aside.cueLast;
}

/** The pair's subject opens a new coordinated main clause ("…, while Trump said …"). */
function startsClause(tokens: Token[], p: CuePair): boolean {
  if (!p.subject || p.form === 'inverted') return false;
  const b = p.subject.first > 0 ? tokens[p.subject.first - 1] : undefined;
  if (!b) return false;
  if (b.kind === 'punct') return b.text === ';';
  if (b.lower === 'and' || b.lower === 'but') {
    // "…, and Trump said" / "a woman asked for a photo and Clinton said"; not "shootings and protests demands"
    const c = tokens[p.subject.first - 2];
    const head = tokens[p.subject.first];
    const digit = head.lower.charCodeAt(0) >= 48 && head.lower.charCodeAt(0) <= 57;
    return (!!c && c.kind === 'punct' && (c.text === ',' || c.text === '—' || c.text === '–' || c.text === '-' || c.text === ';')) || head.cap || digit || head.lower === 'he' || head.lower === 'she' || head.lower === 'they';
  }
  return CLAUSE_BREAKS.has(b.lower);
}
/**
 * For each token of the sentence up to qi, the last ", and" / ", but" / ";" before it (-1 if none):
 * one pass, so asking whether two cues lie in different coordinated clauses stays constant-time.
 */
function coordinationBreaks(tokens: Token[], s: Sentence, qi: number): Int32Array {
  const out = new Int32Array(Math.max(0, qi - s.first + 1));
  let last = -1;
  for (let k = s.first; k <= qi && k < tokens.length; k++) {
    out[k - s.first] = last;
    const t = tokens[k];
    const n = tokens[k + 1];
    if (t.kind === 'punct' && (t.text === ';' || (t.text === ',' && n && n.kind === 'word' && (n.lower === 'and' || n.lower === 'but')))) last = k;
  }
  return out;
}

/**
 * "Pundits called it a “bad week”, and …, a report by the paper says that “…”": a cue whose own
 * subject comes after a ", and" that follows the earlier cue opens a coordinated main clause of its
 * own, even when the subject found is only the tail of a longer noun phrase.
 */
function coordinatedAfter(tokens: Token[], breakBefore: Int32Array, s: Sentence, leftmost: CuePair, p: CuePair): boolean {
  if (!p.subject || p.form === 'inverted' || p.limit === 'attached' || p.subject.first <= leftmost.cueLast) return false;
  const i = p.subject.first - s.first;
  if (i < 0 || i >= breakBefore.length || breakBefore[i] < leftmost.cueLast) return false;
  // "…, but in a later interview said …": a noun inside an opening phrase is no subject
  for (let k = p.subject.first - 1; k > breakBefore[i] && k >= p.subject.first - 3; k--) if (PHRASE_PREPOSITIONS.has(tokens[k].lower)) return false;
  return true;
}

/** The pair's subject follows a subordinating word ("after the interview concluded"). */
function inSubordinate(tokens: Token[], p: CuePair): boolean {
  if (!p.subject || p.form === 'inverted') return false;
  const b = p.subject.first > 0 ? tokens[p.subject.first - 1] : undefined;
  if (!b || b.kind !== 'word' || (b.bits2 & SUBORDINATE_WORD) === 0) return false;
  // "That’s when she pointed to …" is a cleft, not a subordinate clause
  const c = p.subject.first > 1 ? tokens[p.subject.first - 2] : undefined;
  return !(c && c.kind === 'word' && (c.lower === "that's" || c.lower === "it's" || c.lower === 'is' || c.lower === 'was'));
}

/**
 * A cue in a subordinate clause reaches the quote at qi when no comma closes its clause first. A
 * comma right before the quote introduces it ("…, when he told Chris Wallace, “…”") unless the
 * cue's own reported clause has begun ("when he said that under Obama, “…”": the comma closes a
 * phrase inside it), and not when the subordinate clause itself lies inside someone's reported
 * speech ("Rubio said that once the Senate goes on recess, “…”").
 */
function subordinateReaches(tokens: Token[], p: CuePair, qi: number): boolean {
  if (!commaBetween(tokens, p.cueLast, qi)) return true;
  if (!introducingComma(tokens, qi) || commaBetween(tokens, p.cueLast, qi - 1)) return false;
  if (p.cueLast === qi - 1) return true;
  for (let k = p.cueLast; k < qi - 1; k++) if (tokens[k].lower === 'that') return false;
  const before = p.subject ? tokens[p.subject.first - 2] : undefined;
  return !before || before.lower !== 'that';
}

/**
 * "…, which he called “…”", "Trump, whom he described as “…”", "to which O'Malley interjected:",
 * "at which point the crowd chanted": the cue sits in a relative clause with a subject of its own,
 * so the words it introduces are that subject's, not the main clause's (but an opening "According
 * to X," still frames the whole sentence).
 */
function inObjectRelative(tokens: Token[], p: CuePair): boolean {
  if (!p.subject || p.form === 'inverted' || p.form === 'participle') return false;
  let k = p.subject.first - 1;
  // "at which point the crowd": the relative's own noun
  if (k >= 1 && tokens[k].lower === 'point') k--;
  if (k < 1 || !OBJECT_RELATIVE_PRONOUNS.has(tokens[k].lower)) return false;
  // set off from the main clause ("…, which he", "— whom he", "to which X"); not "for which she apologized:"
  const b = tokens[k - 1];
  return (b.kind === 'punct' && (b.text === ',' || b.text === '—' || b.text === '–' || b.text === '-')) || b.lower === 'to' || b.lower === 'at' || b.lower === 'in';
}

/** Index of the comma that closes an opening subordinate clause before qi, or -1. */
function introClauseEnd(tokens: Token[], s: Sentence, qi: number): number {
  let f = s.first;
  // "So when …, Mr. Barrett said": a leading conjunction before the subordinator
  if (tokens[f] && tokens[f].kind === 'word' && (tokens[f].lower === 'so' || tokens[f].lower === 'and' || tokens[f].lower === 'but' || tokens[f].lower === 'then')) f++;
  const first = tokens[f];
  if (!first || first.kind !== 'word' || (first.bits2 & SUBORDINATOR_OR_ASKED) === 0) return -1;
  for (let k = f + 1; k < qi && k < f + 40; k++) {
    const t = tokens[k];
    if (t.kind === 'quote') return -1;
    if (t.kind === 'punct' && t.text === ',') return k;
  }
  return -1;
}

/**
 * "according to a court document filed by the state attorney", "according to audio provided by
 * Wyoming Public Radio": the record's maker belongs to the mention, so the source runs on to it.
 */
function withAgent(tokens: Token[], s: Sentence, p: CuePair): CuePair {
  const ph = p.subject;
  if (!ph || p.form !== 'inverted' || tokens[p.cueFirst].lower !== 'according') return p;
  // the participle may close the phrase found ("a court filing written") or follow it
  const byAt = tokens[ph.last]?.lower === 'by' ? ph.last : ph.last + 1;
  const v = tokens[byAt - 1];
  const by = tokens[byAt];
  if (!v || v.kind !== 'word' || v.cap || !(v.lower.endsWith('ed') || v.lower.endsWith('en')) || !by || by.lower !== 'by') return p;
  const agent = phraseRight(tokens, byAt + 1, s.last);
  return agent ? { ...p, subject: { ...ph, last: agent.last } } : p;
}

/** A comma, or a quotation closing on one ("…, said: “No comment,” the Herald reported"). */
function setOffByComma(t: Token): boolean {
  return (t.kind === 'punct' && t.text === ',') || (t.kind === 'quote' && t.text.trimEnd().endsWith(','));
}

/**
 * "“…,” Sanders said, according to CNN." / "…, the Tribune reported.": a trailing clause naming the
 * outlet or record the words come through is the attribution the sentence rests on.
 */
function reportingClauseAfter(tokens: Token[], s: Sentence, pairs: readonly CuePair[], from: number): CuePair | null {
  for (const p of pairs) {
    if (p.form === 'participle' || !p.subject) continue;
    // "…,” said Kristen Day, a director, reports USA Today.": the outlet after the verb, even when
    // the subject finder took the speaker before it for the verb's subject
    if (p.form !== 'inverted' && (tokens[p.cueFirst].bits2 & REPORTED_FORM) !== 0 && p.cueFirst >= from && p.cueLast < s.last && tokens[p.cueFirst - 1]?.text === ',' && tokens[p.cueLast].kind === 'word' && (tokens[p.cueLast].cap || tokens[p.cueLast].lower === 'the')) {
      // a run of capitalised words to the sentence's end is the outlet's whole name ("USA Today")
      let e = p.cueLast;
      while (e < s.last && tokens[e].kind === 'word' && tokens[e].cap) e++;
      let np: Phrase | null = null;
      if (e - p.cueLast <= 5 && (e === s.last || tokens[e].kind === 'punct')) np = { first: p.cueLast, last: e, head: e - 1, nameFirst: p.cueLast, nameLast: e };
      else np = subjectRight(tokens, p.cueLast - 1, s.last);
      if (np && s.last - np.last <= 3) return { ...p, subject: np, form: 'inverted' };
    }
    if (p.cueFirst < from) continue;
    const lead = p.form === 'inverted' ? p.cueFirst : p.subject.first;
    const before = lead > 0 ? tokens[lead - 1] : undefined;
    const w = tokens[p.cueFirst].lower;
    const end = p.form === 'inverted' ? p.subject.last : p.cueLast;
    // "… said in a statement according to The Blaze.": closing the sentence, even with no comma
    if (w === 'according' && before && p.form === 'inverted' && s.last - end <= 2 && tokens[end]?.kind === 'punct') return p;
    if (!before || !setOffByComma(before)) continue;
    if (w === 'according') return p;
    // "…, CNN reported." / "…, reported the Washington Examiner.": only as the sentence's closing clause
    if ((tokens[p.cueFirst].bits2 & REPORTED_FORM) !== 0 && s.last - end <= 3) return p;
  }
  return null;
}

/**
 * "Black Lives Matter issued a statement saying …", "Sanders is releasing an ad that urges …": a
 * statement or an ad put out by the sentence's subject speaks for that subject.
 */
function issuerOf(tokens: Token[], s: Sentence, p: CuePair, mainSubject: Phrase | null): Phrase | null {
  if (!p.subject || p.form === 'inverted' || !mainSubject) return null;
  let head = p.subject.head;
  // "an ad that urges": the relative pronoun stands for the noun before it
  if (p.subject.last - p.subject.first === 1 && (tokens[head].lower === 'that' || tokens[head].lower === 'which')) {
    head = p.subject.first - 1;
    // "released a letter Friday that says", "issued a statement on Monday that said": a time phrase may come between
    for (let k = head; k >= s.first && head - k <= 5 && tokens[k].kind === 'word'; k--) {
      if ((tokens[k].bits2 & ARTEFACT) !== 0) {
        head = k;
        break;
      }
    }
  }
  if (head < s.first || tokens[head].kind !== 'word' || (tokens[head].bits2 & ARTEFACT) === 0) return null;
  // back over the noun's own words ("a new 30-second radio ad") to the verb that put it out
  let k = head - 1;
  while (k >= s.first && head - k <= 6 && tokens[k].kind === 'word' && !ISSUE_VERBS.has(tokens[k].lower)) k--;
  if (k < s.first || tokens[k].kind !== 'word' || !ISSUE_VERBS.has(tokens[k].lower)) return null;
  // the verb's own subject ("At a rally, a teenager hoisted a sign"), else the sentence's
  if (tokens[k].lower === 'out') k--;
  const own = k >= s.first ? subjectLeft(tokens, k, s.first) : null;
  if (own && own.last <= k && own.first !== p.subject.first) return own;
  return mainSubject.last <= k && mainSubject.first !== p.subject.first ? mainSubject : null;
}

/** "…,” he said, adding, “…”": the citation a participle hangs on, when it ends right before it. */
function hostClause(tokens: Token[], pairs: readonly CuePair[], part: CuePair): CuePair | null {
  for (const p of pairs) {
    if (p.form === 'participle' || !p.subject || p.cueFirst >= part.cueFirst) continue;
    const end = p.form === 'inverted' ? p.subject.last : p.cueLast;
    if (end < part.cueFirst && onlyCommasBetween(tokens, end, part.cueFirst)) return p;
  }
  return null;
}

/** The citation inside an opening subordinate clause ("After X said …") that the quote at qi closes. */
function subordinateCitation(tokens: Token[], s: Sentence, pairs: readonly CuePair[], qi: number): CuePair | null {
  let f = s.first;
  if (tokens[f] && tokens[f].kind === 'word' && (tokens[f].lower === 'and' || tokens[f].lower === 'but' || tokens[f].lower === 'so')) f++;
  // "But even as Trump claimed …", "Just as she said …"
  if (tokens[f] && tokens[f].kind === 'word' && (tokens[f].lower === 'even' || tokens[f].lower === 'just')) f++;
  const first = tokens[f];
  if (!first || first.kind !== 'word' || (first.bits2 & SUBORDINATE_WORD) === 0 || f >= qi) return null;
  // the clause ends with the quote: "…, “Cruz,” Beck joked"
  const q = tokens[qi].text;
  const next = tokens[qi + 1];
  if (!q.endsWith(',') && !(next && next.kind === 'punct' && next.text === ',')) return null;
  for (const p of pairs) {
    if (p.form === 'participle' || !p.subject || p.form === 'inverted' || p.subject.first <= f || p.cueLast > qi) continue;
    // nothing closes the clause before the quote, bar the comma that introduces it
    for (let k = f + 1; k < qi - 1; k++) if (tokens[k].kind === 'quote' || (tokens[k].kind === 'punct' && tokens[k].text === ',')) return null;
    return p;
  }
  return null;
}

/**
 * "Christie …, and he has battled the mayor, at one point calling him a “liar”": the pronoun
 * subject of the nearest clause in [from, to) that a participle hangs on, or null.
 */
function clausePronoun(tokens: Token[], from: number, to: number): Phrase | null {
  for (let k = to - 2; k > from && to - k <= 30; k--) {
    const t = tokens[k];
    if (t.kind === 'quote' && !shortTitle(t)) return null;
    if (t.kind !== 'word' || (t.lower !== 'he' && t.lower !== 'she' && t.lower !== 'they')) continue;
    const b = tokens[k - 1];
    const opens = (b.kind === 'punct' && (b.text === ',' || b.text === ';')) || (b.kind === 'word' && CLAUSE_LINKS.has(b.lower));
    const n = tokens[k + 1];
    if (opens && n && n.kind === 'word') return { first: k, last: k + 1, head: k, nameFirst: k, nameLast: k + 1 };
  }
  return clauseSubjectBefore(tokens, from, to);
}

/** A quoted name of a few capitalised words with no closing punctuation: a title, not someone's words. */
function shortTitle(t: Token): boolean {
  const words = t.text.replace(/^[\s"“”‘’']+|[\s"“”‘’']+$/g, '').split(/\s+/);
  return words.length <= 3 && words.every((w) => /^[A-Z0-9]/.test(w)) && !/[,.!?;:]$/.test(t.text.trim());
}

/**
 * "…, when Sanders protesters interrupted her speech, shouting “…”", "… as a janitor walks in,
 * saying …": a participle set off right after a subordinate clause hangs on that clause's subject.
 */
function clauseSubjectBefore(tokens: Token[], from: number, to: number): Phrase | null {
  const comma = tokens[to - 1];
  if (!comma || comma.kind !== 'punct' || comma.text !== ',') return null;
  for (let k = to - 2; k >= from && to - k <= 25; k--) {
    const t = tokens[k];
    // a short title in quotation marks ("a nod to the “Star Wars” sequel") stays inside the clause
    if (t.kind === 'quote' && !shortTitle(t)) return null;
    if (t.kind === 'punct' && t.text !== '-') return null;
    if (t.kind !== 'word' || (t.bits2 & SCENE_SUBORDINATOR) === 0) continue;
    // a name or a determined noun phrase opens the clause ("when forced to" has no subject)
    const o = tokens[k + 1];
    if (!o || o.kind !== 'word' || !(o.cap || PHRASE_OPENERS.has(o.lower) || /^[0-9]/.test(o.lower))) return null;
    // "about 50 protesters": the number opens the phrase, the approximation joins it
    const approx = (o.lower === 'about' || o.lower === 'some') && /^[0-9]/.test(tokens[k + 2]?.lower ?? '');
    const found = phraseRight(tokens, approx ? k + 2 : k + 1, to - 1);
    const np = found && approx ? { ...found, first: k + 1 } : found;
    const v = np ? tokens[np.last] : null;
    // the phrase is the clause's subject: a verb follows it
    if (np && v && v.kind === 'word' && !v.cap && np.last < to - 1 && (tokens[np.first].bits2 & RELATIVE_SUBJECT) === 0) return np;
    return null;
  }
  return null;
}

/** ", said X, a description." / ", X said." closing the sentence after the quote at qi, set off by a comma. */
function closingCitation(tokens: Token[], s: Sentence, pairs: readonly CuePair[], qi: number): CuePair | null {
  for (const p of pairs) {
    if (p.form === 'participle' || !p.subject || p.cueFirst <= qi) continue;
    const lead = p.form === 'inverted' ? p.cueFirst : p.subject.first;
    const b = lead > 0 ? tokens[lead - 1] : undefined;
    if (!b || b.kind !== 'punct' || b.text !== ',') continue;
    const w = tokens[p.cueFirst].lower;
    if (w !== 'said' && w !== 'says' && w !== 'wrote' && w !== 'writes' && w !== 'added' && w !== 'adds') continue;
    if ((tokens[p.subject.first].bits2 & RELATIVE_SUBJECT) !== 0) continue; // "…, and Sanders, who says it's “…”"
    const end = p.form === 'inverted' ? p.subject.last : p.cueLast;
    // the sentence ends there, or only the speaker's appositive follows (", said X, a professor at Y.")
    const appositive = p.form === 'inverted' && tokens[end]?.kind === 'punct' && tokens[end].text === ',';
    if (s.last - end <= 2 || appositive) return p;
  }
  return null;
}

/** A citation with its own subject that ends right before the quote at qi, bar a comma or a colon ("X said, “", "X fired back: “"). */
function introducingCue(tokens: Token[], s: Sentence, pairs: readonly CuePair[], qi: number): CuePair | null {
  for (const p of pairs) {
    if (p.form === 'participle' || !p.subject || p.limit === 'attached' || p.form === 'inverted' || p.cueLast > qi || p.cueLast < qi - 2 || p.subject.first < s.first) continue;
    // "X said “", "X said, “", "X scolded him: “"
    let k = p.cueLast;
    if (k === qi - 2 && tokens[k].kind === 'word' && OBJECT_PRONOUNS.has(tokens[k].lower)) k++;
    if (k === qi - 1 && !(tokens[k].kind === 'punct' && (tokens[k].text === ',' || tokens[k].text === ':'))) continue;
    if (k < qi - 1) continue;
    // the subject opens a clause: not "Nothing the president said “…”" nor "Candidates who think “…”"
    // (a subject at the text's start opens the sentence: no read at -1, which would leave this load megamorphic)
    const b = tokens[Math.max(0, p.subject.first - 1)];
    const opens = p.subject.first === s.first || (b.kind === 'punct' && (b.text === ',' || b.text === ':' || b.text === ';')) || b.lower === 'and' || b.lower === 'but';
    if (!opens || (tokens[p.subject.first].bits2 & RELATIVE_SUBJECT) !== 0) continue;
    // its own subject right before the verb: not a coordinated "… but added, “…,” Pence said"
    if (p.cueFirst - p.subject.last > 2) continue;
    return p;
  }
  return null;
}

/** "“…,” he wrote, “…”": the cue between the two parts of a split quote, the second at qi. */
function splitCue(tokens: Token[], pairs: readonly CuePair[], qi: number): CuePair | null {
  for (const p of pairs) {
    if (p.form === 'participle' || !p.subject || p.form === 'inverted' || p.cueLast !== qi - 1 || tokens[qi - 1].text !== ',') continue;
    const b = p.subject.first > 0 ? tokens[p.subject.first - 1] : undefined;
    if (b && b.kind === 'quote' && setOffByComma(b)) return p;
  }
  return null;
}

/**
 * "DuVernay said she felt … because “…,” she said.": a pronoun cue closing the sentence after the
 * quote echoes the citation that opens it; the mention the quote hangs on is that first one.
 */
function sentenceCueBeforeEcho(tokens: Token[], s: Sentence, pairs: readonly CuePair[], qi: number, after: CuePair): CuePair | null {
  if (!after.subject || after.form === 'inverted' || after.subject.last - after.subject.first !== 1 || (tokens[after.subject.first].bits2 & ECHO_PRONOUN) === 0) return null;
  const p = pairs[0];
  if (!p || p === after || p.form === 'participle' || !p.subject || p.form === 'inverted' || p.cueLast > qi || p.subject.first !== s.first || relativeSubject(tokens, p)) return null;
  if (p.cueFirst - p.subject.last > 2) return null;
  // only a closing echo: not an aside inside the sentence ("X suggested … - “…,” she said - and charged …")
  if (s.last - after.cueLast > 1) return null;
  return p;
}

/**
 * The cue chosen for a quote: how it was reached, the citation an outlet relays ("…,” X said,
 * according to CNN"), and the cue after the quote that only echoes the one chosen ("X said “…,”
 * she said"): gold-style attribution gives the words that follow to that echo.
 */
export interface CueChoice {
  pair: CuePair;
  via: 'after' | 'before' | 'later';
  relayed?: CuePair;
  echo?: CuePair;
}

/** The cue for the quote at qi within its sentence, when there is one. */
export function cueForQuote(
  tokens: Token[],
  s: Sentence,
  pairs: readonly CuePair[],
  qi: number,
  mainSubject: Phrase | null,
): CueChoice | null {
  const inner = innerCueForQuote(tokens, s, pairs, qi, mainSubject);
  if (!inner) return null;
  let found: CueChoice = inner;
  // "…, he laughed and said, “We'll see.”": a coordinated verb shares the nearest clause's subject
  const fp = found.pair;
  if (fp.subject && fp.form !== 'inverted' && fp.form !== 'participle' && fp.subject.last < fp.cueFirst) {
    let b = fp.cueFirst - 1;
    while (b > fp.subject.last && tokens[b].kind === 'word' && (tokens[b].lower.endsWith('ly') || tokens[b].lower === 'later' || tokens[b].lower === 'then' || tokens[b].lower === 'also')) b--;
    if (b > fp.subject.last && tokens[b].kind === 'word' && (tokens[b].lower === 'and' || tokens[b].lower === 'but')) {
      const own = clausePronoun(tokens, fp.subject.last, b + 1);
      if (own) found = { pair: { ...fp, subject: own }, via: found.via };
    }
  }
  const issuer = issuerOf(tokens, s, found.pair, mainSubject);
  if (issuer) found = { pair: { ...found.pair, subject: issuer, form: 'plain' }, via: found.via };
  const outer = reportingClauseAfter(tokens, s, pairs, Math.max(qi, found.pair.cueLast, found.pair.subject ? found.pair.subject.last : 0));
  // the outlet is the mention the attribution rests on; the words stay those of whoever it says spoke them
  if (outer) return { pair: withAgent(tokens, s, outer), via: found.via, relayed: found.pair };
  return { ...found, pair: withAgent(tokens, s, found.pair), echo: inner.echo };
}

/** Only linking words ("that", "as", "it") and a colon or comma, at most four, from k up to the quote at qi. */
function linksRightBefore(tokens: Token[], k: number, qi: number): boolean {
  let steps = 0;
  while (k < qi && steps < 4) {
    const t = tokens[k];
    if ((t.kind === 'word' && LINKS_BEFORE_QUOTE.has(t.lower)) || (t.kind === 'punct' && (t.text === ':' || t.text === ','))) {
      k++;
      steps++;
      continue;
    }
    break;
  }
  return k === qi;
}

interface PrecedingCues {
  /** The cue right before the quote ("said that “"). */
  immediate: CuePair | null;
  /** The main clause's cue, leftmost unless a later clause takes over. */
  leftmost: CuePair | null;
  /** A relative pronoun's cue ("a report that accuses …"), a last resort. */
  relativeFirst: CuePair | null;
  /** A noun's own participle ("softer language calling for “…”"). */
  attachedFirst: CuePair | null;
}

function innerCueForQuote(
  tokens: Token[],
  s: Sentence,
  pairs: readonly CuePair[],
  qi: number,
  mainSubject: Phrase | null,
): CueChoice | null {
  const after = pairRightAfter(tokens, pairs, qi, s.first);
  // "Feinstein said “…,” she said", "Fallon fired back: “…,” he wrote": the cue that introduces the
  // quote comes first and names the speaker; the one after only repeats it
  const opener = after ? (introducingCue(tokens, s, pairs, qi) ?? sentenceCueBeforeEcho(tokens, s, pairs, qi, after)) : null;
  if (opener && after) return { pair: opener, via: 'before', echo: after };
  // "Fallon fired back: “…,” he wrote, “…”": the rest of a split quote goes where its first part went
  const split = splitCue(tokens, pairs, qi);
  if (split) {
    const first = introducingCue(tokens, s, pairs, split.subject!.first - 1);
    if (first) return { pair: first, via: 'before' };
  }
  if (after) {
    // "When someone in the crowd shouted, “Cruz,” Beck joked …": the quote closes an opening
    // subordinate clause, whose own citation holds it; the main clause's cue comes after
    const own = subordinateCitation(tokens, s, pairs, qi);
    return own ? { pair: own, via: 'before' } : { pair: after, via: 'after' };
  }
  return chooseCue(tokens, s, pairs, qi, precedingCues(tokens, s, pairs, qi), mainSubject);
}

/** The cues before the quote at qi: the one right before it, the leftmost main one, a relative's and a noun's own participle. */
function precedingCues(tokens: Token[], s: Sentence, pairs: readonly CuePair[], qi: number): PrecedingCues {
  let immediate: CuePair | null = null;
  let leftmost: CuePair | null = null;
  // an opening subordinate clause ("Asked if he believed …, Carson said …") does not hold the main cue
  const introEnd = introClauseEnd(tokens, s, qi);
  const hasMainAfterIntro = introEnd >= 0 && pairs.some((p) => p.form !== 'participle' && p.cueFirst > introEnd && p.cueLast <= qi);
  let relativeFirst: CuePair | null = null;
  // a noun's own participle ("softer language calling for “…”") when no clause cites the quote
  let attachedFirst: CuePair | null = null;
  // where the last main-clause (not subordinate) cue before the quote starts: one pass, so the loop below stays linear
  let lastMainFirst = -1;
  for (const x of pairs) if (x.form !== 'participle' && x.cueLast <= qi && !inSubordinate(tokens, x)) lastMainFirst = Math.max(lastMainFirst, x.cueFirst);
  // (worked out only when a later cue must be weighed against the leftmost: most quotes never ask)
  let breakBefore: Int32Array | null = null;
  for (const p of pairs) {
    if (p.cueLast > qi) continue;
    if (p.form === 'inverted' && p.subject && p.subject.first > qi) continue;
    if (hasMainAfterIntro && p.cueFirst < introEnd) continue;
    // "after the interview concluded, Maher stated …": a cue inside a subordinate clause yields to a later main one
    if (inSubordinate(tokens, p) && lastMainFirst > p.cueLast && !parenthetical(tokens, p)) continue;
    const relative = !!p.subject && p.subject.last - p.subject.first === 1 && (tokens[p.subject.first].bits2 & RELATIVE_SUBJECT) !== 0;
    if (p.limit === 'attached' && !attachedFirst) attachedFirst = p;
    if (p.form !== 'participle' && !leftmost && p.limit !== 'attached') {
      // a relative pronoun ("a report that accuses …") is a last resort for the main cue
      if (relative) {
        if (!relativeFirst) relativeFirst = p;
      } else leftmost = p;
    } else if (p.form !== 'participle' && !relative && (startsClause(tokens, p) || parenthetical(tokens, p) || (inSubordinate(tokens, p) && subordinateReaches(tokens, p, qi)) || (!!leftmost && coordinatedAfter(tokens, (breakBefore ??= coordinationBreaks(tokens, s, qi)), s, leftmost, p)))) {
      // "…, although he tweeted that he “…”": a later clause with its own speaker holds the quote
      // "Christie refers to him as “…”, while Trump refers to the governor as “…”": a new main clause
      leftmost = p;
    }
    // right before: "said that “", "told reporters: “", "adding that “", "called it “"
    if (linksRightBefore(tokens, p.cueLast, qi)) immediate = p;
  }
  return { immediate, leftmost, relativeFirst, attachedFirst };
}
/** Which of the preceding cues holds the quote, or a closing or later one. */
function chooseCue(tokens: Token[], s: Sentence, pairs: readonly CuePair[], qi: number, c: PrecedingCues, mainSubject: Phrase | null): CueChoice | null {
  const { immediate, leftmost, relativeFirst, attachedFirst } = c;
  // "The vote signals “the end” for the union, said Geert Wilders, a party founder.": a closing
  // ", said X" set off by a comma governs the whole sentence, even a verb that introduces the quote
  const closing = closingCitation(tokens, s, pairs, qi);
  if (closing) return { pair: closing, via: 'later' };
  // a cue right before the quote wins only when no earlier main cue governs the sentence
  // ("Clinton says Americans are “…,” but hungry for what she calls “…”" is Clinton's)
  if (immediate && (immediate.form === 'participle' || !leftmost || leftmost === immediate || (inObjectRelative(tokens, immediate) && tokens[leftmost.cueFirst].lower !== 'according') || asideFor(tokens, leftmost, immediate))) {
    if (immediate.form === 'participle') {
      const host = hostClause(tokens, pairs, immediate);
      const borrowed = host
        ? host.subject
        : (clausePronoun(tokens, leftmost && leftmost !== immediate ? leftmost.cueLast : s.first, immediate.cueFirst) ??
          (leftmost && leftmost !== immediate ? leftmost.subject : mainSubject));
      if (borrowed) return { pair: { ...immediate, subject: borrowed }, via: 'before' };
    } else return { pair: immediate, via: 'before' };
  }
  // "…, X said, adding that …“…”": the nearest cue is the participle, speaking for the same subject
  let nearest: CuePair | null = null;
  for (const p of pairs) if (p.cueLast <= qi && !(p.form === 'inverted' && p.subject && p.subject.first > qi)) nearest = p;
  if (nearest && nearest.form === 'participle' && leftmost && leftmost.cueFirst < nearest.cueFirst && leftmost.subject) {
    const host = hostClause(tokens, pairs, nearest);
    return { pair: { ...nearest, subject: host ? host.subject : (clausePronoun(tokens, leftmost.cueLast, nearest.cueFirst) ?? leftmost.subject) }, via: 'before' };
  }
  // "…, said Beck, who said there were “…”": a relative clause's own cue is the nearer, truer one
  if (nearest && nearest.form !== 'participle' && nearest.subject && nearest.subject.first === nearest.subject.last - 1) {
    const w = tokens[nearest.subject.first].lower;
    let closed = false;
    for (let k = nearest.cueLast; k < qi; k++) if (tokens[k].kind === 'punct' && tokens[k].text === ',') closed = true;
    // (a restrictive relative, "a surrogate who said …", only picks out the noun: the main cue stays the source)
    const setOff = nearest.subject.first > 0 && tokens[nearest.subject.first - 1].kind === 'punct';
    if ((w === 'who' || w === 'which') && !closed && setOff) return { pair: nearest, via: 'before' };
  }
  if (leftmost) {
    // "Reid said both are “non-entities,” but he gave the Texan a compliment: “…”": a later clause of
    // its own, closing on the colon that introduces the quote, hands the quote to its subject
    const colon = tokens[qi - 1];
    if (leftmost.subject && leftmost.form !== 'inverted' && colon && colon.kind === 'punct' && colon.text === ':') {
      const own = clausePronoun(tokens, leftmost.cueLast, qi);
      if (own && own.first > leftmost.cueLast) return { pair: { ...leftmost, subject: own }, via: 'before' };
    }
    return { pair: leftmost, via: 'before' };
  }
  // participles alone ("…, saying “…”") borrow the main subject
  for (const p of pairs) {
    if (p.form === 'participle' && p.cueLast <= qi) {
      const own = clausePronoun(tokens, s.first, p.cueFirst) ?? mainSubject;
      if (own) return { pair: { ...p, subject: own }, via: 'before' };
    }
  }
  if (relativeFirst) return { pair: relativeFirst, via: 'before' };
  if (attachedFirst) return { pair: attachedFirst, via: 'before' };
  // a later cue set off by a comma: "…, the defense minister said."
  for (const p of pairs) {
    if (p.cueFirst <= qi || p.form === 'participle' || !p.subject || relativeSubject(tokens, p)) continue;
    const lead = p.form === 'inverted' ? p.cueFirst : p.subject.first;
    const before = tokens[lead - 1];
    if (before && ((before.kind === 'punct' && (before.text === ',' || before.text === '—')) || before.kind === 'quote')) return { pair: p, via: 'later' };
  }
  return null;
}

/** The quote at qi opens its sentence, perhaps after a short lead-in ("Instead, “…”", "And “…”"). */
export function opensSentence(tokens: Token[], s: Sentence, qi: number): boolean {
  let k = s.first;
  while (k < qi && tokens[k].kind === 'punct') k++;
  if (k < qi && qi - k <= 3) {
    if (tokens[qi - 1].kind === 'punct' && (tokens[qi - 1].text === ',' || tokens[qi - 1].text === ':')) k = qi;
    else if (qi - k === 1 && tokens[k].kind === 'word' && (tokens[k].lower === 'and' || tokens[k].lower === 'but' || tokens[k].lower === 'so')) k = qi;
  }
  return k === qi;
}

/** Whether a quote with no cue of its own reads as speech carrying on from earlier. */
export function readsAsContinuation(tokens: Token[], s: Sentence, qi: number, afterSpeech = false): boolean {
  const q = tokens[qi];
  const words = wordCount(q.text, 12);
  // "“Top secret” is the highest level", "“Daily Show” host Trevor Noah": a short unpunctuated quote
  // running straight on into the sentence's words is a mention of the words, not more of anyone's speech
  const n = tokens[qi + 1];
  const last = q.text.trimEnd().slice(-1);
  if (words <= 3 && n && n.kind === 'word' && !n.afterBreak && qi + 1 < s.last && !/[,.!?;:…—–-]/.test(last)) return false;
  // right after someone's quote in the same paragraph even "“Big time.”" carries on their words
  return (opensSentence(tokens, s, qi) && (afterSpeech || words >= 4)) || words >= 10;
}

export { introducedAsTerm };
