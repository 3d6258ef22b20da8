/**
 * Finding cue–source pairs in a sentence frame: a speech verb with its subject ("he said", "said
 * Caddell", "Flynn, a top Trump surrogate, said"), a participle that borrows the main subject
 * ("…, adding that"), "according to X", a passive with its agent ("was described by X as"), and a
 * name before a colon that introduces a quote ("Limbaugh: “…”").
 */
import type { Token } from './tokens.ts';
import type { Sentence } from './sentences.ts';
import { speechVerbBase, speechBaseOf, speechForms, particleNeeded } from './speech-cues.ts';
import { WordSet } from './word-set.ts';
import { CUE_TRIGGER, SUBJECT_PRONOUN, WEEKDAY_OR_TIME, SHARE_WORD, BE_OR_GET_FORM, NOT_MODIFIER, BEFORE_VERBAL_ING_WORD, SETTING_PREP, NOUN_SIGNAL, POLL_NOUN, ARTEFACT } from './word-bits.ts';
import { isParticiple, isPastForm, isPlainForm, quoteAfterComma, nounishFormIsNounHere } from './word-class.ts';
import { WIDE_DASHES, CLAUSE_SUBORDINATORS, HAVE_FORMS, OBJECT_RELATIVE_WORDS, MODALS, ARTICLES_AND_POSSESSIVES, FINITE_OPENERS } from './lexicon.ts';
import { subjectLeft, subjectRight, phraseRight, skipBetweenLeft, sentenceSubject, isPronoun, mediumPhraseStart, type Phrase } from './noun-phrases.ts';
import { DECLARED_ACTS, EVENT_NOUNS, PERCEIVED, UTTERANCE_NOUNS, CAUSATIVES, EXAMPLE_LINKS, SOUND_VERBS, BESIDE_QUOTE_ONLY, WEAK_CUES, INVERTIBLE, NOUNISH, CUE_NOUNS, CALL_NOUNS, ATTACK_NOUNS, BY_OWN_NOUNS, NON_SAYING, NAMING, PREDICATIVE, ASPECT_VERBS, ISSUE_VERBS, VIEW_NOUNS } from './cue-words.ts';

// (string methods called through String.prototype on this hot path: decision 0020)
const endsWith = String.prototype.endsWith;
const charCodeAt = String.prototype.charCodeAt;

/**
 * How a cue stands to its source: "plain" (the subject before the verb: "he said", or a noun's owner:
 * "Trump's claim"), "inverted" (the source after the cue: "said Caddell", "according to X", a
 * passive's "by X"), or "participle" (an "-ing" form with no subject of its own: "…, adding that",
 * which borrows the main subject).
 */
export type CueForm = 'plain' | 'inverted' | 'participle';

/**
 * A cue that cites less than its sentence: "weak" names a speaker but cites no quote of its own
 * sentence, only a quotation that follows ("Howard continued his remarks."); "attached" is a
 * participle owned by the noun before it ("a hat reading “…”"), citing only what follows it.
 */
export type CueLimit = 'weak' | 'attached';

export interface CuePair {
  /** Token range of the cue ("said", "according to", "pointed out"). */
  cueFirst: number;
  cueLast: number;
  /** The source phrase, or null for a participle waiting for the main subject. */
  subject: Phrase | null;
  form: CueForm;
  limit: CueLimit | undefined;
}

/**
 * The subject of a subordinate clause ending at the comma c ("…, when Sanders protesters
 * interrupted her speech, shouting"): the clause must open right after the previous comma.
 */
function subordinateSubject(tokens: Token[], c: number, floor: number): Phrase | null {
  let a = c - 1;
  while (a >= floor && a > c - 25 && tokens[a].kind === 'word') a--;
  // (the comma may sit inside a closing quotation: "a Web ad, “Playing Trump,” in which …"; a dash may stand for it)
  if (a >= floor && !(tokens[a].kind === 'punct' && (tokens[a].text === ',' || WIDE_DASHES.has(tokens[a].text))) && !(tokens[a].kind === 'quote' && tokens[a].text.trimEnd().endsWith(','))) return null;
  let conj = tokens[a + 1];
  // "…, in which children use a toy to …, yelling": a relative "in which" opens the clause too
  if (conj && conj.kind === 'word' && (conj.lower === 'in' || conj.lower === 'during' || conj.lower === 'at') && isWordAt(tokens, a + 2, 'which')) {
    a++;
    conj = tokens[a + 1];
  }
  if (!conj || conj.kind !== 'word' || !(CLAUSE_SUBORDINATORS.has(conj.lower) || conj.lower === 'which') || a + 2 >= c) return null;
  let np = sentenceSubject(tokens, { first: a + 2, last: c, start: tokens[a + 2].start, end: tokens[c].start });
  // "though in a news conference last week he used stronger language": a subject pronoun after an opening phrase
  if (!np || np.last >= c || tokens[np.last].kind !== 'word') {
    np = null;
    for (let k = a + 2; k < c - 1; k++) {
      if (tokens[k].kind === 'word' && (tokens[k].bits & SUBJECT_PRONOUN) !== 0) {
        np = { first: k, last: k + 1, head: k, nameFirst: k, nameLast: k + 1 };
        break;
      }
    }
  }
  if (!np || np.last >= c) return null;
  // "children use a toy": a plain phrase that ran on into its verb, right before an article
  if (np.last - np.first >= 2 && tokens[np.last].kind === 'word' && ARTICLES_AND_POSSESSIVES.has(tokens[np.last].lower) && !tokens[np.last - 1].cap && np.head === np.last - 1) {
    const v = np.last - 1;
    if (!tokens[v - 1].cap) return { first: np.first, last: v, head: v - 1, nameFirst: np.first, nameLast: v };
  }
  const verb = tokens[np.last];
  // a finite verb right after it, so the phrase is the clause's subject
  if (verb.kind !== 'word' || verb.cap || verb.lower.endsWith('ing') || verb.lower.endsWith('ly')) return null;
  if (!(verb.lower.endsWith('ed') || (verb.bits & BE_OR_GET_FORM) !== 0 || HAVE_FORMS.has(verb.lower) || MODALS.has(verb.lower) || speechBaseOf(verb))) return null;
  return np;
}

