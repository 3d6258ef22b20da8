/**
 * Mentions of people and organisations: what a noun phrase names. "Italian Defense Minister Guido
 * Crosetto" is the person "Guido Crosetto" described as "Italian Defense Minister"; "Moscow" is
 * the organisation "Russia" (a capital for its government); "the defense minister" is a role that
 * coreference must resolve; "he" a pronoun; "a source" a generic description no one can resolve.
 */
import type { Token } from './tokens.ts';
import { countryOf } from './world-knowledge.ts';
import { PERSON_PRONOUNS, OTHER_PRONOUNS } from './lexicon.ts';
import { genderOf } from './gender.ts';
import { isPossessiveWord } from './possessives.ts';
import { PRONOUN, TITLE, HONORIFIC, NAMING_TITLE, NAME_DETERMINER, WEEKDAY_OR_TIME, OPENER, ROLE_NOUN, ORG_HEAD, NAME_CONNECTOR, NOT_A_NAME, DEMONYM } from './word-bits.ts';

// (string methods called through String.prototype on this hot path: decision 0020)
const indexOf = String.prototype.indexOf;

export type MentionKind = 'pronoun' | 'name' | 'role' | 'generic';

export interface Mention {
  kind: MentionKind;
  /** For names: the name as written without titles ("Guido Crosetto", "Pope Francis", "Russia"). */
  name: string;
  type: 'person' | 'organization';
  /** Titles or descriptors the phrase gives ("Italian Defense Minister"), or null. */
  description: string | null;
  /** Lower-case head word for roles and pronouns ("minister", "he"). */
  head: string;
  /** Lower-case modifiers of a role ("defense", "french"); none for any other kind. */
  modifiers: readonly string[];
  /** The text offsets of the name part, when there is one. */
  nameStart: number;
  nameEnd: number;
  /** True when a title word stood right before the name ("President Trump"): a one-word name is then surely a person. */
  titled: boolean;
  /** For roles: "the"/"this" opens the phrase ("the Vermont senator", not "a New Hampshire Republican"). */
  definite?: boolean;
}

/** The pronoun a possessive pronoun stands for ("his" → "he"), or null. (Comparisons, not an object's keys: a word read as a key is first looked up in V8's string table.) */
function possessiveOwner(l: string): string | null {
  if (l === 'his') return 'he';
  if (l === 'her') return 'she';
  if (l === 'its') return 'it';
  if (l === 'their') return 'they';
  return null;
}

/** "Trump's", "Sanders'": asked of every word of every name run. */
function isPossessive(t: Token): boolean {
  return isPossessiveWord(t.lower);
}

function isAcronym(s: string): boolean {
  if (s.length < 2 || s.length > 6) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || c === 46 || c === 38)) return false;
  }
  return true;
}

function textOf(text: string, tokens: Token[], a: number, b: number): string {
  return text.slice(tokens[a].start, tokens[b - 1].end);
}

/** Start of the capitalised run ending at end - 1 (connectors and "of" inside it), no further left than start. */
function capitalisedRunStart(tokens: Token[], start: number, end: number): number {
  let runStart = end - 1;
  while (runStart - 1 >= start) {
    const p = tokens[runStart - 1];
    if (isPossessive(p)) break;
    if (p.cap) {
      runStart--;
      continue;
    }
    if ((p.bits & NAME_CONNECTOR) !== 0 && runStart - 2 >= start && tokens[runStart - 2].cap && (tokens[runStart - 2].bits & TITLE) === 0) {
      runStart--;
      continue;
    }
    if (p.lower === 'of' && runStart - 2 >= start && tokens[runStart - 2].cap) {
      runStart--;
      continue;
    }
    break;
  }
  return runStart;
}

/**
 * An organisation: the last word decides ("White House", "Fox News"); an organisation word
 * elsewhere counts only when it is no title word too ("Bank of America", not the "State" of
 * "Secretary of State John Kerry"); or a short acronym.
 */
function namesOrganization(tokens: Token[], runStart: number, end: number): boolean {
  let org = (tokens[end - 1].bits & ORG_HEAD) !== 0;
  for (let k = runStart; k < end - 1 && !org; k++) {
    if ((tokens[k].bits & (ORG_HEAD | TITLE)) === ORG_HEAD) org = true;
  }
  if (isAcronym(tokens[end - 1].text) && end - runStart <= 2) org = true;
  return org;
}

