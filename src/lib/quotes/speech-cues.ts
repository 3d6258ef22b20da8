/**
 * Cues: the verbs and phrases that cite someone ("said", "told", "warned", "according to",
 * "dismissed … as"). General English knowledge, not fitted to any article. Each base verb is
 * expanded into its inflected forms so lookup is one Set probe per word.
 */
import type { Token } from './tokens.ts';
import { CUE_TRIGGER } from './word-bits.ts';
import { POSSESSIVE_DETERMINERS } from './lexicon.ts';

/** Regular speech verbs (base forms); inflections are generated. */
const REGULAR = [
  'comment',
  // "“…,” Hannity started.": cites only right beside a quote (see WEAK_ONLY in cues.ts)
  'start',
  'rule',
  'fire',
  'chant',
  'report',
  'refer',
  'defend',
  'add',
  'state',
  'warn',
  'note',
  'claim',
  'argue',
  'insist',
  'explain',
  'declare',
  'announce',
  'tweet',
  'ask',
  'reply',
  'respond',
  'answer',
  'continue',
  'acknowledge',
  'admit',
  'suggest',
  'contend',
  'maintain',
  'predict',
  'promise',
  'vow',
  'pledge',
  'urge',
  'call',
  'describe',
  'portray',
  'list',
  'hope',
  'depict',
  'dub',
  'liken',
  'compare',
  'laud',
  'exhort',
  'grouse',
  'affirm',
  'bellow',
  'holler',
  'gripe',
  'posit',
  'theorize',
  'intone',
  'aver',
  'avow',
  'pontificate',
  'reassure',
  'confide',
  'profess',
  'berate',
  'chastise',
  'castigate',
  'assail',
  'heckle',
  'stammer',
  'stutter',
  'inquire',
  'enquire',
  'rebut',
  'refute',
  'chuckle',
  'attest',
  'disagree',
  'sputter',
  'snarl',
  'groan',
  'moan',
  'react',
  'reference',
  'label',
  'brand',
  'dismiss',
  'praise',
  'criticize',
  'criticise',
  'blast',
  'slam',
  'accuse',
  'deny',
  'recall',
  'complain',
  'boast',
  'joke',
  'quip',
  'concede',
  'assert',
  'report',
  'testify',
  'emphasize',
  'emphasise',
  'stress',
  'observe',
  'remark',
  'shout',
  'yell',
  'scream',
  'demand',
  'wonder',
  'conclude',
  'agree',
  'exclaim',
  'mock',
  'post',
  'confirm',
  'allege',
  'lament',
  'cite',
  'reiterate',
  'counter',
  'retort',
  'recount',
  'reveal',
  'caution',
  'charge',
  'proclaim',
  'propose',
  'recommend',
  'threaten',
  'whisper',
  'muse',
  'opine',
  'hail',
  'tout',
  'decry',
  'denounce',
  'condemn',
  'thank',
  'apologize',
  'apologise',
  'plead',
  'question',
  'tease',
  'scoff',
  'attack',
  'echo',
  'concur',
  'characterize',
  'characterise',
  'estimate',
  'believe',
  'instruct',
  'order',
  'command',
  'mention',
  'inform',
  'assure',
  'advise',
  'brag',
  'grumble',
  'implore',
  'quote',
  'insinuate',
  'interject',
  'jest',
  'sneer',
  'snap',
  'gush',
  'rave',
  'lash',
  'rip',
  'knock',
  'ridicule',
  'deride',
  'disparage',
  'dispute',
  'reject',
  'rebuke',
  'chide',
  'scold',
  'applaud',
  'commend',
  'congratulate',
  'welcome',
  'pronounce',
  'predicate',
  'forecast',
  'summarize',
  'summarise',
  'clarify',
  'elaborate',
  'highlight',
  'underscore',
  'point',
  'tell',
  'email',
  'text',
  'message',
  'pray',
  'preach',
  'speculate',
  'surmise',
  'acknowledge',
  'boom',
  'rail',
  'fume',
  'protest',
  'object',
  'demur',
  'hint',
  'signal',
  'indicate',
  'acclaim',
  'stipulate',
  'specify',
  'narrate',
  'relate',
  'convey',
  'assess',
  'disclose',
  'divulge',
  'publish',
  'print',
  'headline',
  'complain',
  'whine',
  'cry',
  'sob',
  'laugh',
  'murmur',
  'mutter',
  'growl',
  'bark',
  'roar',
  'thunder',
  'volunteer',
  'offer',
  'rate',
  'dub',
  'nickname',
  'imply',
  'talk',
  'bemoan',
  'beam',
  'credit',
  'blame',
  'remember',
  'press',
  'ponder',
  'riff',
  'reprise',
  'chime',
  'deadpan',
  'marvel',
  'recognize',
  'lecture',
  'vent',
  'sum',
  'jab',
  'taunt',
  'insult',
  'praise',
  'salute',
  'argue',
  'contradict',
  'recite',
  'repeat',
  'sigh',
  'wail',
  'rejoice',
  'blurt',
  'opine',
  'phrase',
  'word',
  'confess',
  'retaliate',
];

