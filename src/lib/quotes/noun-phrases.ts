/**
 * Noun phrases around a cue: the subject left of a verb ("the defense minister said"), the
 * subject right of an inverted verb ("said Caddell"), appositives ("Flynn, a top Trump surrogate,
 * said"), parentheticals ("Rep. John Mica (R-Fla.) said"). A small hand-written chunker over the
 * frame tokens, with no parse: it only has to find the mention the citation hangs on.
 */
import type { Token } from './tokens.ts';
import type { Sentence } from './sentences.ts';
import { speechBaseOf } from './speech-cues.ts';
import { PP_HEADS, OBJECT_PREPS, CLAUSE_STARTERS, DASH_MARKS, OF_LIKE, THEN_WORDS, CLAUSE_CONJUNCTIONS, PLACE_PREPS } from './lexicon.ts';
import { PRONOUN, NOT_IN_SUBJ, DETERMINER, WEEKDAY_OR_TIME, OPENER, NP_STARTER, PLACE_OR_DISCOURSE, APPROXIMATOR, TIME_UNIT, SUBJECT_PRONOUN, BETWEEN, PRONOUN_QUANTIFIER, SMALL_NUMBER, TIME_DETERMINER, ORG_HEAD, ROLE_NOUN, RELATIVE_CLAUSE_OPENER, NAME_MODAL, SUBJECT_LINK, MEDIUM_PREP, PARTICIPLE_PREP, INTERJECTION, TITLE_MODIFIER, PLAIN_VERB } from './word-bits.ts';
import { isPossessiveWord } from './possessives.ts';

// (string methods called through String.prototype on this hot path: decision 0020)
const endsWith = String.prototype.endsWith;
const charCodeAt = String.prototype.charCodeAt;

export interface Phrase {
  /** Token range [first, last). */
  first: number;
  last: number;
  /** Index of the head token (the name's last word, or the noun). */
  head: number;
  /** When an appositive or clause sits between name and verb, the name part's range. */
  nameFirst: number;
  nameLast: number;
}

function isNumberOrTime(t: Token): boolean {
  const c = t.lower.charCodeAt(0);
  return (c >= 48 && c <= 57) || (t.bits & WEEKDAY_OR_TIME) !== 0;
}

function isWord(t: Token | undefined): t is Token {
  return !!t && t.kind === 'word';
}

function lowerAdverb(t: Token): boolean {
  return !t.cap && t.lower.length > 4 && t.lower.endsWith('ly') && !t.lower.endsWith('ply');
}

/** Skip adverbs/auxiliaries leftwards from index j (inclusive). Returns the new index. */
export function skipBetweenLeft(tokens: Token[], j: number, floor: number): number {
  let steps = 0;
  while (j >= floor && steps < 5 && isWord(tokens[j]) && ((tokens[j].bits & BETWEEN) !== 0 || lowerAdverb(tokens[j]))) {
    j--;
    steps++;
  }
  return j;
}

/** A personal or other pronoun ("he", "they", "it"): read from the token's word bits. */
export function isPronoun(t: Token): boolean {
  return (t.bits & PRONOUN) !== 0;
}

/** A plain noun phrase ending at token j (inclusive), scanning left no further than floor. */
function bareLeft(tokens: Token[], j: number, floor: number): Phrase | null {
  const t = tokens[j];
  if (!isWord(t) || j < floor) return null;
  const tc = t.bits;
  if ((tc & PRONOUN) !== 0) {
    return { first: j, last: j + 1, head: j, nameFirst: j, nameLast: j + 1 };
  }
  if ((tc & (NOT_IN_SUBJ | DETERMINER | WEEKDAY_OR_TIME)) !== 0) return null;
  let k = j;
  let lowerCount = 0;
  let ofAt = -1;
  while (k - 1 >= floor) {
    const p = tokens[k - 1];
    // "Sanders’ campaign": a plural possessive's apostrophe, written against its word, keeps going
    if (p.kind === 'punct' && (p.text === '’' || p.text === "'") && k - 2 >= floor && isWord(tokens[k - 2]) && tokens[k - 2].end === p.start && tokens[k - 2].lower.endsWith('s') && tokens[k].start > p.end) {
      k -= 2;
      continue;
    }
    // "Sikorski's" keeps going; a hyphen or period inside names was already in the word
    if (!isWord(p)) break;
    // "Mr. Morgan of the Sierra Club", "Scott Hawkins of Cheyenne": a name, then where they are from
    // "Democrats in Iowa", "voters in New Hampshire": a group or person, then a capitalised place
    const placePrep = p.lower === 'in' && tokens[k].cap && k - 2 >= floor && isWord(tokens[k - 2]) && tokens[k - 2].lower.length > 2 && (tokens[k - 2].bits & (NOT_IN_SUBJ | DETERMINER)) === 0 && !isPronoun(tokens[k - 2]) && !tokens[k - 2].lower.endsWith('ing') && !tokens[k - 2].lower.endsWith('ed') && !tokens[k - 2].lower.endsWith('ly') && !speechBaseOf(tokens[k - 2]);
    if ((p.lower === 'of' || placePrep) && ofAt < 0 && tokens[k].cap && k - 2 >= floor && isWord(tokens[k - 2]) && (tokens[k - 2].cap || placePrep) && !TITLE_OF.has(tokens[k - 2].lower)) {
      ofAt = k - 1;
      k--;
      lowerCount = 0;
      continue;
    }
    // "Secretary of State John Kerry", "Speaker of the House Paul Ryan": a title owning its "of" stays whole
    if (p.lower === 'of' && tokens[k].cap && k - 2 >= floor && isWord(tokens[k - 2]) && tokens[k - 2].cap && TITLE_OF.has(tokens[k - 2].lower)) {
      k -= 2;
      continue;
    }
    const pc = p.bits;
    if ((pc & DETERMINER) !== 0) {
      if (p.lower === 'the' && tokens[k].cap && k - 3 >= floor && isWord(tokens[k - 2]) && tokens[k - 2].lower === 'of' && isWord(tokens[k - 3]) && tokens[k - 3].cap && TITLE_OF.has(tokens[k - 3].lower)) {
        k -= 3;
        continue;
      }
      k--;
      if (k - 1 >= floor && ofAt < 0 && isWord(tokens[k - 1]) && tokens[k - 1].lower === 'of' && p.lower === 'the' && tokens[k + 1]?.cap && k - 2 >= floor && isWord(tokens[k - 2]) && tokens[k - 2].cap && !TITLE_OF.has(tokens[k - 2].lower)) {
        ofAt = k - 1;
        k--;
        lowerCount = 0;
        continue;
      }
      break;
    }
    // "Will Estrada", "May Ruiz": a modal spelling a first name before a capitalised name
    const nameModal = p.cap && (p.bits2 & NAME_MODAL) !== 0 && tokens[k].cap && (k - 2 < floor || (!isWord(tokens[k - 2]) && tokens[k - 2].text !== '.'));
    if ((((pc & NOT_IN_SUBJ) !== 0 && p.text !== 'US') || (pc & PRONOUN) !== 0) && !nameModal) break;
    // "that record prompted Atlas": a past form after a bare noun is the verb, not a modifier ("the embattled Trump")
    if (!p.cap && endsWith.call(p.lower, 'ed') && k - 2 >= floor && isWord(tokens[k - 2]) && !tokens[k - 2].cap && (tokens[k - 2].bits & (DETERMINER | NOT_IN_SUBJ)) === 0 && !endsWith.call(tokens[k - 2].lower, 'ly')) break;
    if (!p.cap) {
      lowerCount++;
      if (lowerCount > 4) break;
    }
    k--;
    if (k <= j - 12) break;
  }
  if (ofAt > k && !ORG_WORDS.has(tokens[ofAt - 1].lower)) {
    // the person is named before "of"
    return { first: k, last: j + 1, head: ofAt - 1, nameFirst: k, nameLast: ofAt };
  }
  return { first: k, last: j + 1, head: j, nameFirst: k, nameLast: j + 1 };
}

