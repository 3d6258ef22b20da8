/**
 * Speaker names as readers know them: the last pass over one article's extraction. Titles and
 * honorifics leave the name for the description ("RNC Chairman Reince Priebus" → "Reince
 * Priebus", described as "RNC Chairman"); words glued to a name by a headline or a cue are
 * trimmed ("Said Ellis", "Obama Sees"); what is not a name (a place, a common word, an ALL-CAPS or
 * Title-Case headline) is no speaker at all, so its quote stays in the article on nobody's page; a
 * short form becomes the one full name the article gives for it ("Ham" → "Norman Ham"); a
 * description is a title or appositive, never a verb phrase or a fragment.
 */
import type { QuoteExtraction, Speaker, TextSpan } from './quote-types.ts';
import { slugifyName, slugOf } from './speaker-identity.ts';
import { countryOf, US_STATES } from './world-knowledge.ts';
import { HONORIFICS, NAMING_TITLES, ROLE_NOUNS } from './people-titles.ts';
import { ORG_HEADS } from './organizations.ts';
import { NAME_QUANTIFIERS, SENTENCE_OPENERS, WEEKDAYS_AND_TIME } from './lexicon.ts';
import { genderOf } from './gender.ts';
import { CapitalWords, inTitleCaseLine, onlyOpensSentences } from './opening-words.ts';
import { isVerbOnly } from './word-class.ts';
import { endsPossessive, endsPossessiveS } from './possessives.ts';
import { bodyRunEnd, personRunEnd } from './capital-runs.ts';
import { addWordKeys, WantedWords } from './wanted-words.ts';
import { WantedRuns, type RunReader } from './wanted-runs.ts';
import { spaceSeparated } from './article-words.ts';
import { articleLexicon, type ArticleLexicon, type CleanName, type HonorificGender } from './article-lexicon.ts';
import { CAP, GROUP_WORDS, isFirstName, isGlued, isRoleWord, isShouted, isTitleWord, NAME_PARTICLES, nameLikeWord, NEVER_IN_NAME, possibleNameWord } from './name-words.ts';
import { namesNoSpeaker, sourceHead, sourceWords, type SourceWords } from './source-facts.ts';
import { BoundedMemo } from './bounded-memo.ts';
import { QuoteRecord, ReportedRecord, SpeakerRecord } from './article-records.ts';

/** Where a person's name starts after a title inside an organisation-like name: a known first name and one more word. */
function personAfterTitle(words: string[]): number {
  for (let i = 1; i < words.length - 1; i++) {
    if (isRoleWord(words[i - 1]) && !ORG_HEADS.has(words[i - 1].toLowerCase()) && (isFirstName(words[i]) || lastTwoNameWords(words, i)) && CAP.test(words[i + 1])) return i;
  }
  return -1;
}

/** "Party Chairman Reince Priebus": after the title, the run's last two words, neither a body's word, are a first and a last name. */
function lastTwoNameWords(words: string[], i: number): boolean {
  return i === words.length - 2 && !ORG_HEADS.has(words[i].toLowerCase()) && !ORG_HEADS.has(words[i + 1].toLowerCase()) && !isRoleWord(words[i]);
}

/**
 * The name readers know a speaker by, or null when the words are no name at all. Only people lose
 * title words; an organisation's name is its own ("Democratic National Committee").
 */
export function cleanName(name: string, type: Speaker['type'], lex: ArticleLexicon): CleanName | null {
  // (the answer depends on the words, the type and the article alone; callers read it, never change it)
  const memo = lex.cleaned[type];
  let out = memo.get(name);
  if (out === undefined) memo.set(name, (out = readName(name, type, lex)));
  return out;
}

function readName(name: string, type: Speaker['type'], lex: ArticleLexicon): CleanName | null {
  const plan = PLANS[type].get(name);
  if (plan.kind === 'fixed') return plan.out && { ...plan.out };
  if (plan.kind === 'body-word') {
    // a common word of this article is no body's name, unless the article writes it after "the" ("the Times")
    return plan.common && lex.writesInLowerCase(plan.lower, true) && !properUse(plan.word, lex) ? null : { ...plan.out };
  }
  // a group word or a common word glued before the name: "Democrats Hillary Clinton", "Derelict Obama"
  const { words, drop } = plan;
  const n = words.length;
  let k = 0;
  while (n - k > 1 && (drop[k] === DROP || (drop[k] === ASK && lex.writesInLowerCase(plan.lowers[k], true)))) k++;
  if (k < plan.okFrom) return null;
  if (n - k === 1) {
    // (most names keep two words: the last word alone is judged only when it must be)
    const like = (plan.lastLike ??= !nameLikeWord(words[n - 1]) ? NO : isFirstName(words[n - 1]) ? KEEP : ASK);
    if (like === NO || (like === ASK && lex.writesInLowerCase(plan.lowers[n - 1], true))) return null;
  }
  if (k > plan.lastLetter) return null;
  return { name: k === 0 ? plan.whole : words.slice(k).join(' '), title: plan.title };
}

