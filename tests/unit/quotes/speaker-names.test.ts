import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/lib/quotes/extract-quotes.ts';
import { ArticleNames, cleanDescription, cleanName, expandShortName, OrganizationNames } from '../../../src/lib/quotes/speaker-names.ts';
import { articleLexicon } from '../../../src/lib/quotes/article-lexicon.ts';
import { runOpenings } from '../../../src/lib/quotes/capital-runs.ts';
import { WantedWords } from '../../../src/lib/quotes/wanted-words.ts';

const lex = articleLexicon('A plain text with the usual words, come what may, and a video that shows little.');

describe('speaker names as readers know them', () => {
  it('moves titles and honorifics out of a name into the description', () => {
    expect(cleanName('Harbour Board Chairwoman Alma Reyes', 'person', lex)).toEqual({ name: 'Alma Reyes', title: 'Harbour Board Chairwoman' });
    expect(cleanName('Journalist Tomas Berg', 'person', lex)).toEqual({ name: 'Tomas Berg', title: 'Journalist' });
    expect(cleanName('Interim Chairperson Ada Kline', 'person', lex)?.name).toBe('Ada Kline');
    expect(cleanName('PollWatch’s Ada Kline', 'person', lex)).toEqual({ name: 'Ada Kline', title: 'PollWatch’s' });
  });

  it('trims cue and headline words glued to a name', () => {
    expect(cleanName('Said Varga', 'person', lex)?.name).toBe('Varga');
    expect(cleanName('See Holm', 'person', lex)?.name).toBe('Holm');
    expect(cleanName('Okafor Sees', 'person', lex)?.name).toBe('Okafor');
    expect(cleanName('Rival Jane Okafor', 'person', lex)?.name).toBe('Jane Okafor');
  });

  it('keeps first names that are also words, and naming titles', () => {
    expect(cleanName('Mark Lund', 'person', lex)?.name).toBe('Mark Lund');
    expect(cleanName('Will Hurst', 'person', lex)?.name).toBe('Will Hurst');
    expect(cleanName('Bill de Vries', 'person', lex)?.name).toBe('Bill de Vries');
  });

  it('rejects words, places and headlines taken for people', () => {
    expect(cleanName('Come', 'person', lex)).toBeNull();
    expect(cleanName('Vermont', 'person', lex)).toBeNull();
    expect(cleanName('New Mexico', 'person', lex)).toBeNull();
    expect(cleanName('New Mexico', 'organization', lex)).toBeNull();
    expect(cleanName('Libya', 'person', lex)).toBeNull();
    expect(cleanName('FLOOD VICTIMS SPEAK OUT', 'person', lex)).toBeNull();
    expect(cleanName('Mayor Wants Park Closed', 'person', lex)).toBeNull();
    expect(cleanName('Senator Explains Why She Voted', 'person', lex)).toBeNull();
    expect(cleanName('NATO', 'organization', lex)?.name).toBe('NATO');
  });

  it('keeps descriptions to titles and appositives, never verb phrases or fragments', () => {
    expect(cleanDescription('Italian Defense Minister')).toBe('Italian Defense Minister');
    expect(cleanDescription('a spokesman for the harbour board')).toBe('a spokesman for the harbour board');
    expect(cleanDescription('his daughter')).toBe('his daughter');
    // a modifier or a noun may open one, a verb never ("involves", "told", "left")
    for (const good of ['retired Air Force general', 'elected county official', 'leading Senate Democrat']) expect(cleanDescription(good), good).toBe(good);
    for (const bad of ['involves Senate Democrat', 'told Deputy Mayor', 'left Foreign Minister', 'remains Senate leader']) expect(cleanDescription(bad), bad).toBeNull();
    for (const bad of ['video shows', 'report accuses', 'heard', 'states', 'left)', 'D-Ore.)', 'spokesman for', 'Former', 'Daily Ledger’s', 'involve Attorney General', 'dynamic', 'new anti-tax super', 'Saturday of Justice']) {
      expect(cleanDescription(bad), bad).toBeNull();
    }
  });

  it('leaves out a two-word name seen only in Title-Case headline lines, unless a first name opens it', () => {
    const text = 'Derelict Obama\nMary Vint\nHarbour Ozzard\nLater the pilot met Harbour Ozzard in port.';
    const names = new ArticleNames(text, articleLexicon(text));
    // "Derelict Obama": only in a headline, its first word no first name: a headline's word glued to a name
    expect(names.onlyInHeadlines('Derelict Obama')).toBe(true);
    expect(names.withWord('obama')).not.toContain('Derelict Obama');
    expect(names.withWord('derelict')).not.toContain('Derelict Obama');
    // a known first name opens "Mary Vint"; "Harbour Ozzard" is also written mid-sentence
    expect(names.onlyInHeadlines('Mary Vint')).toBe(false);
    expect(names.withWord('vint')).toContain('Mary Vint');
    expect(names.onlyInHeadlines('Harbour Ozzard')).toBe(false);
    expect(names.withWord('ozzard')).toEqual(['Harbour Ozzard']);
  });

  it('reads a line as Title Case at exactly four capitalised words in five, even when the capitals come last', () => {
    // after "said", the two words left need exactly nine characters (4 + space + 4): the line's scan
    // may stop early only when the words that still fit could not bring it to four in five
    const headline = 'Dero Obam, said Abcd Efgh\nLater the pilot saw Obam.';
    expect(new ArticleNames(headline, articleLexicon(headline)).onlyInHeadlines('Dero Obam')).toBe(true);
    const sentence = 'Dero Obam, said Abcd efgh\nLater the pilot saw Obam.';
    expect(new ArticleNames(sentence, articleLexicon(sentence)).onlyInHeadlines('Dero Obam')).toBe(false);
  });

  it('expands a short form to the one full name the article gives, and only then', () => {
    const text = 'Harbour pilot Norma Vint spoke first. Later Vint said more. Mr. Lund and Monica Lund came too. Sen. Piet Lund was away.';
    const names = new ArticleNames(text, articleLexicon(text)).withWord('vint');
    expect(names).toEqual(['Norma Vint']);
    // every full name a word opens or ends, titles off, in the order the text gives them
    expect(new ArticleNames(text, articleLexicon(text)).withWord('lund')).toEqual(['Monica Lund', 'Piet Lund']);
    expect(expandShortName('Vint', names, articleLexicon(text))).toBe('Norma Vint');
    // two people called Lund: no guess; "Mr. Lund" is not Monica
    expect(expandShortName('Lund', ['Monica Lund', 'Piet Lund'])).toBeNull();
    expect(expandShortName('Lund', ['Monica Lund'], articleLexicon(text))).toBeNull();
    expect(expandShortName('Lund', ['Monica Lund', 'Piet Lund'], articleLexicon(text))).toBe('Piet Lund');
    // middle initials are one person; the fullest form wins
    expect(expandShortName('Okafor', ['Jane Okafor', 'Jane T. Okafor'])).toBe('Jane T. Okafor');
    // a full name is not replaced by a longer one
    expect(expandShortName('Jane Okafor', ['Crooked Jane Okafor'])).toBeNull();
  });

  it('drops nicknames in quotation marks from the full name', () => {
    const text = 'The mayor’s cousin, state Del. Dora “Dee” Haller, spoke. “We will fight,” Haller said.';
    const q = extractQuotes(text).quotes.find((x) => x.kind === 'speech');
    expect(q?.speaker?.name).toBe('Dora Haller');
  });

  it('puts the quote of an unnamed group or of two people on no page', () => {
    const a = extractQuotes('Minister Lena Holm met the unions. Other ministers said the deal was “far from done.”');
    expect(a.quotes[0].speaker).toBeNull();
    const b = extractQuotes('“We are united,” Holm and Varga said in a joint statement.');
    expect(b.quotes[0].speaker).toBeNull();
  });

  it('gives a speaker their name without the title, the title as description', () => {
    const a = extractQuotes('“The docks stay open,” said Interim Harbour Chairwoman Ada Kline.');
    expect(a.quotes[0].speaker).toMatchObject({ id: 'ada-kline', name: 'Ada Kline', description: 'Interim Harbour Chairwoman' });
    const b = extractQuotes('Rival Jane Okafor said: “The docks stay open.”');
    expect(b.quotes[0].speaker).toMatchObject({ id: 'jane-okafor', name: 'Jane Okafor', description: null });
  });
});

