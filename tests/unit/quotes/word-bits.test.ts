import { describe, expect, it } from 'vitest';
import { readTextFrame } from '../../../src/lib/quotes/text-frame.ts';
import { listedWordToken } from '../../../src/lib/quotes/word-bit-table.ts';
import { WordSet } from '../../../src/lib/quotes/word-set.ts';
import * as B from '../../../src/lib/quotes/word-bits.ts';
import * as L from '../../../src/lib/quotes/lexicon.ts';
import { HONORIFICS, NAMING_TITLES, TITLE_WORDS, ROLE_NOUNS, MORE_ROLES } from '../../../src/lib/quotes/people-titles.ts';
import { ORG_HEADS } from '../../../src/lib/quotes/organizations.ts';
import { SHARE_WORDS, NOUN_SIGNALS, AFTER_PLURAL_NOUN, POLL_NOUNS, ARTEFACTS } from '../../../src/lib/quotes/cue-words.ts';
import { WORK_NOUNS, TERM_INTRODUCERS, TITLE_LEFT, WORDING_NOUNS, NAMING_VERBS } from '../../../src/lib/quotes/speech-cues.ts';
import { DEMONYMS } from '../../../src/lib/quotes/world-knowledge.ts';
import { CUE_TRIGGERS } from '../../../src/lib/quotes/cues.ts';
import { DOCUMENT_WORDS, ANAPHORIC, POSSESSIVE_PRONOUN } from '../../../src/lib/quotes/document-issuers.ts';
import { BODY_NOUNS } from '../../../src/lib/quotes/body-references.ts';

/** Each bit and the lists it stands for, asked as the passes asked them before the bits. */
const LISTS: Array<[number, Array<ReadonlySet<string> | WordSet>]> = [
  [B.PRONOUN, [L.PERSON_PRONOUNS, L.OTHER_PRONOUNS]],
  [B.NOT_IN_SUBJ, [L.NOT_IN_SUBJECT]],
  [B.DETERMINER, [L.DETERMINERS]],
  [B.WEEKDAY_OR_TIME, [L.WEEKDAYS_AND_TIME]],
  [B.OPENER, [L.SENTENCE_OPENERS]],
  [B.NP_STARTER, [L.NP_STARTERS]],
  [B.PLACE_OR_DISCOURSE, [L.PLACE_PREPS, L.DISCOURSE_ADVERBS]],
  [B.APPROXIMATOR, [L.APPROXIMATORS]],
  [B.TIME_UNIT, [L.TIME_UNITS]],
  [B.SUBJECT_PRONOUN, [L.SUBJECT_PRONOUNS]],
  [B.BETWEEN, [L.BETWEEN_SUBJECT_AND_VERB]],
  [B.TITLE, [TITLE_WORDS]],
  [B.HONORIFIC, [HONORIFICS]],
  [B.NAMING_TITLE, [NAMING_TITLES]],
  [B.NAME_DETERMINER, [L.NAME_DETERMINERS]],
  [B.CUE_TRIGGER, [CUE_TRIGGERS]],
  [B.DOCUMENT_NOUN, [DOCUMENT_WORDS]],
  [B.BODY_NOUN, [BODY_NOUNS]],
  [B.ORG_HEAD, [ORG_HEADS]],
  [B.NAME_CONNECTOR, [L.NAME_CONNECTORS]],
  [B.NOT_A_NAME, [L.NOT_NAMES]],
  [B.DEMONYM, [DEMONYMS]],
  [B.INDEFINITE, [L.INDEFINITES]],
  [B.ROLE_NOUN, [ROLE_NOUNS]],
  [B.MORE_ROLE, [MORE_ROLES]],
  [B.PRONOUN_QUANTIFIER, [L.PRONOUN_QUANTIFIERS]],
  [B.SMALL_NUMBER, [L.SMALL_NUMBERS]],
  [B.TIME_DETERMINER, [L.TIME_DETERMINERS]],
  [B.SHARE_WORD, [SHARE_WORDS]],
  [B.BE_OR_GET_FORM, [L.BE_OR_GET]],
];