/** What a word before a name does in the loop that takes common words off (see readName), and what a one-word name is. */
const KEEP = 0;
const DROP = 1;
const ASK = 2; // a common word if the article writes it in lower case
const NO = 3;

/**
 * What readName makes of a name, the article's answers aside: a fixed answer; a body's one word
 * that the article's use of it decides; or a person's words (glued verbs, places and titles taken
 * off) with, for each word, whether the loop that takes common words off the front takes it.
 */
type NamePlan =
  | { kind: 'fixed'; out: CleanName | null }
  | { kind: 'body-word'; word: string; lower: string; common: boolean; out: CleanName }
  | {
      kind: 'person';
      words: string[];
      whole: string;
      lowers: string[];
      title: string | null;
      /** KEEP, DROP or ASK, by word (the last word's is never read). */
      drop: number[];
      /** Where the words that may all be in a person's name (possibleNameWord) begin: every word from okFrom on. */
      okFrom: number;
      /** The last word holding a letter, or -1. */
      lastLetter: number;
      /** The last word as a one-word name (nameLikeWord): KEEP (a name), NO, or ASK; worked out when first needed. */
      lastLike?: number;
    };

// (names recur across articles, and a plan holds no article's answer)
const PLANS = { person: new BoundedMemo((name) => planName(name, 'person')), organization: new BoundedMemo((name) => planName(name, 'organization')) };

const fixed = (out: CleanName | null): NamePlan => ({ kind: 'fixed', out });

function planName(name: string, type: Speaker['type']): NamePlan {
  let words = spaceSeparated(name);
  const given = words;
  if (words.length === 0 || isShouted(words)) return fixed(null);
  // a place is not a speaker: "Florida", "New Mexico" (its officials or its candidate spoke)
  const whole = words.join(' ');
  // (slugOf: a name's plan is made once, so its whole and its tails are folded once; no memo entry)
  if (US_STATES.has(slugOf(whole)) || (type === 'person' && countryOf(whole) !== null)) return fixed(null);
  if (type !== 'person') return planBody(words, whole);
  // glued cue or headline verbs at either edge: "Said Ellis", "Does Rubio", "Obama Sees"
  while (words.length > 1 && isGlued(words[0])) words = words.slice(1);
  while (words.length > 1 && isGlued(words[words.length - 1])) words = words.slice(0, -1);
  // a place glued after the name by a dateline or a list: "Ted Cruz South Carolina"
  for (let n = 2; n >= 1; n--) {
    if (words.length <= n + 1) continue; // (most names: no tail to build)
    const tail = words.slice(-n).join(' ');
    if (US_STATES.has(slugOf(tail)) || countryOf(tail) !== null) words = words.slice(0, -n);
  }
  // the last title word and everything before it describe the person: "Ohio Democratic Party Chairman David Pepper";
  // so does a possessive before the name ("RealClearPolitics’ David Byler")
  let cut = -1;
  let title: string | null = null;
  for (let i = 0; i < words.length - 1; i++) if (isTitleWord(words[i]) || endsPossessive(words[i])) cut = i;
  if (cut >= 0 && !NAMING_TITLES.has(words[cut].toLowerCase())) {
    title = words.slice(0, cut + 1).join(' ');
    words = words.slice(cut + 1);
  }
  // the words left must all pass the tests below, and the loop after this keeps the last word:
  // a last word that fails them makes no name, whatever the article says about the words before it
  const n = words.length;
  const last = words[n - 1];
  if (!possibleNameWord(last)) return fixed(null);
  const lowers = words.map((w) => w.toLowerCase());
  const drop: number[] = [];
  for (let i = 0; i < n - 1; i++) {
    const l = lowers[i];
    if (GROUP_WORDS.test(l) || NEVER_IN_NAME.has(l)) drop.push(DROP);
    else drop.push(!NAME_PARTICLES.has(words[i]) && !isFirstName(words[i]) ? ASK : KEEP); // (usedAsCommonWord)
  }
  let okFrom = n - 1; // (the last word passed above)
  while (okFrom > 0 && possibleNameWord(words[okFrom - 1])) okFrom--;
  let lastLetter = n - 1;
  while (lastLetter >= 0 && !/\p{L}/u.test(words[lastLetter])) lastLetter--;
  // (words still the array given: nothing was taken off, and the whole is the one joined above)
  return { kind: 'person', words, whole: words === given ? whole : words.join(' '), lowers, title, drop, okFrom, lastLetter };
}

