/**
 * What a source's words say whatever the article around them ("Obama and Clinton", "Officials at
 * …", "Scott's family"): read once per distinct source, as a source recurs on every quote it gives
 * and across articles. The speaker-name pass (speaker-names.ts) asks them per quote.
 */
import type { Speaker, TextSpan } from './quote-types.ts';
import { SENTENCE_OPENERS } from './lexicon.ts';
import { isSpaceCode } from './article-words.ts';
import { CAP, NAME_PARTICLES } from './name-words.ts';
import { endsPossessive } from './possessives.ts';
import { BoundedMemo } from './bounded-memo.ts';

/**
 * Whether a quote's source takes its speaker away: it names several people, is headed by a plural
 * common noun without the speaker's name, or names no one who spoke (see namesNoOne). `facts`: the
 * source's facts, when the caller holds its memo entry (sourceWords).
 */
export function namesNoSpeaker(text: string, source: TextSpan, speaker: Speaker, facts = sourceFacts(source.text)): boolean {
  return facts.several || pluralHeadWithoutName(facts, speaker) || namesNoOne(text, source, facts);
}

/** "Obama and Clinton": two named people in one source are no one speaker. */
function namesSeveral(source: string): boolean {
  // (no "and" nor "&": one part; most sources)
  if (!source.includes('and') && !source.includes('&')) return false;
  const parts = source.split(',')[0].split(/\s+(?:and|&)\s+/);
  return parts.length > 1 && parts.every((p) => /^\p{Lu}\p{Ll}/u.test(p.trim()) && !SENTENCE_OPENERS.has(p.trim().split(/\s+/)[0].toLowerCase()));
}

/**
 * "Other leaders", "Officials at …", "the party’s bylaws": a source headed by a plural common noun
 * that does not carry the speaker's name is a group or a thing, not that speaker.
 */
function pluralHeadWithoutName(f: SourceFacts, speaker: Speaker): boolean {
  const head = f.pluralHead;
  if (head === null) return false;
  const own = speaker.name.split(' ').map((w) => w.toLowerCase());
  return !head.some((w) => own.includes(w));
}

/** Where a source's head ends: its first comma, or a preposition between white space. */
const HEAD_END = /\s+(?:at|of|for|from|in|with|on)\s+|,/;

