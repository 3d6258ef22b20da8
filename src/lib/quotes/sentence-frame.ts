/**
 * The sentence frame pass: for one sentence, registers the names it mentions, finds its subject
 * (an expletive "There’s …" stands for no one), its cue pairs and the entity each cue's source
 * names, resolved in reading order so a named source comes into focus for later pronouns. The
 * frame is what the quote pass reads each quotation of the sentence against.
 */
import type { Token } from './tokens.ts';
import type { Sentence } from './sentences.ts';
import type { CuePair } from './cues.ts';
import { sentenceSubject, phraseRight, isPronoun, type Phrase } from './noun-phrases.ts';
import { nameRunEnd } from './mentions.ts';
import { nameWords } from './speaker-identity.ts';
import type { Entity } from './coreference.ts';
import { ORG_HEADS } from './organizations.ts';
import { countryOf } from './world-knowledge.ts';
import { mentionAt, pairsOf, resolveAt, type ArticleState, type PieceReading } from './reading-state.ts';
import { BODY_NOUN, CUE_TRIGGER, DOCUMENT_NOUN, ORG_HEAD } from './word-bits.ts';
import { noteDocuments } from './document-issuers.ts';
import { noteUnnamedBodies } from './body-references.ts';
import { speechVerbBase } from './speech-cues.ts';
import { endsPossessive, endsPossessiveS } from './possessives.ts';
import { BE_OR_GET, HAVE_FORMS, IRREGULAR_PASTS, MODALS } from './lexicon.ts';

// (string methods called through String.prototype on this hot path: decision 0020)
const indexOf = String.prototype.indexOf;
const charCodeAt = String.prototype.charCodeAt;
const endsWith = String.prototype.endsWith;

export interface SentenceFrame {
  /** Sentence index in the piece. */
  index: number;
  s: Sentence;
  /** The sentence holds a quotation token. */
  quoted: boolean;
  /** Every cue pair of the sentence, and those that cite (the weak ones dropped when a strong one is there). */
  allPairs: readonly CuePair[];
  pairs: readonly CuePair[];
  subject: Phrase | null;
  /** The subject is an expletive ("There’s", "It is"); `agent` is then its clause's agent, if any. */
  expletive: boolean;
  agent: Phrase | null;
  /** Who the subject (or the expletive's agent) is. */
  subjectEntity: Entity | null;
  /** Each cue pair's resolved source, filled in reading order (null until a pair is resolved: most sentences have none). */
  pairEntity: PairEntities | null;
}

/**
 * The entities of a frame's resolved cue pairs. A sentence resolves a pair or two and asks of them
 * a few times (42,000 Map calls a pass, and a Map made per sentence with a pair): they are found by
 * a scan of the few, and a Map takes over past SCANNED_PAIRS (time stays linear on any text).
 */
export class PairEntities {
  private readonly pairs: CuePair[] = [];
  private readonly entities: (Entity | null)[] = [];
  private map: Map<CuePair, Entity | null> | null = null;

  /** The pair's entity (null for no one), undefined when not resolved. */
  get(p: CuePair): Entity | null | undefined {
    if (this.map) return this.map.get(p);
    const pairs = this.pairs;
    for (let i = 0; i < pairs.length; i++) if (pairs[i] === p) return this.entities[i];
    return undefined;
  }

  set(p: CuePair, e: Entity | null): void {
    if (this.map) {
      this.map.set(p, e);
      return;
    }
    const pairs = this.pairs;
    for (let i = 0; i < pairs.length; i++) {
      if (pairs[i] === p) {
        this.entities[i] = e;
        return;
      }
    }
    if (pairs.length < SCANNED_PAIRS) {
      pairs.push(p);
      this.entities.push(e);
      return;
    }
    this.map = new Map();
    for (let i = 0; i < pairs.length; i++) this.map.set(pairs[i], this.entities[i]);
    this.map.set(p, e);
  }
}

const SCANNED_PAIRS = 8;

/** A single capitalised word that could name an organisation or a country ("NATO", "Moscow", "Reuters"). */
function mayNameOrganization(t: Token): boolean {
  const l = t.lower;
  const possessive = endsPossessiveS(l);
  const w = possessive ? l.slice(0, -2) : l;
  // (a possessive's bare word is a new string, asked of the list; any other word's token bits say it)
  if ((possessive ? ORG_HEADS.has(w) : (t.bits & ORG_HEAD) !== 0) || countryOf(w)) return true;
  // (a word's text is its source slice: its length is end - start, with no megamorphic load of a string's length)
  if (t.end - t.start < 2) return false;
  const c = charCodeAt.call(t.text, 1); // read only in bounds: a NaN code makes V8 deoptimise the caller
  return c >= 65 && c <= 90; // an acronym
}