/** planName for a body: a person with their organisation's title, a one-word name the article decides, or the words as given. */
function planBody(words: string[], whole: string): NamePlan {
  const titled = personAfterTitle(words);
  if (titled >= 0) {
    // "European Council President Donald Tusk": a person with their organisation's title, not the organisation
    return fixed({ name: words.slice(titled).join(' '), title: words.slice(0, titled).join(' '), person: true } as CleanName);
  }
  if (!/\p{L}/u.test(whole)) return fixed(null);
  const out = { name: whole, title: null };
  if (words.length !== 1) return fixed(out);
  const lower = words[0].toLowerCase();
  if (US_STATES.has(lower)) return fixed(null);
  return { kind: 'body-word', word: words[0], lower, common: !isFirstName(words[0]), out };
}

/** "the Times", "the Post": a capitalised word the article also uses after "the" mid-sentence names an outlet. */
function properUse(w: string, lex: ArticleLexicon): boolean {
  return lex.writesAfterThe(w);
}

/** Nouns for what a person does ("fundraiser", "lobbyist", "historian", "co-host"); not "super", "other", "former". */
const AGENT = /^(?!(?:super|other|former|latter|never|over|under|after|ever|whether|rather|either|neither|later|sooner|further|together|matter|river|summer|winter|center|centre|order|major|minor|prior|senior|junior)$)[a-z-]{3,}(?:er|or|ist|ian|ant|dent|gent|man|woman|person|member|head|aide|owner|expert|official|host|star|maker|writer)s?$/;

/**
 * A description is a title or an appositive ("Italian Defense Minister", "a spokesman for the
 * campaign"), never a verb phrase ("video shows", "involve Attorney General"), a fragment
 * ("left)", "D-Nev.)", "spokesman for") or a lone modifier ("Former", "Washington Post’s").
 */
export function cleanDescription(desc: string | null): string | null {
  if (!desc) return null;
  return DESCRIPTIONS.get(desc);
}

// (the answer depends on the words alone, and descriptions recur: "a spokesman for the campaign")
const DESCRIPTIONS = new BoundedMemo(readDescription);

function readDescription(desc: string): string | null {
  // (a description whose white space is all single spaces has nothing to replace: most)
  const d = (OTHER_WHITE_SPACE.test(desc) ? desc.replace(/\s+/g, ' ') : desc).trim();
  const words = d.split(' ');
  const last = words[words.length - 1].toLowerCase();
  if (!parensBalance(d)) return null;
  // (/[’']s$/ on the last word and /[,;:]$/ on the description, by char codes)
  if (endsPossessiveS(last)) return null;
  const z = d.charCodeAt(d.length - 1);
  if (z === 44 || z === 59 || z === 58) return null;
  if (NEVER_IN_NAME.has(last) || /^(?:of|at|to|from|on|in|under|around|former|retired|late|one|many|then|far|ones)$/.test(last)) return null;
  // a verb: an inflected verb of saying or a glued verb anywhere, or a lower-case present verb right after the first noun
  if (words.some((w) => w === w.toLowerCase() && isGlued(w))) return null;
  // a description opens with a determiner, a modifier, a title or a noun, never a verb ("involve Attorney General")
  if (words[0] === words[0].toLowerCase() && isVerbOnly(words[0])) return null;
  // something the description's words say a speaker is: a title, a role, an organisation
  if (words.some((w) => WEEKDAYS_AND_TIME.has(w.toLowerCase()))) return null;
  // the words before any "of", "for", "at" … say what the speaker is ("spokesman for the campaign")
  const head = d.split(/\s+(?:of|for|at|to|in|with|from|on|under|close)\s+/)[0].split(' ');
  const says = head.some((w) => {
    const l = headWordFold(w.toLowerCase());
    return isRoleWord(w) || ROLE_NOUNS.has(l) || ORG_HEADS.has(l) || AGENT.test(l) || genderOf([], [l]) !== null;
  });
  return says ? d : null;
}

