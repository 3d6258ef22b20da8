/**
 * World knowledge: countries with their capitals and demonyms (a capital often stands for its
 * government: "Moscow said" is Russia speaking). The other general knowledge is data split by
 * kind: people's titles and roles (people-titles.ts), words that mark organisations
 * (organizations.ts); closed-class words live in lexicon.ts. Nothing here comes from any one article.
 */

/** [country, capital(s), demonym] — the capital list may hold alternative spellings. */
const COUNTRIES: Array<[string, string[], string]> = [
  ['Afghanistan', ['Kabul'], 'Afghan'],
  ['Albania', ['Tirana'], 'Albanian'],
  ['Algeria', ['Algiers'], 'Algerian'],
  ['Argentina', ['Buenos Aires'], 'Argentine'],
  ['Armenia', ['Yerevan'], 'Armenian'],
  ['Australia', ['Canberra'], 'Australian'],
  ['Austria', ['Vienna'], 'Austrian'],
  ['Azerbaijan', ['Baku'], 'Azerbaijani'],
  ['Bahrain', ['Manama'], 'Bahraini'],
  ['Bangladesh', ['Dhaka'], 'Bangladeshi'],
  ['Belarus', ['Minsk'], 'Belarusian'],
  ['Belgium', [], 'Belgian'],
  ['Bolivia', ['La Paz'], 'Bolivian'],
  ['Bosnia', ['Sarajevo'], 'Bosnian'],
  ['Brazil', ['Brasilia', 'Brasília'], 'Brazilian'],
  ['Bulgaria', ['Sofia'], 'Bulgarian'],
  ['Cambodia', ['Phnom Penh'], 'Cambodian'],
  ['Canada', ['Ottawa'], 'Canadian'],
  ['Chile', ['Santiago'], 'Chilean'],
  ['China', ['Beijing'], 'Chinese'],
  ['Colombia', ['Bogota', 'Bogotá'], 'Colombian'],
  ['Croatia', ['Zagreb'], 'Croatian'],
  ['Cuba', ['Havana'], 'Cuban'],
  ['Cyprus', ['Nicosia'], 'Cypriot'],
  ['Czech Republic', ['Prague'], 'Czech'],
  ['Denmark', ['Copenhagen'], 'Danish'],
  ['Egypt', ['Cairo'], 'Egyptian'],
  ['Estonia', ['Tallinn'], 'Estonian'],
  ['Ethiopia', ['Addis Ababa'], 'Ethiopian'],
  ['Finland', ['Helsinki'], 'Finnish'],
  ['France', ['Paris'], 'French'],
  ['Georgia', ['Tbilisi'], 'Georgian'],
  ['Germany', ['Berlin'], 'German'],
  ['Ghana', ['Accra'], 'Ghanaian'],
  ['Greece', ['Athens'], 'Greek'],
  ['Hungary', ['Budapest'], 'Hungarian'],
  ['India', ['New Delhi'], 'Indian'],
  ['Indonesia', ['Jakarta'], 'Indonesian'],
  ['Iran', ['Tehran'], 'Iranian'],
  ['Iraq', ['Baghdad'], 'Iraqi'],
  ['Ireland', ['Dublin'], 'Irish'],
  ['Israel', ['Jerusalem'], 'Israeli'],
  ['Italy', ['Rome'], 'Italian'],
  ['Japan', ['Tokyo'], 'Japanese'],
  ['Jordan', ['Amman'], 'Jordanian'],
  ['Kazakhstan', ['Astana'], 'Kazakh'],
  ['Kenya', ['Nairobi'], 'Kenyan'],
  ['Kuwait', [], 'Kuwaiti'],
  ['Latvia', ['Riga'], 'Latvian'],
  ['Lebanon', ['Beirut'], 'Lebanese'],
  ['Libya', ['Tripoli'], 'Libyan'],
  ['Lithuania', ['Vilnius'], 'Lithuanian'],
  ['Malaysia', ['Kuala Lumpur'], 'Malaysian'],
  ['Mexico', [], 'Mexican'],
  ['Moldova', ['Chisinau', 'Chișinău'], 'Moldovan'],
  ['Morocco', ['Rabat'], 'Moroccan'],
  ['Netherlands', ['Amsterdam', 'The Hague'], 'Dutch'],
  ['New Zealand', ['Wellington'], 'New Zealand'],
  ['Nigeria', ['Abuja'], 'Nigerian'],
  ['North Korea', ['Pyongyang'], 'North Korean'],
  ['Norway', ['Oslo'], 'Norwegian'],
  ['Pakistan', ['Islamabad'], 'Pakistani'],
  ['Peru', ['Lima'], 'Peruvian'],
  ['Philippines', ['Manila'], 'Philippine'],
  ['Poland', ['Warsaw'], 'Polish'],
  ['Portugal', ['Lisbon'], 'Portuguese'],
  ['Qatar', ['Doha'], 'Qatari'],
  ['Romania', ['Bucharest'], 'Romanian'],
  ['Russia', ['Moscow', 'Kremlin'], 'Russian'],
  ['Saudi Arabia', ['Riyadh'], 'Saudi'],
  ['Serbia', ['Belgrade'], 'Serbian'],
  ['Singapore', [], 'Singaporean'],
  ['Slovakia', ['Bratislava'], 'Slovak'],
  ['Slovenia', ['Ljubljana'], 'Slovenian'],
  ['South Africa', ['Pretoria'], 'South African'],
  ['South Korea', ['Seoul'], 'South Korean'],
  ['Spain', ['Madrid'], 'Spanish'],
  ['Sweden', ['Stockholm'], 'Swedish'],
  ['Switzerland', ['Bern'], 'Swiss'],
  ['Syria', ['Damascus'], 'Syrian'],
  ['Taiwan', ['Taipei'], 'Taiwanese'],
  ['Thailand', ['Bangkok'], 'Thai'],
  ['Tunisia', ['Tunis'], 'Tunisian'],
  ['Turkey', ['Ankara'], 'Turkish'],
  ['Ukraine', ['Kiev', 'Kyiv'], 'Ukrainian'],
  ['United Arab Emirates', ['Abu Dhabi'], 'Emirati'],
  ['United Kingdom', ['London', 'Downing Street', 'Whitehall'], 'British'],
  ['United States', ['Washington'], 'American'],
  ['Venezuela', ['Caracas'], 'Venezuelan'],
  ['Vietnam', ['Hanoi'], 'Vietnamese'],
  ['Yemen', ['Sanaa'], 'Yemeni'],
];

