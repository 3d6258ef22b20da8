/**
 * The data shapes the passes of extractQuotes hand each other. `ArticleState` is everything that
 * crosses quotes, sentences and paragraphs (the entities met so far, whose turn it is, the output
 * so far); `PieceReading` is one paragraph (or piece of a very long one) being read: its tokens,
 * sentences and cue pairs. Also the resolution of a phrase to an entity, which every pass shares.
 */
import type { Quote, ReportedSpeech, Speaker, TextSpan } from './quote-types.ts';
import type { Block } from './text-structure.ts';
import type { QuotationSpan } from './quotation-spans.ts';
import type { Token } from './tokens.ts';
import type { Sentence } from './sentences.ts';
import { findCuePairs, type CuePair } from './cues.ts';
import { subjectLeft, appositiveEnd, type Phrase } from './noun-phrases.ts';
import { analyzeMention, type Mention } from './mentions.ts';
import { EntityRegistry, headlineEnd, type Entity } from './coreference.ts';
import { capitalisedPlural } from './word-class.ts';
import { DASH_MARKS } from './lexicon.ts';
import { nameAfterDescription, unnamedMember } from './described-names.ts';
import { documentSource, type DocumentsSeen } from './document-issuers.ts';
import { bodyReference, type UnnamedBodies } from './body-references.ts';
import { campaignOwner, campaignReference } from './campaigns.ts';
import { BODY_NOUN, DOCUMENT_NOUN } from './word-bits.ts';

/** A speech attribution that a later quote with no cue of its own may carry on from. */
export interface Attributed {
  cue: TextSpan | null;
  source: TextSpan | null;
  entity: Entity | null;
  paragraph: number;
}

/** How a quote was read, for a quote listed right after it ("“Miss Piggy” and “Miss Housekeeping”"). */
export interface QuoteDecision {
  speech: boolean;
  cue: TextSpan | null;
  source: TextSpan | null;
  entity: Entity | null;
}

/** What crosses quotes: the entities met so far, whose turn it is, and the output so far. */
export interface ArticleState {
  readonly text: string;
  readonly blocks: Block[];
  readonly spans: QuotationSpan[];
  readonly registry: EntityRegistry;
  readonly quotes: Quote[];
  readonly reported: ReportedSpeech[];
  /** Speakers of speech quotes, and of reported speech only, once each in order (with their seen ids). */
  readonly speakers: Speaker[];
  readonly reportedSpeakers: Speaker[];
  readonly seenSpeaker: Set<string>;
  readonly seenReported: Set<string>;
  /** The last speech attribution, for quotes that carry on without a cue. */
  previous: Attributed | null;
  /** How the last quote was read. */
  lastQuoteDecision: QuoteDecision | null;
  /** The person subject of the sentence just read, when it had no quotation and cited no one. */
  subjectTurn: Attributed | null;
  /** The latest document of each kind introduced and its issuer, for "the statement said" (document-issuers.ts). */
  documents: DocumentsSeen | undefined;
  /** Where each kind of body was last brought in without a name, for "the commission said" (body-references.ts). */
  unnamedBodies: UnnamedBodies | undefined;
}

export function newArticleState(text: string, blocks: Block[], spans: QuotationSpan[]): ArticleState {
  return {
    text,
    blocks,
    spans,
    registry: new EntityRegistry(headlineEnd(text)),
    quotes: [],
    reported: [],
    speakers: [],
    reportedSpeakers: [],
    seenSpeaker: new Set(),
    seenReported: new Set(),
    previous: null,
    lastQuoteDecision: null,
    subjectTurn: null,
    // (present from the start, so every state has one shape: added later, they gave V8 five maps and megamorphic loads)
    documents: undefined,
    unnamedBodies: undefined,
  };
}

