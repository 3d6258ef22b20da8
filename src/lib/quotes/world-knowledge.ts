/**
 * General world knowledge the attribution needs: countries with their capitals and demonyms (a
 * capital often stands for its government: "Moscow said" is Russia speaking), titles and roles
 * that introduce people, and words that mark organisations. Nothing here comes from any one article.
 */

/** [country, capital(s), demonym] — the capital list may hold alternative spellings. */
const COUNTRIES: Array<[string, string[], string]> = [
  ['Afghanistan', ['Kabul'], 'Afghan'], ['Albania', ['Tirana'], 'Albanian'], ['Algeria', ['Algiers'], 'Algerian'],
  ['Argentina', ['Buenos Aires'], 'Argentine'], ['Armenia', ['Yerevan'], 'Armenian'], ['Australia', ['Canberra'], 'Australian'],
  ['Austria', ['Vienna'], 'Austrian'], ['Azerbaijan', ['Baku'], 'Azerbaijani'], ['Bahrain', ['Manama'], 'Bahraini'],
  ['Bangladesh', ['Dhaka'], 'Bangladeshi'], ['Belarus', ['Minsk'], 'Belarusian'], ['Belgium', [], 'Belgian'],
  ['Bolivia', ['La Paz'], 'Bolivian'], ['Bosnia', ['Sarajevo'], 'Bosnian'], ['Brazil', ['Brasilia', 'Brasília'], 'Brazilian'],
  ['Bulgaria', ['Sofia'], 'Bulgarian'], ['Cambodia', ['Phnom Penh'], 'Cambodian'], ['Canada', ['Ottawa'], 'Canadian'],
  ['Chile', ['Santiago'], 'Chilean'], ['China', ['Beijing'], 'Chinese'], ['Colombia', ['Bogota', 'Bogotá'], 'Colombian'],
  ['Croatia', ['Zagreb'], 'Croatian'], ['Cuba', ['Havana'], 'Cuban'], ['Cyprus', ['Nicosia'], 'Cypriot'],
  ['Czech Republic', ['Prague'], 'Czech'], ['Denmark', ['Copenhagen'], 'Danish'], ['Egypt', ['Cairo'], 'Egyptian'],
  ['Estonia', ['Tallinn'], 'Estonian'], ['Ethiopia', ['Addis Ababa'], 'Ethiopian'], ['Finland', ['Helsinki'], 'Finnish'],
  ['France', ['Paris'], 'French'], ['Georgia', ['Tbilisi'], 'Georgian'], ['Germany', ['Berlin'], 'German'],
  ['Ghana', ['Accra'], 'Ghanaian'], ['Greece', ['Athens'], 'Greek'], ['Hungary', ['Budapest'], 'Hungarian'],
  ['India', ['New Delhi'], 'Indian'], ['Indonesia', ['Jakarta'], 'Indonesian'], ['Iran', ['Tehran'], 'Iranian'],
  ['Iraq', ['Baghdad'], 'Iraqi'], ['Ireland', ['Dublin'], 'Irish'], ['Israel', ['Jerusalem'], 'Israeli'],
  ['Italy', ['Rome'], 'Italian'], ['Japan', ['Tokyo'], 'Japanese'], ['Jordan', ['Amman'], 'Jordanian'],
  ['Kazakhstan', ['Astana'], 'Kazakh'], ['Kenya', ['Nairobi'], 'Kenyan'], ['Kuwait', [], 'Kuwaiti'],
  ['Latvia', ['Riga'], 'Latvian'], ['Lebanon', ['Beirut'], 'Lebanese'], ['Libya', ['Tripoli'], 'Libyan'],
  ['Lithuania', ['Vilnius'], 'Lithuanian'], ['Malaysia', ['Kuala Lumpur'], 'Malaysian'], ['Mexico', [], 'Mexican'],
  ['Moldova', ['Chisinau', 'Chișinău'], 'Moldovan'], ['Morocco', ['Rabat'], 'Moroccan'], ['Netherlands', ['Amsterdam', 'The Hague'], 'Dutch'],
  ['New Zealand', ['Wellington'], 'New Zealand'], ['Nigeria', ['Abuja'], 'Nigerian'], ['North Korea', ['Pyongyang'], 'North Korean'],
  ['Norway', ['Oslo'], 'Norwegian'], ['Pakistan', ['Islamabad'], 'Pakistani'], ['Peru', ['Lima'], 'Peruvian'],
  ['Philippines', ['Manila'], 'Philippine'], ['Poland', ['Warsaw'], 'Polish'], ['Portugal', ['Lisbon'], 'Portuguese'],
  ['Qatar', ['Doha'], 'Qatari'], ['Romania', ['Bucharest'], 'Romanian'], ['Russia', ['Moscow', 'Kremlin'], 'Russian'],
  ['Saudi Arabia', ['Riyadh'], 'Saudi'], ['Serbia', ['Belgrade'], 'Serbian'], ['Singapore', [], 'Singaporean'],
  ['Slovakia', ['Bratislava'], 'Slovak'], ['Slovenia', ['Ljubljana'], 'Slovenian'], ['South Africa', ['Pretoria'], 'South African'],
  ['South Korea', ['Seoul'], 'South Korean'], ['Spain', ['Madrid'], 'Spanish'], ['Sweden', ['Stockholm'], 'Swedish'],
  ['Switzerland', ['Bern'], 'Swiss'], ['Syria', ['Damascus'], 'Syrian'], ['Taiwan', ['Taipei'], 'Taiwanese'],
  ['Thailand', ['Bangkok'], 'Thai'], ['Tunisia', ['Tunis'], 'Tunisian'], ['Turkey', ['Ankara'], 'Turkish'],
  ['Ukraine', ['Kiev', 'Kyiv'], 'Ukrainian'], ['United Arab Emirates', ['Abu Dhabi'], 'Emirati'],
  ['United Kingdom', ['London', 'Downing Street', 'Whitehall'], 'British'], ['United States', ['Washington'], 'American'],
  ['Venezuela', ['Caracas'], 'Venezuelan'], ['Vietnam', ['Hanoi'], 'Vietnamese'], ['Yemen', ['Sanaa'], 'Yemeni'],
];

