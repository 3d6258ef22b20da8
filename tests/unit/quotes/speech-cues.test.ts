import { describe, expect, it } from 'vitest';
import { readTextFrame } from '../../../src/lib/quotes/text-frame.ts';
import { speechBaseOf, speechVerbBase } from '../../../src/lib/quotes/speech-cues.ts';
import { CUE_TRIGGERS, findCuePairs, startsOnlyPhraseCue } from '../../../src/lib/quotes/cues.ts';
import { CUE_NOUNS } from '../../../src/lib/quotes/cue-words.ts';
import { splitSentences } from '../../../src/lib/quotes/sentences.ts';
import { CUE_TRIGGER } from '../../../src/lib/quotes/word-bits.ts';

function cues(text: string): Array<[string, string | null]> {
  const tokens = readTextFrame(text).tokens;
  const out: Array<[string, string | null]> = [];
  for (const s of splitSentences(text, tokens)) {
    for (const p of findCuePairs(tokens, s)) {
      out.push([
        text.slice(tokens[p.cueFirst].start, tokens[p.cueLast - 1].end),
        p.subject ? text.slice(tokens[p.subject.first].start, tokens[p.subject.last - 1].end) : null,
      ]);
    }
  }
  return out;
}

describe('speech verbs', () => {
  it('knows inflected and irregular forms', () => {
    expect(speechVerbBase('said')).toBe('say');
    expect(speechVerbBase('told')).toBe('tell');
    expect(speechVerbBase('warned')).toBe('warn');
    expect(speechVerbBase('denies')).toBe('deny');
    expect(speechVerbBase('quipped')).toBe('quip');
    expect(speechVerbBase('table')).toBeNull();
    expect(speechVerbBase('confessed')).toBe('confess');
    expect(speechVerbBase('retaliated')).toBe('retaliate');
  });
});

describe('cue and source pairs', () => {
  it('finds the subject before the verb, skipping auxiliaries and adverbs', () => {
    expect(cues('The city has repeatedly said that it will pay.')).toEqual([['said', 'The city']]);
  });

  it('finds an inverted subject after a quotation', () => {
    expect(cues('“We will win,” said Jane Roe.')).toEqual([['said', 'Jane Roe']]);
  });

  it('reads an appositive between name and verb', () => {
    expect(cues('“Not now,” Ann Lee, a city council member, said.')).toEqual([['said', 'Ann Lee, a city council member']]);
  });

  it('reads "according to X"', () => {
    expect(cues('According to the mayor, the road will close.')).toEqual([['According to', 'the mayor']]);
  });

  it('takes no cue from nouns, negations or passives without an agent', () => {
    expect(cues('The reports of fraud were false.')).toEqual([]);
    expect(cues('He did not say anything.')).toEqual([]);
    expect(cues('The bill was called a disaster.')).toEqual([]);
  });

  it('takes the agent of a passive', () => {
    expect(cues('The plan was described by the governor as “reckless.”')).toEqual([['described', 'the governor']]);
  });
});

describe('possessive nouns of saying', () => {
  it('reaches the owner past a few modifiers', () => {
    expect(cues('Pence’s recent unsupported assertion that “jobs are returning” drew fire.')).toContainEqual(['assertion', 'Pence’s']);
    expect(cues('Unions recall her April comment that “coal is finished.”')).toContainEqual(['comment', 'her']);
    expect(cues('Adams’s controversial pledge to stay “neutral” angered both sides.')).toContainEqual(['pledge', 'Adams’s']);
  });
  it('takes a call for a quoted demand', () => {
    expect(cues('Warren’s urgent call for a “wealth tax” drew cheers.')).toContainEqual(['call', 'Warren’s']);
    expect(cues('His call for “fair trade” was popular.')).toContainEqual(['call', 'His']);
  });
  it('gives the owner of "by her own admission" the rest of the sentence', () => {
    expect(cues('The plan by her own admission was a “blunder.”')).toContainEqual(['admission', 'her']);
  });
  it('does not pass a determiner between owner and noun', () => {
    expect(cues('Smith’s is the claim that “it works.”')).not.toContainEqual(['claim', 'Smith’s']);
  });
});

