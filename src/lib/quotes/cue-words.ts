/**
 * The open-class words of citing, as data: verbs of saying by how they behave (invertible, as often
 * nouns, weak, sound verbs), nouns of saying, the artefacts that speak for their issuer, and the
 * verbs and nouns around a cue that change its reading. Read by the cue pass (cues.ts) and by
 * attribution; general knowledge of English, nothing from any one article.
 */
import { POSSESSIVE_DETERMINERS } from './lexicon.ts';

/** NOUNISH verbs whose "-s" form is never a plural noun ("the board writes.", "she tells"). */
export const VERB_ONLY_S = new Set(['write', 'tell', 'think', 'speak', 'complain', 'ponder', 'agree', 'assure', 'advise', 'acknowledge', 'conclude', 'indicate', 'respond', 'warn', 'condemn', 'denounce', 'decry', 'ridicule', 'publish']);

/** Objects that make "declare" an act ("declare war", "declared bankruptcy"). */
export const DECLARED_ACTS = new Set(['war', 'bankruptcy', 'independence', 'martial', 'emergency', 'a', 'an', 'his', 'her', 'their', 'its']);

/** Events a participle cannot speak for ("their ninth debate saying"). */
export const EVENT_NOUNS = new Set(['debate', 'debates', 'speech', 'remarks', 'interview', 'rally', 'meeting', 'conference', 'appearance', 'event', 'session', 'hearing', 'show', 'address', 'campaign', 'day', 'week', 'night', 'morning', 'evening', 'afternoon']);

/** Participles of perception after "be" whose "-ing" complement the subject does ("is shown lecturing"). */
export const PERCEIVED = new Set(['shown', 'seen', 'caught', 'filmed', 'recorded', 'pictured', 'photographed', 'captured', 'spotted', 'heard', 'depicted']);

/** Nouns of an utterance that "came from" someone ("came shouts from the crowd", "came the reply from Lee"). */
export const UTTERANCE_NOUNS = new Set(['shouts', 'shout', 'cries', 'cry', 'chants', 'chant', 'reply', 'response', 'answer', 'retort', 'voice', 'word', 'call', 'calls', 'yells', 'screams', 'jeers', 'boos']);

/** Verbs whose object does the saying of the infinitive after it ("prompted the group to state", "leading aides to counter"). */
export const CAUSATIVES = new Set(['prompted', 'prompting', 'prompt', 'prompts', 'led', 'leading', 'lead', 'leads', 'caused', 'causing', 'spurred', 'spurring', 'pushed', 'pushing', 'forced', 'forcing', 'inspired', 'inspiring', 'moved', 'provoked', 'provoking', 'urged', 'urging', 'encouraged', 'encouraging', 'invited', 'inviting']);

/** Words that add an example to a noun phrase ("advisers like Gene Sperling"). */
export const EXAMPLE_LINKS = new Set(['like', 'including']);

/** Verbs of loud sound that cite only as a quotation's verb ("“Out!” he boomed"). */
export const SOUND_VERBS = new Set(['boom', 'thunder', 'roar', 'bark', 'sing']);

/** Verbs of saying only beside a quote or colon ("“…,” she started"); elsewhere not even a weak cue ("started the rally"). */
export const BESIDE_QUOTE_ONLY = new Set(['start']);

/** Verbs that cite only next to a quote or a colon ("“…,” he continued"); elsewhere a weak cue ("continued his remarks"). */
export const WEAK_CUES = new Set(['start', 'continue', 'react', 'remember', 'recognize', 'welcome', 'press', 'question', 'charge', 'volunteer', 'relate', 'word', 'phrase']);

/** Verbs of saying that take their subject after them ("“…,” said Caddell", "asked Smith"). */
export const INVERTIBLE = new Set([
  'say',
  'read',
  'add',
  'ask',
  'write',
  'continue',
  'explain',
  'insist',
  'reply',
  'respond',
  'argue',
  'note',
  'declare',
  'recall',
  'state',
  'warn',
  'tweet',
  'quip',
  'joke',
  'exclaim',
  'shout',
  'claim',
  'concede',
  'admit',
  'boast',
  'counter',
  'retort',
  'observe',
  'remark',
  'agree',
  'predict',
  'beam',
  'laugh',
  'muse',
  'wonder',
  'conclude',
  'caution',
  'complain',
  'whisper',
  'yell',
  'scream',
  'sigh',
  'chime',
  'gush',
  'cry',
  'report',
  'opine',
  'acknowledge',
  'answer',
  'repeat',
  'reiterate',
  'interject',
  'recount',
  'deadpan',
  'snap',
  'scoff',
  'marvel',
  'offer',
  'suggest',
  'contend',
  'maintain',
  'assert',
  'emphasize',
  'stress',
  'confirm',
  'allege',
  'plead',
  'promise',
  'vow',
  'tell',
  'remember',
  'exhort',
  'react',
  'grouse',
  'bellow',
  'holler',
  'gripe',
  'intone',
  'inquire',
  'enquire',
  'chuckle',
  'confide',
  'stammer',
  'snarl',
  'groan',
  'moan',
  'rebut',
  'aver',
  'theorize',
]);