/** White space that /\s+/g would replace with something else: two together, or one that is no plain space. */
const OTHER_WHITE_SPACE = /\s\s|[^\S ]/;

/** `l.replace(/[.,]$/, '').replace(/[’']s$/, '')` by char codes (most words end in neither). */
function headWordFold(l: string): string {
  let end = l.length;
  const c = l.charCodeAt(end - 1);
  if (c === 46 || c === 44) end--;
  if (endsPossessiveS(l, 0, end)) end -= 2;
  return end === l.length ? l : l.slice(0, end);
}

/** Whether `d` holds as many "(" as ")" (counted by a scan: two regex matches built arrays). */
function parensBalance(d: string): boolean {
  let open = 0;
  for (let i = 0; i < d.length; i++) {
    const c = d.charCodeAt(i);
    if (c === 40) open++;
    else if (c === 41) open--;
  }
  return open === 0;
}

/**
 * The people's full names the article writes, two words or more, titles and glued words taken off
 * and quoted nicknames left out ("state Del. Marcia “Cia” Price" → "Marcia Price"). One scan finds
 * the capitalised runs that share a word with a speaker; a run is read as a name only when a
 * question is about one of its words (most runs are never asked about: on train, two in three).
 */
export class ArticleNames {
  private readonly text: string;
  private readonly runs: WantedRuns;
  private readonly reader: RunReader;
  /** Whether each name read so far is written outside a Title-Case (headline) line, or may be (see noteRun). */
  private readonly outside = new Map<string, boolean>();

  constructor(text: string, lex: ArticleLexicon, wanted?: WantedWords) {
    this.text = text;
    this.runs = new WantedRuns(text, personRunEnd, lex.runOpenings, wanted, 'each-possessive');
    this.reader = {
      name: (run) => runName(run, lex),
      noted: (name, r) => this.noteRun(name, r),
      keep: (name) => this.outside.get(name) === true,
    };
  }

  /** The full names, not written only in headlines, whose first or last word folds (slugifyName) to `key`, in the order the text first gives them. */
  withWord(key: string): string[] {
    return this.runs.namesWithWord(key, this.reader);
  }

  /** Whether the two-word `name`, its first word no known first name, is written only in headline lines (a headline's word glued to a name: "Derelict Obama"). */
  onlyInHeadlines(name: string): boolean {
    this.withWord(slugifyName(name.slice(0, name.indexOf(' '))));
    return this.outside.get(name) === false;
  }

  private noteRun(name: string, r: number): void {
    // whether a name is written outside headlines matters only for a name a headline's word may open,
    // and only until it is (the line's case is a scan of a whole paragraph)
    const outside = this.outside.get(name);
    if (outside === true || (outside === undefined && !headlineWordFirst(name))) {
      this.outside.set(name, true);
      return;
    }
    this.outside.set(name, !inTitleCaseLine(this.text, this.runs.starts[r]));
  }
}

/** The person's full name a capitalised run gives (see ArticleNames), or null. */
function runName(run: string, lex: ArticleLexicon): string | null {
  const words = RUN_WORDS.get(run);
  if (words === null) return null;
  const c = cleanName(words, 'person', lex);
  if (!c) return null;
  return RUN_NAME_OK.get(c.name) ? c.name : null;
}

// (runs recur across articles, "Donald Trump", and their words depend on the run alone)
const RUN_WORDS = new BoundedMemo(runWords);
const RUN_NAME_OK = new BoundedMemo(personsName);

/** The words a capitalised run gives for a name (quoted nicknames left out, a full stop or a possessive ending it), or null for fewer than two. */
function runWords(run: string): string | null {
  const raws = run.split(SPACES);
  const words: string[] = [];
  for (const raw of raws) {
    const c0 = raw.charCodeAt(0);
    if (c0 === 0x201c || c0 === 34 || c0 === 0x2018) continue; // an opening quotation mark: a nickname
    const possessive = endsPossessiveS(raw);
    const w = possessive ? raw.slice(0, -2) : raw;
    words.push(w);
    // a full stop ends the run unless it closes an initial or an abbreviated title ("J.", "Sen.")
    if (possessive || (w.endsWith('.') && w.length > 2 && !isTitleWord(w))) {
      if (w.endsWith('.') && !possessive) words[words.length - 1] = w.slice(0, -1);
      break;
    }
  }
  return words.length < 2 ? null : words.join(' ');
}

