/**
 * Word-class decisions, in one place: whether a speech verb's form is a verb here or a noun
 * ("the board writes" vs "in many Asian states"), an "-ing" participle, a past form that makes a
 * passive, a capitalised plural that is a common noun, not a name. Each is read from the words
 * around it only (no parse); tests/unit/quotes/word-class.test.ts holds their table.
 */
import type { Token } from './tokens.ts';
import type { Sentence } from './sentences.ts';
import { subjectLeft, skipBetweenLeft } from './noun-phrases.ts';
import { ARTICLES_AND_POSSESSIVES, IRREGULAR_PASTS, MODALS, PLACE_OR_TIME_PREPS, VERBS_NEVER_NOUNS } from './lexicon.ts';
import { speechVerbBase } from './speech-cues.ts';
import { NOUNISH, VERB_ONLY_S } from './cue-words.ts';
import { PRONOUN_OR_ADVERB, AFTER_PLURAL } from './word-bits.ts';

/** "-ing" forms cite without a subject of their own ("…, adding that …"). */
export function isParticiple(lowerWord: string): boolean {
  return lowerWord.endsWith('ing');
}

/** Past participles that, after a form of "be", make the cue passive ("was called", "been labeled"). */
export function isPastForm(lowerWord: string): boolean {
  return lowerWord.endsWith('ed') || lowerWord === 'told' || lowerWord === 'said' || lowerWord === 'written' || lowerWord === 'thought';
}

/** "Protesters chanted …", "Bombs fell …": a capitalised plural that, opening a sentence alone, is a common noun unless already known as a name. */
export function capitalisedPlural(t: Token): boolean {
  return t.cap && t.lower.length > 3 && t.lower.endsWith('s') && !t.lower.endsWith('ss') && !t.lower.endsWith("'s");
}

/** "reacted skeptically to the deal, “…”": a quotation set off by a comma or colon within a few words after the cue. */
export function quoteAfterComma(tokens: Token[], from: number, last: number): boolean {
  for (let k = from; k < last && k < from + 10; k++) {
    const t = tokens[k];
    if (t.kind === 'quote') return k > from && (tokens[k - 1].text === ',' || tokens[k - 1].text === ':');
    if (t.kind === 'punct' && t.text !== ',' && t.text !== ':' && t.text !== '-') return false;
  }
  return false;
}

/** A bare form right after a modal, past adverbs, is a verb, never a noun ("could only quip:", "would note"). */
function afterModal(tokens: Token[], v: number, floor: number): boolean {
  if (tokens[v].lower.endsWith('s')) return false;
  const k = skipBetweenLeft(tokens, v - 1, floor);
  // (skipBetweenLeft steps over the modal too: find it among the skipped words)
  for (let m = v - 1; m > k; m--) if (MODALS.has(tokens[m].lower)) return true;
  return false;
}

/** Past participles that describe someone ("retired", "noted"), not a clause's verb. */
export const DESCRIPTIVE_ED = new Set(['retired', 'elected', 'appointed', 'embattled', 'disgraced', 'indicted', 'acclaimed', 'celebrated', 'noted', 'renowned', 'self-described', 'self-proclaimed', 'unnamed', 'registered', 'licensed', 'certified', 'qualified', 'designated', 'presumed', 'alleged', 'accused', 'convicted', 'defeated', 'reelected', 're-elected', 'distinguished', 'decorated']);

/** The plain form a regular "-s", "-es", "-ed" or "-d" ending was added to, or the word itself. */
function stems(lower: string): string[] {
  const out = [lower];
  if (lower.endsWith('ies') || lower.endsWith('ied')) out.push(lower.slice(0, -3) + 'y');
  if (lower.endsWith('es') || lower.endsWith('ed')) out.push(lower.slice(0, -2));
  if (lower.endsWith('s') || lower.endsWith('d')) out.push(lower.slice(0, -1));
  return out;
}

/**
 * A lower-case word that can only be a verb, never open a noun phrase: a form of a verb of saying
 * other than its plain or "-ing" form ("states", "heard" … but not "report" or "leading"), an
 * irregular past ("left"), a form of a common verb that is no noun ("involve", "involves"). A
 * description opens with a determiner, a modifier, a title or a noun, never one of these.
 */
export function isVerbOnly(lower: string): boolean {
  if (IRREGULAR_PASTS.has(lower)) return true;
  if (DESCRIPTIVE_ED.has(lower)) return false;
  if (stems(lower).some((w) => VERBS_NEVER_NOUNS.has(w))) return true;
  // ("claims adjuster": an "-s" form of a verb that is as often a noun may be a noun)
  const base = speechVerbBase(lower);
  return base !== null && base !== lower && !lower.endsWith('ing') && !(lower.endsWith('s') && NOUNISH.has(base));
}

/** A plain form ("state", "notes"), not an "-ed" or "-ing" one nor said/told/wrote: the forms that may be nouns. */
export function isPlainForm(lower: string): boolean {
  return !lower.endsWith('ed') && !lower.endsWith('ing') && lower !== 'said' && lower !== 'told' && lower !== 'wrote';
}