/** Speech verbs that are as often nouns; their plain forms need a pronoun subject or a clear verb position. */
export const NOUNISH = new Set([
  'rule',
  'state',
  'report',
  'claim',
  'call',
  'post',
  'tweet',
  'remark',
  'note',
  'question',
  'answer',
  'charge',
  'thank',
  'word',
  'text',
  'quote',
  'cite',
  'echo',
  'attack',
  'protest',
  'object',
  'offer',
  'signal',
  'pledge',
  'promise',
  'vow',
  'joke',
  'demand',
  'label',
  'brand',
  'counter',
  'list',
  'praise',
  'credit',
  'blame',
  'press',
  'sum',
  'message',
  'email',
  'chant',
  'cry',
  'shout',
  'reply',
  'response',
  'respond',
  'retort',
  'quip',
  'boast',
  'gripe',
  'groan',
  'moan',
  'snarl',
  'comment',
  'warn',
  'plea',
  'phrase',
  'headline',
  'print',
  'publish',
  'rate',
  'estimate',
  'forecast',
  'guess',
  'rip',
  'knock',
  'slam',
  'blast',
  'jab',
  'snap',
  'bark',
  'roar',
  'thunder',
  'laugh',
  'sigh',
  'cry',
  'boom',
  'rail',
  'fume',
  'sob',
  'repeat',
  'insult',
  'taunt',
  'salute',
  'vent',
  'lecture',
  'reprise',
  'riff',
  'hail',
  'tout',
  'muse',
  'whisper',
  'scream',
  'yell',
  'indicate',
  'signal',
  'hint',
  'order',
  'voice',
  'sign',
  'feel',
  'read',
  'speak',
  'sing',
  'write',
  'tell',
  'think',
  'complain',
  'wonder',
  'remember',
  'recall',
  'report',
  'ponder',
  'agree',
  'question',
  'dispute',
  'reject',
  'welcome',
  'mock',
  'ridicule',
  'concern',
  'assure',
  'advise',
  'attack',
  'rebuke',
  'condemn',
  'denounce',
  'decry',
  'acknowledge',
  'conclude',
]);

/** Nouns of saying that take a possessive speaker ("Trump’s claim that …"). */
export const CUE_NOUNS = new Set([
  'claim',
  'claims',
  'statement',
  'remark',
  'remarks',
  'comment',
  'comments',
  'message',
  'warning',
  'promise',
  'pledge',
  'assertion',
  'argument',
  'suggestion',
  'words',
  'response',
  'reply',
  'tweet',
  'post',
  'letter',
  'speech',
  'call',
  'vow',
  'insistence',
  'contention',
  'charge',
  'accusation',
  'allegation',
  'prediction',
  'declaration',
  'announcement',
  'demand',
  'plea',
  'description',
  'answer',
  'admission',
  'boast',
  'quip',
  'joke',
  'question',
  'complaint',
  'criticism',
  'praise',
  'observation',
  'explanation',
  'threat',
  'retort',
  'calls',
  'warnings',
  'promises',
  'pledges',
  'demands',
  'vows',
  'complaints',
  'accusations',
  'allegations',
  'predictions',
  'assertions',
  'arguments',
  'conclusion',
  'verdict',
  'denial',
  'rebuke',
  'assurance',
  'assurances',
  'apology',
  'insults',
  'insult',
  'taunt',
  'jab',
  'swipe',
  'broadside',
  'tirade',
  'rant',
]);

/** Nouns of saying that name what they ask for with "for" ("his call for “…”"). */
export const CALL_NOUNS = new Set(['call', 'calls', 'demand', 'demands', 'plea']);

/** Nouns of saying that aim at something ("a broadside against …", "a jab at …"). */
export const ATTACK_NOUNS = new Set(['broadside', 'jab', 'swipe', 'tirade', 'rant', 'attack', 'attacks', 'criticism', 'complaint', 'complaints', 'warning', 'warnings']);

/** Nouns whose owner speaks in "by her own admission", "by his account". */
export const BY_OWN_NOUNS = new Set(['admission', 'account']);

/** Verbs whose infinitive complement is not said ("declined to say", "refused to comment", "is expected to announce"). */
export const NON_SAYING = new Set(['declined', 'refused', 'declines', 'refuses', 'decline', 'refuse', 'expected', 'likely', 'unlikely', 'able', 'unable', 'want', 'wants', 'wanted', 'need', 'needs', 'needed', 'going', 'have', 'has', 'had', 'trying', 'tried', 'try', 'tries', 'plan', 'plans', 'planned', 'planning', 'hoping', 'hoped', 'hopes', 'used', 'supposed', 'allowed', 'asked', 'forced', 'failed', 'fails', 'fail', 'began', 'begin', 'begins', 'started', 'start', 'starts', 'wait', 'waited', 'ready', 'afraid', 'reluctant', 'willing', 'unwilling', 'hesitant', 'first', 'last', 'set', 'due', 'scheduled', 'slated', 'poised', 'chance', 'right', 'time', 'way', 'opportunity', 'pressure', 'order', 'nothing', 'anything', 'something', 'much', 'more', 'less', 'enough']);