/** Titles whose "of" belongs to the title ("Secretary of State"), and organisation words owning an "of" ("Bank of America"). */
const TITLE_OF = new Set(['secretary', 'minister', 'department', 'ministry', 'director', 'chief', 'head', 'president', 'governor', 'mayor', 'member', 'members', 'speaker', 'chairman', 'chair', 'leader', 'attorney']);
const ORG_WORDS = new Set(['bank', 'university', 'college', 'institute', 'department', 'ministry', 'office', 'council', 'association', 'church', 'republic', 'state', 'states', 'house', 'court', 'board', 'league', 'union', 'chamber', 'federation', 'academy', 'school', 'museum', 'city', 'county', 'party', 'committee', 'people']);

/** "Protesters marching through the streets" → the phrase from "Protesters"; otherwise np unchanged. */
function reducedRelative(tokens: Token[], np: Phrase, floor: number): Phrase {
  const prep = np.first > 0 ? tokens[np.first - 1] : undefined;
  const part = np.first > 1 ? tokens[np.first - 2] : undefined;
  if (!prep || !part || np.first - 3 < floor || prep.kind !== 'word' || part.kind !== 'word') return np;
  if ((prep.bits2 & PARTICIPLE_PREP) === 0 || !part.lower.endsWith('ing') || part.cap) return np;
  const head = bareLeft(tokens, np.first - 3, floor);
  if (!head) return np;
  return { first: head.first, last: np.last, head: head.head, nameFirst: head.nameFirst, nameLast: head.nameLast };
}

/** Matching "(" for a ")" at index j, within floor; -1 when none. */
function openParen(tokens: Token[], j: number, floor: number): number {
  for (let k = j - 1; k >= floor && k >= j - 12; k--) {
    if (tokens[k].kind === 'punct' && tokens[k].text === '(') return k;
  }
  return -1;
}

/** Where the clause holding token k starts: after the nearest comma, semicolon, colon or quotation, else floor. */
function clauseStart(tokens: Token[], k: number, floor: number): number {
  for (let m = k; m >= floor && m >= k - 20; m--) {
    const t = tokens[m];
    if (t.kind === 'quote' || (t.kind === 'punct' && (t.text === ',' || t.text === ';' || t.text === ':'))) return m + 1;
  }
  return floor;
}

/** A word that opens an adverbial rather than a subject ("Meanwhile", "In Iowa", "Asked about it"). */
function opensAdverbial(t: Token): boolean {
  if ((t.bits & (DETERMINER | PRONOUN | NP_STARTER)) !== 0) return false;
  return (t.bits & (OPENER | WEEKDAY_OR_TIME | NOT_IN_SUBJ)) !== 0 || PLACE_PREPS.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ly'));
}

/**
 * End (exclusive) of a descriptive appositive starting at a ("a top Trump surrogate", "executive
 * director of the group"), stopping at the next comma before last; -1 when the words there are not
 * a description (an adverbial "during a town hall", an age "22", a clause "who …", a participle).
 */
export function appositiveEnd(tokens: Token[], a: number, last: number): number {
  const t = tokens[a];
  if (!isWord(t) || a >= last || opensAdverbial(t) || t.lower.endsWith('ing') || isNumberOrTime(t)) return -1;
  let k = a;
  while (k < last && !(tokens[k].kind === 'punct' && tokens[k].text === ',')) k++;
  return k;
}

/**
 * The noun phrase filling tokens [a, b) exactly ("Sen. Kelly Ayotte’s campaign", "An Israeli
 * official", "Proponents of the new bill", "Gov. Mary Fallin (R-OK)"), or null.
 */
function wholeSegmentPhrase(tokens: Token[], a: number, b: number): Phrase | null {
  const modalName = a + 1 < b && tokens[a].cap && (tokens[a].bits2 & NAME_MODAL) !== 0 && isWord(tokens[a + 1]) && tokens[a + 1].cap;
  if (b <= a || tokens[a].kind !== 'word' || (opensAdverbial(tokens[a]) && !modalName)) return null;
  let nameEnd = b - 1;
  if (tokens[nameEnd].kind === 'punct' && tokens[nameEnd].text === ')') {
    const o = openParen(tokens, nameEnd, a);
    if (o <= a) return null;
    nameEnd = o - 1;
  }
  for (let k = a; k <= nameEnd; k++) if (tokens[k].kind !== 'word') return null;
  const np = bareLeft(tokens, nameEnd, a);
  if (!np) return null;
  if (np.first === a) return { first: a, last: b, head: np.head, nameFirst: np.nameFirst, nameLast: np.nameLast };
  // "Proponents of the new bill": a head noun, then "of" and its complement
  const of = np.first - 1;
  if (of - 1 >= a && tokens[of].lower === 'of') {
    const left = bareLeft(tokens, of - 1, a);
    if (left && left.first === a) return { first: a, last: b, head: left.head, nameFirst: a, nameLast: of };
  }
  return null;
}

