/**
 * One table from a word to all its bits (word-bits.ts), built at load from the Sets themselves so
 * it answers exactly as they do. The tokenizer asks it once per word and keeps the answer on the
 * token (`Token.bits`, `Token.bits2`); before, each pass hashed the word again into its own table.
 */
import { PERSON_PRONOUNS, OTHER_PRONOUNS, NOT_IN_SUBJECT, DETERMINERS, WEEKDAYS_AND_TIME, SENTENCE_OPENERS, NP_STARTERS, PLACE_PREPS, DISCOURSE_ADVERBS, APPROXIMATORS, TIME_UNITS, SUBJECT_PRONOUNS, BETWEEN_SUBJECT_AND_VERB, NAME_DETERMINERS, NAME_CONNECTORS, NOT_NAMES, INDEFINITES, PRONOUN_QUANTIFIERS, SMALL_NUMBERS, TIME_DETERMINERS, BE_OR_GET, RELATIVE_CLAUSE_OPENERS, NAME_MODALS, RELATIVE_SUBJECTS, NOT_MODIFIERS, SUBJECT_LINKS, PRONOUN_OR_ADVERB_BEFORE_VERB, BEFORE_VERBAL_ING, MEDIUM_PREPS, SUBORDINATORS_OR_ASKED, PARTICIPLE_PREPS, SETTING_PREPS, SUBORDINATE_WORDS, SCENE_SUBORDINATORS, INTERJECTIONS, ECHO_PRONOUNS, TITLE_MODIFIERS, PLAIN_VERBS, CLAUSE_OPENING_WORDS, REPORTED } from './lexicon.ts';
import { SHARE_WORDS, NOUN_SIGNALS, AFTER_PLURAL_NOUN, POLL_NOUNS, ARTEFACTS } from './cue-words.ts';
import { WORK_NOUNS, TERM_INTRODUCERS, TITLE_LEFT, WORDING_NOUNS, NAMING_VERBS } from './speech-cues.ts';
import { HONORIFICS, NAMING_TITLES, TITLE_WORDS, ROLE_NOUNS, MORE_ROLES } from './people-titles.ts';
import { ORG_HEADS } from './organizations.ts';
import { DEMONYMS } from './world-knowledge.ts';
import { CUE_TRIGGERS } from './cues.ts';
import { DOCUMENT_WORDS, ANAPHORIC, POSSESSIVE_PRONOUN } from './document-issuers.ts';
import { BODY_NOUNS } from './body-references.ts';
import { wordBitTable } from './word-set.ts';
import { PRONOUN, NOT_IN_SUBJ, DETERMINER, WEEKDAY_OR_TIME, OPENER, NP_STARTER, PLACE_OR_DISCOURSE, APPROXIMATOR, TIME_UNIT, SUBJECT_PRONOUN, BETWEEN, TITLE, HONORIFIC, NAMING_TITLE, NAME_DETERMINER, CUE_TRIGGER, DOCUMENT_NOUN, BODY_NOUN, LOWER_CASE_ONLY, ORG_HEAD, NAME_CONNECTOR, NOT_A_NAME, DEMONYM, INDEFINITE, ROLE_NOUN, MORE_ROLE, PRONOUN_QUANTIFIER, SMALL_NUMBER, TIME_DETERMINER, SHARE_WORD, BE_OR_GET_FORM } from './word-bits.ts';
import * as B2 from './word-bits.ts';

/** Every list's words with its bit (a word in several lists has all their bits). */
export const WORD_BITS = wordBitTable([
  [PERSON_PRONOUNS, PRONOUN],
  [OTHER_PRONOUNS, PRONOUN],
  [NOT_IN_SUBJECT, NOT_IN_SUBJ],
  [DETERMINERS, DETERMINER],
  [WEEKDAYS_AND_TIME, WEEKDAY_OR_TIME],
  [SENTENCE_OPENERS, OPENER],
  [NP_STARTERS, NP_STARTER],
  [PLACE_PREPS, PLACE_OR_DISCOURSE],
  [DISCOURSE_ADVERBS, PLACE_OR_DISCOURSE],
  [APPROXIMATORS, APPROXIMATOR],
  [TIME_UNITS, TIME_UNIT],
  [SUBJECT_PRONOUNS, SUBJECT_PRONOUN],
  [BETWEEN_SUBJECT_AND_VERB, BETWEEN],
  [TITLE_WORDS, TITLE],
  [HONORIFICS, HONORIFIC],
  [NAMING_TITLES, NAMING_TITLE],
  [NAME_DETERMINERS, NAME_DETERMINER],
  [CUE_TRIGGERS.words, CUE_TRIGGER],
  [DOCUMENT_WORDS.words, DOCUMENT_NOUN],
  [BODY_NOUNS.words, BODY_NOUN],
  [ORG_HEADS, ORG_HEAD],
  [NAME_CONNECTORS, NAME_CONNECTOR],
  [NOT_NAMES, NOT_A_NAME],
  [DEMONYMS, DEMONYM],
  [INDEFINITES, INDEFINITE],
  [ROLE_NOUNS, ROLE_NOUN],
  [MORE_ROLES, MORE_ROLE],
  [PRONOUN_QUANTIFIERS, PRONOUN_QUANTIFIER],
  [SMALL_NUMBERS, SMALL_NUMBER],
  [TIME_DETERMINERS, TIME_DETERMINER],
  [SHARE_WORDS, SHARE_WORD],
  [BE_OR_GET, BE_OR_GET_FORM],
]);