/**
 * "Ohio Democratic Party Chairman David Pepper": a run ending in a title, a known first name and one
 * more word names that person (the body and title are their description), not the body.
 */
function personAtRunEnd(tokens: Token[], runStart: number, end: number): boolean {
  if (end - runStart < 3) return false;
  return (tokens[end - 3].bits & TITLE) !== 0 && (tokens[end - 3].bits & ORG_HEAD) === 0 && genderOf([tokens[end - 2].lower, 'x'], []) !== null && tokens[end - 1].cap;
}

/** Start of the name part: the longest suffix of the run free of titles and demonyms (an organisation keeps its titles). */
function namePartStart(tokens: Token[], runStart: number, end: number, org: boolean): number {
  let nameStart = end;
  while (nameStart - 1 >= runStart) {
    const l = tokens[nameStart - 1].lower;
    const c = tokens[nameStart - 1].bits;
    if (!org && ((c & (TITLE | HONORIFIC | NAMING_TITLE)) !== 0 || (c & DEMONYM) !== 0 || l === 'of')) break;
    if (org && (c & HONORIFIC) !== 0) break;
    nameStart--;
  }
  if (!org) {
    // "of" can only join a name to a title ("Secretary of State"), never start a name
    while (nameStart < end && (tokens[nameStart].lower === 'of' || ((tokens[nameStart].bits & NAME_CONNECTOR) !== 0 && !tokens[nameStart].cap))) nameStart++;
  }
  return nameStart;
}