/** Whether a cleaned run's name is a person's: two words or more, no body's word or place, no title or quantifier first. */
function personsName(name: string): boolean {
  const ws = name.split(' ');
  if (ws.length < 2) return false;
  for (const w of ws) {
    const l = w.toLowerCase();
    if (ORG_HEADS.has(l) || US_STATES.has(l) || countryOf(w) !== null) return false;
  }
  // ("Six Trump supporters": a number or quantifier opening the run is no first name)
  const first = ws[0].toLowerCase();
  return !(isTitleWord(ws[0]) || SENTENCE_OPENERS.has(first) || NAME_QUANTIFIERS.has(first));
}

const SPACES = /[ \u00a0]+/;

/** First and last word, folded: "Donald J. Trump" and "Donald Trump" are one key. */
function personKey(name: string): string {
  return PERSON_KEYS.get(name);
}

// (full names recur across articles, and the key depends on the name alone)
const PERSON_KEYS = new BoundedMemo(readPersonKey);

function readPersonKey(name: string): string {
  const w = name
    .split(/\s+/)
    .filter((x) => !/^(?:jr\.?|sr\.?|ii|iii|iv)$/i.test(x.replace(/,$/, '')))
    .map((x) => slugifyName(x))
    .filter(Boolean);
  return w.length < 2 ? w.join('-') : `${w[0]}-${w[w.length - 1]}`;
}

/** "Hillary Clinton": a known first name and more is a full name already; no longer form ("Crooked Hillary Clinton") replaces it. */
function isFullName(name: string): boolean {
  const space = name.indexOf(' ');
  return space > 0 && isFirstName(name.slice(0, space));
}

/**
 * The one full name in `names` that a short form stands for: "Ham" → "Norman Ham", "Suu Kyi" →
 * "Aung San Suu Kyi", "Mr. Alexander" (already "Alexander") → "Lamar Alexander", a lone known
 * first name → the one full name it opens. Two different people fit: null (no guess).
 */
export function expandShortName(short: string, names: readonly string[], lex?: ArticleLexicon): string | null {
  if (isFullName(short)) return null;
  const sw = short.split(' ').map((w) => slugifyName(w));
  // the gender an honorific gives the short form's last word (undefined: not asked yet), asked only
  // of a fitting name with a gender (a search of the article: most short forms have no such name)
  let heard: HonorificGender | undefined;
  const fits = new Map<string, string>();
  for (const n of names) {
    const nw = n.split(' ').map((w) => slugifyName(w));
    if (nw.length <= sw.length) continue;
    const suffix = sw.every((w, i) => nw[nw.length - sw.length + i] === w);
    const firstName = sw.length === 1 && nw[0] === sw[0] && isFirstName(short);
    if (!suffix && !firstName) continue;
    // "Mr. Obama" is not "Michelle Obama"
    const g = genderOf(nw, []);
    if (g) {
      if (heard === undefined) heard = lex?.honorificGender(short.slice(short.lastIndexOf(' ') + 1)) ?? null;
      if (heard && g !== heard) continue;
    }
    const key = personKey(n);
    const had = fits.get(key);
    // the fullest form the article gives
    if (!had || n.length > had.length) fits.set(key, n);
  }
  if (fits.size === 0 && sw.length === 1) {
    // no full name ends with the word: the one that opens with it ("Ban" → "Ban Ki-moon")
    for (const n of names) {
      const nw = n.split(' ').map((w) => slugifyName(w));
      if (nw.length > 1 && nw[0] === sw[0]) fits.set(personKey(n), n);
    }
  }
  return fits.size === 1 ? [...fits.values()][0] : null;
}

/** "Derelict Obama": a two-word name whose first word is no known first name may have a headline's word first. */
function headlineWordFirst(name: string): boolean {
  // (name.split(' ') has two words when the name holds one space: found without the array)
  const space = name.indexOf(' ');
  return space >= 0 && name.indexOf(' ', space + 1) < 0 && !isFirstName(name.slice(0, space));
}

/**
 * Names of bodies the article writes ("Alliance to Reclaim Our Schools", "Tampa Bay Times"), none
 * with a person's title or first name in it; as ArticleNames, a run is read only when a question
 * is about one of its words.
 */
export class OrganizationNames {
  private readonly runs: WantedRuns;