/** The quoted words end in a comma, "?" or "!" (trailing spaces aside): a quotation closing its clause. */
function closesWithComma(text: string): boolean {
  let e = text.length - 1;
  while (e >= 0 && text.charCodeAt(e) <= 32) e--;
  return e >= 0 && (text[e] === ',' || text[e] === '!' || text[e] === '?');
}

/**
 * "Name, interruption, …, said": the subject is the first comma segment of the clause, when that
 * segment is a whole noun phrase; later segments (appositives, ages, places, "for example",
 * "speaking on condition of anonymity") only interrupt it. j is the comma before the verb.
 */
function commaChainSubject(tokens: Token[], j: number, floor: number, listAnd = false): Phrase | null {
  const commas = [j];
  let start = floor;
  for (let k = j - 1; k >= floor && k >= j - 45; k--) {
    const tk = tokens[k];
    if (tk.kind === 'punct' && tk.text === ',') {
      // "…, and widely circulated online, Shen, a scholar, urged": a conjunction starts the clause
      const nx = tokens[k + 1];
      // (on a second try, ", and" may close a list inside an appositive: "Ann Roe, secretary for health, housing, and labor, said")
      if (nx && nx.kind === 'word' && (nx.lower === 'and' || nx.lower === 'but' || nx.lower === 'or') && k + 1 < commas[commas.length - 1] && !(listAnd && nx.lower !== 'but')) {
        start = k + 1;
        break;
      }
      if (commas.length >= 6) return null;
      commas.push(k);
      continue;
    }
    // a quotation opening the clause ("“…,” Smith, 45, said") bounds it; one inside an appositive does not
    // (as does one closing with a comma before a capitalised subject: "The plans “will not work,” Ann Roe, a deputy, said")
    if (tk.kind === 'quote' && (k === floor || !isWord(tokens[k - 1]) || (closesWithComma(tk.text) && isWord(tokens[k + 1]) && tokens[k + 1].cap))) {
      start = k + 1;
      break;
    }
    if (tk.kind === 'punct' && (tk.text === ';' || tk.text === ':' || tk.text === '—' || tk.text === '–')) {
      start = k + 1;
      break;
    }
    if (k === floor) start = floor;
    if (k === j - 45) return null;
  }
  if (commas.length < 2) return null;
  // segment m runs from after commas[m + 1] (or the clause start) to commas[m]; m = 0 is the nearest interruption
  for (let m = commas.length - 1; m >= 1; m--) {
    let a = m + 1 < commas.length ? commas[m + 1] + 1 : start;
    const w = tokens[a];
    // "…, and Rubio, however, said": a conjunction starts a new clause
    if (w && w.kind === 'word' && (w.lower === 'and' || w.lower === 'but')) a++;
    // "in Alexandria, Va., Lazar said": a state after a place belongs to the place
    // "her campaign’s leadership, who, on a press call Friday, criticized": the relative pronoun is the subject
    if (commas[m] === a + 1 && isWord(tokens[a]) && (tokens[a].lower === 'who' || tokens[a].lower === 'which') && m === 1) {
      return { first: a, last: a + 1, head: a, nameFirst: a, nameLast: a + 1 };
    }
    const stateOfPlace = commas[m] === a + 1 && tokens[a].cap && tokens[a].text.endsWith('.') && a - 2 >= floor && tokens[a - 2].cap;
    const np = stateOfPlace ? null : wholeSegmentPhrase(tokens, a, commas[m]);
    if (!np) continue;
    const head = tokens[np.head];
    if (!head.cap && !isPronoun(head) && (tokens[np.first].bits & DETERMINER) === 0 && !tokens[np.first].cap) return null;
    // the mention runs on over descriptive segments ("Cory James, 22", "Scott Pruitt, the state's
    // attorney general") and stops before an adverbial one ("Sanders, meanwhile, …")
    let last = commas[m];
    for (let n = m - 1; n >= 0; n--) {
      const a2 = commas[n + 1] + 1;
      const b2 = commas[n];
      const t2 = tokens[a2];
      const age = b2 === a2 + 1 && isWord(t2) && isNumberOrTime(t2) && (t2.bits & WEEKDAY_OR_TIME) === 0;
      const place = isWord(t2) && t2.cap && !opensAdverbial(t2) && b2 - a2 <= 2 && n < m - 1;
      if (!age && !place && appositiveEnd(tokens, a2, b2) !== b2) break;
      last = b2;
    }
    // "The group’s leader, Ana Ruiz, said": a description, then the name it describes
    if (!head.cap && m >= 1) {
      const name = wholeSegmentPhrase(tokens, commas[m] + 1, commas[m - 1]);
      if (name && tokens[name.head].cap && tokens[name.first].cap) return { first: np.first, last: Math.max(last, commas[m - 1]), head: name.head, nameFirst: name.nameFirst, nameLast: name.nameLast };
    }
    return { first: np.first, last, head: np.head, nameFirst: np.nameFirst, nameLast: np.nameLast };
  }
  return null;
}

/**
 * The subject ending just before a verb at index v: skips auxiliaries and adverbs, then handles
 * "Name (R-Fla.)", "Name, a/the description," and "Name, who …," before falling back to a plain
 * noun phrase.
 */