/** Irregular verbs: every form listed. */
const IRREGULAR = [
  'say',
  'says',
  'said',
  'saying',
  'tell',
  'tells',
  'told',
  'telling',
  'write',
  'writes',
  'wrote',
  'written',
  'writing',
  'think',
  'thinks',
  'thought',
  'thinking',
  'speak',
  'speaks',
  'spoke',
  'speaking',
  'sing',
  'sings',
  'sang',
  'singing',
  'read',
  'reads',
  'reading',
  'feel',
  'feels',
  'felt',
  'swear',
  'swears',
  'swore',
  'sworn',
  'forecasts',
  'retweet',
  'put',
  'puts',
  'putting',
  'go',
  'goes',
  'went',
  'gone',
  'going',
  'shoot',
  'shoots',
  'shot',
  'hit',
  'hits',
  'retweets',
  'retweeted',
  'retweeting',
];

/** Verbs that need a particle to cite ("pointed out", "called for"), or that are too ambiguous alone. */
// a Map, not an object: looked up by a word from the text, which may be "constructor"
const NEEDS_PARTICLE = new Map<string, string[]>(Object.entries({
  point: ['out', 'to'],
  speak: ['of', 'about', 'out'],
  lash: ['out'],
  rail: ['against'],
  sign: ['off'],
  sum: ['up'],
  put: ['it'],
  go: ['after', 'on'],
  shoot: ['back'],
  fire: ['back'],
  hit: ['back'],
  refer: ['to'],
  talk: ['about', 'of'],
  chime: ['in'],
}));

const STRESS_FINAL = new Set([
  'admit',
  'commit',
  'refer',
  'prefer',
  'rebut',
  'regret',
  'submit',
  'permit',
  'omit',
  'compel',
  'confer',
  'control',
  'patrol',
  'occur',
  'deter',
  'concur',
  'transmit',
  'allot',
  'repel',
  'propel',
]);

function inflect(base: string): string[] {
  const out = [base];
  // consonant doubling: one-syllable words ending consonant-vowel-consonant ("quip" → "quipped"), and stress-final ones
  const plain = base.replace(/^qu/, 'q');
  const syllables = (plain.match(/[aeiouy]+/g) ?? []).length;
  const doubled = STRESS_FINAL.has(base) || (syllables === 1 && /[^aeiou][aeiou][^aeiouwxy]$/.test(plain));
  const stem = doubled ? base + base[base.length - 1] : base;
  if (base.endsWith('e')) {
    out.push(base + 's', base + 'd', base.slice(0, -1) + 'ing');
  } else if (/[^aeiou]y$/.test(base)) {
    out.push(base.slice(0, -1) + 'ies', base.slice(0, -1) + 'ied', base + 'ing');
  } else if (/(?:s|x|z|ch|sh)$/.test(base)) {
    out.push(base + 'es', base + 'ed', base + 'ing');
  } else {
    out.push(base + 's', stem + 'ed', stem + 'ing');
  }
  return out;
}