describe('a body, a title and a name taken for a body', () => {
  const lex = articleLexicon('');
  it('is the person when the title is followed by a first and a last name, known first name or not', () => {
    expect(cleanName('Harbour Party Chairman Reince Vatuk', 'organization', lex)).toMatchObject({ name: 'Reince Vatuk', person: true });
    expect(cleanName('Harbour Alliance Secretary General Jens Okafor', 'organization', lex)).toMatchObject({ name: 'Jens Okafor', person: true });
  });

  it('stays the body when a body word ends it', () => {
    expect(cleanName('Harbour Party Chairman Office', 'organization', lex)?.name).toBe('Harbour Party Chairman Office');
  });
});

describe('a body named short', () => {
  const speakerOf = (text: string) => extractQuotes(text).quotes.find((q) => q.kind === 'speech')?.speaker?.name;

  it('takes the fullest name the article gives it, title words and initials included', () => {
    expect(speakerOf('The United Nations Security Council met on Friday. The U.N. Security Council has passed five resolutions.\n\nThe Security Council said the test was “a clear violation.”')).toBe('United Nations Security Council');
    expect(speakerOf('The nonpartisan Commission on Harbour Debates met on Friday.\n\nThe commission says on its website that “there were issues.”')).toBe('Commission on Harbour Debates');
  });

  it('keeps its short name when two different bodies end with it', () => {
    expect(speakerOf('The Harbour Security Council met the Coastal Security Council this week.\n\nThe Security Council said the test was “a clear violation.”')).toBe('Security Council');
  });
});