export function subjectLeft(tokens: Token[], v: number, floor: number): Phrase | null {
  const named = capitalisedWordName(tokens, v, floor);
  if (named) return named;
  let j = skipBetweenLeft(tokens, v - 1, floor);
  if (j < floor) return null;
  // "Trump, who …, on Friday described": step over a short time phrase first
  // (only a number or time word at j ends one: the words before it are looked up only then)
  if (isNumberOrTime(tokens[j])) for (let k = j - 1; k >= floor && k >= j - 3; k--) {
    const w = tokens[k];
    if (w.kind !== 'word') break;
    if (PP_HEADS.has(w.lower)) {
      j = skipBetweenLeft(tokens, k - 1, floor);
      break;
    }
  }
  if (j < floor) return null;
  const t = tokens[j];
  // "the order released Friday said", "a statement issued Tuesday read": a noun, its participle and a day
  if (isWord(t) && (t.bits & WEEKDAY_OR_TIME) !== 0 && t.cap && j - 2 >= floor && isWord(tokens[j - 1]) && !tokens[j - 1].cap && tokens[j - 1].lower.endsWith('ed')) {
    const noun = bareLeft(tokens, j - 2, floor);
    if (noun && !isPronoun(tokens[noun.head])) return { first: noun.first, last: j + 1, head: noun.head, nameFirst: noun.nameFirst, nameLast: noun.nameLast };
  }
  if (t.kind === 'punct' && t.text === ')') {
    const o = openParen(tokens, j, floor);
    if (o < 0) return null;
    const np = bareLeft(tokens, o - 1, floor);
    if (np) np.last = j + 1;
    return np;
  }
  // "Gov. John Kasich (R-OH), said": a parenthetical and a stray comma before the verb
  if (t.kind === 'punct' && t.text === ',' && j - 1 >= floor && tokens[j - 1].kind === 'punct' && tokens[j - 1].text === ')') {
    const o = openParen(tokens, j - 1, floor);
    if (o >= 0) {
      const np = bareLeft(tokens, o - 1, floor);
      // (a phrase cut at a preposition, "… Commissioner for Refugees (UNHCR),", is an appositive's tail: read the chain)
      const cut = np && np.first - 1 >= floor && isWord(tokens[np.first - 1]);
      if (np && tokens[np.head].cap && !cut) {
        np.last = j;
        return np;
      }
    }
  }
  // "Jason Sims — a teacher from Mount Pleasant — says": a dash-set appositive or clause
  if (t.kind === 'punct' && DASH_MARKS.has(t.text)) return dashSetSubject(tokens, j, floor);
  // "Cory James, 22, of Flint, Mich., said", "Name, description, said", "Name, who …, said"
  if (t.kind === 'punct' && t.text === ',') return commaSetSubject(tokens, j, floor);
  // "water bottles that said", "Beck, who has described": the relative pronoun is the mention
  if (t.kind === 'word' && (t.lower === 'who' || t.lower === 'which' || t.lower === 'that')) return { first: j, last: j + 1, head: j, nameFirst: j, nameLast: j + 1 };
  // "Most said", "Several said", "Another said": a quantifier standing alone is the subject
  if ((t.bits & PRONOUN_QUANTIFIER) !== 0) return { first: j, last: j + 1, head: j, nameFirst: j, nameLast: j + 1 };
  // "the two write", "the three said": a numeral standing for people already named
  if ((t.bits & SMALL_NUMBER) !== 0 && j - 1 >= floor && tokens[j - 1].lower === 'the') return { first: j - 1, last: j + 1, head: j, nameFirst: j - 1, nameLast: j + 1 };
  // "the 34-year-old mother of three replied": a number closing an "of" phrase belongs to the noun before it
  if ((t.bits & (SMALL_NUMBER | DETERMINER)) !== 0 && j - 2 >= floor && tokens[j - 1].lower === 'of' && isWord(tokens[j - 2]) && !tokens[j - 2].cap) {
    const owner = bareLeft(tokens, j - 2, floor);
    if (owner && !isPronoun(tokens[owner.head])) return { first: owner.first, last: j + 1, head: owner.head, nameFirst: owner.nameFirst, nameLast: j + 1 };
  }
  return plainSubjectLeft(tokens, j, floor);
}
/** The subject before a dash-set appositive or clause ending at the dash j ("Jason Sims — a teacher from Mount Pleasant — says"). */
function dashSetSubject(tokens: Token[], j: number, floor: number): Phrase | null {
  let k = j - 1;
  while (k >= floor && tokens[k].kind === 'punct' && DASH_MARKS.has(tokens[k].text)) k--; // "--"
  let open = -1;
  for (let m = k; m >= floor && m >= j - 30; m--) {
    const tk = tokens[m];
    if (tk.kind === 'quote' && !(m - 1 >= floor && tokens[m - 1].kind === 'word')) break;
    if (tk.kind === 'punct' && DASH_MARKS.has(tk.text)) {
      open = m;
      break;
    }
  }
  if (open < 0) return null;
  let nameEnd = open - 1;
  while (nameEnd >= floor && tokens[nameEnd].kind === 'punct' && DASH_MARKS.has(tokens[nameEnd].text)) nameEnd--;
  const name = nameEnd >= floor ? wholeSegmentPhrase(tokens, clauseStart(tokens, nameEnd, floor), nameEnd + 1) ?? bareLeft(tokens, nameEnd, floor) : null;
  if (!name || !(tokens[name.head].cap || isPronoun(tokens[name.head]) || (tokens[name.first].bits & DETERMINER) !== 0)) return null;
  return { first: name.first, last: k + 1, head: name.head, nameFirst: name.nameFirst, nameLast: name.nameLast };
}

/** The subject before an appositive or clause set off by commas, the last comma at j. */
function commaSetSubject(tokens: Token[], j: number, floor: number): Phrase | null {
  // "Cory James, 22, of Flint, Mich., said", "Sanders, meanwhile, who …, said": the clause's first segment
  const chained = commaChainSubject(tokens, j, floor) ?? commaChainSubject(tokens, j, floor, true);
  if (chained) return chained;
  // "Name, description, said" / "Name, who …, said"
  let c = -1;
  for (let k = j - 1; k >= floor && k >= j - 25; k--) {
    const tk = tokens[k];
    if (tk.kind === 'punct' && tk.text === ',') {
      c = k;
      break;
    }
    if (tk.kind === 'quote' || (tk.kind === 'punct' && (tk.text === ';' || tk.text === ':'))) break;
  }
  if (c < 0) return null;
  const inner = tokens[c + 1];
  // "…, and it works, said X": a coordinated clause, not an appositive
  if (!inner || inner.lower === 'and' || inner.lower === 'but' || inner.lower === 'or') return null;
  let nameEnd = c - 1;
  if (tokens[nameEnd] && tokens[nameEnd].kind === 'punct' && tokens[nameEnd].text === ')') {
    const o = openParen(tokens, nameEnd, floor);
    if (o < 0) return null;
    nameEnd = o - 1;
  }
  const name = bareLeft(tokens, nameEnd, floor);
  if (!name) return null;
  // "a woman in Worcester, Massachusetts, told": the state belongs to the place; the subject is the person before it
  if (name.head < nameEnd && tokens[nameEnd].cap && inner.cap && j - c <= 3 && tokens[name.nameLast]?.lower === 'in') return { first: name.first, last: j, head: name.head, nameFirst: name.nameFirst, nameLast: name.nameLast };
  const nameTok = tokens[name.head];
  if (!nameTok.cap && !isPronoun(nameTok) && !(inner.lower === 'who' || inner.lower === 'which' || inner.lower === 'whose')) {
    // "…, the newspaper's publisher, said": take the appositive itself when it is a description
    const app = bareLeft(tokens, j - 1, c + 1);
    return app;
  }
  if ((inner.bits & DETERMINER) !== 0 || CLAUSE_STARTERS.has(inner.lower) || inner.cap || lowerAdverb(inner) || (inner.kind === 'word' && j - c <= 14)) {
    return { first: name.first, last: j, head: name.head, nameFirst: name.first, nameLast: name.last };
  }
  return null;
}