/** The same for the second field (`bits2`), which no capital changes. */
const LISTS2: Array<[number, Array<ReadonlySet<string>>]> = [
  [B.RELATIVE_CLAUSE_OPENER, [L.RELATIVE_CLAUSE_OPENERS]],
  [B.NAME_MODAL, [L.NAME_MODALS]],
  [B.RELATIVE_SUBJECT, [L.RELATIVE_SUBJECTS]],
  [B.NOT_MODIFIER, [L.NOT_MODIFIERS]],
  [B.SUBJECT_LINK, [L.SUBJECT_LINKS]],
  [B.PRONOUN_OR_ADVERB, [L.PRONOUN_OR_ADVERB_BEFORE_VERB]],
  [B.BEFORE_VERBAL_ING_WORD, [L.BEFORE_VERBAL_ING]],
  [B.MEDIUM_PREP, [L.MEDIUM_PREPS]],
  [B.SUBORDINATOR_OR_ASKED, [L.SUBORDINATORS_OR_ASKED]],
  [B.PARTICIPLE_PREP, [L.PARTICIPLE_PREPS]],
  [B.SETTING_PREP, [L.SETTING_PREPS]],
  [B.SUBORDINATE_WORD, [L.SUBORDINATE_WORDS]],
  [B.SCENE_SUBORDINATOR, [L.SCENE_SUBORDINATORS]],
  [B.INTERJECTION, [L.INTERJECTIONS]],
  [B.ECHO_PRONOUN, [L.ECHO_PRONOUNS]],
  [B.NOUN_SIGNAL, [NOUN_SIGNALS]],
  [B.AFTER_PLURAL, [AFTER_PLURAL_NOUN]],
  [B.POLL_NOUN, [POLL_NOUNS]],
  [B.ARTEFACT, [ARTEFACTS]],
  [B.WORK_NOUN, [WORK_NOUNS]],
  [B.TERM_INTRODUCER, [TERM_INTRODUCERS]],
  [B.ANAPHORIC_DETERMINER, [ANAPHORIC]],
  [B.POSSESSIVE_PRONOUN_WORD, [POSSESSIVE_PRONOUN]],
  [B.TITLE_MODIFIER, [L.TITLE_MODIFIERS]],
  [B.PLAIN_VERB, [L.PLAIN_VERBS]],
  [B.CLAUSE_OPENING_WORD, [L.CLAUSE_OPENING_WORDS]],
  [B.TITLE_LEFT_WORD, [TITLE_LEFT]],
  [B.WORDING_NOUN, [WORDING_NOUNS]],
  [B.NAMING_VERB, [NAMING_VERBS]],
  [B.REPORTED_FORM, [L.REPORTED]],
];

const membersOf = (list: ReadonlySet<string> | WordSet): readonly string[] => (list instanceof WordSet ? list.words : [...list]);
const MEMBERS = [...new Set([...LISTS, ...LISTS2].flatMap(([, lists]) => lists.flatMap(membersOf)))];
/** A trigger word's place in CUE_TRIGGERS.words plus one (0 for any other word). */
const triggerIndex = (w: string) => (CUE_TRIGGERS.has(w) ? CUE_TRIGGERS.words.indexOf(w) + 1 : 0);
const expected = (w: string) => LISTS.reduce((bits, [bit, lists]) => (lists.some((l) => l.has(w)) ? bits | bit : bits), 0);
const expected2 = (w: string) => LISTS2.reduce((bits, [bit, lists]) => (lists.some((l) => l.has(w)) ? bits | bit : bits), 0);

describe('the word bits table', () => {
  it('gives every bit its own place', () => {
    for (const field of [LISTS, LISTS2]) {
      const bits = field.map(([bit]) => bit);
      expect(new Set(bits).size).toBe(bits.length);
      for (const bit of bits) expect(bit & (bit - 1)).toBe(0);
      // (the whole field stays a small integer)
      expect(bits.reduce((a, b) => a | b, 0)).toBeLessThan(2 ** 30);
    }
  });

  it('answers as the lists do, for their members and for words sharing a member’s length and ends', () => {
    const lookalikes = ['sand', 'sail', 'tald', 'wrate', 'stalement', 'unison', 'lawsunt', 'comcussion', 'hes', 'thay', 'mondey', 'constructor', '__proto__', 'tostring', 'a', 'x', '9'];
    for (const w of [...MEMBERS, ...lookalikes]) {
      expect([w, listedWordToken(w, false).bits]).toEqual([w, expected(w)]);
      expect([w, listedWordToken(w, true).bits]).toEqual([w, expected(w) & ~B.LOWER_CASE_ONLY]);
      expect([w, listedWordToken(w, true).trigger]).toEqual([w, triggerIndex(w)]);
      expect([w, listedWordToken(w, false).bits2]).toEqual([w, expected2(w)]);
      expect([w, listedWordToken(w, true).bits2]).toEqual([w, expected2(w)]);
    }
    expect(MEMBERS.length).toBeGreaterThan(1500);
  });

  it('gives a token the same lower case and bits in one lookup (listedWordToken)', () => {
    const lookalikes = ['sand', 'sail', 'tald', 'wrate', 'hes', 'thay', 'constructor', '__proto__', 'trump', 'a', 'x', '9'];
    for (const w of [...MEMBERS, ...lookalikes]) {
      // (a new string of the word's characters, as the tokenizer makes)
      const fresh = ` ${w}`.slice(1);
      for (const cap of [false, true]) expect([w, listedWordToken(fresh, cap)]).toEqual([w, { lower: w, bits: cap ? expected(w) & ~B.LOWER_CASE_ONLY : expected(w), trigger: triggerIndex(w), bits2: expected2(w) }]);
    }
  });

  it('holds no word a punctuation or quotation token could be (those tokens get no bits)', () => {
    expect(MEMBERS).not.toContain('');
    for (const w of MEMBERS.filter((m) => m.length === 1)) expect(readTextFrame(w).tokens[0].kind).toBe('word');
  });
});