/** Verbs after which "it" is a dummy subject ("It is strange that …", "It seems …"). */
const DUMMY_IT_VERBS = new Set(['is', 'was', 'seems', 'seemed', 'appears', 'appeared', 'remains', 'remained']);

/** "There’s still time …", "It is strange that …": a subject that stands for no one. */
function isExpletive(tokens: Token[], ph: Phrase): boolean {
  if (ph.last - ph.first !== 1) return false;
  const l = tokens[ph.first].lower;
  const w = indexOf.call(l, '’') >= 0 ? l.replace(/’/g, "'") : l;
  if (w === 'there' || w === "there's") return true;
  const v = tokens[ph.last];
  // "It’s denouncing what it calls …": "it is" before a verb of saying is a body speaking, not a dummy subject
  if (w === "it's") return !(v && v.kind === 'word' && endsWith.call(v.lower, 'ing') && speechVerbBase(v.lower) !== null);
  return w === 'it' && !!v && v.kind === 'word' && DUMMY_IT_VERBS.has(v.lower);
}

/**
 * The one an expletive subject's clause is about: "time for Cruz to …", "strange that Trump would …"
 * (before the first quotation or comma); null when it names no one.
 */
function agentAfterExpletive(tokens: Token[], ph: Phrase, s: Sentence): Phrase | null {
  for (let k = ph.last; k < s.last - 1 && k < ph.last + 12; k++) {
    const t = tokens[k];
    if (t.kind === 'quote' || (t.kind === 'punct' && t.text !== '’')) return null;
    if (t.kind === 'word' && (t.lower === 'for' || t.lower === 'that')) {
      const np = phraseRight(tokens, k + 1, Math.min(s.last, k + 8));
      const nx = np ? tokens[np.last] : undefined;
      // "for Cruz to", "for news accounts to", "that Trump would": the subject of its own clause
      if (np && nx && nx.kind === 'word' && !nx.cap && (tokens[np.head].cap || (t.lower === 'for' && nx.lower === 'to'))) return np;
    }
  }
  return null;
}

/**
 * "Scott bristles at …", "Perez lobbies for …": a phrase of a person the article has named and an
 * -s word is that person and their verb, not a compound noun ("Small groups", "Exit polls").
 */
function nameBeforeVerb(a: ArticleState, tokens: Token[], ph: Phrase | null): Phrase | null {
  if (!ph || ph.last - ph.first !== 2 || ph.nameFirst !== ph.first || ph.head !== ph.first + 1) return ph;
  const name = tokens[ph.first];
  const verb = tokens[ph.head];
  if (!name.cap || verb.cap || !verb.lower.endsWith('s') || !a.registry.knows(name.text)) return ph;
  // "Trump supporters waved", "Clinton aides said", "Trump officials have": a verb right after
  // the -s word makes it the head noun of the subject, not the verb
  const next = tokens[ph.last];
  if (next && next.kind === 'word' && !next.cap && isVerbAfterSubject(next.lower)) return ph;
  return { first: ph.first, last: ph.first + 1, head: ph.first, nameFirst: ph.first, nameLast: ph.first + 1 };
}

/** A finite verb or auxiliary, the word that follows a subject ("waved", "said", "have", "will"). */
function isVerbAfterSubject(lower: string): boolean {
  return lower.endsWith('ed') || IRREGULAR_PASTS.has(lower) || HAVE_FORMS.has(lower) || MODALS.has(lower) || BE_OR_GET.has(lower);
}

/**
 * What the walk that registers a sentence's names also finds: the word lists its words are in
 * (word-bits.ts), whether it holds a quotation, and where its cue triggers lie (from the first to
 * past the last; -1 when it has none).
 */
interface SentenceWords {
  bits: number;
  quoted: boolean;
  firstTrigger: number;
  afterTriggers: number;
}

/**
 * Registers the names a sentence mentions, so surnames and roles can find them later; returns the
 * sentence's SentenceWords (one walk over its tokens does both).
 */