/** The same for the lists of the second field (`Token.bits2`). */
export const WORD_BITS2 = wordBitTable([
  [RELATIVE_CLAUSE_OPENERS, B2.RELATIVE_CLAUSE_OPENER],
  [NAME_MODALS, B2.NAME_MODAL],
  [RELATIVE_SUBJECTS, B2.RELATIVE_SUBJECT],
  [NOT_MODIFIERS, B2.NOT_MODIFIER],
  [SUBJECT_LINKS, B2.SUBJECT_LINK],
  [PRONOUN_OR_ADVERB_BEFORE_VERB, B2.PRONOUN_OR_ADVERB],
  [BEFORE_VERBAL_ING, B2.BEFORE_VERBAL_ING_WORD],
  [MEDIUM_PREPS, B2.MEDIUM_PREP],
  [SUBORDINATORS_OR_ASKED, B2.SUBORDINATOR_OR_ASKED],
  [PARTICIPLE_PREPS, B2.PARTICIPLE_PREP],
  [SETTING_PREPS, B2.SETTING_PREP],
  [SUBORDINATE_WORDS, B2.SUBORDINATE_WORD],
  [SCENE_SUBORDINATORS, B2.SCENE_SUBORDINATOR],
  [INTERJECTIONS, B2.INTERJECTION],
  [ECHO_PRONOUNS, B2.ECHO_PRONOUN],
  [NOUN_SIGNALS, B2.NOUN_SIGNAL],
  [AFTER_PLURAL_NOUN, B2.AFTER_PLURAL],
  [POLL_NOUNS, B2.POLL_NOUN],
  [ARTEFACTS, B2.ARTEFACT],
  [WORK_NOUNS, B2.WORK_NOUN],
  [TERM_INTRODUCERS, B2.TERM_INTRODUCER],
  [ANAPHORIC, B2.ANAPHORIC_DETERMINER],
  [POSSESSIVE_PRONOUN, B2.POSSESSIVE_PRONOUN_WORD],
  [TITLE_MODIFIERS, B2.TITLE_MODIFIER],
  [PLAIN_VERBS, B2.PLAIN_VERB],
  [CLAUSE_OPENING_WORDS, B2.CLAUSE_OPENING_WORD],
  [TITLE_LEFT, B2.TITLE_LEFT_WORD],
  [WORDING_NOUNS, B2.WORDING_NOUN],
  [NAMING_VERBS, B2.NAMING_VERB],
  [REPORTED, B2.REPORTED_FORM],
]);

/**
 * WORD_BITS and WORD_BITS2 as one open-addressed table keyed by a hash of a word's length and first, second and
 * last code units (a few multiplications, no walk over the word): every word of every text is
 * looked up, most are in no list, and most of those land on an empty slot at once. A Map would
 * hash each new token string whole. A slot's tag (16 more bits of the hash, never 0) is compared
 * before its word; the tags alone (16 KB) are all a miss reads, where the bits and full hashes it
 * read before (two 32 KB arrays) did not stay in the first-level cache beside the text and tokens.
 */
const SLOTS = 8192; // a power of two, nearly four times the words (about 2,150 in both fields): short probe runs
/** A slot's tag, 0 when it is empty (slotTag). */
const slotTags = new Uint16Array(SLOTS);
/**
 * A slot's word as its place in the dense arrays below (read only when the tag matches): a word
 * found reads its string and facts from arrays a quarter of the table's size (about 17 KB of
 * strings, 9 KB per field), which stay in cache, where arrays of a field per slot (64 KB of
 * strings, 32 KB per field) did not.
 */