/**
 * The word at v, a form of the verb of saying `base`, is a noun here, not the verb: a plain form of
 * a verb that is as often a noun ("member states, including …", "Kim's mental state is", "a
 * Facebook message"), unless a quotation or a citing "to" or a modal makes it the verb.
 */
export function speechFormIsNoun(tokens: Token[], s: Sentence, v: number, base: string): boolean {
  return isPlainForm(tokens[v].lower) && NOUNISH.has(base) && nounishFormIsNounHere(tokens, s, v, base);
}

/** speechFormIsNoun for a plain form of a NOUNISH base, which the cue reader knows from its trigger word without asking the lists. */
export function nounishFormIsNounHere(tokens: Token[], s: Sentence, v: number, base: string): boolean {
  const prev = v - 1 >= s.first ? tokens[v - 1] : null;
  // words that are also nouns ("member states, including …", "Kim's mental state is", "a Facebook message")
  // …but right after a quote ("“…,” read the statement", "“…,” a voice-over in the ad states.") it is the verb
  let nearQuote = false;
  for (let k = v - 1; k >= s.first && k >= v - 8 && !nearQuote; k--) if (tokens[k].kind === 'quote') nearQuote = true;
  // …and so is one after "to" that introduces a quotation ("leading aides to counter that …", "to state, “…”")
  const nx1 = v + 1 < s.last ? tokens[v + 1] : null;
  const citingInfinitive = !!prev && prev.lower === 'to' && !!nx1 && (nx1.kind === 'quote' || nx1.text === ':' || nx1.lower === 'that' || quoteAfterComma(tokens, v + 1, s.last));
  return !nearQuote && !citingInfinitive && !afterModal(tokens, v, s.first) && nounishFormIsNoun(tokens, s, v, base, nx1);
}

/**
 * The plain form at v of a speech verb that is as often a noun (NOUNISH: "states", "notes",
 * "report", "claim") is a noun here: after a possessive or an "-ing" verb, before a word that
 * follows plural nouns, before a comma with no quotation after it, as a preposition's object.
 * (Only asked when no quotation is near and no modal or citing "to" makes it a verb.)
 */
function nounishFormIsNoun(tokens: Token[], s: Sentence, v: number, base: string, nx: Token | null): boolean {
  const t = tokens[v];
  const prev = v - 1 >= s.first ? tokens[v - 1] : null;
  // (not "writes", never a noun, before an addressee or a medium: "Park writes to Ortiz.", "she writes in the op-ed";
  // "responds to", "agrees to" only with a quotation set off just after: "responds to Lee with, “…”")
  // "is disavowing remarks", "kept issuing statements": an "-s" form right after an "-ing" verb is its object
  if (t.lower.endsWith('s') && prev && prev.kind === 'word' && !prev.cap && prev.lower.length > 5 && prev.lower.endsWith('ing') && !prev.lower.endsWith('thing')) return true;
  if (nx && nx.kind === 'word' && (nx.bits2 & AFTER_PLURAL) !== 0 && !(t.lower === 'writes' && (nx.lower === 'to' || nx.lower === 'in')) && !(t.lower.endsWith('s') && VERB_ONLY_S.has(base) && nx.lower === 'to' && quoteAfterComma(tokens, v + 1, s.last))) return true;
  // "in many Asian states, and …": a plural noun before a comma, unless a quotation follows ("Ames notes, “…”")
  if (t.lower.endsWith('s') && nx && nx.text === ',' && !(v + 2 < s.last && tokens[v + 2].kind === 'quote')) return true;
  if (prev && prev.kind === 'word' && (prev.lower.endsWith("'s") || (prev.cap && (prev.bits2 & PRONOUN_OR_ADVERB) === 0 && !t.lower.endsWith('s')))) return true;
  // …but a verb before a colon introduces what follows ("the website notes:")
  // (…and one whose "-s" form is no noun ends a parenthetical citation: "…, the editorial board writes.")
  if ((!nx || (nx.kind === 'punct' && nx.text !== ':')) && prev && prev.kind === 'word' && !prev.cap && (prev.bits2 & PRONOUN_OR_ADVERB) === 0 && !prev.lower.endsWith('ly') && !(t.lower.endsWith('s') && VERB_ONLY_S.has(base)))
    return true;
  if (!t.lower.endsWith('s') && !(prev && prev.kind === 'word' && (prev.bits2 & PRONOUN_OR_ADVERB) !== 0)) return true;
  // "support in key states means": an "-s" form whose would-be subject is a preposition's object is a plural noun
  if (prev && prev.kind === 'word' && !prev.cap && (prev.bits2 & PRONOUN_OR_ADVERB) === 0) {
    const np = subjectLeft(tokens, v, s.first);
    const link = np && np.first - 1 >= s.first ? tokens[np.first - 1] : null;
    const bare = np && !ARTICLES_AND_POSSESSIVES.has(tokens[np.first].lower) && !tokens[np.head].cap;
    if (np && bare && link && link.kind === 'word' && PLACE_OR_TIME_PREPS.has(link.lower) && nx && nx.kind === 'word' && nx.lower !== 'that') return true;
  }
  return false;
}