export interface CountryInfo {
  country: string;
  demonym: string;
}

const BY_NAME = new Map<string, CountryInfo>();
/** The peoples' adjectives ("French", "Arab"), lower case. */
export const DEMONYMS = new Set<string>();
for (const [country, capitals, demonym] of COUNTRIES) {
  const info = { country, demonym };
  BY_NAME.set(country.toLowerCase(), info);
  for (const cap of capitals) BY_NAME.set(cap.toLowerCase(), info);
  DEMONYMS.add(demonym.toLowerCase());
}
for (const [alias, country] of [
  ['U.S.', 'United States'],
  ['US', 'United States'],
  ['USA', 'United States'],
  ['America', 'United States'],
  ['Britain', 'United Kingdom'],
  ['UK', 'United Kingdom'],
  ['U.K.', 'United Kingdom'],
  ['Holland', 'Netherlands'],
] as const) {
  BY_NAME.set(alias.toLowerCase(), BY_NAME.get(country.toLowerCase()) as CountryInfo);
}
for (const d of [
  'european',
  'western',
  'eastern',
  'arab',
  'african',
  'asian',
  'latin',
  'scottish',
  'welsh',
  'english',
  'palestinian',
  'kurdish',
  'catalan',
  'flemish',
  'bavarian',
  'texan',
  'californian',
])
  DEMONYMS.add(d);

/**
 * Per (first, last) ASCII code unit of BY_NAME's keys, a bit per key length: most names asked
 * about (people, parties, most words) have no key of their shape and are answered without
 * lower-casing or hashing them.
 */
const KEY_SHAPES = new Uint32Array(128 * 128);
/** The longest key: a longer name is no key (lower-casing never shortens a string). */
const LONGEST_KEY = 31;
for (const k of BY_NAME.keys()) {
  if (k.length > LONGEST_KEY) throw new Error(`world-knowledge: key longer than ${LONGEST_KEY}: ${k}`);
  const a = k.charCodeAt(0);
  const z = k.charCodeAt(k.length - 1);
  if (a < 128 && z < 128) KEY_SHAPES[(a << 7) | z] |= 1 << k.length;
}

// (string methods called through String.prototype on this hot path: decision 0020)
const charCodeAt = String.prototype.charCodeAt;
const indexOf = String.prototype.indexOf;
const toLowerCase = String.prototype.toLowerCase;

/** A country, or a capital standing for its country's government ("Moscow" → Russia). */
export function countryOf(name: string): CountryInfo | null {
  // an ASCII character lower-cases to one ASCII character, so these ends are the lower-cased
  // name's ends; lower-casing keeps the length unless the name holds a dotted capital I (İ → i̇)
  // (the length read once: a string's length is a megamorphic load here too)
  const n = name.length;
  const a = charCodeAt.call(name, 0);
  const z = charCodeAt.call(name, n - 1);
  if (a < 128 && z < 128) {
    const shapes = KEY_SHAPES[((a >= 65 && a <= 90 ? a + 32 : a) << 7) | (z >= 65 && z <= 90 ? z + 32 : z)];
    if (shapes === 0 || n > LONGEST_KEY || ((shapes & (1 << n)) === 0 && indexOf.call(name, '\u0130') < 0)) return null;
  }
  return BY_NAME.get(toLowerCase.call(name)) ?? null;
}

export function isDemonym(lowerWord: string): boolean {
  return DEMONYMS.has(lowerWord);
}

/** US states and territories: places, never speakers ("Florida" said nothing; its officials did). */
export const US_STATES = new Set(
  (
    'alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana ' +
    'iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska ' +
    'nevada new-hampshire new-jersey new-mexico new-york north-carolina north-dakota ohio oklahoma oregon pennsylvania ' +
    'rhode-island south-carolina south-dakota tennessee texas utah vermont virginia washington west-virginia wisconsin ' +
    'wyoming puerto-rico guam'
  ).split(' '),
);