/** A plain noun phrase ending at j as the subject, with a relative clause, a participle phrase, a time phrase or a medium phrase around it. */
function plainSubjectLeft(tokens: Token[], j: number, floor: number): Phrase | null {
  const np0 = bareLeft(tokens, j, floor);
  // "a White House official who spoke anonymously to discuss strategy said": the relative clause
  // is part of the subject (not "the official who reporters said …", where the clause starts at its own subject)
  // ("the groups who wrote to her say": an object pronoun after a preposition is no subject)
  const objectPronoun = np0 && isPronoun(tokens[np0.head]) && np0.first - 1 >= floor && isWord(tokens[np0.first - 1]) && OBJECT_PREPS.has(tokens[np0.first - 1].lower) && tokens[np0.head].lower !== 'he' && tokens[np0.head].lower !== 'she';
  if (np0 && (!isPronoun(tokens[np0.head]) || objectPronoun)) {
    for (let k = np0.first - 1; k >= floor && k >= j - 16; k--) {
      const w = tokens[k];
      if (w.kind !== 'word' || (w.bits2 & RELATIVE_CLAUSE_OPENER) !== 0) break;
      if (w.lower !== 'who') continue;
      // ("the guru who founded the site tweeted": the phrase may have run back into the clause's verb)
      const verbFirst = k + 1 === np0.first && np0.first < np0.head && (tokens[k + 1].lower.endsWith('ed') || (tokens[k + 1].bits2 & PLAIN_VERB) !== 0);
      if ((k + 1 >= np0.first && !verbFirst) || isPronoun(tokens[k + 1]) || tokens[k + 1].cap) break;
      // "Katie Packer, who is chairman of the PAC said": a comma may open the clause
      const a = k - 1 >= floor && tokens[k - 1].text === ',' ? k - 2 : k - 1;
      const ante = a >= floor ? bareLeft(tokens, a, floor) : null;
      if (ante && !isPronoun(tokens[ante.head])) return afterQuoteSubject(tokens, { first: ante.first, last: j + 1, head: ante.head, nameFirst: ante.nameFirst, nameLast: ante.nameLast }, floor);
      break;
    }
  }
  // "Protesters marching through the streets chanted": the noun before a participle phrase is the subject
  const np = np0 ? reducedRelative(tokens, np0, floor) : np0;
  // "who in 2010 said", "Obama on Friday declared": step over a short time phrase
  if (np && isNumberOrTime(tokens[np.head]) && np.first - 1 >= floor && tokens[np.first - 1].kind === 'word' && PP_HEADS.has(tokens[np.first - 1].lower)) {
    const k = np.first - 2;
    if (k >= floor && tokens[k].kind === 'word') {
      if (tokens[k].lower === 'who' || tokens[k].lower === 'which') return { first: k, last: k + 1, head: k, nameFirst: k, nameLast: k + 1 };
      const before = bareLeft(tokens, k, floor);
      if (before) return before;
    }
  }
  // "Smith in a statement said", "… and in a statement credited him": the phrase after a
  // preposition is no subject; the subject lies before it, if anything does
  if (np && !tokens[np.head].cap && isMedium(tokens, np)) {
    const k = np.first - 2;
    if (k >= floor && isWord(tokens[k]) && (tokens[k].lower === 'and' || tokens[k].lower === 'but')) return null;
    const outer = k >= floor && isWord(tokens[k]) ? subjectLeft(tokens, np.first - 1, floor) : null;
    // "a narrator in the Clinton ad asks": the phrase belongs to a common noun before it
    if (outer && outer.last === np.first - 1 && !tokens[outer.head].cap && !isPronoun(tokens[outer.head]))
      return { first: outer.first, last: np.last, head: outer.head, nameFirst: outer.nameFirst, nameLast: outer.nameLast };
    if (outer) return outer;
  }
  return np ? afterQuoteSubject(tokens, passiveHead(tokens, artefactHead(tokens, np, floor), floor), floor) : np;
}

/**
 * "“…,” Will wrote.", "“…,” From said.", "which May claims": mid-sentence, a capitalised function
 * word right before a finite verb of saying is a surname, not the auxiliary or preposition it spells
 * (with a capitalised first name before it: "Al From said").
 */
function capitalisedWordName(tokens: Token[], v: number, floor: number): Phrase | null {
  const j = v - 1;
  const t = j >= 0 ? tokens[j] : undefined;
  const verb = tokens[v];
  if (j <= floor || !isWord(t) || !t.cap || !isWord(verb) || verb.cap || verb.lower.endsWith('ing') || !speechBaseOf(verb)) return null;
  if ((t.bits & (NOT_IN_SUBJ | BETWEEN | DETERMINER)) === 0 || isPronoun(t) || t.text === t.text.toUpperCase()) return null;
  const prev = tokens[j - 1];
  if (prev.kind === 'punct' && prev.text !== ',' && prev.text !== '(') return null;
  const first = isWord(prev) && prev.cap && (prev.bits & NOT_IN_SUBJ) === 0 && !isPronoun(prev) ? j - 1 : j;
  return { first, last: j + 1, head: j, nameFirst: first, nameLast: j + 1 };
}

/** "Sanders’ fundraising email to his supporters notes": the artefact is the subject, not its addressee. */
function artefactHead(tokens: Token[], np: Phrase, floor: number): Phrase {
  const link = np.first > 0 ? tokens[np.first - 1] : undefined;
  if (np.first - 2 < floor || !isWord(link) || (link.lower !== 'to' && link.lower !== 'from')) return np;
  const head = bareLeft(tokens, np.first - 2, floor);
  if (!head || !ARTEFACT_NOUNS.has(tokens[head.head].lower)) return np;
  return { first: head.first, last: np.last, head: head.head, nameFirst: head.nameFirst, nameLast: head.nameLast };
}

/** Start of a medium phrase ("in a statement") ending at j, or -1. */
export function mediumPhraseStart(tokens: Token[], j: number, floor: number): number {
  const np = j >= floor ? bareLeft(tokens, j, floor) : null;
  return np && np.first - 1 >= floor && isMedium(tokens, np) ? np.first - 1 : -1;
}

