/**
 * The word lists the noun-phrase chunker (noun-phrases.ts) asks about for nearly every word it
 * reads, as one bit each in one table: one hash lookup tells every list a word is in, where asking
 * each Set in turn hashed the word once per list. Built from the Sets themselves at load, so it
 * answers exactly as they do.
 */
import { PERSON_PRONOUNS, OTHER_PRONOUNS, NOT_IN_SUBJECT, DETERMINERS, WEEKDAYS_AND_TIME, SENTENCE_OPENERS, NP_STARTERS, PLACE_PREPS, DISCOURSE_ADVERBS, APPROXIMATORS, TIME_UNITS, SUBJECT_PRONOUNS, BETWEEN_SUBJECT_AND_VERB } from './lexicon.ts';
import { wordBitTable } from './word-set.ts';

export const PRONOUN = 1;
export const NOT_IN_SUBJ = 2;
export const DETERMINER = 4;
export const WEEKDAY_OR_TIME = 8;
export const OPENER = 16;
export const NP_STARTER = 32;
export const PLACE_OR_DISCOURSE = 64;
export const APPROXIMATOR = 128;
export const TIME_UNIT = 256;
export const SUBJECT_PRONOUN = 512;
export const BETWEEN = 1024;
const WORD_CLASSES = wordBitTable([
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
]);

/** The bits of the lists a lower-cased word is in (0 for none). */
export function classOf(lower: string): number {
  return WORD_CLASSES.get(lower) ?? 0;
}