/**
 * The word before an infinitive's subject np, past an example it gives ("leading advisers like
 * Gene Sperling to counter"): "for" or a causative verb there makes np the one who speaks.
 */
function causerBefore(tokens: Token[], np: Phrase, floor: number): string {
  let first = np.first;
  if (first - 1 >= floor && tokens[first - 1].kind === 'word' && EXAMPLE_LINKS.has(tokens[first - 1].lower)) {
    const outer = first - 2 >= floor ? subjectLeft(tokens, first - 1, floor) : null;
    if (outer && outer.last === first - 1) first = outer.first;
  }
  // ("leading economic advisers": the phrase finder may read the causative as an adjective)
  if (first < np.head && tokens[first].kind === 'word' && CAUSATIVES.has(tokens[first].lower)) return tokens[first].lower;
  return first - 1 >= floor && tokens[first - 1].kind === 'word' ? tokens[first - 1].lower : '';
}

/** A possessive owner of a noun of saying ("Trump's", "his"). */
function isOwner(t: Token): boolean {
  return t.kind === 'word' && ((t.cap && t.lower.endsWith("'s")) || t.lower === 'his' || t.lower === 'her' || t.lower === 'their');
}

/**
 * The possessive owner of the noun of saying at v, past up to three modifiers ("Trump's recent
 * evidence-free assertion", "her March comment", "Sanders's clarion call"); -1 if none.
 */
function ownerOf(tokens: Token[], v: number, floor: number): number {
  for (let k = v - 1; k >= floor && k >= v - 4; k--) {
    const t = tokens[k];
    if (isOwner(t)) return k;
    if (t.kind !== 'word' || (t.bits2 & NOT_MODIFIER) !== 0 || endsWith.call(t.lower, "'s")) return -1;
    if (t.cap && (t.bits & WEEKDAY_OR_TIME) === 0) return -1;
  }
  return -1;
}

/** The quoted words start with a lower-case finite verb ("are based on …"), continuing the sentence's clause. */
function opensWithFiniteVerb(text: string): boolean {
  let i = 0;
  while (i < text.length && i < 8 && text.charCodeAt(i) <= 32) i++;
  let e = i;
  while (e < text.length && e < i + 8 && text.charCodeAt(e) >= 97 && text.charCodeAt(e) <= 122) e++;
  return e > i && FINITE_OPENERS.has(text.slice(i, e)) && (e >= text.length || text.charCodeAt(e) === 32);
}

/** A number as written ("1,600", "2.5"): /^[0-9][0-9,.]*$/ by character codes. */
function isNumeral(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = charCodeAt.call(text, i);
    if (!((c >= 48 && c <= 57) || (i > 0 && (c === 44 || c === 46)))) return false;
  }
  return true;
}

function isWordAt(tokens: Token[], i: number, lower: string): boolean {
  return i >= 0 && i < tokens.length && tokens[i].kind === 'word' && tokens[i].lower === lower;
}

/**
 * "Trump issued a statement saying …", "His office put out a statement saying …", "she released a
 * new ad that urges …": the words are the issuer's, so the subject of the verb that put the
 * artefact out is the source. np is the artefact's noun phrase; null when it is not one.
 */
function issuerOf(tokens: Token[], np: Phrase, floor: number): Phrase | null {
  if ((tokens[np.head].bits2 & ARTEFACT) === 0) return null;
  let k = np.first - 1;
  // "sent out a press release", "put out a statement", "sent supporters a text message"
  if (k >= floor && tokens[k].kind === 'word' && (tokens[k].lower === 'out' || tokens[k].lower === 'up')) k--;
  if (k < floor || tokens[k].kind !== 'word' || tokens[k].cap || !ISSUE_VERBS.has(tokens[k].lower)) return null;
  const subject = subjectLeft(tokens, k, floor);
  if (!subject) return null;
  // the issuer is a name, a pronoun or a described actor, never another artefact or a relative pronoun
  const head = tokens[subject.head].lower;
  // (a capitalised one is a title: "The Washington Post ran a piece")
  if (((tokens[subject.head].bits2 & ARTEFACT) !== 0 && !tokens[subject.head].cap) || head === 'that' || head === 'which') return null;
  return subject;
}

/**
 * The subject of the clause a coordinated verb joins ("when he brought up … and later said"):
 * the latest cue's subject or a pronoun subject not far before the conjunction at c, with no
 * quotation or clause break between; null when there is none (the sentence subject then applies).
 */