export interface CountryInfo {
  country: string;
  demonym: string;
}

const BY_NAME = new Map<string, CountryInfo>();
const DEMONYMS = new Set<string>();
for (const [country, capitals, demonym] of COUNTRIES) {
  const info = { country, demonym };
  BY_NAME.set(country.toLowerCase(), info);
  for (const cap of capitals) BY_NAME.set(cap.toLowerCase(), info);
  DEMONYMS.add(demonym.toLowerCase());
}
for (const [alias, country] of [['U.S.', 'United States'], ['US', 'United States'], ['USA', 'United States'], ['America', 'United States'], ['Britain', 'United Kingdom'], ['UK', 'United Kingdom'], ['U.K.', 'United Kingdom'], ['Holland', 'Netherlands']] as const) {
  BY_NAME.set(alias.toLowerCase(), BY_NAME.get(country.toLowerCase()) as CountryInfo);
}
for (const d of ['european', 'western', 'eastern', 'arab', 'african', 'asian', 'latin', 'scottish', 'welsh', 'english', 'palestinian', 'kurdish', 'catalan', 'flemish', 'bavarian', 'texan', 'californian']) DEMONYMS.add(d);

/** A country, or a capital standing for its country's government ("Moscow" → Russia). */
export function countryOf(name: string): CountryInfo | null {
  return BY_NAME.get(name.toLowerCase()) ?? null;
}

export function isDemonym(lowerWord: string): boolean {
  return DEMONYMS.has(lowerWord);
}

/**
 * Words that form a title or role before a name ("Italian Defense Minister Guido Crosetto"); they
 * describe the person and are not part of the name.
 */
