/**
 * The engine's closed-class words, in one place for every pass: determiners, pronouns,
 * prepositions, conjunctions, auxiliaries and modals, sentence adverbs, time words. Each list is
 * named for the job it does, grouped by the pass that first needed it (noun phrases, cues,
 * attribution, mentions, sentences, coreference, quote kind). Lists that look alike but differ by a
 * word or two (the determiners before a subject, before a name, before a noun of saying) are kept
 * apart on purpose: merging them would change what the engine reads, a change to measure on its
 * own (docs/decisions/0006). Open-class knowledge (titles, organisations, countries, verbs of
 * saying) lives in its own modules.
 */
/** Pronouns that can be a source, and the kind of antecedent they take. */
/** The possessive determiners, which several word lists open with ("his remarks", "their claim"). */
export const POSSESSIVE_DETERMINERS = ['his', 'her', 'their', 'its', 'our', 'my', 'your'] as const;

export const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her']);
export const OTHER_PRONOUNS = new Set(['it', 'they', 'we', 'i', 'you']);

/** Leading words of a sentence that are capitalised only because they open it. */
export const SENTENCE_OPENERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'such',
  'last',
  'then',
  'but',
  'and',
  'or',
  'so',
  'yet',
  'in',
  'on',
  'at',
  'for',
  'with',
  'from',
  'by',
  'to',
  'of',
  'as',
  'after',
  'before',
  'since',
  'until',
  'when',
  'while',
  'if',
  'although',
  'though',
  'because',
  'under',
  'over',
  'earlier',
  'later',
  'meanwhile',
  'however',
  'still',
  'now',
  'today',
  'yesterday',
  'tomorrow',
  'also',
  'even',
  'both',
  'many',
  'some',
  'most',
  'all',
  'each',
  'every',
  'other',
  'another',
  ...POSSESSIVE_DETERMINERS,
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'you',
  'there',
  'here',
  'what',
  'who',
  'why',
  'how',
  'where',
  'which',
  'according',
  'asked',
  'during',
  'despite',
  'without',
  'within',
  'between',
  'among',
  'against',
  'about',
  'instead',
  'indeed',
  'still',
  'only',
  'just',
  'not',
  'no',
  'yes',
  'more',
  'less',
  'few',
  'several',
  'one',
  'two',
  'three',
  'first',
  'second',
  'next',
  'finally',
  'again',
  'once',
  'perhaps',
  'maybe',
  'while',
  'speaking',
  'writing',
  'asked',
  'like',
  'unlike',
  'amid',
  'following',
  'through',
  'throughout',
  'into',
  'onto',
  'upon',
  'sources',
  'officials',
  'critics',
  'supporters',
  'analysts',
  'experts',
  'people',
  'voters',
  'democrats',
  'republicans',
  'read',
  'follow',
  'watch',
  'see',
  'click',
  'sign',
  'update',
  'correction',
  "editor's",
  'note',
]);

/** The months' names, lower-case. */
export const MONTHS: readonly string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Days, months and time words: a time phrase, never a speaker ("Monday", "last week", "earlier"). */
export const WEEKDAYS_AND_TIME = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'today',
  'yesterday',
  'tonight',
  'tomorrow',
  'morning',
  'afternoon',
  'evening',
  'night',
  'week',
  'weekend',
  'month',
  'year',
  'earlier',
  'later',
  'recently',
  ...MONTHS,
  'jan.',
  'feb.',
  'aug.',
  'sept.',
  'sep.',
  'oct.',
  'nov.',
  'dec.',
  'last',
  'this',
  'then',
  'again',
  'once',
  'previously',
  'time',
  'past',
  'moment',
]);

/** Words that begin the subject itself, never an opening adverbial to skip. */
export const NP_STARTERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'some', 'many', 'most', 'all', 'each', 'every', 'other', 'another', 'both', 'several', 'one', 'two', 'three', 'few', 'sources', 'officials', 'critics', 'supporters', 'analysts', 'experts', 'people', 'voters', 'democrats', 'republicans', 'such']);