function nearerSubject(tokens: Token[], pairs: CuePair[], c: number, floor: number): Phrase | null {
  let stop = floor;
  for (let k = c - 1; k >= floor && k >= c - 14; k--) {
    const t = tokens[k];
    // a quotation inside the object ("lamented the “sorry state” of …") does not break the clause
    const embedded = t.kind === 'quote' && k - 1 >= floor && tokens[k - 1].kind === 'word';
    if ((t.kind === 'quote' && !embedded) || (t.kind === 'punct' && (t.text === ';' || t.text === ':' || t.text === ','))) {
      stop = k + 1;
      break;
    }
    if (k === c - 14) stop = k;
  }
  const last = pairs.length ? pairs[pairs.length - 1] : null;
  if (last && last.subject && last.form !== 'participle' && last.form !== 'inverted' && last.cueFirst >= stop && last.subject.first >= stop) return last.subject;
  for (let k = c - 2; k >= stop; k--) {
    const t = tokens[k];
    const nx = tokens[k + 1];
    if (t.kind === 'word' && (t.bits & SUBJECT_PRONOUN) !== 0 && nx.kind === 'word' && !nx.cap) return { first: k, last: k + 1, head: k, nameFirst: k, nameLast: k + 1 };
  }
  return null;
}

/** The subject is a share of respondents ("31% of Republicans", "Six in 10 Republicans", "a majority of voters"). */
function respondentShare(tokens: Token[], subject: Phrase, floor: number): boolean {
  for (let k = subject.last - 1; k >= floor && k >= subject.first - 6; k--) {
    const t = tokens[k];
    if (t.kind === 'quote' || (t.kind === 'punct' && t.text !== '%')) return false;
    if (t.kind === 'punct' || (t.bits & SHARE_WORD) !== 0 || t.lower.endsWith('%')) return true;
    const c = t.lower.charCodeAt(0);
    if (c >= 48 && c <= 57 && k < subject.last - 1) return true;
  }
  return false;
}

/** The poll or survey named earlier in the sentence, before index end ("In a national CNN/ORC poll released Monday, …"). */
function pollBefore(tokens: Token[], first: number, end: number): Phrase | null {
  for (let k = end - 1; k >= first; k--) {
    const t = tokens[k];
    if (t.kind !== 'word' || (t.bits2 & POLL_NOUN) === 0) continue;
    const np = subjectLeft(tokens, k + 1, first);
    return np && np.last === k + 1 ? np : { first: k, last: k + 1, head: k, nameFirst: k, nameLast: k + 1 };
  }
  return null;
}

function isViewNoun(t: Token): boolean {
  return t.kind === 'word' && VIEW_NOUNS.has(t.lower);
}

/** "in Bolton’s view", "came the reply from Smith", "according to X": cues that are phrases, not verbs, read at a word that starts only one (startsOnlyPhraseCue); pushes its pair, if any. */
function phraseCue(tokens: Token[], s: Sentence, v: number, pairs: CuePair[]): void {
  const t = tokens[v];
  // "in Bolton’s view", "in Forbes’ words": the possessor holds the view
  if (t.lower === 'in' && v + 2 < s.last) {
    let k = v + 1;
    while (k < s.last && k < v + 5 && tokens[k].kind === 'word' && tokens[k].cap && !tokens[k].lower.endsWith("'s")) k++;
    let owner = -1;
    // "in his words"
    if (isWordAt(tokens, v + 1, 'his') || isWordAt(tokens, v + 1, 'her') || isWordAt(tokens, v + 1, 'their')) {
      if (isViewNoun(tokens[v + 2])) {
        pairs.push({ cueFirst: v, cueLast: v + 3, subject: { first: v + 1, last: v + 2, head: v + 1, nameFirst: v + 1, nameLast: v + 2 }, form: 'inverted', limit: undefined });
        return;
      }
    }
    if (k < s.last && tokens[k].kind === 'word' && tokens[k].cap && tokens[k].lower.endsWith("'s")) owner = k + 1;
    else if (k > v + 1 && k < s.last && tokens[k].kind === 'punct' && (tokens[k].text === '’' || tokens[k].text === "'") && tokens[k - 1].lower.endsWith('s')) owner = k + 1;
    if (owner > 0 && owner < s.last && isViewNoun(tokens[owner])) {
      const last = tokens[owner - 1].kind === 'punct' ? owner - 1 : owner;
      pairs.push({ cueFirst: v, cueLast: owner + 1, subject: { first: v + 1, last, head: last - 1, nameFirst: v + 1, nameLast: last }, form: 'inverted', limit: undefined });
      return;
    }
  }
  // "“Call the roll,” came shouts from the crowd", "came the reply from Smith": the speaker follows "from"
  if ((t.lower === 'came' || t.lower === 'comes') && v - 1 >= s.first && (tokens[v - 1].kind === 'quote' || (tokens[v - 1].text === ',' && v - 2 >= s.first && tokens[v - 2].kind === 'quote'))) {
    let k = v + 1;
    if (isWordAt(tokens, k, 'the') || isWordAt(tokens, k, 'a')) k++;
    if (k < s.last && tokens[k].kind === 'word' && UTTERANCE_NOUNS.has(tokens[k].lower) && isWordAt(tokens, k + 1, 'from')) {
      const np = phraseRight(tokens, k + 2, s.last);
      if (np) pairs.push({ cueFirst: v, cueLast: k + 2, subject: np, form: 'inverted', limit: undefined });
      return;
    }
  }
  if (t.lower === 'according' && isWordAt(tokens, v + 1, 'to')) {
    const np = phraseRight(tokens, v + 2, s.last);
    if (np) pairs.push({ cueFirst: v, cueLast: v + 2, subject: np, form: 'inverted', limit: undefined });
  }
}