export const TITLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'ministers', 'secretary', 'senator', 'sen.', 'sens.', 'rep.', 'reps.', 'representative', 'congressman',
  'congresswoman', 'gov.', 'governor', 'lt.', 'lieutenant', 'gen.', 'general', 'col.', 'colonel', 'maj.', 'major', 'capt.', 'captain',
  'adm.', 'admiral', 'sgt.', 'sergeant', 'cmdr.', 'commander', 'chief', 'chairman', 'chairwoman', 'chair', 'director', 'speaker',
  'leader', 'mayor', 'judge', 'justice', 'attorney', 'ambassador', 'envoy', 'chancellor', 'commissioner', 'spokesman',
  'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'ceo', 'founder', 'executive', 'treasurer', 'deputy', 'assistant',
  'acting', 'former', 'foreign', 'defense', 'defence', 'interior', 'finance', 'justice', 'health', 'state', 'home', 'trade',
  'economy', 'education', 'energy', 'labor', 'labour', 'agriculture', 'transport', 'transportation', 'homeland', 'security',
  'national', 'senior', 'top', 'federal', 'u.s.', 'us', 'house', 'senate', 'majority', 'minority', 'whip', 'democratic',
  'republican', 'democrat', 'gop', 'conservative', 'liberal', 'independent', 'libertarian', 'green', 'presidential',
  'candidate', 'nominee', 'dr.', 'mr.', 'mrs.', 'ms.', 'prof.', 'professor', 'rev.', 'reverend', 'father', 'rabbi', 'imam',
  'bishop', 'archbishop', 'cardinal', 'sheriff', 'officer', 'detective', 'inspector', 'superintendent', 'coach',
  'anchor', 'host', 'correspondent', 'reporter', 'editor', 'columnist', 'analyst', 'economist', 'strategist', 'pollster',
  'lawyer', 'manager', 'campaign', 'press', 'communications', 'policy', 'foreign-policy', 'white', 'general', 'surgeon',
  'hon.', 'del.', 'delegate', 'assemblyman', 'assemblywoman', 'councilman', 'councilwoman', 'alderman', 'state', 'sec.',
  'atty.', 'amb.', 'pres.', 'supt.', 'insp.', 'officials', 'official', 'then-candidate', 'then-president', 'first', 'lady',
  'ranking', 'member', 'co-founder', 'cofounder', 'head', 'rapporteur', 'diplomat', 'queen\'s', 'crown', 'emir', 'general\'s',
  'widow', 'widower', 'mother', 'actor', 'actress', 'singer', 'rapper', 'comedian', 'businessman', 'businesswoman', 'billionaire',
  'activist', 'author', 'writer', 'commentator', 'pundit', 'producer', 'director', 'star', 'mogul', 'tycoon', 'entrepreneur',
]);

/** Titles that are part of how the person is named ("Pope Francis", "King Charles"). */
export const NAMING_TITLES = new Set(['pope', 'king', 'queen', 'prince', 'princess', 'sheikh', 'saint', 'emperor', 'empress', 'sultan', 'ayatollah', 'dalai', 'lord', 'lady', 'sir', 'dame']);

/** Honorifics that are dropped from names ("Mr. Obama" is "Obama"). */
export const HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'mr', 'mrs', 'ms', 'dr.', 'dr', 'miss', 'messrs.', 'mme.', 'herr', 'madame', 'monsieur']);

/** Last words that make a capitalised name an organisation. */
export const ORG_HEADS = new Set([
  'party', 'committee', 'department', 'ministry', 'office', 'agency', 'association', 'council', 'institute', 'university',
  'college', 'school', 'commission', 'corp.', 'corporation', 'inc.', 'co.', 'company', 'bureau', 'network', 'foundation',
  'center', 'centre', 'group', 'times', 'post', 'news', 'journal', 'tribune', 'herald', 'gazette', 'telegraph', 'guardian',
  'press', 'review', 'magazine', 'daily', 'weekly', 'chronicle', 'examiner', 'observer', 'independent', 'reuters',
  'campaign', 'administration', 'government', 'senate', 'house', 'congress', 'parliament', 'court', 'board', 'bank',
  'fund', 'union', 'federation', 'alliance', 'coalition', 'league', 'organization', 'organisation', 'service', 'services',
  'police', 'army', 'navy', 'force', 'forces', 'guard', 'caucus', 'pac', 'project', 'trust', 'society', 'church',
  'council', 'authority', 'cabinet', 'kremlin', 'pentagon', 'commission', 'institution', 'lab', 'laboratory', 'program',
  'club', 'team', 'stampa', 'monde', 'figaro', 'spiegel', 'zeitung', 'politico', 'breitbart', 'huffpost', 'cnn', 'msnbc',
  'nbc', 'cbs', 'abc', 'fox', 'bbc', 'npr', 'pbs', 'ap', 'afp', 'tass', 'ria', 'xinhua', 'bloomberg', 'axios', 'vox',
  'nato', 'fbi', 'cia', 'nsa', 'un', 'eu', 'who', 'imf', 'opec', 'dnc', 'rnc', 'gop', 'aclu', 'naacp', 'politifact',
  'insidesources', 'twitter', 'facebook', 'google', 'white', 'hill', 'state', 'treasury', 'whitehall', 'report', 'poll',
  'survey', 'study', 'statement', 'website', 'site', 'blog', 'newspaper', 'paper', 'outlet', 'channel', 'station',
]);

