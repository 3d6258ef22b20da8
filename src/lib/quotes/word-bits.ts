/**
 * The word lists a pass asks about for nearly every word it reads, one bit each in a token's
 * `bits` (tokens.ts): the tokenizer looks each word up once in one table of them all
 * (word-bit-table.ts), and the passes read the field instead of hashing the word again per list.
 * This module is the bits' names only (no imports), so every pass may import it without a cycle.
 */

// The noun-phrase chunker's lists (noun-phrases.ts); the mention reader (mentions.ts) asks about
// the same pronouns and time words.
/** PERSON_PRONOUNS or OTHER_PRONOUNS (lexicon.ts). */
export const PRONOUN = 1;
/** NOT_IN_SUBJECT. */
export const NOT_IN_SUBJ = 2;
/** DETERMINERS. */
export const DETERMINER = 4;
/** WEEKDAYS_AND_TIME. */
export const WEEKDAY_OR_TIME = 8;
/** SENTENCE_OPENERS. */
export const OPENER = 16;
/** NP_STARTERS. */
export const NP_STARTER = 32;
/** PLACE_PREPS or DISCOURSE_ADVERBS. */
export const PLACE_OR_DISCOURSE = 64;
/** APPROXIMATORS. */
export const APPROXIMATOR = 128;
/** TIME_UNITS. */
export const TIME_UNIT = 256;
/** SUBJECT_PRONOUNS. */
export const SUBJECT_PRONOUN = 512;
/** BETWEEN_SUBJECT_AND_VERB. */
export const BETWEEN = 1024;

// The mention reader's own lists (mentions.ts).
/** TITLE_WORDS (people-titles.ts). */
export const TITLE = 1 << 11;
/** HONORIFICS (people-titles.ts). */
export const HONORIFIC = 1 << 12;
/** NAMING_TITLES (people-titles.ts). */
export const NAMING_TITLE = 1 << 13;
/** NAME_DETERMINERS (lexicon.ts). */
export const NAME_DETERMINER = 1 << 14;

// The per-sentence scans (cues.ts findCuePairs, sentence-frame.ts).
/** A word that may start a cue (CUE_TRIGGERS, cues.ts), capitalised or not. */
export const CUE_TRIGGER = 1 << 15;
/** A document noun ("statement", not "sign": DOCUMENT_WORDS, document-issuers.ts), in lower case only. */
export const DOCUMENT_NOUN = 1 << 16;
/** A body noun ("union": BODY_NOUNS, body-references.ts), in lower case only. */
export const BODY_NOUN = 1 << 17;

// The name and phrase readers' lists (mentions.ts, described-names.ts, noun-phrases.ts), asked of
// most capitalised runs and subjects: a plain Set's lookup of a word in none of them walks memory
// a pass has long left (the table, the stored key), where the token's bits are already at hand.
/** ORG_HEADS (organizations.ts). */
export const ORG_HEAD = 1 << 18;
/** NAME_CONNECTORS (lexicon.ts). */
export const NAME_CONNECTOR = 1 << 19;
/** NOT_NAMES (lexicon.ts). */
export const NOT_A_NAME = 1 << 20;
/** DEMONYMS (world-knowledge.ts). */
export const DEMONYM = 1 << 21;
/** INDEFINITES (lexicon.ts). */
export const INDEFINITE = 1 << 22;
/** ROLE_NOUNS (people-titles.ts). */
export const ROLE_NOUN = 1 << 23;
/** MORE_ROLES (people-titles.ts). */
export const MORE_ROLE = 1 << 24;
/** PRONOUN_QUANTIFIERS (lexicon.ts). */
export const PRONOUN_QUANTIFIER = 1 << 25;
/** SMALL_NUMBERS (lexicon.ts). */
export const SMALL_NUMBER = 1 << 26;
/** TIME_DETERMINERS (lexicon.ts). */
export const TIME_DETERMINER = 1 << 27;

// The cue readers' (cues.ts).
/** SHARE_WORDS (cue-words.ts). */
export const SHARE_WORD = 1 << 28;
/** BE_OR_GET (lexicon.ts). */
export const BE_OR_GET_FORM = 1 << 29;
// (no bit is left: the field stays below 2^30, a small integer, word-bits.test.ts checks it)
/** The bits a capitalised word never has ("Statement Union" is a name, not a document or a body). */
export const LOWER_CASE_ONLY = DOCUMENT_NOUN | BODY_NOUN;