/** The words phraseCue reads a cue at: "in Bolton’s view", "came the reply from", "according to". */
const PHRASE_CUE_WORDS = ['in', 'came', 'comes', 'according'];

/**
 * Words that start only a phrase cue (PHRASE_CUE_WORDS): none is a noun of saying or a form of a
 * verb of saying, so once phraseCue has read one there is nothing more to read there. ("in" alone
 * is about a third of all cue triggers.)
 */
export function startsOnlyPhraseCue(lower: string): boolean {
  return PHRASE_CUE_WORDS.includes(lower);
}

/** The noun of saying at v with its possessive owner; true when it pushed the pair. The caller has found v in CUE_NOUNS. */
function possessedNounCue(tokens: Token[], s: Sentence, v: number, pairs: CuePair[]): boolean {
  const t = tokens[v];
  // "Trump’s claim that …", "his warning that …": a possessive owner of a speech noun
  if (v - 1 >= s.first) {
    let after = v + 1;
    // "her assertion during the debate that …": a short time or setting phrase may come between
    if (after < s.last && tokens[after].kind === 'word' && (tokens[after].bits2 & SETTING_PREP) !== 0) {
      let k = after + 1;
      while (k < s.last && k < after + 5 && tokens[k].kind === 'word' && tokens[k].lower !== 'that') k++;
      if (k < s.last && (tokens[k].lower === 'that' || tokens[k].kind === 'quote')) after = k;
    }
    const nx = after < s.last ? tokens[after] : null;
    const nx2 = after + 1 < s.last ? tokens[after + 1] : null;
    // (not "Trump’s comments “are based on …”": a quote opening with a verb says what the noun is)
    // ("his call for “a ban”": a demand names what it asks for)
    // ("her broadside against “printing money”", "his jab at “low-energy” rivals")
    const atQuote = (nx?.lower === 'against' || nx?.lower === 'at') && ATTACK_NOUNS.has(t.lower) && !!nx2 && nx2.kind === 'quote';
    const forQuote = atQuote || nx?.lower === 'for' && CALL_NOUNS.has(t.lower) && !!nx2 && (nx2.kind === 'quote' || ((nx2.lower === 'a' || nx2.lower === 'an') && tokens[after + 2]?.kind === 'quote'));
    const introduces =
      !!nx && ((nx.kind === 'quote' && !opensWithFiniteVerb(nx.text)) || nx.lower === 'that' || nx.text === ':' || nx.lower === 'to' || forQuote || ((nx.lower === 'about' || nx.lower === 'of') && !!nx2 && nx2.kind === 'quote'));
    const w = ownerOf(tokens, v, s.first);
    // "by her own admission": the owner speaks in the rest of the sentence
    const byOwn = w >= 0 && BY_OWN_NOUNS.has(t.lower) && w - 1 >= s.first && isWordAt(tokens, w - 1, 'by');
    if (w >= 0 && (introduces || byOwn)) {
      pairs.push({
        cueFirst: v,
        cueLast: v + 1,
        subject: { first: w, last: w + 1, head: w, nameFirst: w, nameLast: w + 1 },
        form: 'plain',
        limit: undefined,
      });
      return true;
    }
  }
  return false;
}

/** A verb of saying being read at token v, with how far its cue runs and whether it is weak. */
interface VerbAt {
  tokens: Token[];
  s: Sentence;
  v: number;
  t: Token;
  base: string;
  cueLast: number;
  /** Cites no quote of its own sentence (a CuePair limited to 'weak'). */
  weak: boolean;
  prev: Token | null;
  /** A plain form ("state", "notes"), which may be a noun. */
  plain: boolean;
  /** The trigger word's facts (what its base is, looked up once at load). */
  word: TriggerWord;
  pairs: CuePair[];
}