  constructor(text: string, wanted: WantedWords | undefined, openings: readonly number[]) {
    this.runs = new WantedRuns(text, bodyRunEnd, openings, wanted, 'last-possessive');
  }

  /** The names whose first or last word folds (slugifyName) to `key`, in the order the text first gives them. */
  withWord(key: string): string[] {
    return this.runs.namesWithWord(key, BODY_NAMES);
  }
}

const BODY_NAMES: RunReader = { name: bodyName };

/** readBodyName's answer: a bounded memo (runs recur across articles, "White House", and the answer depends on the run alone). */
function bodyName(run: string): string | null {
  return RUN_BODY_NAMES.get(run);
}

const RUN_BODY_NAMES = new BoundedMemo(readBodyName);

/** The name of a body a capitalised run gives (see OrganizationNames), or null. */
function readBodyName(run: string): string | null {
  const all = run.replace(/[’']s$/, '').split(/[ \u00a0]+/);
  // a full stop ends the name unless it is an initialism ("U.S.")
  const stop = all.findIndex((w) => w.endsWith('.') && !/^(?:\p{Lu}\.)+$/u.test(w));
  const words = stop >= 0 ? all.slice(0, stop + 1) : all;
  if (stop >= 0) words[stop] = words[stop].slice(0, -1);
  while (words.length && /^(?:The|A|An)$/.test(words[0])) words.shift();
  while (words.length && /^(?:of|for|to|and|the|on|in)$/.test(words[words.length - 1])) words.pop();
  if (words.length < 2 || SENTENCE_OPENERS.has(words[0].toLowerCase()) || words.some((w) => isFirstName(w) || WEEKDAYS_AND_TIME.has(w.toLowerCase()))) return null;
  // title words qualify a body headed by a body's word ("Commission on Presidential Debates",
  // "U.N. Security Council"); elsewhere they make the run a person's title ("Sen. Rand Paul")
  if (!headedByBody(words) && words.some((w) => isRoleWord(w))) return null;
  return words.join(' ').replace(/[.,]$/, '');
}

/** A body's word ends the name ("… Council") or opens it before a particle ("Commission on …"). */
function headedByBody(words: string[]): boolean {
  // (not two bodies, "FBI and Justice Department", nor a person's role before one, "CEO of …")
  if (words.some((w) => HONORIFICS.has(w.toLowerCase()) || w === 'and' || w === 'the') || ROLE_NOUNS.has(words[0].toLowerCase()) || (words[0].endsWith('.') && !/^(?:\p{Lu}\.)+$/u.test(words[0]))) return false;
  const last = words[words.length - 1].toLowerCase();
  return ORG_HEADS.has(last) || (ORG_HEADS.has(words[0].toLowerCase()) && /^(?:of|for|on|to)$/.test(words[1]));
}

/** The initials a name's words stand for: "United Nations" and "U.N." are both "UN", "New York" and "NY" "NY". */
function initials(words: string[]): string {
  return words.map((w) => (/^(?:\p{Lu}\.?)+$/u.test(w) ? w.replace(/\./g, '') : w[0])).join('').toUpperCase();
}

/**
 * "Alliance" → "Alliance to Reclaim Our Schools", "Times" → "Tampa Bay Times", "Security Council"
 * → "United Nations Security Council": the longer name of a body the article gives that opens or
 * ends with the short one; several only when they differ by initials alone ("U.N. Security
 * Council"), and then the fullest.
 */
function expandOrganization(short: string, orgs: OrganizationNames): string | null {
  const sw = short.split(' ').map((w) => slugifyName(w));
  // (a one-word name asks one word: its names are read once)
  const last = orgs.withWord(sw[sw.length - 1]);
  const fits = new Set(
    (sw.length === 1 ? last : [...last, ...orgs.withWord(sw[0])]).filter((n) => {
      const w = n.split(' ');
      if (w.length <= sw.length) return false;
      // (the words are folded only where they are compared: the short name's at the end, or the first)
      const ends = sw.every((x, i) => slugifyName(w[w.length - sw.length + i]) === x) || (sw.length === 1 && slugifyName(w[0]) === sw[0]);
      return ends && !isShouted(w) && !w.some((x) => CAP.test(x) && (isGlued(x) || NEVER_IN_NAME.has(x.toLowerCase())));
    }),
  );
  if (fits.size === 0) return null;
  const list = [...fits].sort((a, b) => b.length - a.length);
  const key = (n: string) => {
    const w = n.split(' ');
    return slugifyName(w[w.length - 1]) === sw[sw.length - 1] ? initials(w.slice(0, w.length - sw.length)) : n;
  };
  return list.every((n) => key(n) === key(list[0])) ? list[0] : null;
}

/**
 * "Charlie King, a prominent New York Democrat": a source that is a person's name the engine did
 * not resolve (a surname that is also a title, say) still names its speaker. Only a first name
 * and a surname count, so no guess is made from a bare word.
 */
function speakerFromSource(source: string, lex: ArticleLexicon, expand: (short: string) => string | null, strict = false, words?: SourceWords): Speaker | null {
  const f = sourceHead(source, words);
  // strict: a name with at most titles before it, never "a spokesman for …" (to overrule a speaker already found)
  if (f.head === null || (strict && !f.namesOnly)) return null;
  const c = cleanName(f.head, 'person', lex);
  if (!c) return null;
  // "Mr. King": an honorific or a title makes a lone surname a person's, to be found in full in the article
  // (never after "a"/"one": "a senior Cruz aide" is no Cruz)
  let name = c.name;
  if (c.title && !name.includes(' ') && !f.indefinite) name = expand(name) ?? name;
  if (!FULL_NAMES.get(name)) return null;
  // (a record, not a literal: V8 pretenures a literal's site after a long text; docs/decisions/0021)
  return new SpeakerRecord(slugifyName(name), name, 'person', cleanDescription(f.appositive) ?? c.title);
}

/** A known first name and more, every word capitalised or a particle ("Charlie King", "Bill de Blasio"). */
function firstNameAndMore(name: string): boolean {
  const words = name.split(' ');
  return words.length >= 2 && isFirstName(words[0]) && words.every((w) => CAP.test(w) || NAME_PARTICLES.has(w));
}

const FULL_NAMES = new BoundedMemo(firstNameAndMore);

/**
 * Clean every speaker of one article (names, descriptions, short forms to the article's full name)
 * and take the speaker off quotes whose source names no one. Speakers that become one name share
 * one id.
 */
export function cleanSpeakers(ex: QuoteExtraction, text: string): QuoteExtraction {
  if (!ex.quotes.some((q) => q.speaker || q.source) && !ex.reported.some((r) => r.speaker || r.source)) return ex;
  const lex = articleLexicon(text);
  let names: ArticleNames | null = null;
  let orgs: OrganizationNames | null = null;
  const byId = new Map<string, Speaker>();
  const memo = new Map<Speaker, Speaker | null>();
  // a search of the text per question, until the questions have cost about what an index of its
  // capitalised words costs to build (a long text asks hundreds)
  let asked = 0;
  let capitalWords: CapitalWords | undefined;
  const opensOnly = (word: string) => onlyOpensSentences(word, text, asked++ < 8 ? undefined : (capitalWords ??= new CapitalWords(text, lex.capitals)));
  // the words of every speaker's name and of every unresolved source: the only names worth finding
  let wantedWords: WantedWords | null = null;
  const wanted = (): WantedWords => {
    if (wantedWords) return wantedWords;
    const w = new Set<string>();
    const added = new Set<string>(); // (most quotes share their speaker's name with others: its words are added once)
    const add = (name: string | undefined) => {
      if (name === undefined || added.has(name)) return;
      added.add(name);
      addWordKeys(name, w);
    };
    for (const q of ex.quotes) add(q.speaker ? q.speaker.name : q.source?.text);
    for (const r of ex.reported) add(r.speaker ? r.speaker.name : r.source?.text);
    return (wantedWords = new WantedWords(w));
  };
  // the article's full names, read only when a question needs them
  const fullNames = (): ArticleNames => (names ??= new ArticleNames(text, lex, wanted()));
  // a short form's full name depends on the article alone: each is looked for once (a third are asked again)
  const expanded = new Map<string, string | null>();
  const expandInArticle = (short: string): string | null => {
    let full = expanded.get(short);
    if (full !== undefined) return full;
    full = null;
    // (expandShortName would refuse it: no need to read the article's names)
    if (!isFullName(short)) {
      const sw = short.split(' ');
      const index = fullNames();
      // (each list holds a name once, and a one-word short form asks one word)
      const last = index.withWord(slugifyName(sw[sw.length - 1]));
      const fits = sw.length === 1 ? last : [...new Set([...last, ...index.withWord(slugifyName(sw[0]))])];
      full = expandShortName(short, fits, lex);
    }
    expanded.set(short, full);
    return full;
  };
  const clean = (s: Speaker | null): Speaker | null => {
    if (!s) return null;
    const done = memo.get(s); // (null: no speaker; undefined: not read yet)
    if (done !== undefined) return done;
    let out: Speaker | null = null;
    let c = cleanName(s.name, s.type, lex);
    // "Transcript as follows:", "Footage of … appears": a word capitalised only where every word is, is no one's name
    if (c && s.type === 'person' && !c.name.includes(' ') && !isFirstName(c.name) && !expandInArticle(c.name) && opensOnly(c.name)) c = null;
    // a one-word body ("Alliance", "Times"), or a word rejected as a person's name, may be short for the article's longer name
    if ((s.type === 'organization' || (!c && !s.name.includes(' '))) && !countryOf(s.name)) {
      const longer = expandOrganization(s.name, (orgs ??= new OrganizationNames(text, wanted(), lex.runOpenings)));
      if (longer) c = { name: longer, title: null, organization: true };
    }
    if (c) {
      let name = c.name;
      const type = c.person ? 'person' : c.organization ? 'organization' : s.type;
      if (type === 'person') {
        // a name seen only in a headline line keeps only the words after its first ("Derelict Obama");
        // only a name a headline's word may open can be one (see ArticleNames)
        if (headlineWordFirst(name) && fullNames().onlyInHeadlines(name)) name = name.split(' ').slice(1).join(' ');
        name = expandInArticle(name) ?? name;
      }
      const id = slugifyName(name) || s.id;
      const description = cleanDescription(s.description) ?? cleanDescription(c.title);
      const known = byId.get(id);
      if (known) {
        if (!known.description && description) known.description = description;
        out = known;
      } else {
        out = new SpeakerRecord(id, name, type, description); // (not a literal: as in speakerFromSource)
        byId.set(id, out);
      }
    }
    memo.set(s, out);
    return out;
  };
  const fromSource = new Map<string, Speaker | null>();
  // clean() gives a source's words the same speaker every time (byId is only added to): read each source once,
  // and keep its words' memo entry (each quote the source gives asks their facts)
  const fromSourceStrict = new Map<string, { named: Speaker | null; words: SourceWords }>();
  const forQuote = (source: TextSpan | null, s: Speaker | null): Speaker | null => {
    if (!s && source) {
      let named = fromSource.get(source.text);
      if (named === undefined) fromSource.set(source.text, (named = clean(speakerFromSource(source.text, lex, expandInArticle))));
      return named;
    }
    let c = clean(s);
    if (!c || !source) return c;
    // "RealClearPolitics’ David Byler" taken as "RealClearPolitics": a source that is a person's full name wins
    let read = fromSourceStrict.get(source.text);
    if (read === undefined) {
      const words = sourceWords(source.text);
      fromSourceStrict.set(source.text, (read = { named: clean(speakerFromSource(source.text, lex, expandInArticle, true, words)), words }));
    }
    const named = read.named;
    if (named && named !== c && named.name.includes(' ')) {
      const own = new Set(named.name.split(' '));
      if (!c.name.split(' ').every((w) => own.has(w))) c = named;
    }
    if (namesNoSpeaker(text, source, c, read.words.facts)) return null;
    return c;
  };
  // (made by the records' constructors: a spread of a class instance is several times slower than of a literal)
  const quotes = ex.quotes.map((q) => new QuoteRecord(q.start, q.end, q.text, q.paragraph, q.kind, q.cue, q.source, forQuote(q.source, q.speaker)));
  const reported = ex.reported.map((r) => new ReportedRecord(r.start, r.end, r.text, r.paragraph, r.cue, r.source, forQuote(r.source, r.speaker)));
  const seen = new Set<Speaker>();
  const speakers = newSpeakersOf(quotes.filter((q) => q.kind === 'speech'), seen);
  const reportedSpeakers = newSpeakersOf(reported, seen);
  return { quotes, reported, speakers, reportedSpeakers };
}

/** Each speaker of `items` not in `seen` once, in the order first met; each is added to `seen`. */
function newSpeakersOf(items: ReadonlyArray<{ speaker: Speaker | null }>, seen: Set<Speaker>): Speaker[] {
  const out: Speaker[] = [];
  for (const { speaker } of items) {
    if (speaker && !seen.has(speaker)) {
      seen.add(speaker);
      out.push(speaker);
    }
  }
  return out;
}