/** One paragraph, or one piece of a very long one, being read: one at a time keeps memory small and time linear. */
export interface PieceReading {
  readonly text: string;
  readonly tokens: Token[];
  readonly sentences: Sentence[];
  /** Paragraph index. */
  readonly para: number;
  /** The piece ends where its paragraph ends. */
  readonly endsParagraph: boolean;
  /** Per sentence of the piece, its cue pairs once found (null before): an array indexed by sentence, not a Map. */
  readonly pairCache: (readonly CuePair[] | null)[];
  /**
   * What each token range read as a mention names (a sentence's names are read to register them,
   * then again to resolve its subject and cues): this reading's stamp in the shared table by first
   * token (mentionAt), and its own map for the rest (null until needed).
   */
  readonly mentionStamp: number;
  mentionCache: Map<number, Mention | null> | null;
  /** First token of the sentence being read (a lone capitalised plural there is a common noun). */
  sentenceFirst: number;
  /** The sentence whose cue a quotation before it has taken ("“Why now?” she asked."), or -1. */
  usedNextSentenceCue: number;
}

export function newPieceReading(text: string, tokens: Token[], sentences: Sentence[], para: number, endsParagraph: boolean): PieceReading {
  // (pushed, not new Array(n).fill: a packed array, and no builtin call)
  const pairCache: (readonly CuePair[] | null)[] = [];
  for (let i = 0; i < sentences.length; i++) pairCache.push(null);
  return { text, tokens, sentences, para, endsParagraph, pairCache, mentionStamp: nextMentionStamp(), mentionCache: null, sentenceFirst: -1, usedNextSentenceCue: -1 };
}

/** The cue pairs of sentence si, found once (its cue triggers, when known, lie in tokens [from, to): findCuePairs). */
export function pairsOf(r: PieceReading, si: number, from = r.sentences[si].first, to = r.sentences[si].last): readonly CuePair[] {
  let p = r.pairCache[si];
  if (!p) {
    p = findCuePairs(r.tokens, r.sentences[si], from, to);
    r.pairCache[si] = p;
  }
  return p;
}

/**
 * mentionAt's table: per first token (below MENTION_SLOTS), the stamp of the reading that read a
 * mention there, its last token and the mention. A pass asks about 60,000 ranges, most only once
 * and nearly all one range per first token; a Map per piece hashed and stored every one. Pieces
 * are read one at a time, so one table serves them all; a slot another reading has taken is read
 * again (analyzeMention depends on the tokens alone, and no reader keeps a Mention's identity).
 */
const MENTION_SLOTS = 4096;
const slotStamps = new Int32Array(MENTION_SLOTS);
const slotLasts = new Int32Array(MENTION_SLOTS);
const slotMentions: (Mention | null)[] = new Array<Mention | null>(MENTION_SLOTS).fill(null);
let lastStamp = 0;

function nextMentionStamp(): number {
  if (lastStamp === 0x7fffffff) {
    // (wrapped: no old stamp may match a new reading)
    slotStamps.fill(0);
    lastStamp = 0;
  }
  return ++lastStamp;
}

/** What tokens [first, last) of the piece name, read once (a Mention is never changed once made, so readers share it). */
export function mentionAt(r: PieceReading, first: number, last: number): Mention | null {
  if (first < MENTION_SLOTS) {
    if (slotStamps[first] !== r.mentionStamp) {
      const m = analyzeMention(r.text, r.tokens, first, last);
      slotStamps[first] = r.mentionStamp;
      slotLasts[first] = last;
      slotMentions[first] = m;
      return m;
    }
    if (slotLasts[first] === last) return slotMentions[first];
  }
  // a second range from the same token, or a token past the table
  const cache = (r.mentionCache ??= new Map());
  const key = first * (r.tokens.length + 1) + last;
  let m = cache.get(key);
  if (m === undefined) {
    m = analyzeMention(r.text, r.tokens, first, last);
    cache.set(key, m);
  }
  return m;
}