/** form -> base */
const FORMS = new Map<string, string>();
for (const base of REGULAR) for (const f of inflect(base)) FORMS.set(f, base);
for (let i = 0; i < IRREGULAR.length; i++) {
  const f = IRREGULAR[i];
  if (!FORMS.has(f)) FORMS.set(f, f === 'said' || f === 'says' || f === 'saying' ? 'say' : f.replace(/(s|ing|ed)$/, ''));
}
FORMS.set('told', 'tell');
FORMS.set('puts', 'put');
FORMS.set('putting', 'put');
FORMS.set('goes', 'go');
FORMS.set('went', 'go');
FORMS.set('gone', 'go');
FORMS.set('going', 'go');
FORMS.set('shot', 'shoot');
FORMS.set('shooting', 'shoot');
FORMS.set('tells', 'tell');
FORMS.set('telling', 'tell');
FORMS.set('wrote', 'write');
FORMS.set('writes', 'write');
FORMS.set('written', 'write');
FORMS.set('writing', 'write');
FORMS.set('thought', 'think');
FORMS.set('thinks', 'think');
FORMS.set('spoke', 'speak');
FORMS.set('speaks', 'speak');
FORMS.set('speaking', 'speak');

/** Every inflected form of a verb of saying. */
export function speechForms(): Iterable<string> {
  return FORMS.keys();
}

/** Base form of a speech verb, or null. */
export function speechVerbBase(lowerWord: string): string | null {
  return FORMS.get(lowerWord) ?? null;
}

/**
 * speechVerbBase of a token's word. Every form is a cue trigger (CUE_TRIGGERS, cues.ts), so a word
 * whose token lacks the CUE_TRIGGER bit is answered without hashing it, and a trigger's answer is
 * kept by its place (Token.trigger, one per trigger word): 4,000 asks a pass, each a lookup in
 * FORMS (memory the pass has left) before.
 */
export function speechBaseOf(t: Token): string | null {
  if ((t.bits & CUE_TRIGGER) === 0) return null;
  const place = t.trigger;
  if (place === 0) return FORMS.get(t.lower) ?? null;
  // (grown by push: a packed array, as long as the trigger list at most)
  while (BASES_BY_TRIGGER.length <= place) BASES_BY_TRIGGER.push(undefined);
  let base = BASES_BY_TRIGGER[place];
  if (base === undefined) BASES_BY_TRIGGER[place] = base = FORMS.get(t.lower) ?? null;
  return base;
}

/** speechBaseOf's answers by trigger place (undefined: not asked yet). */
const BASES_BY_TRIGGER: (string | null | undefined)[] = [];

export function particleNeeded(base: string): string[] | null {
  return NEEDS_PARTICLE.get(base) ?? null;
}



/** Words just before a quote that make it a label rather than speech ("so-called “reform”", "the word “…”"). */
export const TERM_INTRODUCERS = new Set(['so-called', 'dubbed', 'nicknamed', 'titled', 'entitled', 'named', 'term', 'terms', 'word', 'phrase', 'phrases', 'slogan', 'slogans', 'hashtag', 'headline', 'headlined', 'motto', 'label', 'labelled', 'labeled', 'branded', 'billed', 'known', 'marked', 'stamped', 'captioned', 'rated', 'nickname', 'moniker', 'tagline', 'catchphrase', 'mantra']);

/** Names of works: the quote after them is a title when it is title-cased ("the film “Borderline”"), not "the show “the news show of record”". */
export const WORK_NOUNS = new Set(['banner', 'program', 'programme', 'show', 'film', 'documentary', 'book', 'song', 'album', 'series', 'segment', 'column', 'article', 'op-ed', 'editorial', 'essay', 'initiative', 'operation', 'movie', 'novel', 'memoir', 'podcast', 'episode']);

// quote-kind.ts's own lists, here so the word bits table (word-bit-table.ts) reads them without an import cycle.
/** Words before a quotation that make a title-cased one a title ("his new “…”", "hosting “…”"; quote-kind.ts). */
export const TITLE_LEFT = new Set([
  'on',
  'of',
  'in',
  'at',
  'from',
  'for',
  'with',
  'the',
  'a',
  'an',
  ...POSSESSIVE_DETERMINERS,
  'new',
  'latest',
  'upcoming',
  'annual',
  'and',
  'told',
  'tells',
  'telling',
  'watching',
  'hosting',
  'hosted',
  'starred',
  'starring',
  'episode',
  'edition',
]);

/** Nouns for a wording ("the term “…”", "a new phrase, “…”"). */
export const WORDING_NOUNS = new Set(['term', 'terms', 'phrase', 'phrases', 'word', 'words', 'slogan', 'mantra', 'catchphrase', 'label', 'moniker', 'nickname']);

/** Verbs that give a thing its name ("a film called “…”"; quote-kind.ts). */
export const NAMING_VERBS = new Set(['called', 'named', 'titled', 'entitled', 'dubbed']);