export const TIME_UNITS = new Set(['hours', 'days', 'weeks', 'months', 'years', 'minutes', 'moments', 'later', 'earlier', 'ago']);

export const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  ...POSSESSIVE_DETERMINERS,
  'this',
  'these',
  'those',
  'another',
  'every',
  'each',
  'some',
  'many',
  'several',
  'both',
  'one',
  'two',
  'three',
  'four',
  'five',
  'most',
  'all',
  'only',
  'other',
  'any',
  'no',
]);

/** Words that cannot sit inside a subject noun phrase. */
export const NOT_IN_SUBJECT = new Set([
  'of',
  'in',
  'on',
  'at',
  'by',
  'for',
  'with',
  'from',
  'to',
  'into',
  'about',
  'as',
  'than',
  'after',
  'before',
  'over',
  'under',
  'between',
  'through',
  'during',
  'against',
  'without',
  'within',
  'upon',
  'like',
  'since',
  'until',
  'via',
  'per',
  'and',
  'or',
  'but',
  'nor',
  'so',
  'yet',
  'if',
  'because',
  'while',
  'when',
  'whereas',
  'although',
  'though',
  'unless',
  'who',
  'whom',
  'which',
  'that',
  'whose',
  'where',
  'what',
  'why',
  'how',
  'there',
  'here',
  'not',
  "n't",
  'never',
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'being',
  'has',
  'have',
  'had',
  'do',
  'does',
  'did',
  'will',
  'would',
  'can',
  'could',
  'shall',
  'should',
  'may',
  'might',
  'must',
  'also',
  'then',
  'now',
  'just',
  'still',
  'even',
  'again',
  'him',
  'them',
  'us',
  'me',
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'himself',
  'herself',
  'itself',
  'themselves',
  'said',
  'says',
  'told',
  'say',
  'tell',
  'very',
  'too',
  'more',
  'less',
  'most',
  'least',
  'when',
  'ago',
  'later',
  'earlier',
  'however',
  'instead',
  'indeed',
  'already',
  'once',
  'twice',
  'yes',
  'no',
]);

/** Adverbs and auxiliaries that may stand between a subject and its verb ("Russia has repeatedly said"). */
export const BETWEEN_SUBJECT_AND_VERB = new Set([
  'has',
  'have',
  'had',
  'is',
  'was',
  'are',
  'were',
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'should',
  'must',
  'did',
  'does',
  'do',
  'also',
  'only',
  'simply',
  'merely',
  'then',
  'again',
  'later',
  'once',
  'previously',
  'earlier',
  'further',
  'still',
  'just',
  'first',
  'last',
  'often',
  'always',
  'never',
  'not',
  'himself',
  'herself',
  'itself',
  'themselves',
  'too',
  'even',
  'already',
  'since',
  'now',
  'reportedly',
  'apparently',
  'allegedly',
  'once',
  'long',
  'both',
  'all',
  'later',
  'soon',
  'recently',
  'has',
  'been',
  'being',
  'repeatedly',
  'publicly',
  'privately',
  'flatly',
  'openly',
  'quickly',
  'separately',
  'however',
  'though',
  'meanwhile',
  'instead',
  'likewise',
  'similarly',
  'therefore',
  'thus',
  'ultimately',
  'initially',
  "'s",
  "'ve",
  "'d",
  "'ll",
]);

export const SMALL_NUMBERS = new Set(['two', 'three', 'four', 'five', 'six']);

