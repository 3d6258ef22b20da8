/**
 * Coreference: who a mention refers to. A registry of the people and organisations an article has
 * named, updated in reading order. Surnames find the full name ("Crosetto" → "Guido Crosetto"),
 * role nouns find the person whose description fits ("the defense minister", "the French leader"),
 * preferring the person currently in focus when several fit ("the minister" after two ministers
 * were named), and pronouns take the person in focus: the subject of the latest citation.
 */
import type { Speaker } from './quote-types.ts';
import type { Mention } from './mentions.ts';
import { slugifyName, slugOf, slugWords, nameWords, foldDiacritics } from './speaker-identity.ts';
import { countryOf, isDemonym, US_STATES } from './world-knowledge.ts';
import { GENERIC_ROLES } from './people-titles.ts';
import { genderOf, genderOfWord, type Gender } from './gender.ts';
import { nearSurname, SurnameShapes } from './surname-typos.ts';
import { DESCRIPTIVE_ED } from './word-class.ts';
import { NOT_IN_DESCRIPTIONS, NOT_FIRST_IN_DESCRIPTIONS, NAME_QUANTIFIERS, MONTHS } from './lexicon.ts';
import { endsPluralPossessive, endsPossessiveS, isApostropheCode } from './possessives.ts';
import { BoundedMemo } from './bounded-memo.ts';
import { SpeakerRecord } from './article-records.ts';

/** A class, not a literal: V8 pretenures a literal's site after a long text (article-records.ts, docs/decisions/0021). */
export class Entity {
  speaker: Speaker;
  words: string[];
  /** Folded lower-case description words, for role matching. */
  descWords: Set<string>;
  lastSeen: number;
  /** Where the article first named them. */
  introduced: number;
  /** Gender learnt from a pronoun that referred to them, when name and description say nothing. */
  heardAs: Gender | undefined;
  /** Named in full below the headline line ("Understated Perez" in a headline is no one's name). */
  namedInBody: boolean;
  /** What words and descWords say of their gender (genderOfEntity), once asked; undefined until then and after either changes. */
  ownGender: Gender | null | undefined;

  /** Named `speaker` (and in `words`) at offset `at`, first heard there. */
  constructor(speaker: Speaker, words: string[], at: number) {
    this.speaker = speaker;
    this.words = words;
    this.descWords = NO_DESCRIPTION_WORDS;
    this.lastSeen = at;
    this.introduced = at;
    // (present from the start: fields added later give entities four shapes, and every loop over them megamorphic loads)
    this.heardAs = undefined;
    this.namedInBody = false;
    this.ownGender = undefined;
  }
}

/**
 * genderOf(e.words, e.descWords), worked out once per change of either: pronouns and role nouns ask
 * it of the person in focus and of each recent person, sentence after sentence.
 */
export function genderOfEntity(e: Entity): Gender | null {
  if (e.ownGender === undefined) e.ownGender = genderOf(e.words, e.descWords);
  return e.ownGender;
}

function stripPossessive(name: string): string {
  // (most names end in neither: skip the regexes)
  const last = name.charCodeAt(name.length - 1);
  if (last !== 115 && !isApostropheCode(last)) return name;
  // (the two end-anchored replaces by char codes: /['’]s$/ off, then /s['’]$/ to "s")
  let n = name.length;
  if (endsPossessiveS(name)) n -= 2;
  if (endsPluralPossessive(name, 0, n)) n -= 1;
  return n === name.length ? name : name.slice(0, n);
}

/**
 * Abbreviated titles and the role nouns that refer back to them ("Sen. Tim Kaine" … "the senator").
 * A Map, not an object's keys: a description word such as "constructor" would read Object's own
 * property (and throw), and a word read as a key is first looked up in V8's string table.
 */