/** The word at v (trigger word w, a form of the verb of saying base) read as one that may cite here, or null (a noun, negated, …). */
function verbAt(tokens: Token[], s: Sentence, v: number, w: TriggerWord, base: string, pairs: CuePair[]): VerbAt | null {
  const t = tokens[v];
  // capitalised mid-sentence: a name or title ("Tell", "Post"), not a verb
  // (…but a past form right after an appositive's comma is the verb: "Murphy, the head of the PAC, Tweeted")
  if (t.cap && v > s.first && !(endsWith.call(t.lower, 'ed') && tokens[v - 1].text === ',' && v + 1 < s.last && !tokens[v + 1].cap)) return null;
  // "ruled out", "called off": a phrasal verb that cites nothing
  if ((base === 'rule' || base === 'call') && isWordAt(tokens, v + 1, base === 'rule' ? 'out' : 'off')) return null;
  // "the economy is booming", "it is telling that …": a progressive with no quotation or addressee
  // after it is a state or an adjective, not speech
  if (endsWith.call(t.lower, 'ing') && (base === 'tell' || w.soundVerb) && v - 1 >= s.first && (tokens[v - 1].bits & BE_OR_GET_FORM) !== 0) {
    const nx = tokens[v + 1];
    const cites = !!nx && v + 1 < s.last && (nx.kind === 'quote' || nx.text === ':' || (nx.text === ',' && tokens[v + 2]?.kind === 'quote'));
    const addressee = base === 'tell' && !!nx && nx.kind === 'word' && (nx.bits2 & BEFORE_VERBAL_ING_WORD) === 0 && nx.lower !== 'in';
    if (!cites && !addressee) return null;
  }
  // "1,600 emails", "two tweets": after a number a word is a counted noun
  if (v - 1 >= s.first && w.nounish && endsWith.call(t.lower, 's') && isNumeral(tokens[v - 1].text)) return null;
  // "declare war on", "declared bankruptcy": an act, not a citation
  if (base === 'declare' && v + 1 < s.last && tokens[v + 1].kind === 'word' && DECLARED_ACTS.has(tokens[v + 1].lower)) return null;
  // "who's thinking about running", "thought of leaving": considering, not saying
  if (base === 'think' && (isWordAt(tokens, v + 1, 'about') || isWordAt(tokens, v + 1, 'of'))) return null;
  let cueLast = v + 1;
  const particles = w.particles;
  // a weak cue ("Howard continued his remarks.", "Trump spoke in bromides.") attributes no quote
  // of its own sentence but still says who speaks in the quotation that follows it
  let weak = false;
  if (particles) {
    if (v + 1 < s.last && tokens[v + 1].kind === 'word' && particles.includes(tokens[v + 1].lower)) cueLast = v + 2;
    else if (base === 'speak') weak = true;
    else return null;
  }
  const prev = v - 1 >= s.first ? tokens[v - 1] : null;
  // verbs that cite only next to a quote or a colon ("“…,” he continued" / "continued: “…”"), not "will continue to …"
  if (w.weakCue) {
    const nx = cueLast < s.last ? tokens[cueLast] : null;
    const besideQuote = (prev && prev.kind === 'quote') || (prev && prev.text === ',' && v - 2 >= s.first && tokens[v - 2].kind === 'quote');
    if (nx && nx.kind === 'word' && nx.lower !== 'that' && !besideQuote && !(v - 1 >= s.first && tokens[v - 1].kind === 'word' && v - 2 >= s.first && tokens[v - 2].kind === 'quote') && !quoteAfterComma(tokens, cueLast, s.last)) weak = true;
    // (a one-word speaker may stand between: "“…,” Hale started.", "“…,” she started.")
    const nameBetween = v - 2 >= s.first && tokens[v - 1].kind === 'word' && (tokens[v - 1].cap || isPronoun(tokens[v - 1])) && tokens[v - 2].kind === 'quote';
    if (w.besideQuoteOnly && !besideQuote && !nameBetween && !(nx && (nx.kind === 'quote' || nx.text === ':'))) return null;
  }
  const plain = w.plain;
  // (speechFormIsNoun, asked only of a plain form of a NOUNISH base: the trigger word says which)
  if (plain && w.nounish && nounishFormIsNounHere(tokens, s, v, base)) return null;
  // negated: "did not address", "didn't suggest" cite nothing
  {
    const n1 = v - 1 >= s.first ? tokens[v - 1].lower : '';
    const n2 = v - 2 >= s.first ? tokens[v - 2].lower : '';
    if (n1 === 'not' || n1 === 'never' || n1 === 'cannot' || endsWith.call(n1, "n't") || (n2 === 'not' && endsWith.call(n1, 'ly')) || endsWith.call(n2, "n't")) return null;
  }
  return { tokens, s, v, t, base, cueLast, weak, prev, plain, word: w, pairs };
}

/** "declined to say", "took to Twitter to accuse …", "for news accounts to portray …": an infinitive of saying; true when settled. */
function infinitiveCue(c: VerbAt): boolean {
  const { tokens, s, v, t, cueLast, weak, prev, pairs } = c;
  // plural nouns and infinitives: "the reports", "recent remarks", "declined to say"
  if (weak && (t.lower.endsWith('ing') || (prev && prev.kind === 'word' && prev.lower === 'to'))) return true;
  if (prev && prev.kind === 'word' && t.lower !== 'said' && t.lower !== 'told') {
    // (a capitalised word mid-sentence ends a name: "The Associated Press warns")
    if ((prev.bits2 & NOUN_SIGNAL) !== 0 && !(prev.cap && v - 1 > s.first) && !t.lower.endsWith('ing') && !t.lower.endsWith('ed')) return true;
    if (prev.lower === 'to' && !t.lower.endsWith('ing')) {
      // "took to Twitter to accuse …": an infinitive of saying speaks for the clause's subject;
      // "declined to say", "refused to comment" say nothing
      const gov = v - 2 >= s.first ? tokens[v - 2].lower : '';
      // "for news accounts to portray …": the object of "for" is the infinitive's subject
      let forSubject = v - 2 >= s.first ? subjectLeft(tokens, v - 1, s.first) : null;
      if (forSubject && forSubject.first < forSubject.head && CAUSATIVES.has(tokens[forSubject.first].lower)) forSubject = { ...forSubject, first: forSubject.first + 1, nameFirst: Math.max(forSubject.nameFirst, forSubject.first + 1) };
      // (likewise the object of a verb that causes the saying: "leading Clinton advisers to counter that …")
      const linkWord = forSubject ? causerBefore(tokens, forSubject, s.first) : '';
      // (the object may end in a set-off relative clause: "prompted the board, which tracks races, to state")
      const adjacent = !!forSubject && (forSubject.last === v - 1 || (forSubject.last === v - 2 && tokens[v - 2].text === ','));
      if (forSubject && adjacent && (linkWord === 'for' || CAUSATIVES.has(linkWord)) && !isPronoun(tokens[forSubject.head]) && !t.lower.endsWith('s')) {
        pairs.push({ cueFirst: v, cueLast, subject: forSubject, form: 'plain', limit: undefined });
        return true;
      }
      if (!NON_SAYING.has(gov) && !t.lower.endsWith('s')) pairs.push({ cueFirst: v, cueLast, subject: null, form: 'participle', limit: undefined });
      return true;
    }
  }
  return false;
}