export function span(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

export function tokenSpan(text: string, tokens: Token[], first: number, last: number): TextSpan {
  return span(text, tokens[first].start, tokens[last - 1].end);
}

/** The entity a phrase names, resolved against the registry (which learns from it); null for no one. */
export function resolvePhrase(a: ArticleState, r: PieceReading, ph: Phrase | null, at: number): Entity | null {
  if (!ph) return null;
  const { tokens, text } = r;
  const registry = a.registry;
  // "Protesters chanted …", "Bombs fell …": a lone capitalised plural opening a sentence is a common noun
  if (ph.nameLast - ph.nameFirst === 1 && ph.nameFirst === r.sentenceFirst) {
    const t = tokens[ph.nameFirst];
    if (capitalisedPlural(t) && !registry.knows(t.text)) return null;
  }
  // "Beck, who said …": a relative pronoun stands for the name before its comma
  if (ph.last - ph.first === 1 && (tokens[ph.first].lower === 'who' || tokens[ph.first].lower === 'which')) {
    let k = ph.first - 1;
    if (k >= 0 && tokens[k].kind === 'punct' && (tokens[k].text === ',' || DASH_MARKS.has(tokens[k].text))) k--;
    const ante = k >= 0 ? subjectLeft(tokens, k + 1, 0) : null;
    const e = ante && ante.first !== ph.first ? resolvePhrase(a, r, ante, at) : null;
    // "McConnell, now the Senate majority leader, who said …": past an appositive naming no one, to the name it describes
    return e ?? (ante && ante.first !== ph.first ? appositiveOwner(a, r, ante, at) : null);
  }
  // "said Concord resident Whit Symms" cut at "Concord": the name after the description
  const described = nameAfterDescription(tokens, ph);
  if (described) return resolvePhrase(a, r, described, at);
  if (unnamedMember(tokens, ph)) return null;
  // (a head that is no document or body noun, most, skips both: the piece's word bits say so without a closure or a Set lookup)
  const headBits = r.tokens[ph.head].bits;
  // "the statement said", "Ivana Trump's brief said": a document speaks for its issuer
  if (headBits & DOCUMENT_NOUN) {
    const issuer = documentSource(tokens, ph, a.documents, (p) => resolvePhrase(a, r, p, at));
    if (issuer !== undefined) return issuer;
  }
  // "the commission", "the union": the body the article named
  if (headBits & BODY_NOUN) {
    const body = bodyReference(registry, tokens, ph, a.unnamedBodies, at);
    if (body !== undefined) return body;
  }
  // "Clinton’s campaign", "the Trump campaign", "her campaign": the campaign, not the candidate
  const campaignBy = campaignOwner(tokens, ph);
  if (campaignBy) return campaignReference(registry, tokens, campaignBy, resolvePhrase(a, r, campaignBy, at), at);
  const m = mentionAt(r, ph.nameFirst, ph.nameLast);
  if (!m) return null;
  const e = registry.resolve(m, at, true);
  if (e && ph.last > ph.nameLast + 1 && e.speaker.type === 'person') {
    // "Name, a description," — the appositive describes them
    let k = ph.nameLast;
    while (k < ph.last && tokens[k].kind === 'punct') k++;
    if (k < ph.last && tokens[k].kind === 'word' && (tokens[k].lower === 'a' || tokens[k].lower === 'an' || tokens[k].lower === 'the')) k++;
    // only a description, up to its comma: not "during a town hall meeting", "22" or "who …"
    const end = appositiveEnd(tokens, k, ph.last);
    if (end > k) registry.describe(e, text.slice(tokens[k].start, tokens[end - 1].end));
  }
  return e;
}

const APPOSITIVE_ADVERBS = new Set(['now', 'then', 'still', 'once', 'later', 'formerly', 'currently', 'also']);

/** The name before an appositive ("McConnell" in "McConnell, now the Senate majority leader,"), resolved; null when none. */
function appositiveOwner(a: ArticleState, r: PieceReading, appositive: Phrase, at: number): Entity | null {
  const tokens = r.tokens;
  let comma = appositive.first - 1;
  // "McConnell, now the …", "Smith, then a senator,": a time adverb opens the appositive
  if (comma >= 0 && APPOSITIVE_ADVERBS.has(tokens[comma].lower)) comma--;
  if (comma < 1 || tokens[comma].kind !== 'punct' || tokens[comma].text !== ',') return null;
  const owner = subjectLeft(tokens, comma, 0);
  // only a name: "the plan, a bill that …" is no one
  return owner && owner.last === comma && tokens[owner.head].cap ? resolvePhrase(a, r, owner, at) : null;
}

/** The entity of a phrase, resolved at its first token. */
export function resolveAt(a: ArticleState, r: PieceReading, ph: Phrase): Entity | null {
  return resolvePhrase(a, r, ph, r.tokens[ph.first].start);
}

/** Adds e's speaker to a speaker list once. */
export function cite(e: Entity | null, list: Speaker[], seen: Set<string>): void {
  if (!e) return;
  if (!seen.has(e.speaker.id)) {
    seen.add(e.speaker.id);
    list.push(e.speaker);
  }
}