const TITLE_ROLES = new Map<string, string[]>(Object.entries({
  sen: ['senator', 'lawmaker'],
  rep: ['representative', 'congressman', 'congresswoman', 'lawmaker'],
  gov: ['governor'],
  lt: ['lieutenant'],
  pres: ['president'],
  gen: ['general'],
  adm: ['admiral'],
  atty: ['attorney'],
  amb: ['ambassador'],
  sec: ['secretary'],
  supt: ['superintendent'],
  rev: ['reverend', 'pastor', 'minister'],
  sgt: ['sergeant'],
  cmdr: ['commander'],
  col: ['colonel'],
  capt: ['captain'],
  congressman: ['lawmaker'],
  congresswoman: ['lawmaker'],
  senator: ['lawmaker'],
}));

function descWordsOf(description: string | null): Set<string> {
  const out = new Set<string>();
  if (!description) return out;
  // (nameWords without its memo: a description is read once, by readDescription's memo, and its
  // possessive-free text is a new string no other question asks about)
  for (const w of slugWords(slugOf(description.replace(/['’]s\b/g, '')))) {
    out.add(w);
    const roles = TITLE_ROLES.get(w);
    if (roles) for (const r of roles) out.add(r);
  }
  // a country named in the description lends its demonym ("Poland's top diplomat" is Polish)
  for (const w of description.split(/\s+/)) {
    const c = countryOf(stripPossessive(w));
    if (c) out.add(slugifyName(c.demonym));
  }
  return out;
}

const DESCRIPTIVE_ING = new Set(['acting', 'ranking', 'outgoing', 'incoming', 'leading', 'founding', 'managing', 'presiding', 'sitting', 'governing', 'ruling', 'reigning', 'visiting', 'consulting', 'contributing', 'supervising', 'longstanding', 'polling']);
const NOT_ADVERBS = new Set(['family', 'daily', 'weekly', 'monthly', 'quarterly', 'italy', 'ally', 'rally', 'early', 'elderly', 'sally', 'holly', 'kelly', 'molly', 'nelly', 'wally', 'billy', 'emily', 'lily', 'beverly', 'assembly', 'anomaly', 'monopoly']);

const MARKS_IN_DESCRIPTION = /[.,;:()"“”]/;
const MARKS_IN_DESCRIPTION_ALL = /[.,;:()"“”]/g;

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A description is a title or role ("Italian Defense Minister", "law professor"), not a clause ("groups granted"). */
function plausibleDescription(d: string): boolean {
  const parts = d.split(/\s+/);
  for (let i = 0; i < parts.length; i++) {
    const raw = parts[i];
    const lower = raw.toLowerCase();
    // (most words hold none of the marks: no replace, no new string)
    const w = MARKS_IN_DESCRIPTION.test(lower) ? lower.replace(MARKS_IN_DESCRIPTION_ALL, '') : lower;
    if (!w) continue;
    // "Following Monday’s debate", "typically", "2017": an adverbial, not how someone is introduced
    if (i === 0 && (w.endsWith('ing') && !DESCRIPTIVE_ING.has(w))) return false;
    if (i === 0 && NOT_FIRST_IN_DESCRIPTIONS.has(w)) return false;
    if (isDigitCode(w.charCodeAt(0)) && /^\d+$/.test(w)) return false;
    if (w.length > 4 && w.endsWith('ly') && !NOT_ADVERBS.has(w)) return false;
    if (NOT_IN_DESCRIPTIONS.has(w)) return false;
    if (w.endsWith('ed') && !DESCRIPTIVE_ED.has(w) && raw[0] === raw[0].toLowerCase()) return false;
    if (w.endsWith('ing') && !DESCRIPTIVE_ING.has(w) && raw[0] === raw[0].toLowerCase()) return false;
  }
  return true;
}

/** Words that are never a speaker's name, however they are capitalised. */
const NEVER_NAMES = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'me', 'his', 'its', 'their', 'lest', 'nonetheless', 'nevertheless', 'moreover', 'furthermore', 'thus', 'hence', 'likewise', 'otherwise', 'meanwhile', 'instead', 'indeed', 'however', 'therefore', 'still', 'yet', 'also', 'perhaps', 'maybe', 'ultimately', 'finally', 'first', 'second', 'third', 'then', 'now', 'today', 'yesterday', 'tomorrow', 'that', 'this', 'there', 'here', 'what', 'which', 'who', 'well', 'yes', 'oh', 'okay', 'ok', 'sure', 'please', 'thanks', 'so', 'nobody', 'somebody', 'someone', 'anyone', 'anybody', 'everyone', 'everybody', 'none', 'another', 'one', 'others', 'something', 'nothing', 'everything', 'theyre', 'youre', 'hes', 'shes', 'wait', 'look', 'listen', 'imagine', 'remember', 'conversely', 'similarly', 'clearly', 'surely', 'already']);

/** "interestingly", "reportedly", "finally": adverbs by their ending (not names such as Kimberly or Kelly). */
const ADVERB_ENDING = /^[a-z]{2,}(?:ingly|edly|ally|ously|ately|ively|ently|antly|ably|ibly|fully|lessly)$/;

/** ADVERB_ENDING's test, the regex only tried on words ending in "ly" (most names do not). */
function hasAdverbEnding(w: string): boolean {
  return w.endsWith('ly') && ADVERB_ENDING.test(w);
}

/** Whether a person may be referred to with a word of gender g: their gender is g or unknown. */
function agrees(e: Entity, g: Gender): boolean {
  const own = genderOfEntity(e) ?? e.heardAs ?? null;
  return own === null || own === g;
}

/**
 * "Cruz" in an article that names Ted Cruz and, later, his wife Heidi Cruz: a bare surname is the
 * namesake the article introduced first (news style names later namesakes in full or by first
 * name), unless the first has long left the story (a live blog's next item): then the most recent.
 * Only names that look like a first and last name take part; else the most recent, as before.
 * `people` are those sharing the surname, a list in the order they were introduced.
 */
function bySurname(people: People | undefined, at: number, namesakeOf: (list: readonly Entity[]) => Entity | null): Entity | null {
  if (people === undefined) return null;
  const latest = latestSeen(people);
  if (!Array.isArray(people)) return latest;
  const first = namesakeOf(people);
  if (!first) return latest;
  // the first-introduced, while the story still speaks of them; after a long silence the most recent
  return at - first.lastSeen <= SURNAME_GAP ? first : latest;
}

/** The first of the first two proper namesakes in `list` (the first two are all that counts), null when it has fewer than two. */
function firstOfTwoNamesakes(list: readonly Entity[]): Entity | null {
  let first: Entity | null = null;
  for (const e of list) {
    if (!properNamesake(e, list)) continue;
    if (first) return first;
    first = e;
  }
  return null;
}

const MONTH_NAMES = new Set(MONTHS);

function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/**
 * A first and last name, not a headline's run: named in full below the headline, not a shorter
 * namesake with a word glued before it ("Calls Hillary Clinton"), no month, title-like capitals or hyphenated word first ("June Trump",
 * "AG Mukasey", "Oscar-winner Sarandon"), and two words (initials aside) or a known first name.
 */
function properNamesake(e: Entity, list: readonly Entity[]): boolean {
  if (!e.namedInBody || MONTH_NAMES.has(e.words[0])) return false;
  const name = e.speaker.name;
  const space = name.indexOf(' ');
  const first = space < 0 ? name : name.slice(0, space);
  if (first.includes('-') || (first.length > 1 && !isAsciiLower(first.charCodeAt(1)) && /^\p{Lu}{2,}$/u.test(first))) return false;
  // a shorter namesake whose words end this name
  const words = e.words;
  for (const o of list) {
    if (o === e || o.words.length >= words.length) continue;
    const off = words.length - o.words.length;
    let k = 0;
    while (k < o.words.length && o.words[k] === words[off + k]) k++;
    if (k === o.words.length) return false;
  }
  return e.words.filter((w) => w.length > 1).length === 2 || genderOf(e.words, []) !== null;
}

/**
 * Where a short first line (a headline: "Understated Perez raises political profile.") ends: its
 * capitalised runs glue headline words to names, so namesakes are told apart by the body's names
 * only. 0 when the text is one line or starts with a long paragraph.
 */
export function headlineEnd(text: string): number {
  const end = text.indexOf('\n');
  return end > 0 && end <= 150 && /\S/.test(text.slice(end)) ? end : 0;
}

/** Characters of text without a mention after which a person has left the story. */
const SURNAME_GAP = 2000;

/** Heads of descriptions that stand for someone the text does not name ("the spokesman", "the official"). */
const UNNAMED_HEADS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'aide', 'source', 'sources', 'adviser', 'advisor', 'lawyer', 'attorney', 'representative', 'staffer', 'person', 'man', 'woman', 'witness', 'resident', 'voter', 'reporter', 'analyst', 'expert', 'officer', 'employee', 'worker', 'member', 'friend', 'neighbor', 'neighbour', 'relative', 'student', 'teacher', 'doctor', 'police']);

/**
 * "Mike Pence says … The Indiana governor said …": news style names a person, then refers to them
 * by a description the article never gave them. A definite description with a qualifier (a place,
 * a party, "former") that fits no one described so is the person in focus, when what
 * the article says of them does not contradict it: no other role in their description, and a
 * gendered head ("mother") agrees. Descriptions of people left unnamed ("the spokesman") never are.
 */
/** Words that single out one person: a place, a party, a time in office ("Vermont", "Democratic", "former"). */
const QUALIFIERS = new Set(['former', 'current', 'longtime', 'outgoing', 'incoming', 'democratic', 'republican', 'gop', 'presidential', 'independent', 'libertarian']);

function qualifies(w: string, next: string | undefined): boolean {
  return QUALIFIERS.has(w) || US_STATES.has(w) || (next !== undefined && US_STATES.has(`${w}-${next}`)) || isDemonym(w) || countryOf(w) !== null;
}

function variesName(m: Mention, focus: Entity): boolean {
  if (!m.definite || focus.speaker.type !== 'person' || UNNAMED_HEADS.has(m.head)) return false;
  if (!m.modifiers.some((w, i) => qualifies(w, m.modifiers[i + 1]))) return false;
  const g = genderOfWord(m.head);
  if (g && !agrees(focus, g)) return false;
  return focus.descWords.size === 0 || focus.descWords.has(m.head);
}

/**
 * The people filed under one word: most words name one person, kept as is; a list (in the order
 * introduced, two or more) only from the second. (No array of one per word: V8 pretenures an array
 * literal's site once a long text keeps many alive, and then every entity stored in one; see
 * docs/decisions/0021.)
 */
type People = Entity | Entity[];

/** Copied to start a list of people: a copy has no allocation site for V8 to pretenure. Never changed. */
const NO_PEOPLE: readonly Entity[] = [];

/** The latest-introduced of people. */
function lastOf(people: People): Entity {
  return Array.isArray(people) ? people[people.length - 1] : people;
}

/** Of people, the one seen last (the earliest-introduced of those seen at the same place). */
function latestSeen(people: People): Entity {
  if (!Array.isArray(people)) return people;
  let latest = people[0];
  for (const e of people) if (e.lastSeen > latest.lastSeen) latest = e;
  return latest;
}

/**
 * Adds e to the people under key (a list keeps the 16 latest sharing a word: lookups stay bounded
 * on any input); the list it was added to, null when e is the first.
 */
function addPerson(map: Map<string, People>, key: string, e: Entity): Entity[] | null {
  const people = map.get(key);
  if (people === undefined) {
    map.set(key, e);
    return null;
  }
  if (!Array.isArray(people)) {
    // (an empty array copied, not a literal [people, e]: see People; Array.of is several times slower)
    const list = NO_PEOPLE.slice();
    list.push(people, e);
    map.set(key, list);
    return null;
  }
  if (people.length >= 16) people.shift();
  people.push(e);
  return people;
}

/** What a written name says by itself (null: no name at all), as fromName reads it. */
type NameFacts = {
  /** The name without a possessive ending or an opening quantifier or adverb ("Several Cruz" → "Cruz"). */
  name: string;
  words: string[];
  /**
   * words' length, first and last word, read by fromName and the indexes from the facts themselves:
   * a name first met in an article is a cold object, and its words array and that array's elements
   * two more dependent cache misses before the word.
   */
  wordCount: number;
  firstWord: string;
  lastWord: string;
  id: string;
  /** An opening quantifier or adverb was cut off. */
  cut: boolean;
  /** One word that is never a name ("He", "However", "Several"). */
  neverName: boolean;
  /** One word of at least six letters ending in "ed" ("Chastened"). */
  pastParticiple: boolean;
  country: ReturnType<typeof countryOf>;
} | null;

/** A pure function of the written name: fromName's tests that need no registry. */
function nameFacts(written: string): NameFacts {
  let name = stripPossessive(written.trim());
  if (!name) return null;
  // (nameWords(name) is its slug's words: the slug is worked out once, with no entry in nameWords'
  // or slugifyName's memo, since these facts are memoized themselves)
  let id = slugOf(name);
  if (id === '') return null;
  let words = slugWords(id);
  let cut = false;
  if (words.length > 1 && (NAME_QUANTIFIERS.has(words[0]) || hasAdverbEnding(words[0]))) {
    name = name.slice(name.search(/\s/) + 1).trim();
    words = words.slice(1);
    id = slugOf(name);
    cut = true;
  }
  const one = words.length === 1;
  const neverName = one && (NEVER_NAMES.has(words[0]) || NAME_QUANTIFIERS.has(words[0]) || hasAdverbEnding(words[0]));
  const pastParticiple = one && words[0].length >= 6 && words[0].endsWith('ed');
  return { name, words, wordCount: words.length, firstWord: words[0], lastWord: words[words.length - 1], id, cut, neverName, pastParticiple, country: countryOf(name) };
}

/**
 * What each written name says by itself, worked out once: a bounded memo of a pure function (the
 * facts are never changed once made, so registries share them), kept across articles because names
 * recur across articles as well as within one (each article's registry is new).
 */
const NAME_FACTS = new BoundedMemo(nameFacts, 50000);

function factsOf(written: string): NameFacts {
  return NAME_FACTS.get(written);
}

/** The description words of an entity the article has not described: one shared set, never changed (setDescription replaces it). */
const NO_DESCRIPTION_WORDS: Set<string> = new Set();

/** A description as it reads: its trimmed text and folded words, or null when it is no plausible description. */
type ReadDescription = { text: string; words: Set<string> } | null;

/** Each description read once: a bounded memo of a pure function, as NAME_FACTS (entities share the word sets, never changed). */
const DESCRIPTIONS = new BoundedMemo(readDescriptionOnce);

function readDescription(description: string): ReadDescription {
  return DESCRIPTIONS.get(description);
}

function readDescriptionOnce(description: string): ReadDescription {
  const t = description.trim();
  // (/,$/ by its char code: an end-anchored regex is tried at every position)
  const d = t.charCodeAt(t.length - 1) === 44 ? t.slice(0, -1) : t;
  return d && plausibleDescription(d) ? { text: d, words: descWordsOf(d) } : null;
}

/** How many surnames nearSurname compares one by one before the registry indexes them by shape. */
const SHAPED_SURNAMES = 64;

export class EntityRegistry {
  /** Where the text's Title-Case first line (a headline) ends, 0 when there is none. */
  private readonly headlineEnd: number;
  constructor(headlineEnd = 0) {
    this.headlineEnd = headlineEnd;
  }

  private byId = new Map<string, Entity>();
  /** The person in focus: subject of the latest citation or sentence. */
  focusPerson: Entity | null = null;
  focusOrg: Entity | null = null;

  /** Indexes so lookups stay constant-time however long the text: persons by last and first word, one-word persons. */
  private byLast = new Map<string, People>();
  private byFirst = new Map<string, People>();
  /** The keys of byLast by shape, for nearSurname: made only when byLast grows past SHAPED_SURNAMES (most articles introduce a dozen, cheaper to compare one by one). */
  private surnames: SurnameShapes | null = null;
  private single = new Map<string, Entity>();
  /** Touch log, newest last: role lookups scan only the recent part. */
  private recent: Entity[] = [];

  private touch(e: Entity, at: number): Entity {
    e.lastSeen = at;
    // most recent last, each entity once, at most 64: role lookups stay constant-time
    const r = this.recent;
    const n = r.length;
    if (n === 0 || r[n - 1] !== e) {
      // moved to the end in place (splice and shift would allocate or move the whole array)
      // (from the end: an entity touched again was most likely touched lately; each is there once;
      // a loop, not lastIndexOf: the builtin's call costs more than the few places it reads)
      let i = n - 2;
      while (i >= 0 && r[i] !== e) i--;
      this.putLast(e, i);
    }
    return e;
  }

  /** touch for an entity just made (its lastSeen is already `at`): it is in no place of the log yet, so none is searched for. */
  private touchNew(e: Entity): Entity {
    this.putLast(e, -1);
    return e;
  }

  /** Puts e last in the touch log from its place i there (-1: not in it; the oldest goes when the log is full), those after i moving up one. */
  private putLast(e: Entity, i: number): void {
    const r = this.recent;
    const n = r.length;
    if (i < 0 && n < 64) {
      r.push(e);
      return;
    }
    if (i < 0) i = 0; // full: the oldest goes
    for (; i < n - 1; i++) r[i] = r[i + 1];
    r[n - 1] = e;
  }

  /** Files a person under their words: f is the facts of the name they are known by (e.words is f.words). */
  private index(e: Entity, f: NonNullable<NameFacts>): void {
    if (e.speaker.type !== 'person') return;
    if (f.wordCount === 1) {
      this.single.set(f.firstWord, e);
      return;
    }
    const last = f.lastWord;
    const first = f.firstWord;
    if (this.surnames && !this.byLast.has(last)) this.surnames.add(last);
    // the list changed: its first of two namesakes is worked out again when next asked
    // (an empty map is not asked: most articles never ask for namesakes, and a new list has no identity hash yet)
    const list = addPerson(this.byLast, last, e);
    if (list !== null && this.namesakes.size !== 0) this.namesakes.delete(list);
    if (f.wordCount === 2) addPerson(this.byFirst, first, e);
  }

  /** Register or find the entity a name mention refers to. `strong` allows creating one-word people. */
  fromName(m: Mention, at: number, strong: boolean): Entity | null {
    const f = factsOf(m.name);
    if (f === null) return null;
    const { name, words, id, wordCount, firstWord } = f;
    // "Several Cruz associates", "Interestingly Blocher": a quantifier or adverb capitalised at a
    // sentence's start is no part of the name; what is left only finds someone already named
    if (f.cut && wordCount === 1 && !this.byId.has(id) && !this.byLast.has(firstWord) && !this.byFirst.has(firstWord)) return null;
    if (f.neverName) return null;
    // "Jordan" is Jim Jordan when the article has named him, not the country
    if (m.type === 'organization' && wordCount === 1 && f.country) {
      const people = this.byLast.get(firstWord);
      if (people !== undefined) return this.touch(lastOf(people), at);
    }
    // a lone capitalised past participle opening a sentence ("Chastened, …") is no one's name
    if (m.type === 'person' && f.pastParticiple && !m.titled && !this.byLast.has(firstWord) && !this.single.has(firstWord)) return null;
    const same = this.byId.get(id);
    if (same) {
      // a fuller introduction refines the description ("Gov." → "Republican vice-presidential nominee Gov.")
      // (the mention first: most have no description, and the speaker is another object)
      if (m.description) {
        const d = same.speaker.description;
        if (!d || (m.description.length > d.length && m.description.endsWith(d))) this.setDescription(same, m.description);
      }
      this.noteFullName(same, at);
      return this.touch(same, at);
    }
    if (m.type === 'person') {
      if (wordCount === 1) {
        // a surname of someone already named: of namesakes, the one the article introduced first;
        // a first name: the most recent one
        let best: Entity | null = bySurname(this.byLast.get(firstWord), at, this.namesakeOf);
        if (!best) {
          const people = this.byFirst.get(firstWord);
          if (people !== undefined) best = latestSeen(people);
        }
        // "McLenney" after "Tyresha McClenney": a surname misspelt (only for a new, untitled word)
        if (!best && !m.titled && !this.single.has(firstWord)) best = nearSurname(firstWord, this.byLast, this.surnameShapes());
        if (best) {
          if (!best.speaker.description && m.description) this.setDescription(best, m.description);
          return this.touch(best, at);
        }
        if (!strong && !m.titled) return null;
      } else {
        // a fuller name for someone first met by surname only: upgrade them
        const last = f.lastWord;
        // (most articles' full names come before any lone surname: an empty map is not asked)
        const e = this.single.size !== 0 ? this.single.get(last) : undefined;
        if (e && e.speaker.type === 'person') {
          this.single.delete(last);
          this.byId.delete(e.speaker.id);
          e.speaker.id = id;
          e.speaker.name = name;
          e.words = words;
          e.ownGender = undefined;
          if (!e.speaker.description && m.description) this.setDescription(e, m.description);
          this.byId.set(id, e);
          this.noteFullNameBeforeIndex(e, at, f);
          this.index(e, f);
          return this.touch(e, at);
        }
      }
    }
    const e = new Entity(new SpeakerRecord(id, name, m.type, null), words, at);
    if (m.description) this.setDescription(e, m.description);
    else if (m.type === 'organization' && f.country?.country === name) {
      e.speaker.description = `${f.country.demonym} government`;
    }
    this.byId.set(id, e);
    this.noteFullNameBeforeIndex(e, at, f);
    this.index(e, f);
    return this.touchNew(e);
  }

  /** The surnames by shape once byLast holds more than SHAPED_SURNAMES, null before (nearSurname compares each). */
  private surnameShapes(): SurnameShapes | null {
    if (this.surnames === null && this.byLast.size > SHAPED_SURNAMES) {
      this.surnames = new SurnameShapes();
      for (const last of this.byLast.keys()) this.surnames.add(last);
    }
    return this.surnames;
  }

  /** A full name below the headline: the person takes part when namesakes share a bare surname. */
  private noteFullName(e: Entity, at: number): void {
    // (the flag first: it is on the entity, read already, where the words array is another object)
    if (!e.namedInBody && at >= this.headlineEnd && e.words.length > 1) {
      e.namedInBody = true;
      // a person named in full now takes part among the namesakes of their surname
      const list = this.byLast.get(e.words[e.words.length - 1]);
      if (Array.isArray(list) && this.namesakes.size !== 0) this.namesakes.delete(list);
    }
  }

  /**
   * noteFullName for an entity index() files next: a person's surname list is the one index adds
   * them to and drops the namesakes of, so the lookup here would find the same list (12,000 a pass).
   */
  private noteFullNameBeforeIndex(e: Entity, at: number, f: NonNullable<NameFacts>): void {
    if (e.speaker.type !== 'person') this.noteFullName(e, at);
    else if (at >= this.headlineEnd && f.wordCount > 1) e.namedInBody = true;
  }

  /**
   * Per list of people sharing a surname (byLast), its first of two proper namesakes (bySurname):
   * a bare surname is looked up far more often than the list or its members' naming change, and a
   * long text gathers many namesakes (each test compares each with the others). Dropped on change.
   */
  private readonly namesakes = new Map<readonly Entity[], Entity | null>();

  private readonly namesakeOf = (list: readonly Entity[]): Entity | null => {
    let first = this.namesakes.get(list);
    if (first === undefined) {
      first = firstOfTwoNamesakes(list);
      this.namesakes.set(list, first);
    }
    return first;
  };

  private setDescription(e: Entity, description: string): void {
    const read = readDescription(description);
    if (!read) return;
    e.speaker.description = read.text;
    e.descWords = read.words;
    e.ownGender = undefined;
  }

  /** Whether a one- or many-word name matches a person already registered. */
  knows(name: string): boolean {
    const words = nameWords(name);
    if (words.length === 0) return false;
    // (a one-word name's slug is its one word: no second memo lookup of the name)
    const same = this.byId.get(words.length === 1 ? words[0] : slugifyName(name));
    if (same) return same.speaker.type === 'person';
    return words.length === 1 && (this.byLast.has(words[0]) || this.single.has(words[0]));
  }

  /** Add an appositive description ("David Wasserman, House editor for …") to an entity lacking one. */
  describe(e: Entity, description: string): void {
    if (!e.speaker.description) this.setDescription(e, description);
  }

  /** "the minister", "the French leader", "the pope": the person in focus if they fit, else the latest who fits. */
  fromRole(m: Mention, at: number): Entity | null {
    const head = m.head;
    // what depends only on the mention is worked out once, not once per candidate
    const mods: string[] = [];
    for (const w of m.modifiers) if (w !== 'the' && w !== 'this' && w !== 'former' && w !== 'top' && w !== 'senior') mods.push(foldDiacritics(w));
    const g = genderOfWord(head);
    const generic = GENERIC_ROLES.has(head);
    const plural = head + 's';
    const fits = (e: Entity): boolean => {
      if (e.speaker.type !== 'person') return false;
      const d = e.descWords;
      const n = e.words;
      if (g && !agrees(e, g)) return false;
      // (most entities have no description words: an empty set is not asked, so `plural`, a new string, is not hashed)
      const headOk = (d.size > 0 && (d.has(head) || d.has(plural))) || (head === 'pontiff' && n[0] === 'pope') || n[0] === head || (generic && d.size > 0);
      if (!headOk) return false;
      for (const f of mods) if (!d.has(f)) return false;
      return true;
    };
    if (this.focusPerson && fits(this.focusPerson)) return this.touch(this.focusPerson, at);
    // the most recently mentioned person who fits, looking back over a bounded window
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const e = this.recent[i];
      if (fits(e)) return this.touch(e, at);
    }
    const f = this.focusPerson;
    return f && variesName(m, f) ? this.touch(f, at) : null;
  }

  /** he/she: the person in focus; it: the organisation in focus. They/we/I/you: no one. */
  fromPronoun(m: Mention, at: number): Entity | null {
    if (m.head === 'he' || m.head === 'she' || m.head === 'him' || m.head === 'her') {
      const want: Gender = m.head === 'he' || m.head === 'him' ? 'm' : 'f';
      const focus = this.focusPerson;
      if (!focus) return null;
      if (agrees(focus, want)) {
        // "Obama … he said": remember it, so a later "she" looks elsewhere
        if (!focus.heardAs) focus.heardAs = want;
        return this.touch(focus, at);
      }
      // "Sanders … Clinton spoke. He said …": the person in focus is known to be of the other
      // gender, so the latest person who agrees, else no one (never a wrong guess)
      // (someone known to agree first: a name of unknown gender may be no person at all)
      let fallback: Entity | null = null;
      for (let i = this.recent.length - 1; i >= 0; i--) {
        const e = this.recent[i];
        if (e.speaker.type !== 'person' || e === focus) continue;
        const g = genderOfEntity(e) ?? e.heardAs ?? null;
        if (g === want) return this.touch(e, at);
        if (!g && !fallback) fallback = e;
      }
      return fallback ? this.touch(fallback, at) : null;
    }
    if (m.head === 'it') return this.focusOrg ? this.touch(this.focusOrg, at) : null;
    return null;
  }

  /** The person the text names in full for the first time latest in [from, to), if any (over the bounded recent window). */
  introducedPerson(from: number, to: number): Entity | null {
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const e = this.recent[i];
      // a known first name or a description says it is a person, not a place or a law ("Mexico City")
      // (where they were introduced first: most of the window was introduced long before, and it is read off the entity itself)
      if (e.introduced >= from && e.introduced < to && e.speaker.type === 'person' && e.words.length > 1 && (e.speaker.description || genderOfEntity(e))) return e;
    }
    return null;
  }

  /** The most recently mentioned organisation that fits, over the bounded recent window (body-references.ts). */
  recentOrganization(fits: (e: Entity) => boolean): Entity | null {
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const e = this.recent[i];
      if (e.speaker.type === 'organization' && fits(e)) return e;
    }
    return null;
  }

  resolve(m: Mention, at: number, strong: boolean): Entity | null {
    switch (m.kind) {
      case 'name':
        return this.fromName(m, at, strong);
      case 'role':
        return this.fromRole(m, at);
      case 'pronoun':
        return this.fromPronoun(m, at);
      default:
        return null;
    }
  }

  focus(e: Entity | null): void {
    if (!e) return;
    if (e.speaker.type === 'person') this.focusPerson = e;
    else this.focusOrg = e;
  }
}