/** "was called", "been described as": a passive, whose "by X" gives the agent; true when settled. `k` is the word before v past "-ly" adverbs. */
function passiveCue(c: VerbAt, k: number): boolean {
  const { tokens, s, v, t, base, cueLast, weak, pairs } = c;
  if (k >= s.first && (tokens[k].bits & BE_OR_GET_FORM) !== 0 && isPastForm(t.lower)) {
    if (weak) return true;
    // "Braynard is quoted as saying": the one quoted is the source
    if (base === 'quote' && isWordAt(tokens, cueLast, 'as') && cueLast + 1 < s.last && speechBaseOf(tokens[cueLast + 1])) {
      const np = subjectLeft(tokens, k, s.first);
      if (np) pairs.push({ cueFirst: v, cueLast: cueLast + 2, subject: np, form: 'plain', limit: undefined });
      return true;
    }
    let by = -1;
    for (let j = cueLast; j < s.last && j < cueLast + 8; j++) {
      if (tokens[j].kind === 'word' && tokens[j].lower === 'by') {
        by = j;
        break;
      }
      if (tokens[j].kind !== 'word') break;
    }
    if (by >= 0) {
      const np = phraseRight(tokens, by + 1, s.last);
      if (np) pairs.push({ cueFirst: v, cueLast, subject: np, form: 'inverted', limit: undefined });
    }
    return true;
  }
  return false;
}

/** "measures added by Republicans", "a class called “Perception”": a reduced passive after a noun; true when settled. */
function reducedPassiveCue(c: VerbAt): boolean {
  const { tokens, s, v, t, base, cueLast, prev, pairs } = c;
  // a reduced passive after a noun: "measures added by Republicans" (the agent cites), "a class
  // called “Perception”" (a name, citing no one); not "the group called for …"
  // (after a capitalised noun too when "by" follows: "the divide in America highlighted by the shootings")
  const byNext = isWordAt(tokens, cueLast, 'by');
  if (t.lower.endsWith('ed') && prev && prev.kind === 'word' && (!prev.cap || (byNext && v - 1 > s.first)) && !isPronoun(prev) && (prev.bits2 & BEFORE_VERBAL_ING_WORD) === 0 && !prev.lower.endsWith('ly') && !speechBaseOf(prev)) {
    const nx = tokens[cueLast];
    // (after a capitalised word the agent is a cause, not a citer: no cue at all)
    if (prev.cap && byNext) return true;
    if (nx && nx.kind === 'word' && nx.lower === 'by' && !(tokens[cueLast + 1]?.lower ?? '').endsWith('ing')) {
      const np = phraseRight(tokens, cueLast + 1, s.last);
      if (np) pairs.push({ cueFirst: v, cueLast, subject: np, form: 'inverted', limit: undefined });
      return true;
    }
    // "a star likened to the Star of David", "a man described as a loner": a verb that needs an
    // object, straight before its "to"/"as", is a participle modifying the noun, citing no one
    // (not after an object relative: "whom one insider described as “his brother”")
    if (nx && nx.kind === 'word' && (nx.lower === 'to' || nx.lower === 'as') && PREDICATIVE.has(base) && !HAVE_FORMS.has(prev.lower)) {
      const np = subjectLeft(tokens, v, s.first);
      const rel = np && np.first - 1 >= s.first ? tokens[np.first - 1].lower : '';
      if (!OBJECT_RELATIVE_WORDS.has(rel)) return true;
    }
    // ("a company called Cambridge Analytica", "a formula called the “chained CPI”")
    const nx2 = nx && nx.kind === 'word' && (nx.lower === 'the' || nx.lower === 'a') ? tokens[cueLast + 1] : nx;
    if (c.word.naming && nx2 && (nx2.kind === 'quote' || (nx2.kind === 'word' && nx2.cap))) {
      const np = subjectLeft(tokens, v, s.first);
      // (not after an object relative: "which the mayor called “a disaster”")
      const rel = np && np.first - 1 >= s.first ? tokens[np.first - 1].lower : '';
      if (np && np.head === v - 1 && ARTICLES_AND_POSSESSIVES.has(tokens[np.first].lower) && !OBJECT_RELATIVE_WORDS.has(rel)) return true;
    }
  }
  return false;
}