/** Lower-case words that join the parts of a name ("Charles de Gaulle", "Ludwig van Beethoven"). */
export const NAME_CONNECTORS = new Set(['de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'bin', 'al', 'el', 'la', 'le', 'du', 'dos', 'ibn', 'y']);

/** Capitalised words that are no one's name alone ("the West", "God"). */
export const NOT_NAMES = new Set(['west', 'east', 'north', 'south', 'europe', 'africa', 'asia', 'americas', 'god', 'internet', 'web', 'i']);

/** Words opening an indefinite phrase ("a Trump aide", "one GOP operative"). */
export const INDEFINITES = new Set(['a', 'an', 'one', 'another']);

export const PRONOUN_QUANTIFIERS = new Set(['most', 'some', 'many', 'several', 'others', 'another', 'both', 'all', 'few', 'one', 'none', 'each']);

export const PP_HEADS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'since', 'by', 'until', 'through', 'over']);

/** Prepositions whose object pronoun cannot be a subject ("wrote to her"). */
export const OBJECT_PREPS = new Set(['to', 'for', 'with', 'at', 'about', 'against', 'from', 'by']);

/** Modals that are also first names. */
export const NAME_MODALS = new Set(['will', 'may', 'can']);

export const PARTICIPLE_PREPS = new Set(['through', 'in', 'at', 'from', 'on', 'with', 'near', 'outside', 'inside', 'across', 'around', 'to', 'into', 'along', 'for', 'by']);

export const CLAUSE_STARTERS = new Set([
  'who',
  'whose',
  'whom',
  'which',
  'speaking',
  'writing',
  'in',
  'on',
  'at',
  'during',
  'after',
  'before',
  'while',
  'when',
  'appearing',
  'according',
  'citing',
  'responding',
  'asked',
  'for',
  'like',
  'too',
  'however',
  'though',
  'meanwhile',
  'for',
  'with',
  'by',
  'also',
  'not',
  'once',
  'then',
  'now',
  'separately',
  'later',
  'likewise',
  'similarly',
  'herself',
  'himself',
  'in',
]);

/** Dashes of every width, the hyphen-minus included, as writers use them to set words off. */
export const DASH_MARKS = new Set(['—', '–', '-', '―']);

export const MEDIUM_PREPS = new Set(['in', 'on', 'via', 'through', 'during']);

export const OF_LIKE = new Set(['of', 'from', 'for', 'at', 'in']);

/** Small words that may join the parts of a long subject ("experts A and B of the Institute for …"). */
export const SUBJECT_LINKS = new Set(['of', 'and', 'for', 'at', 'in', 'on', 'from', 'with']);

export const THEN_WORDS = new Set(['then', 'now', 'later', 'still', 'also', 'finally', 'soon']);

/** Conjunctions after which a new subject starts ("when Sanders protesters interrupted"). */
export const CLAUSE_CONJUNCTIONS = new Set(['when', 'where', 'while', 'as', 'after', 'because', 'since', 'before', 'until', 'although', 'though']);

/** Words that open a clause inside a relative clause ("who gained attention when he yelled"). */
export const RELATIVE_CLAUSE_OPENERS = new Set(['when', 'after', 'before', 'while', 'because', 'if', 'since', 'as', 'although', 'though', 'until', 'that', 'which', 'where']);

export const APPROXIMATORS = new Set(['about', 'nearly', 'almost', 'roughly', 'around', 'some', 'approximately', 'over', 'only', 'just']);

