/**
 * Grammatical gender of a person, where general knowledge gives it: a common first name ("Hillary",
 * "Bernie") or a gendered word in how they are introduced ("congresswoman", "his wife"). Only for
 * agreement with "he" / "she" and "the man" / "the woman"; unknown (null) whenever in doubt, and
 * names used for both ("Chris", "Pat", "Jordan") are left out on purpose.
 */

export type Gender = 'm' | 'f';

const FEMALE_NAMES = new Set(
  (
    'abigail alice alicia arianna alison allison amanda amber amy ana andrea angela angelina anita ann anna anne annette april ashley ' +
    'barbara becky betsy betty beverly bonnie brenda bridget brittany camille carla carly carmen carol caroline carolyn ' +
    'catherine cathy cecile charlotte cheryl christina christine cindy claire clara claudia colleen connie ' +
    'cynthia daisy danielle darlene dawn debbie deborah debra denise diana diane dianne donna doris dorothy edith ' +
    'eileen elaine eleanor elena elisabeth elise eliza elizabeth ellen emily emma erica erin eva evelyn felicia fiona ' +
    'florence frances gabrielle gail gina gloria grace gretchen gwen hannah harriet heather heidi helen hillary holly ' +
    'hope irene iris isabel jacqueline jane janet janice jasmine jeanne jennifer jenny jessica ' +
    'jill joan joanna joanne jodi josephine joyce judith judy julia julie june karen karin kate katherine kathleen ' +
    'kathryn kathy katie katrina kayla kimberley kimberly kirsten kristen kristin laura lauren leah lily linda ' +
    'lisa lois loretta lori louise lucy madeleine madeline maggie mandy marcia margaret maria marianne marie marilyn ' +
    'marjorie marla martha mary maureen megan melanie melissa meredith michele michelle mildred miranda ' +
    'molly monica nancy naomi natalie nicole nikki nina nora norma olivia pamela patricia patti paula pauline peggy ' +
    'penny phyllis priscilla rachel rebecca regina renee rita roberta rosa rose rosemary ruth sabrina sally samantha ' +
    'sandra sara sarah sharon sheila shirley sonia sophia stacey stephanie susan suzanne sylvia tammy tara teresa theresa ' +
    'tiffany tina tracy valerie vanessa veronica victoria virginia wanda wendy whitney yvonne zoe'
  ).split(' '),
);

const MALE_NAMES = new Set(
  (
    'aaron adam al alan albert alex alexander allen andrew andy anthony arnold arthur barry ben benjamin bernard ' +
    'bernie bill billy bob bobby brad bradley brandon brent brett brian bruce bryan carl carlos charles charlie chuck ' +
    'clarence cliff clifford colin craig curt curtis dale dan daniel danny darrell dave david dennis derek dick don donald ' +
    'doug douglas duncan dwight earl ed eddie edward eli elijah elliott eric ernest eugene frank franklin fred frederick ' +
    'gabriel gary gene geoffrey george gerald glenn gordon greg gregory harold harry henry herbert howard hugh ian isaac ' +
    'jack jacob jake james jared jason jeff jeffrey jeremy jerome jerry jesse jim jimmy joe joel john johnny jon ' +
    'jonathan joseph josh joshua juan justin keith ken kenneth kevin kurt larry lawrence leon leonard lloyd ' +
    'louis luis luke marco mark martin matt matthew maurice max michael mike mitch mohammed muhammad nathan neil ' +
    'nicholas nick norman oliver oscar patrick paul peter phil philip randy ray raymond richard rick ' +
    'rob robert rod rodney roger ron ronald roy rudy russell ryan sam samuel scott sean sergio seth stephen steve steven ' +
    'stuart ted thomas tim timothy todd tom tommy tony travis trent troy tyler victor vincent vladimir walter wayne ' +
    'william willie zachary'
  ).split(' '),
);

/** Words of a description or a role noun that carry gender. */
const FEMALE_WORDS = new Set([
  'woman', 'women', 'mrs', 'ms', 'miss', 'madam', 'lady', 'girl', 'wife', 'mother', 'mom', 'daughter', 'sister',
  'grandmother', 'aunt', 'niece', 'widow', 'congresswoman', 'chairwoman', 'spokeswoman', 'businesswoman', 'councilwoman',
  'assemblywoman', 'anchorwoman', 'actress', 'queen', 'princess', 'duchess', 'girlfriend', 'fiancee',
]);
const MALE_WORDS = new Set([
  'man', 'men', 'mr', 'sir', 'boy', 'husband', 'father', 'dad', 'son', 'brother', 'grandfather', 'uncle',
  'nephew', 'widower', 'congressman', 'spokesman', 'businessman', 'councilman', 'assemblyman', 'anchorman', 'actor', 'king',
  'prince', 'duke', 'boyfriend', 'fiance',
]);

/**
 * Each pair of lists as one table, a word in both taking the female list's answer, as that list was
 * asked first: most words asked are in neither, and one lookup answers where two did.
 */
function genderTable(female: ReadonlySet<string>, male: ReadonlySet<string>): Map<string, Gender> {
  const table = new Map<string, Gender>();
  for (const w of male) table.set(w, 'm');
  for (const w of female) table.set(w, 'f');
  return table;
}
const WORD_GENDERS = genderTable(FEMALE_WORDS, MALE_WORDS);
const NAME_GENDERS = genderTable(FEMALE_NAMES, MALE_NAMES);

/** The gender a single lower-case word (a role noun, a description word) carries, if any. */
export function genderOfWord(word: string): Gender | null {
  return WORD_GENDERS.get(word) ?? null;
}

/**
 * A person's gender from their name's words (folded, lower case) and their description's words:
 * a gendered description word wins; else a first name of a two-or-more-word name.
 */
export function genderOf(nameWords: string[], descWords: Iterable<string>): Gender | null {
  let g: Gender | null = null;
  for (const w of descWords) {
    const x = genderOfWord(w);
    if (x && g && x !== g) return null; // "the man's wife": mixed, unknown
    if (x) g = x;
  }
  if (g) return g;
  if (nameWords.length < 2) return null;
  return NAME_GENDERS.get(nameWords[0]) ?? null;
}