describe('object-control verbs of saying', () => {
  it('makes the object of a causative the speaker of "to state" / "to counter"', () => {
    expect(cues('The vote prompted the county board, which tracks turnout, to state, “We are the best bellwether.”')).toContainEqual(['state', 'the county board, which tracks turnout']);
    expect(cues('The post spread fast, leading party strategists like Ann Cole to counter that “the numbers are wrong.”')).toContainEqual(['counter', 'Ann Cole']);
    expect(cues('The post spread fast, leading party strategists to counter that “the numbers are wrong.”')).toContainEqual(['counter', 'party strategists']);
  });
  it('keeps "state" after "to" a noun when it cites nothing', () => {
    expect(cues('Power passed from city to state last year.')).toEqual([]);
  });
});

describe('object relatives before a naming verb', () => {
  it('keeps "which the mayor called “…”" a cue with its subject', () => {
    expect(cues('It was a plan which the mayor called “a disaster.”')).toContainEqual(['called', 'the mayor']);
    expect(cues('She teaches a class called “Perception.”')).toEqual([]);
  });
});

describe('counted nouns', () => {
  it('reads an "-s" speech word after a number as a plural noun', () => {
    expect(cues('Aides sent 2,400 emails that were later marked “classified” by the agency.')).not.toContainEqual(['emails', '2,400']);
    expect(cues('Aides sent 2,400 emails that were later marked “classified” by the agency.').map((p) => p[0])).not.toContain('emails');
  });
});

describe('nouns of attack', () => {
  it('take a quoted target after "against" or "at"', () => {
    expect(cues('But Warren’s broadside against “easy money” leaves room for doubt.')).toContainEqual(['broadside', 'Warren’s']);
    expect(cues('His jab at “sleepy” rivals drew laughs.')).toContainEqual(['jab', 'His']);
  });
  it('do not take a plain "against"', () => {
    expect(cues('Her complaint against the firm was dismissed.')).toEqual([]);
  });
});

describe('verbs of portrayal', () => {
  it('cite like "describe"', () => {
    expect(speechVerbBase('portrayed')).toBe('portray');
    expect(cues('Many reporters portray the race as a “two-man contest.”')).toContainEqual(['portray', 'Many reporters']);
    expect(cues('It is common for pundits to portray the vote as a “revolt.”')).toContainEqual(['portray', 'pundits']);
  });
});

describe('verbs of hoping', () => {
  it('cite like "believe", but not as a noun', () => {
    expect(cues('Researchers hope to harness what is called “regenerative medicine.”')).toContainEqual(['hope', 'Researchers']);
    expect(cues('The hopes of the party rest on a “miracle.”').map((p) => p[0])).not.toContain('hopes');
  });
});

describe('documents that list', () => {
  it('cite with "lists … as", but "list" stays a noun', () => {
    expect(cues('Her profile page lists her as “Senior Adviser.”')).toContainEqual(['lists', 'Her profile page']);
    expect(cues('He made a list of “enemies.”').map((p) => p[0])).not.toContain('list');
  });
});

describe('"writes" before an addressee', () => {
  it('is the verb, while "responds to" and "agrees to" cite nothing alone', () => {
    expect(cues('Garcia writes to Patel.')).toEqual([['writes', 'Garcia']]);
    expect(cues('The treaty says little, though Spain agrees to the terms.').map((p) => p[0])).not.toContain('agrees');
  });
});

describe('"started" as a verb of saying', () => {
  it('cites right after a quote, but not when it starts something', () => {
    expect(cues('“The paper says you met them,” Hale started.')).toContainEqual(['started', 'Hale']);
    expect(cues('Trump started his rally with a joke.').map((p) => p[0])).not.toContain('started');
  });
});