const slotEntries = new Uint16Array(SLOTS);
const TRIGGER_PLACES = new Map(CUE_TRIGGERS.words.map((w, i) => [w, i + 1]));

function slotHash(w: string): number {
  const n = w.length;
  // (index 1 only when in bounds: a NaN code would make V8 deoptimise the caller)
  const h = Math.imul(w.charCodeAt(0), 0x9e3779b1) ^ Math.imul(w.charCodeAt(n > 1 ? 1 : 0), 0x85ebca6b) ^ Math.imul(w.charCodeAt(n - 1), 0xc2b2ae35) ^ Math.imul(n, 0x27d4eb2f);
  return h ^ (h >>> 15);
}

/** The hash's top 16 bits as a slot tag, never 0 (0 is an empty slot); the slot's place is the low 13. */
function slotTag(h: number): number {
  return (h >>> 16) | 1;
}

// (no list has the empty word, and a word in none needs no entry)
const listedWords = [...new Set([...WORD_BITS.keys(), ...WORD_BITS2.keys()])].filter((w) => w !== '' && ((WORD_BITS.get(w) ?? 0) | (WORD_BITS2.get(w) ?? 0)) !== 0);
/** The table's words, their bits, second field's bits and trigger places, by entry. */
const entryWords: string[] = [];
const entryBits = new Int32Array(listedWords.length);
const entryBits2 = new Int32Array(listedWords.length);
/** A trigger word's place in CUE_TRIGGERS.words plus one (0 for any other word): findCuePairs finds what the word may start without a lookup. */
const entryTriggers = new Int32Array(listedWords.length);
for (const w of listedWords) {
  const e = entryWords.length;
  entryWords.push(w);
  entryBits[e] = WORD_BITS.get(w) ?? 0;
  entryBits2[e] = WORD_BITS2.get(w) ?? 0;
  entryTriggers[e] = TRIGGER_PLACES.get(w) ?? 0;
  const h = slotHash(w);
  let i = h & (SLOTS - 1);
  while (slotTags[i] !== 0) i = (i + 1) & (SLOTS - 1);
  slotTags[i] = slotTag(h);
  slotEntries[i] = e;
}

/** The entry of a non-empty word in the table (its place in the dense arrays), -1 when it is in no list (read it with the entry* functions below). */
export function listEntryOf(w: string): number {
  const h = slotHash(w);
  const tag = slotTag(h);
  for (let i = h & (SLOTS - 1); ; i = (i + 1) & (SLOTS - 1)) {
    // a read of a small typed array, not of the word's string, which lies anywhere in the heap
    const t = slotTags[i];
    if (t === 0) return -1;
    if (t === tag) {
      const e = slotEntries[i];
      if (entryWords[e] === w) return e;
    }
  }
}

/**
 * A word token's bits (both fields), trigger place and lower case, read from its entry (listEntryOf)
 * by the tokenizer. The bits: those of the lists its lower-cased form is in (WORD_BITS.get(lower) ??
 * 0), a capitalised word keeping all but the lower-case-only ones (the second field's, bits2, are all
 * kept); punctuation and quotation tokens have none, as no list holds one mark or the empty word
 * (word-bits.test.ts). The lower case: the table's own string of the word (the same characters).
 * Tokens keep that string: one string per list word for every text, whose hash V8 works out once
 * and keeps, where each token's new string was hashed again by the first Set or Map that asked, and
 * whose comparisons with the engine's literals mostly end at the pointer. Reads of the entry instead
 * of one answer object: TurboFan could not remove an object made on two paths (found or not), so
 * each word allocated one.
 */
export function entryWord(entry: number): string {
  return entryWords[entry];
}

export function entryWordBits(entry: number, cap: boolean): number {
  const bits = entryBits[entry];
  return cap ? bits & ~LOWER_CASE_ONLY : bits;
}

/** The second field's bits (Token.bits2): none is lower-case only, so a capitalised word keeps them all. */
export function entryWordBits2(entry: number): number {
  return entryBits2[entry];
}

export function entryTrigger(entry: number): number {
  return entryTriggers[entry];
}

/** listedWordToken's answer in one object (tests and tools; the tokenizer reads the entry itself). */
export function listedWordToken(lower: string, cap: boolean): { lower: string; bits: number; trigger: number; bits2: number } {
  const i = listEntryOf(lower);
  if (i < 0) return { lower, bits: 0, trigger: 0, bits2: 0 };
  return { lower: entryWord(i), bits: entryWordBits(i, cap), trigger: entryTrigger(i), bits2: entryWordBits2(i) };
}