/** An "-ing" form: owned by the noun before it, by an aspect verb's subject, by a subordinate clause, or waiting for the main subject; true when settled. */
function participleCue(c: VerbAt, k: number): boolean {
  const { tokens, s, v, t, cueLast, pairs } = c;
  const participle = isParticiple(t.lower) && !(k >= s.first && (tokens[k].bits & BE_OR_GET_FORM) !== 0);
  if (participle) {
    // "a campaign hat reading “…”", "with Trump reportedly yelling": a participle right after a noun
    // belongs to that noun; after a comma, a quote or at the start it borrows the main subject
    const j = skipBetweenLeft(tokens, v - 1, s.first);
    const before = j >= s.first ? tokens[j] : null;
    // "as he keeps talking about “…”", "Johnson kept asking her …", "a reporter can be heard asking":
    // the aspect or perception verb's subject speaks
    // ("is shown lecturing", "was seen shouting": a perception passive after "be")
    const perceived = !!before && before.kind === 'word' && PERCEIVED.has(before.lower) && j - 1 >= s.first && (tokens[j - 1].bits & BE_OR_GET_FORM) !== 0;
    if (before && before.kind === 'word' && (ASPECT_VERBS.has(before.lower) || before.lower === 'heard' || perceived)) {
      let a = j;
      while (a - 1 >= s.first && tokens[a - 1].kind === 'word' && ((tokens[a - 1].bits & BE_OR_GET_FORM) !== 0 || MODALS.has(tokens[a - 1].lower))) a--;
      const np = subjectLeft(tokens, a, s.first);
      if (np && (tokens[np.head].cap || isPronoun(tokens[np.head]) || ((before.lower === 'heard' || perceived) && ARTICLES_AND_POSSESSIVES.has(tokens[np.first].lower)))) {
        pairs.push({ cueFirst: v, cueLast, subject: np, form: 'plain', limit: undefined });
        return true;
      }
    }
    if (before && before.kind === 'word' && (before.bits2 & BEFORE_VERBAL_ING_WORD) === 0 && !speechBaseOf(before) && !before.lower.endsWith('ing') && !before.lower.endsWith('ed')) {
      const np = subjectLeft(tokens, v, s.first);
      // (an event is no speaker: "started out their debate saying …" borrows the main subject)
      if (np && np.last === j + 1 && (np.head === j || (tokens[np.head].bits2 & ARTEFACT) !== 0) && !EVENT_NOUNS.has(tokens[np.head].lower)) {
        const issuer = issuerOf(tokens, np, s.first);
        // a common noun's participle ("signs calling …") is no main clause; a name's ("with Trump tweeting …") may be
        const owner = tokens[np.head];
        const attached = !owner.cap && !isPronoun(owner) && !owner.lower.includes("'");
        pairs.push(issuer ? { cueFirst: v, cueLast, subject: issuer, form: 'plain', limit: undefined } : { cueFirst: v, cueLast, subject: np, form: 'plain', limit: attached ? 'attached' : undefined });
        return true;
      }
    }
    // "…, when protesters interrupted her speech, shouting “…”": after a comma, the participle
    // belongs to the subordinate clause just before it
    const sub = before && before.kind === 'punct' && before.text === ',' ? subordinateSubject(tokens, j, s.first) : null;
    pairs.push(sub ? { cueFirst: v, cueLast, subject: sub, form: 'plain', limit: undefined } : { cueFirst: v, cueLast, subject: null, form: 'participle', limit: undefined });
    return true;
  }
  return false;
}

/** The verb's subject: left of it, right of an inverted verb of saying, or shared with a coordinated verb. */
function subjectCue(c: VerbAt): void {
  const { tokens, s, v, t, cueLast, weak, plain, word, pairs } = c;
  let subject = subjectLeft(tokens, v, s.first);
  // "a controversial tweet from …": after "a"/"an" and no noun, a plain form is the noun
  if (subject && plain && word.nounish && !t.lower.endsWith('s') && (tokens[subject.first].lower === 'a' || tokens[subject.first].lower === 'an') && !tokens[subject.head].cap) return;
  // "giving states more power", "making air quotes": a gerund phrase is no subject of a verb of saying
  // (a clause-opening "-ing" word, after a comma; not "Sanders’ fundraising email")
  if (subject && !tokens[subject.first].cap && tokens[subject.first].lower.endsWith('ing') && (subject.first === s.first || tokens[subject.first - 1].text === ',' || tokens[subject.first - 1].kind === 'quote' || tokens[subject.first - 1].text === '—')) subject = null;
  // "released a new ad that urges …": the relative pronoun stands for the artefact, spoken for by its issuer
  if (subject && subject.last - subject.first === 1 && (tokens[subject.first].lower === 'that' || tokens[subject.first].lower === 'which')) {
    const artefact = subject.first - 1 >= s.first ? subjectLeft(tokens, subject.first, s.first) : null;
    const issuer = artefact && artefact.last === subject.first ? issuerOf(tokens, artefact, s.first) : null;
    if (issuer) subject = issuer;
  }
  // "In a CNN/ORC poll released Monday, 31% of Republicans said …": the poll speaks for its respondents
  if (subject && respondentShare(tokens, subject, s.first)) subject = pollBefore(tokens, s.first, subject.first) ?? subject;
  let inverted = false;
  const before = v - 1 >= s.first ? tokens[v - 1] : null;
  const afterQuote =
    !!before && (before.kind === 'quote' || (before.kind === 'punct' && before.text === ',' && v - 2 >= s.first && tokens[v - 2].kind === 'quote'));
  const afterComma = !!before && before.kind === 'punct' && before.text === ',';
  if ((!subject || afterQuote) && word.invertible) {
    // inverted order only for verbs of saying, right after a quote or a comma: "“…,” said Caddell"
    const right = afterQuote || afterComma || v === s.first ? subjectRight(tokens, v + (cueLast - v - 1), s.last) : null;
    if (right) {
      subject = right;
      inverted = true;
    }
  }
  if (!subject) {
    if (weak) return;
    // a coordinated verb shares the sentence's subject: "X supported Paul, but now said …"
    // (over a medium phrase: "… and in a statement credited him")
    let j = skipBetweenLeft(tokens, v - 1, s.first);
    const medium = mediumPhraseStart(tokens, j, s.first);
    if (medium > s.first) j = medium - 1;
    const b = j >= s.first ? tokens[j] : null;
    if (b && ((b.kind === 'word' && (b.lower === 'and' || b.lower === 'but' || b.lower === 'or')) || (b.kind === 'punct' && b.text === ','))) {
      // "when Ryan lamented … and criticized …", "he laughed and said": the nearest clause's subject
      const near = b.kind === 'word' ? nearerSubject(tokens, pairs, j, s.first) : null;
      if (near) {
        pairs.push({ cueFirst: v, cueLast, subject: near, form: 'plain', limit: undefined });
        return;
      }
      const main = sentenceSubject(tokens, s);
      if (main && main.last <= v) pairs.push({ cueFirst: v, cueLast, subject: main, form: 'plain', limit: undefined });
      else pairs.push({ cueFirst: v, cueLast, subject: null, form: 'participle', limit: undefined });
    }
    return;
  }
  const form = inverted ? 'inverted' : 'plain';
  pairs.push(weak ? { cueFirst: v, cueLast, subject, form, limit: 'weak' } : { cueFirst: v, cueLast, subject, form, limit: undefined });
}