/** Words after an "-s" form that show it is a plural noun ("states, including", "reports of"). */
export const AFTER_PLURAL_NOUN = new Set([
  'of',
  'in',
  'on',
  'for',
  'from',
  'about',
  'with',
  'and',
  'or',
  'by',
  'at',
  'to',
  'were',
  'are',
  'have',
  'had',
  'was',
  'is',
  'will',
  'would',
  'could',
  'should',
  'can',
  'may',
  'might',
  'which',
  'who',
  'show',
  'suggest',
  'indicate',
  'as',
  'against',
  'over',
  'are',
  'into',
  'has',
  'been',
  'had',
  'like',
  'during',
  'after',
  'before',
]);

/** Words before a verb form that show it is a noun ("the reports", "his remarks", "of claims"). */
export const NOUN_SIGNALS = new Set([
  'the',
  'a',
  'an',
  ...POSSESSIVE_DETERMINERS,
  'these',
  'those',
  'recent',
  'such',
  'any',
  'no',
  'of',
  'new',
  'many',
  'some',
  'media',
  'news',
  'previous',
  'latest',
  'in',
  'for',
  'with',
  'by',
  'false',
  'similar',
  'press',
  'several',
  'numerous',
  'conflicting',
  'initial',
  'unconfirmed',
]);

/** Verbs that name rather than cite when they follow their noun ("a class called “Perception”"). */
export const NAMING = new Set(['call', 'dub', 'label', 'brand', 'nickname', 'title', 'name']);

/** Transitive verbs that take an object then "to"/"as" ("likened X to Y", "described X as Y"). */
export const PREDICATIVE = new Set(['liken', 'compare', 'describe', 'portray', 'depict', 'characterize', 'characterise', 'dismiss', 'label', 'brand', 'dub', 'praise', 'criticize', 'criticise', 'denounce', 'condemn', 'hail', 'tout', 'mock', 'cite', 'quote']);

/** Verbs of aspect whose "-ing" complement shares their subject ("kept asking", "keeps talking about"). */
export const ASPECT_VERBS = new Set(['keep', 'keeps', 'kept', 'keeping', 'started', 'starts', 'began', 'begins', 'continued', 'continues', 'stopped', 'quit', 'resumed', 'resumes']);

/** Things made to say something for whoever issues them ("a statement saying", "a new radio ad that urges"). */
export const ARTEFACTS = new Set(['ad', 'ads', 'advertisement', 'announcement', 'banner', 'brief', 'card', 'column', 'commercial', 'e-mail', 'editorial', 'email', 'emails', 'filing', 'flyer', 'letter', 'letters', 'mailer', 'memo', 'message', 'note', 'notice', 'op-ed', 'petition', 'piece', 'placard', 'post', 'poster', 'release', 'releases', 'report', 'resolution', 'sign', 'signs', 'spot', 'statement', 'statements', 'text', 'tweet', 'tweets', 'video', 'videos']);

/** Verbs that put an artefact out ("issued", "put out", "sent out", "is releasing"): its words are the subject's. */
export const ISSUE_VERBS = new Set(['adopted', 'adopts', 'air', 'aired', 'airing', 'airs', 'approved', 'approves', 'blast', 'blasted', 'carried', 'carries', 'carrying', 'circulate', 'circulated', 'circulates', 'deliver', 'delivered', 'delivers', 'distribute', 'distributed', 'distributes', 'draft', 'drafted', 'drafts', 'file', 'filed', 'files', 'fire', 'fired', 'fires', 'held', 'hoisted', 'holding', 'holds', 'issue', 'issued', 'issues', 'issuing', 'launch', 'launched', 'launches', 'launching', 'made', 'make', 'makes', 'out', 'passed', 'passes', 'pen', 'penned', 'pens', 'place', 'placed', 'places', 'placing', 'post', 'posted', 'posting', 'posts', 'produce', 'produced', 'produces', 'publish', 'published', 'publishes', 'publishing', 'put', 'puts', 'putting', 'ran', 'release', 'released', 'releases', 'releasing', 'revise', 'revised', 'revises', 'run', 'running', 'runs', 'send', 'sending', 'sends', 'sent', 'share', 'shared', 'shares', 'signed', 'unveil', 'unveiled', 'unveiling', 'unveils', 'voted', 'votes', 'write', 'writes', 'wrote']);

/** Polls and surveys, which speak for their respondents ("In a CNN poll, 31% said …"). */
export const POLL_NOUNS = new Set(['poll', 'survey']);

/** Words of a share of respondents ("31 percent", "a majority"). */
// (no '%': a lone '%' is a punctuation token or ends in '%', both answered before the list is asked; a word list's bit is a word's, word-bits.ts)
export const SHARE_WORDS = new Set(['percent', 'majority', 'plurality', 'half', 'third', 'thirds', 'quarter', 'most', 'fraction', 'share']);

/** Nouns of a held view after a possessive ("in Bolton’s view", "in his words"). */
export const VIEW_NOUNS = new Set(['view', 'words', 'opinion', 'estimation', 'telling', 'account', 'assessment', 'judgment', 'judgement', 'phrase', 'mind']);