/** Sentence adverbs that are not "-ly" words ("Likewise, a paper from …"). */
export const DISCOURSE_ADVERBS = new Set(['likewise', 'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'besides', 'otherwise', 'thus', 'hence', 'therefore', 'afterward', 'afterwards', 'overall', 'regardless', 'plus', 'anyway', 'elsewhere', 'meanwhile', 'instead', 'still', 'again', 'tonight', 'alas', 'sometimes', 'often', 'soon', 'later', 'earlier', 'once', 'then', 'now', 'next', 'first', 'second', 'third', 'lastly', 'finally', 'indeed', 'however', 'also', 'too', 'so', 'yet', 'ultimately']);

/** Prepositions of place that open a fronted adverbial ("Outside the arena, …"). */
export const PLACE_PREPS = new Set(['outside', 'inside', 'near', 'beyond', 'across', 'behind', 'around', 'along', 'toward', 'towards', 'beside', 'alongside', 'atop', 'beneath', 'below', 'above', 'opposite', 'off']);

/** Pronouns that can only be a clause's subject. */
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);

/** Determiners that make a time noun an adverbial ("Each election cycle, …", "Every year, …"). */
export const TIME_DETERMINERS = new Set(['each', 'every', 'this', 'last', 'next']);

/** Interjections that open a sentence before a comma ("Wait, it gets better:", "Look, …"). */
export const INTERJECTIONS = new Set(['wait', 'look', 'listen', 'well', 'yes', 'no', 'oh', 'okay', 'ok', 'sure', 'hey', 'alas', 'sadly', 'remember']);

export const BE_OR_GET = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', "'s", "'re", 'get', 'got', 'gets']);

/** Words after which an "-ing" form is not a noun's participle ("by saying", "is saying", "and saying"). */
export const BEFORE_VERBAL_ING = new Set(['despite', 'upon', 'through', 'like', 'besides', 'since', 'against', 'by', 'for', 'of', 'in', 'on', 'at', 'after', 'before', 'while', 'when', 'without', 'and', 'or', 'but', 'is', 'was', 'are', 'were', 'be', 'been', 'keep', 'kept', 'keeps', 'started', 'began', 'continued', 'stop', 'stopped', 'to', 'as', 'from', 'about', 'him', 'her', 'them', 'me', 'us', 'it', 'then', 'also', 'just', 'even', 'not', 'that', 'this', 'there', 'here', 'up', 'out', 'off', 'back', 'again', 'now']);

/** Prepositions whose object cannot be the subject of the verb after it. */
export const PLACE_OR_TIME_PREPS = new Set(['in', 'on', 'at', 'across', 'among', 'from', 'of', 'for', 'with', 'to', 'into', 'throughout', 'during', 'between']);

export const WIDE_DASHES = new Set(['—', '–', '―']);

/** Conjunctions that open a subordinate clause ("when protesters interrupted"). */
export const CLAUSE_SUBORDINATORS = new Set(['when', 'where', 'while', 'as', 'after', 'because', 'since', 'before', 'until', 'whereas', 'although', 'though']);

export const HAVE_FORMS = new Set(['has', 'had', 'have', 'having']);

export const OBJECT_RELATIVE_WORDS = new Set(['whom', 'which', 'that', 'what', 'who']);

/** Modal auxiliaries ("could only quip", "would note"). */
export const MODALS = new Set(['can', 'could', 'will', 'would', 'may', 'might', 'should', 'must']);

export const ARTICLES_AND_POSSESSIVES = new Set(['a', 'an', 'the', 'this', 'that', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

export const FINITE_OPENERS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can']);

/** Words that cannot modify a noun of saying between its owner and it ("Trump's was a claim"). */
export const NOT_MODIFIERS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'that', 'this', 'to', 'of', 'in', 'on', 'for', 'with', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'had', 'have', 'not', 'no']);

export const PRONOUN_OR_ADVERB_BEFORE_VERB = new Set([
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'who',
  'which',
  'that',
  'also',
  'then',
  'now',
  'later',
  'and',
  'but',
  'often',
  'always',
  'never',
  'still',
  'just',
  'again',
  'first',
  'once',
]);

/** Prepositions of a short setting phrase between a speech noun and its "that" ("her claim on Sunday that"). */
export const SETTING_PREPS = new Set(['during', 'on', 'in', 'at', 'before', 'after', 'last', 'earlier', 'this']);

/** Words that cannot sit inside a speaker's description between a quote and its verb. */
export const NOT_IN_LEAD = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'do', 'does', 'did', 'and', 'but', 'or', 'nor', 'that', 'which', 'who', 'whom', 'when', 'where', 'while', 'as', 'if', 'because', 'so', 'then', 'than', 'what', 'how', 'why', 'not', 'he', 'she', 'it', 'they', 'we', 'i', 'you']);