/** Where the words before v stop being "-ly" adverbs (a form of "be" there makes v passive). */
function beforeAdverbs(tokens: Token[], v: number, floor: number): number {
  let k = v - 1;
  while (k >= floor && tokens[k].kind === 'word' && !tokens[k].cap && tokens[k].lower.endsWith('ly')) k--;
  return k;
}

/** Every word a cue can start with (phrase cues, nouns and verbs of saying): one lookup passes over all others. */
export const CUE_TRIGGERS = new WordSet([...PHRASE_CUE_WORDS, ...CUE_NOUNS, ...speechForms()]);

/**
 * What a trigger word may start: only a phrase cue, a noun of saying, a form of a verb of saying
 * (its base, or null); for a verb form, whether it is a plain form (isPlainForm), of a verb as
 * often a noun (NOUNISH), and the particles it needs.
 */
interface TriggerWord {
  phraseOnly: boolean;
  cueNoun: boolean;
  base: string | null;
  plain: boolean;
  nounish: boolean;
  /** The particles the verb needs to cite ("pointed out"), or null (particleNeeded). */
  particles: string[] | null;
  /** A verb that cites only next to a quotation or a colon (WEAK_CUES). */
  weakCue: boolean;
  // (the base's other lists, asked by the cue readers of every trigger they read: once here instead)
  /** SOUND_VERBS. */
  soundVerb: boolean;
  /** BESIDE_QUOTE_ONLY. */
  besideQuoteOnly: boolean;
  /** INVERTIBLE. */
  invertible: boolean;
  /** NAMING. */
  naming: boolean;
}

function triggerWord(lower: string): TriggerWord {
  const base = speechVerbBase(lower);
  return {
    phraseOnly: startsOnlyPhraseCue(lower),
    cueNoun: CUE_NOUNS.has(lower),
    base,
    plain: isPlainForm(lower),
    nounish: base !== null && NOUNISH.has(base),
    particles: base !== null ? particleNeeded(base) : null,
    weakCue: base !== null && WEAK_CUES.has(base),
    soundVerb: base !== null && SOUND_VERBS.has(base),
    besideQuoteOnly: base !== null && BESIDE_QUOTE_ONLY.has(base),
    invertible: base !== null && INVERTIBLE.has(base),
    naming: base !== null && NAMING.has(base),
  };
}

/**
 * Every trigger word's TriggerWord, made once at load (the lists are constant), at its place in
 * CUE_TRIGGERS.words plus one: the index a trigger token carries (Token.trigger).
 */
const TRIGGER_WORDS: TriggerWord[] = [triggerWord('')]; // (place 0: no trigger, never read)
for (const w of CUE_TRIGGERS.words) TRIGGER_WORDS.push(triggerWord(w));

/**
 * The cue pairs of sentence s (a word that opens no cue is passed over by its token's CUE_TRIGGER
 * bit, word-bits.ts); a caller that knows where the sentence's triggers lie passes [from, to), the
 * span from its first trigger to past its last.
 */
export function findCuePairs(tokens: Token[], s: Sentence, from = s.first, to = s.last): CuePair[] {
  const pairs: CuePair[] = [];
  for (let v = from; v < to; v++) {
    const t = tokens[v];
    if ((t.bits & CUE_TRIGGER) === 0) continue;
    const w = TRIGGER_WORDS[t.trigger];
    if (w.phraseOnly) {
      phraseCue(tokens, s, v, pairs);
      continue;
    }
    if (w.cueNoun && possessedNounCue(tokens, s, v, pairs)) continue;
    if (w.base === null) continue;
    const c = verbAt(tokens, s, v, w, w.base, pairs);
    if (!c || infinitiveCue(c)) continue;
    const k = beforeAdverbs(tokens, v, s.first);
    if (passiveCue(c, k) || reducedPassiveCue(c) || participleCue(c, k)) continue;
    subjectCue(c);
  }
  return pairs;
}