describe('an "-s" form after an "-ing" verb', () => {
  it('is its object, a plural noun ("is disavowing remarks")', () => {
    expect(cues('The senator is disavowing remarks made by an aide.').map((p) => p[0])).not.toContain('remarks');
    expect(cues('Something tells me “it is over.”')).toContainEqual(['tells', 'Something']);
  });
});

describe('adverbs and modals before a verb of saying', () => {
  it('steps over "only"/"simply" to the subject, and a bare form after a modal is a verb', () => {
    expect(cues('A spokesman could simply say: “We are done.”')).toContainEqual(['say', 'A spokesman']);
    expect(cues('The aide could only quip: “We are done.”')).toContainEqual(['quip', 'The aide']);
    expect(cues('It was a quip from the aide.').map((p) => p[0])).not.toContain('quip');
  });
});

describe('"responds to X" before a set-off quotation', () => {
  it('is the verb', () => {
    expect(cues('Garcia responds to Patel with, “Why now?”')).toContainEqual(['responds', 'Garcia']);
    expect(cues('The country responds to violence at home.').map((p) => p[0])).not.toContain('responds');
  });
});

describe('words that start only a phrase cue', () => {
  // findCuePairs reads no noun or verb of saying at these words: that is exact only while none is one
  it('are cue triggers but neither a noun nor a form of a verb of saying', () => {
    for (const w of ['in', 'came', 'comes', 'according']) {
      expect(startsOnlyPhraseCue(w)).toBe(true);
      expect(CUE_TRIGGERS.has(w)).toBe(true);
      expect(CUE_NOUNS.has(w)).toBe(false);
      expect(speechVerbBase(w)).toBeNull();
    }
    expect(startsOnlyPhraseCue('said')).toBe(false);
    expect(startsOnlyPhraseCue('claim')).toBe(false);
  });

  it('still give their phrase cues, and a verb or noun of saying beside them is still read', () => {
    expect(cues('The plan will fail, according to Jane Roe.')).toEqual([['according to', 'Jane Roe']]);
    expect(cues('In his words, the plan “will fail.”')).toEqual([['In his words', 'his']]);
    expect(cues('“Call the roll,” came the reply from Jane Roe.')).toEqual([['came the reply from', 'Jane Roe']]);
    expect(cues('In Iowa, Jane Roe said the plan would fail.')).toEqual([['said', 'Jane Roe']]);
  });
});

describe('findCuePairs from the first trigger to the last', () => {
  it('finds the same pairs as over the whole sentence', () => {
    const text =
      'In Iowa, Jane Roe said the plan would fail, according to her aide. “Call the roll,” came the reply from the chair, who later told reporters that the mayor’s claim was false. Nobody spoke. The plan, she added, “will fail,” and Roe warned again.';
    const tokens = readTextFrame(text).tokens;
    let withTriggers = 0;
    for (const s of splitSentences(text, tokens)) {
      let from = -1;
      let to = -1;
      for (let k = s.first; k < s.last; k++) {
        if ((tokens[k].bits & CUE_TRIGGER) === 0) continue;
        if (from < 0) from = k;
        to = k + 1;
      }
      if (from < 0) {
        expect(findCuePairs(tokens, s)).toEqual([]);
        continue;
      }
      withTriggers++;
      expect(findCuePairs(tokens, s, from, to)).toEqual(findCuePairs(tokens, s));
    }
    expect(withTriggers).toBeGreaterThan(2);
  });
});

describe('a token’s speech verb base', () => {
  it('is speechVerbBase of its lower case for every trigger word, capitalised or not, asked again or not', () => {
    const words = CUE_TRIGGERS.words.filter((w) => /^[a-z]/.test(w) && !w.includes(' '));
    const text = words.map((w, i) => (i % 2 ? w : w[0].toUpperCase() + w.slice(1))).join(' ') + ' Mark notes that Smith said so.';
    const tokens = readTextFrame(text).tokens;
    for (let round = 0; round < 2; round++) {
      for (const t of tokens) expect(speechBaseOf(t)).toBe(t.kind === 'word' ? speechVerbBase(t.lower) : null);
    }
  });
});