export const LINKS_BEFORE_QUOTE = new Set(['that', 'as', ':', ',', 'of', 'to', 'was', 'is', 'it', 'them', 'him', 'her', 'was', 'were', 'are']);

export const RELATIVE_SUBJECTS = new Set(['who', 'which', 'that', "who's"]);

export const CLAUSE_BREAKS = new Set(['while', 'whereas', 'yet']);

export const SET_OFF_MARKS = new Set([',', '—', '–', '-', '--']);

export const PHRASE_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'since', 'from', 'with', 'without', 'under', 'into', 'through', 'for']);

export const SUBORDINATORS_OR_ASKED = new Set(['asked', 'if', 'when', 'while', 'although', 'though', 'after', 'before', 'as', 'because', 'since', 'unless', 'until', 'whether', 'once', 'despite', 'responding', 'speaking', 'pressed', 'questioned', 'told', 'given', 'in', 'on', 'during', 'following', 'amid']);

export const SUBORDINATE_WORDS = new Set(['after', 'when', 'while', 'if', 'as', 'because', 'since', 'although', 'though', 'before', 'until', 'once', 'whether', 'unless', 'whenever']);

export const OBJECT_RELATIVE_PRONOUNS = new Set(['which', 'whom', 'who']);

export const CLAUSE_LINKS = new Set(['and', 'but', 'as', 'though', 'although', 'while', 'so', 'yet']);

export const SCENE_SUBORDINATORS = new Set(['when', 'where', 'while']);

export const PHRASE_OPENERS = new Set(['a', 'an', 'the', 'about', 'some', 'several', 'dozens', 'hundreds', 'thousands', 'many', 'his', 'her', 'their', 'its', 'one', 'two', 'three']);

export const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us']);

export const ECHO_PRONOUNS = new Set(['he', 'she', 'they']);

export const NAME_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these', 'those', 'my', 'your']);

/** Words that open a sentence and rarely follow an initialism inside one ("U.S. He", not "U.S. Senate"). */
export const SENTENCE_START_WORDS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'the', 'but', 'and', 'this', 'that', 'there', 'his', 'her', 'their', 'its', 'our', 'in', 'on', 'at', 'after', 'when', 'if', 'as', 'a', 'an', 'yet', 'still', 'so']);

/** Words after a verb of saying that show it has no object or clause: "said as he left", "asked in an interview". */
export const ADVERBIAL_AFTER_CUE = new Set(['as', 'while', 'when', 'after', 'before', 'in', 'on', 'at', 'during', 'from', 'with', 'into', 'via', 'through', 'over', 'outside', 'inside', 'later', 'earlier', 'again', 'then', 'repeatedly', 'recently', 'yesterday', 'today', 'tonight', 'afterward', 'afterwards']);

/** Words that open a reported clause right after a verb of saying ("says he …", "said that …"). */
export const REPORTED_CLAUSE_OPENERS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'that', 'there']);

export const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that', 'whom', 'whose']);

export const NOT_IN_DESCRIPTIONS = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'he', 'she', 'they', 'it', 'we', 'who', 'which', 'that', 'when', 'while', 'if', 'but', 'because', 'not', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'did', 'does', 'do', 'him', 'her', 'them']);

export const NOT_FIRST_IN_DESCRIPTIONS = new Set(['in', 'on', 'at', 'after', 'before', 'during', 'since', 'following', 'for', 'from', 'with', 'by', 'to', 'as', 'when', 'while', 'then', 'now', 'also', 'and', 'or', 'but', 'of']);

/** Quantifiers and determiners that open a noun phrase, never a name. */
export const NAME_QUANTIFIERS = new Set(['several', 'many', 'some', 'most', 'few', 'all', 'both', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'dozen', 'other', 'more', 'numerous', 'various', 'every', 'each', 'any', 'no', 'these', 'those', 'such', 'dozens', 'hundreds', 'thousands']);