/** np is the object of "in"/"on"/"via" ("in a statement", "on Twitter"), not a subject. */
function isMedium(tokens: Token[], np: Phrase): boolean {
  const p = np.first > 0 ? tokens[np.first - 1] : undefined;
  return !!p && p.kind === 'word' && (p.bits2 & MEDIUM_PREP) !== 0 && ARTEFACT_NOUNS.has(tokens[np.head].lower);
}

/** Nouns of the medium words come through ("a statement", "an interview", "a tweet"). */
const ARTEFACT_NOUNS = new Set(['statement', 'interview', 'tweet', 'tweets', 'post', 'email', 'letter', 'speech', 'op-ed', 'column', 'release', 'video', 'ad', 'message', 'memo', 'filing', 'appearance', 'broadcast', 'podcast', 'call', 'conference', 'briefing', 'remarks', 'testimony', 'hearing', 'debate', 'rally', 'book', 'essay', 'article', 'report']);

/**
 * "A letter from the Legion obtained by The Associated Press warns": np ("The Associated Press")
 * is the agent of a participle modifying the true subject; returns that subject, whole.
 */
function passiveHead(tokens: Token[], np: Phrase, floor: number): Phrase {
  const by = np.first - 1;
  const part = by > 0 ? tokens[by - 1] : undefined;
  if (by - 2 < floor || tokens[by].lower !== 'by' || !isWord(part) || part.cap || !part.lower.endsWith('ed')) return np;
  let head = bareLeft(tokens, by - 2, floor);
  if (!head || isPronoun(tokens[head.head])) return np;
  // "a letter from the Legion": the noun the complement belongs to
  const link = tokens[head.first - 1];
  if (head.first - 2 >= floor && isWord(link) && OF_LIKE.has(link.lower)) {
    const owner = bareLeft(tokens, head.first - 2, floor);
    if (owner && !isPronoun(tokens[owner.head])) head = { first: owner.first, last: head.last, head: owner.head, nameFirst: owner.nameFirst, nameLast: owner.nameLast };
  }
  return { first: head.first, last: np.last, head: head.head, nameFirst: head.nameFirst, nameLast: head.nameLast };
}

/**
 * "“…,” nuclear experts Ann Roe and Li Wei of the Institute for Science wrote": after a quotation
 * that closes its clause, everything up to the verb is the subject, however long; np is the
 * phrase found so far, widened back to the quotation when only subject words lie between.
 */
function afterQuoteSubject(tokens: Token[], np: Phrase, floor: number): Phrase {
  if (isPronoun(tokens[np.head])) return np;
  for (let k = np.first - 1; k >= floor && k >= np.first - 20; k--) {
    const t = tokens[k];
    if (t.kind === 'quote') {
      const q = t.text.trimEnd();
      const closes = ',!?'.includes(q[q.length - 1] ?? '') || tokens[k + 1].text === ',';
      const first = tokens[k + 1].text === ',' ? k + 2 : k + 1;
      const w = tokens[first];
      const verbLike = !w.cap && (w.lower.endsWith('ing') || w.lower.endsWith('ed'));
      if (!closes || first >= np.first || !isWord(w) || ((w.bits & NOT_IN_SUBJ) !== 0 && (w.bits & DETERMINER) === 0) || isPronoun(w) || verbLike || speechBaseOf(w)) return np;
      return { first, last: np.last, head: np.head, nameFirst: first, nameLast: np.nameLast };
    }
    // only the comma right after the quotation, or one opening an appositive ("Nate Silver, the polling guru who …"), may lie between
    if (t.kind === 'punct') {
      const appositive = t.text === ',' && isWord(tokens[k + 1]) && (tokens[k + 1].bits & DETERMINER) !== 0 && isWord(tokens[k - 1]) && tokens[k - 1].cap;
      if (!(t.text === ',' && tokens[k - 1]?.kind === 'quote') && !appositive) return np;
      continue;
    }
    if (t.kind === 'word' && (((t.bits & NOT_IN_SUBJ) !== 0 && (t.bits2 & SUBJECT_LINK) === 0) || (!t.cap && isInflectedSpeechForm(t)))) return np;
  }
  return np;
}

/** An inflected form of a verb of saying ("said", "warns"), not its plain form: one lookup. */
function isInflectedSpeechForm(t: Token): boolean {
  const base = speechBaseOf(t);
  return base !== null && base !== t.lower;
}