/** What the words tokens[first..last) name. */
export function analyzeMention(text: string, tokens: Token[], first: number, last: number): Mention | null {
  // stop at punctuation: "Rep. Jim Jordan (R-Ohio)" names "Rep. Jim Jordan"
  let end = first;
  while (end < last && tokens[end].kind === 'word') end++;
  if (end === first) return null;
  const headTok = tokens[end - 1];
  // "He’s claiming …", "They’re calling …": a pronoun with its verb contracted onto it is that pronoun
  const oneWord = end - first === 1;
  const contracted = oneWord && indexOf.call(headTok.lower, "'") >= 0;
  const pronoun = contracted ? headTok.lower.replace(/'(?:s|re|d|ll|ve|m)$/, '') : headTok.lower;
  // (a token's bits are its whole word's: a contracted pronoun is asked about without its verb)
  if (oneWord && (contracted ? PERSON_PRONOUNS.has(pronoun) || OTHER_PRONOUNS.has(pronoun) : (headTok.bits & PRONOUN) !== 0)) {
    return mention('pronoun', pronoun, NO_MODIFIERS);
  }
  // possessive pronouns stand for their owner ("his warning that …")
  const owner = oneWord ? possessiveOwner(headTok.lower) : null;
  if (owner) return mention('pronoun', owner, NO_MODIFIERS);
  let start = first;
  while (start < end && (tokens[start].bits & NAME_DETERMINER) !== 0) start++;
  if (start === end) return null;
  if (!headTok.cap || (headTok.bits & WEEKDAY_OR_TIME) !== 0) {
    // a role noun after "the" or "this" is a role ("the minister"); anything else is generic, whose
    // modifiers are never read, so only a role's are made
    const opener = tokens[first]?.lower;
    if ((headTok.bits & ROLE_NOUN) === 0 || (opener !== 'the' && opener !== 'this')) return mention('generic', headTok.lower, NO_MODIFIERS);
    const mods: string[] = [];
    for (let k = start; k < end - 1; k++) mods.push(tokens[k].lower.endsWith("'s") ? tokens[k].lower.slice(0, -2) : tokens[k].lower);
    return mention('role', headTok.lower, mods, true);
  }
  // the capitalised run ending at the head: the name, with titles before it
  const runStart = capitalisedRunStart(tokens, start, end);
  // organisations: an org word anywhere in the run, an acronym, or "The …" mid-sentence
  // the last word decides ("White House", "Fox News"); an organisation word elsewhere counts only
  // when it is no title word too ("Bank of America", not the "State" of "Secretary of State John Kerry")
  const org = namesOrganization(tokens, runStart, end) && !personAtRunEnd(tokens, runStart, end);
  // name part: the longest suffix of the run free of titles and demonyms
  const nameStart = namePartStart(tokens, runStart, end, org);
  if (nameStart === end) {
    // only titles: "President" alone; treat as a role
    const mods: string[] = [];
    for (let k = start; k < end - 1; k++) mods.push(tokens[k].lower);
    return mention('role', headTok.lower, mods, tokens[first].lower === 'the' || tokens[first].lower === 'this');
  }
  let titled = false;
  for (let k = start; k < nameStart; k++) if ((tokens[k].bits & (TITLE | HONORIFIC | NAMING_TITLE)) !== 0) titled = true;
  // naming titles stay in the name ("Pope Francis")
  let nameFirst = nameStart;
  if (nameFirst - 1 >= runStart && (tokens[nameFirst - 1].bits & NAMING_TITLE) !== 0) nameFirst--;
  const descStart = start;
  let descEnd = nameFirst === nameStart ? nameStart : nameFirst;
  let description: string | null = null;
  if (nameFirst !== nameStart) {
    description = textOf(text, tokens, nameFirst, nameStart);
  }
  // drop honorifics from the description
  let dStart = descStart;
  while (dStart < descEnd && (tokens[dStart].bits & HONORIFIC) !== 0) dStart++;
  while (descEnd > dStart && (tokens[descEnd - 1].bits & HONORIFIC) !== 0) descEnd--;
  if (descEnd > dStart) description = textOf(text, tokens, dStart, descEnd);
  const name = textOf(text, tokens, nameFirst, end);
  const country = countryOf(name);
  if (country && !titled) {
    return named(country.country, 'organization', description, headTok.lower, tokens[nameFirst].start, tokens[end - 1].end, titled);
  }
  if ((headTok.bits & NOT_A_NAME) !== 0 && end - nameFirst === 1) return mention('generic', headTok.lower, NO_MODIFIERS);
  // a one-word opener is no name at a sentence's start ("Then", "From"), but is one right after a quotation or a comma ("“…,” From said")
  const midSentence = first > 0 && (tokens[first - 1].kind === 'quote' || tokens[first - 1].text === ',');
  if (end - nameFirst === 1 && (headTok.bits & OPENER) !== 0 && !midSentence) return null;
  const honorific = nameStart > 0 && (tokens[nameStart - 1].bits & HONORIFIC) !== 0;
  return named(name, org ? 'organization' : 'person', description, headTok.lower, tokens[nameFirst].start, tokens[end - 1].end, titled || honorific);
}

/** The modifiers of a name or a pronoun: none, one array for all (a Mention is never changed once made). */
const NO_MODIFIERS: readonly string[] = [];

/** A mention with no name part (pronoun, role, generic), built whole: one object, one shape. */
function mention(kind: MentionKind, head: string, modifiers: readonly string[], definite = false): Mention {
  return { kind, name: '', type: 'person', description: null, head, modifiers, nameStart: -1, nameEnd: -1, titled: false, definite };
}

function named(name: string, type: Mention['type'], description: string | null, head: string, nameStart: number, nameEnd: number, titled: boolean): Mention {
  return { kind: 'name', name, type, description, head, modifiers: NO_MODIFIERS, nameStart, nameEnd, titled, definite: false };
}

/**
 * Capitalised name runs in a sentence frame, for the registry: people and organisations named
 * there, whether or not they speak, so that later surnames, roles and pronouns can find them.
 * Returns token ranges [first, last) flat, each run's first then its last (one array per sentence, not one per run).
 */
export function nameRuns(tokens: Token[], first: number, last: number): number[] {
  const runs: number[] = [];
  let k = first;
  while (k < last) {
    const j = nameRunEnd(tokens, k, first, last);
    if (j < 0) {
      k++;
      continue;
    }
    runs.push(k, j);
    k = j;
  }
  return runs;
}

/**
 * Where the name run opening at token k of the frame [first, last) ends, or -1 when none opens
 * there (nameRuns, walked in place by callers that need no array).
 */
export function nameRunEnd(tokens: Token[], k: number, first: number, last: number): number {
  const t = tokens[k];
  if (t.kind !== 'word' || !t.cap || (k === first && (t.bits & OPENER) !== 0)) return -1;
  // include lowercase title words just before ("former", "top") is not needed: titles are capitalised
  let j = k;
  while (j < last && tokens[j].kind === 'word') {
    const w = tokens[j];
    if (w.cap) {
      j++;
      // a possessive ends the run: "Poland’s" names Poland
      if (isPossessive(w)) break;
      continue;
    }
    if (((w.bits & NAME_CONNECTOR) !== 0 || w.lower === 'of') && j + 1 < last && tokens[j + 1].kind === 'word' && tokens[j + 1].cap) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

export { isPossessive };