/** The words of a source's head folded (lower case, no possessive) when the head ends with a plural common noun; else null. */
function pluralHead(source: string): string[] | null {
  // (the head's last word must end in "s" or "S", the only characters that lower-case to an "s":
  // most heads do not, and are told so with one search and no splits; trimEnd drops what \s matches)
  const cut = source.search(HEAD_END);
  const piece = (cut < 0 ? source : source.slice(0, cut)).trimEnd();
  const z = piece.charCodeAt(piece.length - 1);
  if (z !== 115 && z !== 83) return null;
  const head = piece.trim().split(/\s+/); // (source.split(HEAD_END)[0], trimmed)
  const last = head[head.length - 1] ?? '';
  const l = last.toLowerCase();
  if (!/^\p{L}{3,}s$/u.test(l) || /(?:ss|us|is|[’']s)$/.test(l)) return null;
  if (CAP.test(last) && head.length > 1) return null; // "Homeland Security Investigations" is a name
  return head.map((w) => w.toLowerCase().replace(/[’']s$/, ''));
}

/** "Scott's family", "Trump's aides": the possessor is not who spoke. */
const COLLECTIVE_AFTER = /^\s+(?:family|friends|supporters|aides|allies|advisers|advisors|staff|team|lawyers|attorneys|relatives|parents|children|critics|fans|followers|campaign|camp|office|administration|representatives|spokesmen|officials)\b/;

/**
 * What a source's words say of the person they may name, whatever the article (see sourceHead).
 * Only the head is read at once: the rest is read when asked (most sources stop at the head).
 */
class SourceHead {
  /** The words before any comma or parenthesis, when they may be a person's name (two words or more, no possessive); else null. */
  readonly head: string | null;
  private readonly rest: readonly string[];
  private names: boolean | undefined;
  private appositiveText: string | undefined;

  constructor(head: string | null, rest: readonly string[]) {
    this.head = head;
    this.rest = rest;
  }

  /** Whether every word of the head is capitalised or a particle (a name with at most titles before it). */
  get namesOnly(): boolean {
    return (this.names ??= this.head !== null && !this.head.split(/\s+/).some((w) => !CAP.test(w) && !NAME_PARTICLES.has(w)));
  }

  /** Whether the head opens with "a", "an", "one" or "another". */
  get indefinite(): boolean {
    return this.head !== null && /^(?:a|an|one|another)\s/i.test(this.head);
  }

  /** The words after the head, as an appositive ("a prominent New York Democrat" → "prominent New York Democrat"). */
  get appositive(): string {
    return (this.appositiveText ??= this.rest.join(', ').replace(/^(?:a|an|the)\s+/i, '').replace(/[,)]+$/, ''));
  }
}

const NO_HEAD = new SourceHead(null, []);

/**
 * A source's words, with their head (sourceHead) and facts (sourceFacts) each read when first asked:
 * one memo entry, found once, answers both (the speaker-name pass asks both of most sources).
 */
export class SourceWords {
  private readonly text: string;
  private headRead: SourceHead | undefined;
  private factsRead: SourceFacts | undefined;

  constructor(text: string) {
    this.text = text;
  }

  get head(): SourceHead {
    return (this.headRead ??= readSourceHead(this.text));
  }

  get facts(): SourceFacts {
    return (this.factsRead ??= readSourceFacts(this.text));
  }
}

const SOURCES = new BoundedMemo((source) => new SourceWords(source));

/** The words of a source: a bounded memo (a source recurs on every quote it gives, and across articles). */
export function sourceWords(source: string): SourceWords {
  return SOURCES.get(source);
}

/** The head of a source that may name a person (`words`: the source's entry, when the caller holds it). */
export function sourceHead(source: string, words?: SourceWords): SourceHead {
  // a one-word source ("Clinton", "he") gives no first name and surname: cleanName only takes words
  // away, and a title that would have a lone surname expanded needs a word of its own (most sources: no memo)
  if (!severalWords(source)) return NO_HEAD;
  return (words ?? sourceWords(source)).head;
}

function readSourceHead(source: string): SourceHead {
  const [head, ...rest] = source.split(/,\s*|\s+\(/);
  if (!head || /[’']s$/.test(head)) return NO_HEAD;
  return new SourceHead(head, rest);
}

/** What a source's words say of whether it names its speaker, whatever the article around them (see sourceFacts). */
export interface SourceFacts {
  /** namesSeveral's answer. */
  several: boolean;
  /** The head's words, folded, when it ends with a plural common noun (see pluralHeadWithoutName); else null. */
  pluralHead: string[] | null;
  /** Whether the source ends with a possessive, and whether it opens with a capital (see namesNoOne). */
  possessive: boolean;
  capitalised: boolean;
  /** Whether its first word makes it no noun phrase ("typically DNC", "brushed off"). */
  noNounPhrase: boolean;
}

/** The facts of a source's words (kept in the source's memo entry, sourceWords). */
function sourceFacts(source: string): SourceFacts {
  return sourceWords(source).facts;
}

function readSourceFacts(source: string): SourceFacts {
  return {
    several: namesSeveral(source),
    pluralHead: pluralHead(source),
    possessive: endsPossessive(source),
    capitalised: CAP.test(source),
    noNounPhrase: noNounPhrase(source),
  };
}

/** Whether the source's first word (source.split(/\s+/)[0]) makes it no noun phrase: an adverb in -ly, or a past form in -ed with no capital in the source. */
function noNounPhrase(source: string): boolean {
  let end = 0;
  while (end < source.length && !isSpaceCode(source.charCodeAt(end))) end++;
  // (a first word ending in neither "ly" nor "ed" passes neither test: most sources)
  if (end < 3) return false;
  const tail = source.slice(end - 2, end);
  if (tail !== 'ly' && tail !== 'ed') return false;
  const first = source.slice(0, end);
  return (
    (/^\p{Ll}+ly$/u.test(first) && !/^(?:only|early|likely|family|ally|daily|weekly|monthly|elderly|friendly|deputy)$/.test(first)) ||
    (/^\p{Ll}+ed$/u.test(first) && !/\p{Lu}/u.test(source))
  );
}

/** Whether s holds two words or more: white space between two other characters. */
function severalWords(s: string): boolean {
  let i = 0;
  while (i < s.length && isSpaceCode(s.charCodeAt(i))) i++;
  while (i < s.length && !isSpaceCode(s.charCodeAt(i))) i++;
  while (i < s.length && isSpaceCode(s.charCodeAt(i))) i++;
  return i < s.length;
}

/** Unnamed people of a named body: "Officials at …", "aides to …", "members of …". */
const GROUP_OF = /\b(?:officials|aides|members|employees|staff|staffers|people|spokesmen|representatives|sources|leaders|lawyers|attorneys|advisers|advisors|executives|researchers|investigators|analysts|workers)\s+(?:at|of|for|from|with|to|close to|inside|in)\s+(?:the\s+)?$/i;

/**
 * A source that names no one who spoke: the possessor in "Scott's family" ("Scott's" as the
 * source), the first of two names ("Obama" in "Obama and Clinton call them"), the body in
 * "Officials at the agency", or words that are no noun phrase ("typically DNC", "brushed off").
 */
function namesNoOne(text: string, source: TextSpan, f: SourceFacts): boolean {
  if (f.possessive && COLLECTIVE_AFTER.test(text.slice(source.end, source.end + 20))) return true;
  if (f.capitalised && /^\s+(?:and|&)\s+\p{Lu}/u.test(text.slice(source.end, source.end + 6))) return true;
  if (mayFollowGroupOf(text, source.start) && GROUP_OF.test(text.slice(Math.max(0, source.start - 40), source.start))) return true;
  return f.noNounPhrase;
}

/** GROUP_OF's last words, any case: what the text must give right before the source's white space for GROUP_OF to match. */
const GROUP_OF_ENDS = ['the', 'at', 'of', 'for', 'from', 'with', 'to', 'inside', 'in'];

/** Whether the text before `start` ends with white space after one of GROUP_OF_ENDS (a test that saves most GROUP_OF searches). */
function mayFollowGroupOf(text: string, start: number): boolean {
  let j = start;
  while (j > 0 && isSpaceCode(text.charCodeAt(j - 1))) j--;
  if (j === start) return false;
  const tail = text.slice(Math.max(0, j - 6), j).toLowerCase();
  return GROUP_OF_ENDS.some((w) => tail.endsWith(w));
}