/** The subject right after an inverted verb ("said Caddell", "said Rep. Elijah Cummings of Maryland"). */
export function subjectRight(tokens: Token[], v: number, ceil: number, appositive = true): Phrase | null {
  let j = v + 1;
  // "said Thursday Caddell" is rare; "said Thursday" is a time, not a subject
  if (j >= ceil || !isWord(tokens[j])) return null;
  const t = tokens[j];
  const tc = t.bits;
  if ((tc & PRONOUN) !== 0 && !possessiveHer(tokens, j, ceil)) return { first: j, last: j + 1, head: j, nameFirst: j, nameLast: j + 1 };
  // "said Will Doyle": a capitalised small word followed by a capitalised word is a first name
  const nx = tokens[j + 1];
  // "wrote Time magazine", "said May Group": a capitalised time word naming an organisation
  const orgName = t.cap && (tc & WEEKDAY_OR_TIME) !== 0 && isWord(nx) && !nx.cap && (nx.bits & ORG_HEAD) !== 0;
  const firstName = orgName || (appositive && t.cap && isWord(nx) && nx.cap && (nx.bits & (NOT_IN_SUBJ | WEEKDAY_OR_TIME)) === 0 && (tc & WEEKDAY_OR_TIME) === 0);
  if (!firstName && ((tc & WEEKDAY_OR_TIME) !== 0 || ((tc & NOT_IN_SUBJ) !== 0 && (tc & DETERMINER) === 0))) return null;
  const first = j;
  // "“…,” read one." / "was another": a quantifier alone is the subject
  if ((tc & PRONOUN_QUANTIFIER) !== 0 && (j + 1 >= ceil || !isWord(tokens[j + 1]))) return { first: j, last: j + 1, head: j, nameFirst: j, nameLast: j + 1 };
  if ((tc & DETERMINER) !== 0) j++;
  let head = -1;
  let lowerCount = 0;
  let sawCap = false;
  while (j < ceil && isWord(tokens[j])) {
    const w = tokens[j];
    const wc = w.bits;
    // "a Wednesday editorial", "the Sunday edition": a day inside a phrase, before its noun
    const dayInside = w.cap && (wc & WEEKDAY_OR_TIME) !== 0 && j > first && (tokens[j - 1].bits & DETERMINER) !== 0 && isWord(tokens[j + 1]) && !tokens[j + 1].cap;
    if ((((wc & NOT_IN_SUBJ) !== 0 && w.text !== 'US') || (wc & WEEKDAY_OR_TIME) !== 0) && !dayInside && !(firstName && j === first)) break;
    // a lower-case word after a name is its verb ("Luis Prado opened"), and an article starts a new phrase
    if (j > first && (wc & DETERMINER) !== 0) break;
    // "Former Republican presidential candidate Jeb Bush": lower-case title words between capitalised ones
    if (!w.cap && sawCap && titleRunToName(tokens, j, ceil)) {
      head = j;
      j++;
      continue;
    }
    if (!w.cap && !(orgName && j === first + 1)) {
      // …except a plural noun after a sentence-initial adjective ("Small groups of protesters")
      const plural = j === first + 1 && endsWith.call(w.lower, 's') && !endsWith.call(w.lower, "'s") && w.lower.length > 3 && !speechBaseOf(w) && (wc & NOT_IN_SUBJ) === 0 && (first === 0 || tokens[first - 1].kind !== 'word' || CLAUSE_CONJUNCTIONS.has(tokens[first - 1].lower));
      if (sawCap && !endsWith.call(w.lower, "'s") && !plural) break;
      // "…’s right-hand woman rallied supporters", "the first incident came": a past-tense verb after the noun ends the phrase
      if (lowerCount > 0 && (w.lower.endsWith('ed') || (w.bits2 & PLAIN_VERB) !== 0)) break;
      lowerCount++;
      if (lowerCount > 4) break;
    } else sawCap = !dayInside && !isPossessiveWord(w.lower); // after "Clinton’s" the phrase goes on
    head = j;
    j++;
    if (j - first > 10) break;
  }
  if (head < 0) return null;
  // extend over a parenthetical "(R-Utah)"
  let last = head + 1;
  if (last < ceil && tokens[last].kind === 'punct' && tokens[last].text === '(') {
    for (let k = last + 1; k < ceil && k < last + 12; k++) {
      if (tokens[k].kind === 'punct' && tokens[k].text === ')') {
        last = k + 1;
        break;
      }
    }
  }
  // and over an appositive "…, a pollster at the institute"
  if (
    last + 1 < ceil &&
    tokens[last].kind === 'punct' &&
    tokens[last].text === ',' &&
    isWord(tokens[last + 1]) &&
    (tokens[last + 1].lower === 'a' || tokens[last + 1].lower === 'an' || tokens[last + 1].lower === 'the') &&
    tokens[head].cap
  ) {
    let k = last + 1;
    while (k < ceil && k < last + 16 && tokens[k].kind === 'word') k++;
    const ender = k >= ceil || (tokens[k].kind === 'punct' && (tokens[k].text === ',' || tokens[k].text === '.' || tokens[k].text === ';'));
    if (appositive && ender && k > last + 2) return { first, last: k, head, nameFirst: first, nameLast: head + 1 };
  }
  return { first, last, head, nameFirst: first, nameLast: head + 1 };
}

/** "her campaign": "her" as a determiner before a noun, not the pronoun object. */
function possessiveHer(tokens: Token[], j: number, ceil: number): boolean {
  const nx = tokens[j + 1];
  return tokens[j].lower === 'her' && j + 1 < ceil && isWord(nx) && (nx.bits & (NOT_IN_SUBJ | WEEKDAY_OR_TIME)) === 0;
}

/** From lower-case word j, a run of at most three title words ends in a capitalised name word. */
function titleRunToName(tokens: Token[], j: number, ceil: number): boolean {
  let k = j;
  let role = false;
  while (k < ceil && k < j + 3 && isWord(tokens[k]) && !tokens[k].cap) {
    if ((tokens[k].bits & ROLE_NOUN) !== 0) role = true;
    else if ((tokens[k].bits2 & TITLE_MODIFIER) === 0) return false;
    k++;
  }
  const nx = tokens[k];
  return role && k > j && isWord(nx) && nx.cap && (nx.bits & (NOT_IN_SUBJ | WEEKDAY_OR_TIME)) === 0;
}

/** A noun phrase starting at index j (for "according to X" and sentence subjects). */
export function phraseRight(tokens: Token[], j: number, ceil: number): Phrase | null {
  if (j >= ceil || !isWord(tokens[j])) return null;
  const t = tokens[j];
  if (isPronoun(t) && !possessiveHer(tokens, j, ceil)) return { first: j, last: j + 1, head: j, nameFirst: j, nameLast: j + 1 };
  return subjectRight(tokens, j - 1, ceil, false);
}

function widen(np: Phrase | null, first: number): Phrase | null {
  return np ? { ...np, first, nameFirst: first } : null;
}

/** A clause-opening participle, maybe after an "-ly" adverb ("Speaking to reporters", "Hastily politicizing"). */
function isParticipleOpener(tokens: Token[], i: number, last: number): boolean {
  let k = i;
  if (isWord(tokens[k]) && lowerAdverbAny(tokens[k]) && k + 1 < last) k++;
  const w = tokens[k];
  return isWord(w) && w.lower.endsWith('ing') && w.lower.length > 5 && (k === i ? w.cap : !w.cap);
}

function lowerAdverbAny(t: Token): boolean {
  return t.lower.length > 4 && t.lower.endsWith('ly');
}

/** Time nouns beyond the calendar words: the periods politics and news count in. */
const PERIOD_NOUNS = new Set(['cycle', 'season', 'day', 'term', 'session', 'decade', 'quarter', 'spring', 'summer', 'fall', 'autumn', 'winter']);

/** "Each election cycle, there’s …": the comma right after a fronted time phrase, or -1. */
function timeAdverbialComma(tokens: Token[], i: number, last: number): number {
  if (!isWord(tokens[i]) || (tokens[i].bits & TIME_DETERMINER) === 0) return -1;
  for (let k = i + 1; k < last && k <= i + 3; k++) {
    const t = tokens[k];
    if (!isWord(t)) return -1;
    if (((t.bits & WEEKDAY_OR_TIME) !== 0 || PERIOD_NOUNS.has(t.lower)) && tokens[k + 1]?.text === ',' && k + 1 < last) return k + 1;
  }
  return -1;
}

/**
 * "WASHINGTON", "AP": a word of three or more characters written in capitals (unchanged by
 * toUpperCase, with a letter A-Z). Told from char codes for ASCII words, with no upper-cased copy
 * and no regex per word; other words take the string test.
 */