export const TITLE_SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'and',
  'or',
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'by',
  'from',
  'is',
  'vs',
  'vs.',
  'de',
  'la',
  'le',
  'as',
  'but',
  'nor',
  'it',
  'my',
  'your',
  'our',
  'up',
  'out',
  'into',
]);

/** Words before "called" that make it a finite verb with a speaker ("he called", "has called"), not a noun's name. */
export const NOT_A_NAMED_NOUN = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who', 'which', 'that', 'also', 'once', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'being', 'and', 'or', 'but', 'then', 'not', 'never', 'even', 'just', 'repeatedly', 'publicly']);

/**
 * Common verbs whose forms are never nouns or noun modifiers ("involve", "seems"), and irregular
 * past forms ("heard", "left"): words that, opening a phrase, make it a clause, not a noun phrase.
 * General English, not read from any article.
 */
export const VERBS_NEVER_NOUNS = new Set(
  (
    'accept achieve admit agree allow appear argue arrive assume attend avoid become begin believe belong ' +
    'borrow choose consider contain continue deny depend deserve describe destroy develop disagree discover ' +
    'enable encourage ensure exist expect explain fail forget forgive happen hear ignore imagine ' +
    'improve include insist intend involve join know learn listen lose manage mention obtain occur ' +
    'owe prefer prepare pretend prevent prove provide receive recognize refuse regret remain remember ' +
    'remind remove replace require resign reveal say seem seek sit speak spend succeed suggest suppose ' +
    'tell tend think threaten understand want'
  ).split(' '),
);

export const IRREGULAR_PASTS = new Set(
  (
    'arose ate became began bought brought built came chose did drew drove fell felt fled forgot fought found ' +
    'gave got grew had heard held hid knew laid led left lent lost made meant met paid ran rose sat saw sent ' +
    'shot sold spent spoke stood stole struck swore taught thought threw told took understood was went were ' +
    'won wore wrote'
  ).split(' '),
);

// Lists the readers kept to themselves (noun-phrases.ts, reported-speech.ts, attribution.ts), here so
// the word bits table (word-bit-table.ts) reads them without an import cycle.
/** Common verb forms that are never nouns, ending a phrase that ran into them ("the incident came"). */
export const PLAIN_VERBS = new Set(['came', 'began', 'went', 'took', 'made', 'got', 'gave', 'found', 'became', 'brought', 'ran', 'stood', 'saw', 'met', 'kept', 'felt', 'sent', 'won', 'spent', 'grew', 'knew', 'seemed', 'appeared', 'remained', 'comes', 'goes', 'begins', 'becomes', 'remains', 'seems', 'appears', 'gets', 'gives', 'takes', 'makes', 'ends', 'opens', 'closes']);

/** Lower-case words of a title before a name ("presidential candidate", "campaign chairman"). */
export const TITLE_MODIFIERS = new Set(['presidential', 'former', 'campaign', 'senior', 'top', 'deputy', 'vice', 'national', 'press', 'party', 'state', 'communications', 'policy', 'executive', 'chief', 'foreign', 'defense', 'security', 'gubernatorial', 'congressional', 'senate', 'house', 'majority', 'minority', 'district', 'county', 'city', 'talk', 'radio', 'television', 'news', 'political', 'legal', 'general']);

/** Words that open the reported clause itself, so no object comes between it and its cue ("said it …", "told the …"). */
export const CLAUSE_OPENING_WORDS = new Set(['it', 'is', 'was', 'he', 'she', 'they', 'the', 'a', 'we', 'i', 'there', 'this', 'his', 'her']);

/** Forms of "report" that close a sentence as the outlet's citation ("…, CNN reported."; attribution.ts). */
export const REPORTED = new Set(['reported', 'reports', 'reporting']);