function registerNames(a: ArticleState, r: PieceReading, s: Sentence): SentenceWords {
  const tokens = r.tokens;
  let bits = 0;
  let quoted = false;
  let firstTrigger = -1;
  let afterTriggers = -1;
  // (nameRuns walked in place: no array of runs per sentence)
  for (let x = s.first; x < s.last; ) {
    const y = nameRunEnd(tokens, x, s.first, s.last);
    // (each token once: the run [x, y), else the one token x; a quotation token has no bits, so no trigger bit)
    for (let k = x, end = y < 0 ? x + 1 : y; k < end; k++) {
      const t = tokens[k];
      bits |= t.bits;
      if ((t.bits & CUE_TRIGGER) !== 0) {
        if (firstTrigger < 0) firstTrigger = k;
        afterTriggers = k + 1;
      } else if (t.kind === 'quote') quoted = true;
    }
    if (y < 0) {
      x++;
      continue;
    }
    // a lone capitalised word registers only as an organisation or a country (cheap test first)
    if (y - x > 1 || mayNameOrganization(tokens[x])) {
      const m = mentionAt(r, x, y);
      if (m && m.kind === 'name' && (m.type === 'organization' || m.titled || indexOf.call(m.name, ' ') > 0)) a.registry.fromName(m, tokens[x].start, false);
    }
    x = y;
  }
  return { bits, quoted, firstTrigger, afterTriggers };
}

export function readSentenceFrame(a: ArticleState, r: PieceReading, si: number): SentenceFrame {
  const tokens = r.tokens;
  const s = r.sentences[si];
  r.sentenceFirst = s.first;
  const { bits, quoted, firstTrigger, afterTriggers } = registerNames(a, r, s);
  // (cue pairs are read from the tokens alone, so after the names as well as before; a sentence with no cue trigger has none)
  const allPairs = firstTrigger >= 0 ? pairsOf(r, si, firstTrigger, afterTriggers) : NO_PAIRS;
  const pairs = withoutWeak(allPairs);

  const subject = nameBeforeVerb(a, tokens, sentenceSubject(tokens, s));
  // an expletive subject ("There’s time for Cruz to …") is no one: its clause's agent, or none, speaks for it
  const expletive = !!subject && isExpletive(tokens, subject);
  const agent = subject && expletive ? agentAfterExpletive(tokens, subject, s) : null;
  const subjectEntity = expletive ? (agent ? resolveAt(a, r, agent) : null) : subject ? resolveAt(a, r, subject) : null;
  const frame: SentenceFrame = { index: si, s, quoted, allPairs, pairs, subject, expletive, agent, subjectEntity, pairEntity: null };
  // documents this sentence introduces ("Mariano wrote a memoir"), for a later "the book said",
  // and unnamed bodies ("a ballot commission"): only a sentence with such a noun has any
  if (bits & DOCUMENT_NOUN) noteDocuments(tokens, s, subject, subjectEntity, (ph) => resolveAt(a, r, ph), (a.documents ??= new Map()));
  if (bits & BODY_NOUN) noteUnnamedBodies(tokens, s, (a.unnamedBodies ??= new Map()));
  resolvePairSources(a, r, frame);
  return frame;
}

/** The cue pairs of a sentence with no cue trigger (shared: no reader changes a pair list). */
const NO_PAIRS: readonly CuePair[] = [];

/** The pairs that are not weak (the array itself when none is: most sentences have no pair at all). */
function withoutWeak(allPairs: readonly CuePair[]): readonly CuePair[] {
  let weak = 0;
  for (let i = 0; i < allPairs.length; i++) if (allPairs[i].limit === 'weak') weak++;
  if (weak === 0) return allPairs;
  const strong: CuePair[] = [];
  for (let i = 0; i < allPairs.length; i++) if (allPairs[i].limit !== 'weak') strong.push(allPairs[i]);
  return strong;
}