/** Pronouns that can be a source, and the kind of antecedent they take. */
export const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her']);
export const OTHER_PRONOUNS = new Set(['it', 'they', 'we', 'i', 'you']);

/** Role nouns that stand for a person already named ("the minister", "the French leader"). */
export const ROLE_NOUNS = new Set([
  'president', 'minister', 'leader', 'secretary', 'senator', 'congressman', 'congresswoman', 'governor', 'mayor', 'chairman',
  'chairwoman', 'chair', 'director', 'spokesman', 'spokeswoman', 'spokesperson', 'candidate', 'nominee', 'official',
  'diplomat', 'pope', 'pontiff', 'king', 'queen', 'prince', 'chancellor', 'premier', 'ambassador', 'envoy', 'general',
  'commander', 'judge', 'justice', 'lawmaker', 'politician', 'billionaire', 'businessman', 'businesswoman', 'mogul',
  'host', 'anchor', 'moderator', 'reporter', 'correspondent', 'author', 'writer', 'columnist', 'analyst', 'economist',
  'professor', 'lawyer', 'attorney', 'adviser', 'advisor', 'aide', 'manager', 'strategist', 'pollster', 'democrat',
  'republican', 'activist', 'sheriff', 'officer', 'chief', 'executive', 'ceo', 'founder', 'head', 'speaker', 'representative',
  'congressman', 'rep.', 'sen.', 'gov.', 'star', 'actor', 'actress', 'singer', 'rapper', 'comedian', 'doctor', 'physician',
  'surgeon', 'scientist', 'expert', 'researcher', 'commissioner', 'prosecutor', 'mother', 'father', 'widow', 'woman', 'man',
  'veteran', 'councilman', 'councilwoman', 'delegate', 'governor-elect', 'president-elect', 'vice-president', 'pastor',
  'rabbi', 'imam', 'bishop', 'cardinal', 'archbishop', 'priest', 'coach', 'player', 'entrepreneur', 'investor', 'banker',
]);

/** Role nouns that fit any prominent person ("the French leader" fits a French president). */
export const GENERIC_ROLES = new Set(['leader', 'official', 'diplomat', 'politician', 'lawmaker', 'head', 'chief', 'figure', 'man', 'woman']);

/** Leading words of a sentence that are capitalised only because they open it. */
export const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'such', 'last', 'then', 'but', 'and', 'or', 'so', 'yet', 'in', 'on',
  'at', 'for', 'with', 'from', 'by', 'to', 'of', 'as', 'after', 'before', 'since', 'until', 'when', 'while', 'if',
  'although', 'though', 'because', 'under', 'over', 'earlier', 'later', 'meanwhile', 'however', 'still', 'now', 'today',
  'yesterday', 'tomorrow', 'also', 'even', 'both', 'many', 'some', 'most', 'all', 'each', 'every', 'other', 'another',
  'his', 'her', 'their', 'its', 'our', 'my', 'your', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'there', 'here', 'what',
  'who', 'why', 'how', 'where', 'which', 'according', 'asked', 'during', 'despite', 'without', 'within', 'between',
  'among', 'against', 'about', 'instead', 'indeed', 'still', 'only', 'just', 'not', 'no', 'yes', 'more', 'less', 'few',
  'several', 'one', 'two', 'three', 'first', 'second', 'next', 'finally', 'again', 'once', 'perhaps', 'maybe', 'while',
  'speaking', 'writing', 'asked', 'like', 'unlike', 'amid', 'following', 'through', 'throughout', 'into', 'onto', 'upon',
  'sources', 'officials', 'critics', 'supporters', 'analysts', 'experts', 'people', 'voters', 'democrats', 'republicans',
  'read', 'follow', 'watch', 'see', 'click', 'sign', 'update', 'correction', 'editor\'s', 'note',
]);

export const WEEKDAYS_AND_TIME = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'tomorrow', 'morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'month', 'year', 'earlier', 'later', 'recently',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan.', 'feb.', 'aug.', 'sept.', 'sep.', 'oct.', 'nov.', 'dec.', 'last', 'this', 'then', 'again', 'once', 'previously',
]);
