/**
 * Documents as sources: "the statement said", "the ad claims", "Ivana Trump's brief said". A
 * document speaks for whoever issued it, as readers take it: the issuer the phrase names itself
 * ("Ivana Trump's brief", "a Times article", "his letter"), else the issuer of the latest document
 * the article introduced ("Mariano wrote a memoir … the book said", "A web video by the Republican
 * National Committee … The clip says", "Cook provided a written statement … the statement said").
 * A document introduced with no issuer the text names ("One provided a document") makes a later
 * "the document" no one's, never an older issuer's.
 */
import type { Token } from './tokens.ts';
import type { Sentence } from './sentences.ts';
import type { Entity } from './coreference.ts';
import { phraseRight, subjectLeft, type Phrase } from './noun-phrases.ts';
import { ARTEFACTS, ISSUE_VERBS } from './cue-words.ts';
import { WordSet } from './word-set.ts';
import { DOCUMENT_NOUN, ORG_HEAD, ANAPHORIC_DETERMINER, POSSESSIVE_PRONOUN_WORD } from './word-bits.ts';

/** People around someone, not that person ("Trump aides", "the Clinton camp"). */
const GROUP_NOUNS = new Set(['camp', 'staff', 'team', 'aides', 'allies', 'lawyers', 'attorneys', 'advisers', 'advisors', 'supporters', 'spokesman', 'spokeswoman', 'spokesperson', 'family']);

/** Things made to say something: the artefacts a cue may hang on, and the writings news cites. */
const DOCUMENT_NOUNS = new Set([
  ...ARTEFACTS,
  'article', 'book', 'memoir', 'essay', 'feature', 'story', 'clip', 'lawsuit', 'suit', 'complaint', 'document', 'website',
  'ruling', 'study', 'blog', 'script',
]);

/**
 * Kinds of document: "the clip" refers back to "a web video", "the book" to "a memoir", "the piece"
 * to "a feature"; "the lawsuit" never to "a Supreme Court ruling". Other nouns are their own kind.
 */
// a Map, not an object: looked up by a word from the text, which may be "constructor"
const KIND_OF = new Map<string, string>(Object.entries({
  ad: 'ad', ads: 'ad', advertisement: 'ad', commercial: 'ad', video: 'ad', clip: 'ad', mailer: 'ad', flyer: 'ad',
  article: 'article', piece: 'article', story: 'article', feature: 'article', column: 'article', editorial: 'article', 'op-ed': 'article', essay: 'article', blog: 'article',
  book: 'book', memoir: 'book',
  lawsuit: 'suit', suit: 'suit', complaint: 'suit', filing: 'suit', petition: 'suit', brief: 'suit',
  statement: 'statement', release: 'statement', announcement: 'statement',
  email: 'letter', 'e-mail': 'letter', letter: 'letter', memo: 'letter', message: 'letter',
  report: 'report', study: 'report',
}));

function kindOf(t: Token): string {
  return KIND_OF.get(t.lower) ?? t.lower.replace(/s$/, '');
}

/** Not documents however they are used here ("sign" a verb, "text" the words, "post" an office). */
const NOT_DOCUMENTS = new Set(['sign', 'signs', 'text', 'post', 'note', 'card', 'spot']);

/** The latest document the article introduced, and who issued it (null: no one the text names). */
export interface DocumentIssuer {
  entity: Entity | null;
  at: number;
}

/** The latest document of each kind the article introduced. */
export type DocumentsSeen = Map<string, DocumentIssuer>;

/** Resolves a phrase of the sentence being read to the entity it names. */
export type PhraseResolver = (ph: Phrase) => Entity | null;

/** A later "the statement" refers back this far at most (characters): past that, a new story item. */
const DOCUMENT_GAP = 2000;

/** DOCUMENT_NOUNS less NOT_DOCUMENTS: each token's DOCUMENT_NOUN bit (word-bits.ts), set for its lower-case words. */
export const DOCUMENT_WORDS = new WordSet([...DOCUMENT_NOUNS].filter((w) => !NOT_DOCUMENTS.has(w)));

function isDocumentNoun(t: Token | undefined): boolean {
  return !!t && (t.bits & DOCUMENT_NOUN) !== 0;
}