describe('a number before a surname', () => {
  it('is no part of the name ("Six Varga supporters" names no "Six Varga")', () => {
    const [q] = extractQuotes('Six Varga supporters ran for delegate slots, but lost.\n\n“It was rigged,” Varga said.').quotes;
    expect(q?.speaker?.name).toBe('Varga');
  });
});

describe('a name cleaned again in the same article', () => {
  it('gets the same answer for its type, and a body’s answer is not a person’s', () => {
    const lex = articleLexicon('The harbour board met on Monday.');
    const asBody = cleanName('Harbour Chairman Office', 'organization', lex);
    expect(cleanName('Harbour Chairman Office', 'person', lex)).toEqual({ name: 'Office', title: 'Harbour Chairman' });
    expect(cleanName('Harbour Chairman Office', 'organization', lex)).toEqual(asBody);
    expect(asBody).toEqual({ name: 'Harbour Chairman Office', title: null });
  });

  it('is read against its own article’s words, not another’s', () => {
    expect(cleanName('Board', 'person', articleLexicon('Sam Board spoke.'))?.name).toBe('Board');
    expect(cleanName('Board', 'person', articleLexicon('The board met.'))).toBeNull();
  });
});

describe('the names of bodies an article writes', () => {
  const text = 'The Alliance to Reclaim Our Schools met. McDonald’s Corporation said so, and the Tampa Bay Times’s editors agreed. Sen. Rand Paul spoke.';
  it('are found by their first or last word, a possessive on a word inside kept', () => {
    const orgs = new OrganizationNames(text, undefined, runOpenings(text));
    expect(orgs.withWord('alliance')).toEqual(['Alliance to Reclaim Our Schools']);
    expect(orgs.withWord('schools')).toEqual(['Alliance to Reclaim Our Schools']);
    expect(orgs.withWord('mcdonalds')).toEqual(['McDonald’s Corporation']);
    expect(orgs.withWord('times')).toEqual(['Tampa Bay Times']);
    expect(orgs.withWord('reclaim')).toEqual([]); // a word inside, neither first nor last
    expect(orgs.withWord('paul')).toEqual([]); // a person with a title
  });

  it('are the same when only the runs holding a wanted word are kept', () => {
    for (const key of ['mcdonald', 'corporation']) {
      const orgs = new OrganizationNames(text, new WantedWords(new Set([key])), runOpenings(text));
      expect(orgs.withWord('mcdonalds')).toEqual(['McDonald’s Corporation']);
      expect(orgs.withWord('corporation')).toEqual(['McDonald’s Corporation']);
      expect(orgs.withWord('alliance')).toEqual([]);
    }
  });
});


describe('the runs a name question reads', () => {
  // the first questions read every run's word hashes, later ones an index of them: the same answers, whenever asked
  const text =
    'The Alliance to Reclaim Our Schools met. McDonald’s Corporation said so, and the Tampa Bay Times’s editors agreed. ' +
    'Norma Vint of the Harbour Pilots Association spoke. Later Monica Lund and Sen. Piet Lund met the Tampa Port Authority. ' +
    'The Port of Tampa Bay and the Harbour Pilots Guild wrote to Norma Lund.';
  const keys = ['alliance', 'schools', 'mcdonalds', 'corporation', 'times', 'tampa', 'bay', 'harbour', 'association', 'lund', 'vint', 'norma', 'guild', 'authority', 'port', 'pilots', 'monica', 'piet'];
  // (the first 8 questions of each order are answered by the scan: between the three, every key is
  // answered once by the scan and once by the index)
  const otherOrders = [[...keys].reverse(), [...keys.slice(8), ...keys.slice(0, 8)]];

  it('are the same for a body whether asked first or after the runs are indexed', () => {
    const answers = (order: string[]) => {
      const orgs = new OrganizationNames(text, undefined, runOpenings(text));
      return Object.fromEntries(order.map((k) => [k, orgs.withWord(k)]));
    };
    const forwards = answers(keys);
    for (const order of otherOrders) expect(answers(order)).toEqual(forwards);
    expect(forwards.tampa).toEqual(['Tampa Bay Times', 'Tampa Port Authority']);
  });

  it('are the same for a person whether asked first or after the runs are indexed', () => {
    const answers = (order: string[]) => {
      const names = new ArticleNames(text, articleLexicon(text));
      return Object.fromEntries(order.map((k) => [k, names.withWord(k)]));
    };
    const forwards = answers(keys);
    for (const order of otherOrders) expect(answers(order)).toEqual(forwards);
    expect(forwards.norma).toEqual(['Norma Vint', 'Norma Lund']);
  });
});
