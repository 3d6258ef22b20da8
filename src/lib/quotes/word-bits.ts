/**
 * The word lists a pass asks about for nearly every word it reads, one bit each in a token's
 * `bits` or, for the lists asked less often, `bits2` (tokens.ts): the tokenizer looks each word up once in one table of them all
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

// A second field, `bits2`, for the lists asked less often, each at a few call sites and a few
// thousand times a pass (counted per set and call site): together still a large share of a pass's
// Set lookups, each a walk over memory the pass has left. All are asked of a token's lower case
// whatever its capital, so none is lower-case only.
/** RELATIVE_CLAUSE_OPENERS (lexicon.ts). */
export const RELATIVE_CLAUSE_OPENER = 1;
/** NAME_MODALS (lexicon.ts). */
export const NAME_MODAL = 1 << 1;
/** RELATIVE_SUBJECTS (lexicon.ts). */
export const RELATIVE_SUBJECT = 1 << 2;
/** NOT_MODIFIERS (lexicon.ts). */
export const NOT_MODIFIER = 1 << 3;
/** SUBJECT_LINKS (lexicon.ts). */
export const SUBJECT_LINK = 1 << 4;
/** PRONOUN_OR_ADVERB_BEFORE_VERB (lexicon.ts). */
export const PRONOUN_OR_ADVERB = 1 << 5;
/** BEFORE_VERBAL_ING (lexicon.ts). */
export const BEFORE_VERBAL_ING_WORD = 1 << 6;
/** MEDIUM_PREPS (lexicon.ts). */
export const MEDIUM_PREP = 1 << 7;
/** SUBORDINATORS_OR_ASKED (lexicon.ts). */
export const SUBORDINATOR_OR_ASKED = 1 << 8;
/** PARTICIPLE_PREPS (lexicon.ts). */
export const PARTICIPLE_PREP = 1 << 9;
/** SETTING_PREPS (lexicon.ts). */
export const SETTING_PREP = 1 << 10;
/** SUBORDINATE_WORDS (lexicon.ts). */
export const SUBORDINATE_WORD = 1 << 11;
/** SCENE_SUBORDINATORS (lexicon.ts). */
export const SCENE_SUBORDINATOR = 1 << 12;
/** INTERJECTIONS (lexicon.ts). */
export const INTERJECTION = 1 << 13;
/** ECHO_PRONOUNS (lexicon.ts). */
export const ECHO_PRONOUN = 1 << 14;
/** NOUN_SIGNALS (cue-words.ts). */
export const NOUN_SIGNAL = 1 << 15;
/** AFTER_PLURAL_NOUN (cue-words.ts). */
export const AFTER_PLURAL = 1 << 16;
/** POLL_NOUNS (cue-words.ts). */
export const POLL_NOUN = 1 << 17;
/** ARTEFACTS (cue-words.ts). */
export const ARTEFACT = 1 << 18;
/** WORK_NOUNS (speech-cues.ts). */
export const WORK_NOUN = 1 << 19;
/** TERM_INTRODUCERS (speech-cues.ts). */
export const TERM_INTRODUCER = 1 << 20;
/** ANAPHORIC (document-issuers.ts). */
export const ANAPHORIC_DETERMINER = 1 << 21;
/** POSSESSIVE_PRONOUN (document-issuers.ts). */
export const POSSESSIVE_PRONOUN_WORD = 1 << 22;
/** TITLE_MODIFIERS (lexicon.ts). */
export const TITLE_MODIFIER = 1 << 23;
/** PLAIN_VERBS (lexicon.ts). */
export const PLAIN_VERB = 1 << 24;
/** CLAUSE_OPENING_WORDS (lexicon.ts). */
export const CLAUSE_OPENING_WORD = 1 << 25;
/** TITLE_LEFT (speech-cues.ts). */
export const TITLE_LEFT_WORD = 1 << 26;
/** WORDING_NOUNS (speech-cues.ts). */
export const WORDING_NOUN = 1 << 27;
/** NAMING_VERBS (speech-cues.ts). */
export const NAMING_VERB = 1 << 28;
/** REPORTED (lexicon.ts). */
export const REPORTED_FORM = 1 << 29;
// (no bit is left here either)

/** The bits of `bits` a capitalised word never has ("Statement Union" is a name, not a document or a body). */
export const LOWER_CASE_ONLY = DOCUMENT_NOUN | BODY_NOUN;