function isCapsWord(w: string): boolean {
  if (w.length <= 2) return false;
  let letter = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return w === w.toUpperCase() && /[A-Z]/.test(w);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letter = true;
  }
  return letter;
}

/**
 * "—", "–" or "-" (a punctuation token's text: one code unit, or a surrogate pair whose first unit
 * is none of these), told by its code unit: the strings come in several kinds, and each comparison
 * with a literal was a call.
 */
function isDateLineDash(mark: string): boolean {
  const c = charCodeAt.call(mark, 0);
  return c === 0x2014 || c === 0x2013 || c === 45;
}

/** The sentence's grammatical subject, skipping an opening adverbial ("Last week, …", "Then, on Friday, …"). */
export function sentenceSubject(tokens: Token[], s: Sentence): Phrase | null {
  let i = s.first;
  // a dateline ("WASHINGTON (AP) —", "PHILADELPHIA, July 25 (UPI) —") is not the subject
  for (let k = s.first; k < s.last && k < s.first + 12; k++) {
    const t = tokens[k];
    if (t.kind === 'punct' && isDateLineDash(t.text) && k > s.first) {
      let datelike = false;
      for (let m = s.first; m < k && !datelike; m++) {
        const w = tokens[m];
        if (w.kind === 'punct' && w.text === ')') datelike = true;
        if (w.kind === 'word' && isCapsWord(w.text)) datelike = true;
      }
      if (datelike) i = k + 1;
      break;
    }
    if (t.kind === 'quote') break;
  }
  // "But Sen. Pat Toomey (R-Pa.) refused …, responding …": a leading conjunction is not an opening adverbial
  if (i < s.last && tokens[i].kind === 'word' && (tokens[i].lower === 'but' || tokens[i].lower === 'and' || tokens[i].lower === 'so' || tokens[i].lower === 'yet') && isWord(tokens[i + 1]) && (tokens[i + 1].cap || isPronoun(tokens[i + 1]))) i++;
  // "And then Trump went …", "But now she says …": a conjunction and a time adverb before the subject
  else if (i + 2 < s.last && isWord(tokens[i]) && (tokens[i].lower === 'but' || tokens[i].lower === 'and') && isWord(tokens[i + 1]) && THEN_WORDS.has(tokens[i + 1].lower) && isWord(tokens[i + 2]) && (tokens[i + 2].cap || (tokens[i + 2].bits & SUBJECT_PRONOUN) !== 0) && isWord(tokens[i + 3]) && !tokens[i + 3].cap) i += 2;
  for (let guard = 0; guard < 3; guard++) {
    const timeComma = timeAdverbialComma(tokens, i, s.last);
    if (timeComma > 0) {
      i = timeComma + 1;
      continue;
    }
    if (isWord(tokens[i]) && i + 1 < s.last && tokens[i + 1].text === ',' && (tokens[i].bits2 & INTERJECTION) !== 0) {
      i += 2;
      continue;
    }
    const t = tokens[i];
    const tc = t ? t.bits : 0;
    const adverb = t && t.kind === 'word' && t.lower.length > 4 && endsWith.call(t.lower, 'ly');
    const place = (tc & PLACE_OR_DISCOURSE) !== 0;
    if (t && (tc & APPROXIMATOR) !== 0 && tokens[i + 1] && isNumberOrTime(tokens[i + 1]) && (tokens[i + 1].bits & WEEKDAY_OR_TIME) === 0) break;
    if (!t || t.kind !== 'word' || (tc & NP_STARTER) !== 0 || !((tc & OPENER) !== 0 || place || !t.cap || adverb || (tc & WEEKDAY_OR_TIME) !== 0 || ((tokens[i + 1]?.bits ?? 0) & TIME_UNIT) !== 0))
      break;
    // "Then he cut into Bush, …": an opener right before a subject pronoun is no opening clause
    const n = tokens[i + 1];
    if ((tc & OPENER) !== 0 && n && n.kind === 'word' && (n.bits & SUBJECT_PRONOUN) !== 0) {
      i++;
      break;
    }
    let c = -1;
    // "Hastily politicizing the tragedy ― much like he did before ― Trump cast …": a fronted participle
    // phrase may run long and hold a dash-set aside
    const participial = isParticipleOpener(tokens, i, s.last);
    const reach = (t.cap && ((tc & OPENER) !== 0 || place)) || participial ? 20 : 8;
    for (let k = i; k < s.last && k < i + reach; k++) {
      if (tokens[k].kind === 'punct' && tokens[k].text === ',') {
        c = k;
        break;
      }
      if (participial && tokens[k].kind === 'punct' && DASH_MARKS.has(tokens[k].text)) {
        let close = -1;
        for (let m = k + 1; m < s.last && m < k + 30; m++) {
          if (tokens[m].kind === 'punct' && DASH_MARKS.has(tokens[m].text)) {
            close = m;
            break;
          }
          if (tokens[m].kind === 'quote') break;
        }
        if (close > 0 && isWord(tokens[close + 1]) && (tokens[close + 1].cap || isPronoun(tokens[close + 1]))) c = close;
        break;
      }
      if (tokens[k].kind === 'quote') {
        // "On “Face the Nation,” Sen. Bernie Sanders …": the opening phrase's comma inside a title's quotation marks
        if (tokens[k].text.trimEnd().endsWith(',') && k > i && isWord(tokens[k + 1]) && tokens[k + 1].cap) c = k;
        break;
      }
    }
    if (c < 0) break;
    i = c + 1;
    // "In Aspen, Colo., the graduate …": a state after a place belongs to the opening phrase
    if (c - 1 >= s.first && tokens[c - 1].cap && isWord(tokens[i]) && tokens[i].cap && tokens[i].text.endsWith('.') && tokens[i + 1]?.text === ',') i += 2;
  }
  if (i < s.last && tokens[i].kind === 'word' && (tokens[i].lower === 'but' || tokens[i].lower === 'and')) i++;
  // "about 200 protesters": an approximate number opens the subject
  const approx = i + 1 < s.last && tokens[i].kind === 'word' && (tokens[i].bits & APPROXIMATOR) !== 0 && isNumberOrTime(tokens[i + 1]) && (tokens[i + 1].bits & WEEKDAY_OR_TIME) === 0;
  const np = approx ? widen(phraseRight(tokens, i + 1, s.last), i) : phraseRight(tokens, i, s.last);
  // "…, saying that …" is a participle, not a subject
  if (np && endsWith.call(tokens[np.head].lower, 'ing') && (!tokens[np.head].cap || np.head === np.first)) return null;
  return np;
}

