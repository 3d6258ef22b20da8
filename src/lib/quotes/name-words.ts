/**
 * The words of people's names, whatever the article: what a word before a name says (a title, a
 * modifier, a glued verb, a group), which words may stand in a name, and which make a one-word
 * name. The speaker-name pass (speaker-names.ts) reads names with them.
 */
import { countryOf, isDemonym, US_STATES } from './world-knowledge.ts';
import { HONORIFICS, TITLE_WORDS } from './people-titles.ts';
import { genderOf } from './gender.ts';
import { speechVerbBase } from './speech-cues.ts';

/**
 * Words before a name that say what the person is, beyond people-titles.ts's TITLE_WORDS and
 * HONORIFICS (isRoleWord reads all three).
 */
const MORE_TITLES = new Set([
  'journalist', 'pastor', 'filmmaker', 'chairperson', 'co-anchor', 'counsel', 'recorder', 'secretary-treasurer', 'staff',
  'hopeful', 'comptroller', 'auditor', 'historian', 'scientist',
]);

/** Words before a name that qualify a title or a stance but say nothing alone ("Rival", "Former", "Interim"). */
const MODIFIERS = new Set([
  'rival', 'opponent', 'challenger', 'incumbent', 'former', 'ex', 'then', 'late', 'interim', 'acting', 'deputy',
  'assistant', 'associate', 'senior', 'top', 'u.s.', 'us', 'state', 'federal', 'army', 'navy', 'marine', 'air', 'police',
  'fire', 'county', 'city', 'district',
]);

/** Capitalised words glued to a name by a Title-Case headline or an inverted cue ("See Sexton", "Obama Sees"). */
const GLUED_VERBS = new Set([
  'see', 'sees', 'saw', 'does', 'did', 'come', 'comes', 'came', 'gets', 'got', 'goes', 'went', 'makes', 'made', 'takes',
  'took', 'wants', 'wins', 'loses', 'slams', 'blasts', 'rips', 'hits', 'endorses', 'screams', 'jokes', 'explains', 'backs',
  'rejects', 'defends', 'attacks', 'accuses', 'praises', 'mocks', 'vows', 'faces', 'is', 'was', 'has', 'had', 'would',
  'could', 'should', 'must', 'shows', 'wrote', 'writes',
]);

/** Words that never belong inside a person's name, whatever their case ("Final Column Explains Why She Sees …"). */
export const NEVER_IN_NAME = new Set([
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'why', 'what', 'how', 'when', 'where', 'who', 'in',
  'on', 'at', 'to', 'for', 'with', 'from', 'about', 'after', 'over', 'into', 'the', 'a', 'an', 'and', 'or', 'but', 'not',
  'neither', 'nor', 'both', 'either', 'this', 'that', 'these', 'those', 'if', 'as', 'by', 'while', 'whatever', 'although',
  'though', 'because', 'since', 'unless', 'until', 'another', 'every', 'some', 'any', 'no', 'don’t', "don't", 'had', 'has',
]);

/** Lower-case particles that do belong in names ("Bill de Blasio", "Ludwig van Beethoven"). */
export const NAME_PARTICLES = new Set(['de', 'da', 'del', 'della', 'di', 'du', 'des', 'van', 'von', 'der', 'den', 'ter', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'y', 'dos', 'das', 'zu']);

/** Plural group words that head a list before a name ("Democrats Hillary Clinton", "Celebrities Julianne Moore"). */
export const GROUP_WORDS = /^(?:democrats|republicans|liberals|conservatives|celebrities|officials|critics|supporters|candidates|rivals|opponents|leaders|lawmakers|senators|activists|experts|others|fellow)$/;

/** Opens with a capital letter. */
export const CAP = /^\p{Lu}/u;

