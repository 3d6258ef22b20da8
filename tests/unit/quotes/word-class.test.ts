/**
 * The word-class decisions (word-class.ts) as a table: each row is a sentence, one word in it, and
 * how the engine must read that word there. A row that changes is a change of reading, visible here.
 */
import { describe, expect, it } from 'vitest';
import { readTextFrame } from '../../../src/lib/quotes/text-frame.ts';
import { speechVerbBase } from '../../../src/lib/quotes/speech-cues.ts';
import { capitalisedPlural, isParticiple, isPastForm, isPlainForm, speechFormIsNoun } from '../../../src/lib/quotes/word-class.ts';
import { endsPossessive } from '../../../src/lib/quotes/possessives.ts';

/** How the form of a verb of saying reads in its sentence: 'noun' or 'verb'. */
function readAs(sentence: string, word: string): 'noun' | 'verb' {
  const { tokens, sentences } = readTextFrame(sentence);
  const v = tokens.findIndex((t) => t.text === word);
  const s = sentences.find((x) => x.first <= v && v < x.last);
  const base = speechVerbBase(tokens[v].lower);
  if (v < 0 || !s || !base) throw new Error(`no verb of saying "${word}" in: ${sentence}`);
  return speechFormIsNoun(tokens, s, v, base) ? 'noun' : 'verb';
}

const SPEECH_FORMS: Array<[string, string, 'noun' | 'verb']> = [
  // '-s' forms: plural noun or verb
  ['Support in key states means a lot.', 'states', 'noun'],
  ['Voters in many Asian states, and elsewhere, agree.', 'states', 'noun'],
  ['He is disavowing remarks made by aides.', 'remarks', 'noun'],
  ['The editorial board writes.', 'writes', 'verb'],
  ['Park writes to Ortiz.', 'writes', 'verb'],
  ['The website notes: the plan failed.', 'notes', 'verb'],
  ['Ames notes, “It was late.”', 'notes', 'verb'],
  ['She notes that the plan failed.', 'notes', 'verb'],
  // plain forms after a possessive, a modal, a citing "to"
  ["Kim's mental state is fragile.", 'state', 'noun'],
  ['A spokesman could only quip: no comment.', 'quip', 'verb'],
  ['He asked aides to state, “We are done.”', 'state', 'verb'],
  ['They report that the vote failed.', 'report', 'verb'],
  // forms that are never nouns here
  ['She reported that the vote failed.', 'reported', 'verb'],
  ['She is reporting from Kiev.', 'reporting', 'verb'],
];

describe('word class of a verb of saying’s form', () => {
  it.each(SPEECH_FORMS)('%s — "%s" is a %s', (sentence, word, expected) => {
    expect(readAs(sentence, word)).toBe(expected);
  });
});

describe('word forms', () => {
  const FORMS: Array<[string, { participle: boolean; past: boolean; plain: boolean }]> = [
    ['saying', { participle: true, past: false, plain: false }],
    ['said', { participle: false, past: true, plain: false }],
    ['told', { participle: false, past: true, plain: false }],
    ['written', { participle: false, past: true, plain: true }],
    ['warned', { participle: false, past: true, plain: false }],
    ['warns', { participle: false, past: false, plain: true }],
    ['wrote', { participle: false, past: false, plain: false }],
    ['claim', { participle: false, past: false, plain: true }],
  ];
  it.each(FORMS)('%s', (word, expected) => {
    expect({ participle: isParticiple(word), past: isPastForm(word), plain: isPlainForm(word) }).toEqual(expected);
  });

  it('reads a capitalised plural as a common noun candidate, not a possessive or a name in -ss', () => {
    const word = (w: string) => readTextFrame(w).tokens[0];
    expect(capitalisedPlural(word('Protesters'))).toBe(true);
    expect(capitalisedPlural(word('Bombs'))).toBe(true);
    expect(capitalisedPlural(word('Congress'))).toBe(false);
    expect(capitalisedPlural(word("Trump's"))).toBe(false);
    expect(capitalisedPlural(word('protesters'))).toBe(false);
    expect(capitalisedPlural(word('Bus'))).toBe(false);
  });
});

describe('endsPossessive', () => {
  it('answers as /[\'’]s?$/ does', () => {
    for (const w of ["trump's", 'trump’s', "sanders'", 'sanders’', 'trump', 'bus', "'", 's', "it's", 'x’s’', 'news'])
      expect(endsPossessive(w)).toBe(/['’]s?$/.test(w));
  });
});