describe('token bits', () => {
  const TEXT =
    'The union released a statement on Monday. “We will not back down,” said Maria Olsen, according to the ' +
    'Associated Press. A ballot commission, which the Constructor Group sued in a lawsuit, told reporters it would ' +
    'appeal, adding that the signs were “misleading.” Sign the petition, Statement Union said. He’s Sen. Lee’s aide. ' +
    'The French Party of Jean de Gaulle, a resident, and two mayors; Most answered, Each week.';
  const tokens = readTextFrame(TEXT).tokens;
  const bitsOf = (word: string) => tokens[tokens.findIndex((t) => t.text === word)].bits;
  const triggerOf = (word: string) => tokens[tokens.findIndex((t) => t.text === word)].trigger;

  it('are looked up once per word, a capitalised word keeping all but the lower-case-only bits', () => {
    for (const t of tokens) expect([t.text, t.bits]).toEqual([t.text, t.kind === 'word' ? expected(t.lower) & (t.cap ? ~B.LOWER_CASE_ONLY : ~0) : 0]);
    for (const t of tokens) expect([t.text, t.bits2]).toEqual([t.text, t.kind === 'word' ? expected2(t.lower) : 0]);
    expect(tokens[tokens.findIndex((t) => t.text === 'The')].bits2 & B.ANAPHORIC_DETERMINER).toBe(B.ANAPHORIC_DETERMINER);
    expect(tokens[tokens.findIndex((t) => t.text === 'which')].bits2 & B.RELATIVE_SUBJECT).toBe(B.RELATIVE_SUBJECT);
    expect(bitsOf('said') & B.CUE_TRIGGER).toBe(B.CUE_TRIGGER);
    expect(CUE_TRIGGERS.words[triggerOf('said') - 1]).toBe('said');
    expect(CUE_TRIGGERS.words[triggerOf('according') - 1]).toBe('according');
    expect(triggerOf('Monday')).toBe(0);
    for (const t of tokens) expect([t.text, t.trigger]).toEqual([t.text, t.kind === 'word' ? triggerIndex(t.lower) : 0]);
    expect(bitsOf('statement') & B.DOCUMENT_NOUN).toBe(B.DOCUMENT_NOUN);
    expect(bitsOf('lawsuit') & B.DOCUMENT_NOUN).toBe(B.DOCUMENT_NOUN);
    expect(bitsOf('union') & B.BODY_NOUN).toBe(B.BODY_NOUN);
    expect(bitsOf('commission') & B.BODY_NOUN).toBe(B.BODY_NOUN);
    expect(bitsOf('signs') & B.DOCUMENT_NOUN).toBe(0); // not a document however it is used
    expect(bitsOf('Statement') & (B.DOCUMENT_NOUN | B.BODY_NOUN)).toBe(0);
    expect(bitsOf('Union') & (B.DOCUMENT_NOUN | B.BODY_NOUN)).toBe(0);
    expect(bitsOf('Monday')).toBe(B.WEEKDAY_OR_TIME);
    expect(bitsOf('The') & B.DETERMINER).toBe(B.DETERMINER);
    expect(bitsOf('Sen.') & B.TITLE).toBe(B.TITLE);
    // the name readers' lists: capitalised words keep them (the readers asked the lists of the lower case)
    expect(bitsOf('Party') & B.ORG_HEAD).toBe(B.ORG_HEAD);
    expect(bitsOf('French') & B.DEMONYM).toBe(B.DEMONYM);
    expect(bitsOf('de') & B.NAME_CONNECTOR).toBe(B.NAME_CONNECTOR);
    expect(bitsOf('Most') & B.PRONOUN_QUANTIFIER).toBe(B.PRONOUN_QUANTIFIER);
    expect(bitsOf('Each') & B.TIME_DETERMINER).toBe(B.TIME_DETERMINER);
    expect(bitsOf('resident') & B.MORE_ROLE).toBe(B.MORE_ROLE);
    expect(bitsOf('two') & B.SMALL_NUMBER).toBe(B.SMALL_NUMBER);
    expect(bitsOf('Jean') & (B.ORG_HEAD | B.DEMONYM | B.NAME_CONNECTOR | B.ROLE_NOUN)).toBe(0);
  });
});