function fold(w: string): string {
  return w.toLowerCase().replace(/[’']s$/, '');
}

export function isTitleWord(w: string): boolean {
  return asked(w, TITLE, titleWord);
}

function titleWord(w: string): boolean {
  const l = w.toLowerCase();
  return isRoleWord(w) || MODIFIERS.has(l) || /-(?:born|based|area|bred|raised)$/.test(l);
}

/** A title or role: what a description must say ("Senator", "spokesman"), not a modifier alone. */
export function isRoleWord(w: string): boolean {
  const l = w.toLowerCase();
  return (TITLE_WORDS.has(l) && !MODIFIERS.has(l)) || HONORIFICS.has(l) || MORE_TITLES.has(l);
}

/** A known first name ("Bill", "Hillary"): such a word is a name even where it is also a common word. */
export function isFirstName(w: string): boolean {
  return asked(w, FIRST_NAME, firstName);
}

function firstName(w: string): boolean {
  return genderOf([w.toLowerCase(), 'x'], []) !== null;
}

/**
 * A word's answers, two bits a question (asked, yes): the same words ("Trump", "Senator") come back
 * in many names, sources and descriptions, each read once, where the tests lower-case and look up
 * the word each time. A bounded memo; each answer depends on the word alone.
 */
const WORD_ANSWERS = new Map<string, number>();
const TITLE = 1;
const FIRST_NAME = 4;
const GLUED = 16;

/** How many answers WORD_ANSWERS has been given: unchanged across a test, the test stored none. */
let answersGiven = 0;

function asked(w: string, question: number, test: (w: string) => boolean): boolean {
  const known = WORD_ANSWERS.get(w) ?? 0;
  if ((known & question) !== 0) return (known & (question << 1)) !== 0;
  const given = answersGiven;
  const yes = test(w);
  // (a test may ask another question of the word, isGlued asks isFirstName: its answer is read
  // again only when some answer was stored meanwhile)
  const now = answersGiven === given ? known : (WORD_ANSWERS.get(w) ?? 0);
  if (now === 0 && WORD_ANSWERS.size > 50000) WORD_ANSWERS.clear();
  WORD_ANSWERS.set(w, now | question | (yes ? question << 1 : 0));
  answersGiven++;
  return yes;
}

function isAllCaps(w: string): boolean {
  // (by char codes while the word is ASCII, where \p{Lu} is A-Z and \p{Ll} a-z: most words have a
  // lower-case letter, and two Unicode regexes cost more than the scan)
  let upper = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return /\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper;
}

/** "CORRUPT OFFSHORE ACCOUNTS", "EBOLA SURVIVORS", "HUFFPOLLSTER": shouting headlines, not acronyms (CNN, NAACP). */
export function isShouted(words: string[]): boolean {
  if (!words.every(isAllCaps)) return false;
  if (words.length === 1) return words[0].replace(/[^\p{L}]/gu, '').length >= 7 || /[’']S$/.test(words[0]);
  return words.some((w) => w.replace(/[^\p{L}]/gu, '').length >= 4);
}

/**
 * A word a person's name may hold: capitalised (after an opening quotation mark: a nickname) or a
 * particle ("de"), and no verb or function word (a Title-Case headline: "Hillary Clinton Wins
 * Delaware", "Final Column Explains Why …").
 */
export function possibleNameWord(w: string): boolean {
  if (isGlued(w) || NEVER_IN_NAME.has(w.toLowerCase())) return false;
  return CAP.test(w) || NAME_PARTICLES.has(w) || CAP.test(w.replace(/^[“"‘']/, ''));
}

export function isGlued(w: string): boolean {
  return asked(w, GLUED, glued);
}

function glued(w: string): boolean {
  const l = w.toLowerCase();
  if (GLUED_VERBS.has(l)) return true;
  // an inflected verb of saying: "Said", "Stated", "Notes" (the base form may be a name: "Mark", "Will")
  const base = speechVerbBase(l);
  return base !== null && l !== base && !isFirstName(w);
}

/** A one-word person name: not a place, a people, nor a plural (nor a common word of the article: see readName). */
export function nameLikeWord(w: string): boolean {
  const l = fold(w);
  if (US_STATES.has(l) || countryOf(w) || isDemonym(l)) return false;
  if (NEVER_IN_NAME.has(l) || (l.endsWith('s') && isDemonym(l.slice(0, -1)))) return false;
  return true;
}