/** Resolves each cue's source in reading order; a named source comes into focus for later pronouns. */
function resolvePairSources(a: ArticleState, r: PieceReading, f: SentenceFrame): void {
  const tokens = r.tokens;
  const { subject, subjectEntity } = f;
  // "Reagan was known for what he called …": a person the sentence names as its subject is whom its
  // later pronouns mean, unless the pronoun's clause is set off as a reporting aside (", he said")
  const namedSubject = !!subject && !!subjectEntity && subjectEntity.speaker.type === 'person' && subjectEntity.words.length >= 2 && tokens[subject.head].cap;
  for (const p of f.pairs) {
    if (!p.subject) continue;
    const before = p.subject.first > 0 ? tokens[p.subject.first - 1] : undefined;
    if (namedSubject && subject && p.subject.first >= subject.last && p.subject.last - p.subject.first === 1 && isPronoun(tokens[p.subject.first]) && before && before.kind === 'word') a.registry.focus(subjectEntity);
    const e = p.subject === subject ? subjectEntity : resolveAt(a, r, p.subject);
    (f.pairEntity ??= new PairEntities()).set(p, e);
    // a named speaker comes into focus at once: "McCaskill scolded him: “…,” she said."
    const head = tokens[p.subject.head];
    if (e && e.speaker.type === 'person' && head.cap && p.form !== 'inverted') a.registry.focus(e);
  }
}

/**
 * The person a sentence names in full for the first time, when it is the only person the sentence
 * speaks of: no other person's name (a possessive, "Trump’s plan", does not count) and no he, she
 * or him. Null otherwise.
 */
export function soleNewcomer(a: ArticleState, r: PieceReading, s: Sentence): Entity | null {
  const tokens = r.tokens;
  const e = a.registry.introducedPerson(tokens[s.first].start, tokens[s.last - 1].end);
  if (!e) return null;
  for (let k = s.first; k < s.last; k++) {
    const l = tokens[k].lower;
    if (l === 'he' || l === 'she' || l === 'him') return null;
  }
  return namesAnotherPerson(a, r, s.first, s.last, e, (x, last) => tokens[x].start <= e.introduced && e.introduced < last.end) ? null : e;
}

/**
 * Whether tokens [from, to) name a person other than e (a possessive, "Trump’s plan", does not
 * count, nor a run `skip` rules out): a name the registry knows as a person's, or a person's full name.
 */
export function namesAnotherPerson(a: ArticleState, r: PieceReading, from: number, to: number, e: Entity, skip: (x: number, last: Token) => boolean): boolean {
  const tokens = r.tokens;
  // (nameRuns walked in place, as registerNames does)
  for (let x = from, y = from; x < to; x = y) {
    y = nameRunEnd(tokens, x, from, to);
    if (y < 0) {
      y = x + 1;
      continue;
    }
    if (namesOtherPerson(a, r, x, y, e, skip)) return true;
  }
  return false;
}

/** Whether the name run [x, y) names a person other than e (namesAnotherPerson). */
function namesOtherPerson(a: ArticleState, r: PieceReading, x: number, y: number, e: Entity, skip: (x: number, last: Token) => boolean): boolean {
  const last = r.tokens[y - 1];
  if (endsPossessive(last.lower) || skip(x, last)) return false;
  const m = mentionAt(r, x, y);
  if (!m || m.kind !== 'name') return false;
  const words = nameWords(m.name);
  if (words.length > 0 && e.words.includes(words[words.length - 1])) return false;
  return a.registry.knows(m.name) || (m.type === 'person' && indexOf.call(m.name, ' ') > 0);
}

/** The entity a cue pair's source names (resolved once per sentence). */
export function entityOf(a: ArticleState, r: PieceReading, f: SentenceFrame, p: CuePair): Entity | null {
  if (!p.subject) return null;
  // (one get: a resolved pair's entry is an entity or null, never undefined)
  const known = f.pairEntity?.get(p);
  if (known !== undefined) return known;
  if (p.subject === f.subject) return f.subjectEntity;
  const e = resolveAt(a, r, p.subject);
  (f.pairEntity ??= new PairEntities()).set(p, e);
  return e;
}

/** Whether a cue pair's source has been resolved in this frame (entityOf). */
export function pairResolved(f: SentenceFrame, p: CuePair): boolean {
  return f.pairEntity !== null && f.pairEntity.get(p) !== undefined;
}

/** "Trump’s": a person the article has named (not an outlet or a place). */
export function possessorIsPerson(a: ArticleState, r: PieceReading, i: number): boolean {
  const t = r.tokens[i];
  if (!t.cap) return t.lower === 'his' || t.lower === 'her';
  const m = mentionAt(r, i, i + 1);
  if (!m || m.kind !== 'name' || m.type !== 'person') return false;
  const name = m.name;
  // (the regex only for a name ending in "s": most end otherwise)
  return a.registry.knows(name.charCodeAt(name.length - 1) === 115 ? name.replace(/['’]s$/, '') : name);
}