/** Media and platforms a document goes out on, never its issuer. */
const PLATFORMS = new Set(['tv', 'web', 'internet', 'online', 'radio', 'facebook', 'twitter', 'youtube', 'instagram', 'snapchat', 'cable', 'video']);

export const POSSESSIVE_PRONOUN = new Set(['his', 'her', 'its', 'their']);
export const ANAPHORIC = new Set(['the', 'this', 'that']);

/** Where the noun's determiner stands: back over its own lower-case words ("a new 30-second"), at most three. */
function determinerAt(tokens: Token[], k: number, floor: number): number {
  let j = k - 1;
  while (j >= floor && k - j <= 3 && tokens[j].kind === 'word' && !tokens[j].cap && (tokens[j].bits2 & ANAPHORIC_DETERMINER) === 0 && tokens[j].lower !== 'a' && tokens[j].lower !== 'an' && (tokens[j].bits2 & POSSESSIVE_PRONOUN_WORD) === 0 && !isPossessive(tokens[j])) j--;
  return j;
}

function isPossessive(t: Token): boolean {
  return /['’]s?$/.test(t.lower);
}

/**
 * The issuer named before the noun: a capitalised run or its possessive ("Ivana Trump's brief",
 * "a Times article", "A Government Accountability Office report") or a possessive pronoun ("his
 * letter"). Undefined when the phrase names none.
 */
function issuerBeforeNoun(tokens: Token[], k: number, floor: number, resolve: PhraseResolver): Entity | null | undefined {
  const j = determinerAt(tokens, k, floor);
  if (j < floor || tokens[j].kind !== 'word') return undefined;
  if ((tokens[j].bits2 & POSSESSIVE_PRONOUN_WORD) !== 0) return resolve({ first: j, last: j + 1, head: j, nameFirst: j, nameLast: j + 1 });
  // "the Trump campaign's website": the issuer is the possessor phrase, whatever it names
  if (!tokens[j].cap && isPossessive(tokens[j])) {
    let start = j;
    while (start - 1 >= floor && j - start < 4 && tokens[start - 1].kind === 'word' && (tokens[start - 1].bits2 & ANAPHORIC_DETERMINER) === 0) start--;
    return resolve({ first: start, last: j + 1, head: j, nameFirst: start, nameLast: j + 1 });
  }
  if (!tokens[j].cap || (tokens[j].bits2 & ANAPHORIC_DETERMINER) !== 0 || tokens[j].lower === 'a' || tokens[j].lower === 'an') return undefined;
  // "a Clinton campaign memo": the name modifies the noun between (the campaign's memo), no one the text names
  if (j < k - 1 && !isPossessive(tokens[j])) return null;
  // "a TV ad", "a Facebook post": a medium, not an issuer
  if (PLATFORMS.has(tokens[j].lower.replace(/['’]s?$/, ''))) return undefined;
  let start = j;
  // the whole name: "Club for Growth ad", "A Government Accountability Office report"
  const capAt = (i: number) => i >= floor && tokens[i].kind === 'word' && tokens[i].cap && !isPossessive(tokens[i]);
  while (capAt(start - 1) || (capAt(start - 2) && (tokens[start - 1].lower === 'for' || tokens[start - 1].lower === 'of'))) start -= capAt(start - 1) ? 1 : 2;
  // "Digital ads were …": one capitalised word opening the phrase may be any word, not a name
  if (start === j && j === floor && !isPossessive(tokens[j])) return undefined;
  return resolve({ first: start, last: j + 1, head: j, nameFirst: start, nameLast: j + 1 });
}

/** "a statement issued by X", "an email sent from X", "a web video by the RNC": the issuer after the noun. */
function issuerAfterNoun(tokens: Token[], k: number, last: number, resolve: PhraseResolver): Entity | null | undefined {
  let j = k + 1;
  if (j < last && tokens[j].kind === 'word' && !tokens[j].cap && (ISSUE_VERBS.has(tokens[j].lower) || tokens[j].lower.endsWith('ed'))) j++;
  if (j >= last || tokens[j].kind !== 'word' || (tokens[j].lower !== 'by' && tokens[j].lower !== 'from')) return undefined;
  const np = phraseRight(tokens, j + 1, Math.min(last, j + 12));
  if (!np) return undefined;
  // "by the Sanders campaign", "from Trump aides": the name modifies a body or a group, which names no one (not Sanders)
  const after = tokens[np.last];
  if (after && after.kind === 'word' && !after.cap && ((after.bits & ORG_HEAD) !== 0 || GROUP_NOUNS.has(after.lower))) return null;
  // "filed by the Securities and Exchange Commission and …": a name cut short, or several issuers: no one
  const next = tokens[np.last];
  return next && next.kind === 'word' && (next.lower === 'and' || next.lower === 'or') ? null : resolve(np);
}

/** "Mariano wrote a memoir", "The Washington Post ran a feature": the subject of the verb that put it out. */
function issuerByVerb(tokens: Token[], k: number, s: Sentence, resolve: PhraseResolver): Entity | null | undefined {
  let v = determinerAt(tokens, k, s.first) - 1;
  if (v >= s.first && tokens[v].kind === 'word' && tokens[v].lower === 'out') v--;
  if (v < s.first || tokens[v].kind !== 'word' || tokens[v].cap || !ISSUE_VERBS.has(tokens[v].lower)) return undefined;
  const np = subjectLeft(tokens, v, s.first);
  return np && np.last <= v ? resolve(np) : undefined;
}

/** "In a statement, the union called …", "via a video": a document as the sentence's medium is its subject's. */
function issuerAsMedium(tokens: Token[], k: number, s: Sentence, subject: Phrase | null, subjectEntity: Entity | null): Entity | null | undefined {
  const j = determinerAt(tokens, k, s.first);
  const p = j > 0 ? tokens[j - 1] : undefined;
  if (!p || j - 1 < s.first || p.kind !== 'word' || (p.lower !== 'in' && p.lower !== 'via')) return undefined;
  return subject && (subject.last <= j - 1 || subject.first > k) ? subjectEntity : undefined;
}

/**
 * Notes each document the sentence introduces ("a statement", "Trump's new ad", not "the
 * statement") and its issuer, for a later "the statement said".
 */
export function noteDocuments(tokens: Token[], s: Sentence, subject: Phrase | null, subjectEntity: Entity | null, resolve: PhraseResolver, seen: DocumentsSeen): void {
  for (let k = s.first; k < s.last; k++) {
    if (!isDocumentNoun(tokens[k])) continue;
    const j = determinerAt(tokens, k, s.first);
    // "the statement" refers back; "the campaign's statement" or "The Times' story" introduces one
    if (j >= s.first && (tokens[j].bits2 & ANAPHORIC_DETERMINER) !== 0) continue;
    // "emails from Americans": many documents, no one issuer for a later "the email"
    const plural = tokens[k].lower.endsWith('s');
    const entity = plural ? null : (issuerBeforeNoun(tokens, k, s.first, resolve) ?? issuerAfterNoun(tokens, k, s.last, resolve) ?? issuerByVerb(tokens, k, s, resolve) ?? issuerAsMedium(tokens, k, s, subject, subjectEntity) ?? null);
    seen.set(kindOf(tokens[k]), { entity, at: tokens[k].start });
  }
}

/**
 * Who a source phrase headed by a document noun speaks for: the issuer it names, else (for "the
 * statement") the latest document's issuer, nearby. Undefined when the phrase is no document.
 */
/** "the complaint", "Ivana Trump's brief": a phrase headed by a document noun. */
export function isDocumentPhrase(tokens: Token[], ph: Phrase): boolean {
  return isDocumentNoun(tokens[ph.head]);
}

export function documentSource(tokens: Token[], ph: Phrase, seen: DocumentsSeen | undefined, resolve: PhraseResolver): Entity | null | undefined {
  const k = ph.head;
  if (!isDocumentNoun(tokens[k]) || k < ph.first || k >= ph.last) return undefined;
  const own = issuerBeforeNoun(tokens, k, ph.first, resolve) ?? issuerAfterNoun(tokens, k, ph.last, resolve);
  if (own !== undefined) return own;
  if ((tokens[ph.first].bits2 & ANAPHORIC_DETERMINER) === 0) return undefined;
  const latest = seen?.get(kindOf(tokens[k]));
  return latest && tokens[k].start - latest.at <= DOCUMENT_GAP ? latest.entity : null;
}
