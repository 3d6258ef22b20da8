import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/lib/quotes/extract-quotes.ts';

const speakersOf = (text: string) => extractQuotes(text).quotes.map((q) => q.speaker?.id ?? null);

describe('coreference', () => {
  it('reads a description word that is also a property of every object ("constructor") as a plain word', () => {
    const q = extractQuotes('“We will build it,” said John Smith, a constructor from Ohio.').quotes;
    expect(q.map((x) => [x.speaker?.id, x.speaker?.description])).toEqual([['john-smith', 'constructor from Ohio']]);
  });

  it('resolves a surname to the full name given earlier', () => {
    expect(speakersOf('Finance Minister Karin Holm spoke on Monday. “Taxes will fall,” Holm said.')).toEqual(['karin-holm']);
  });

  it('does not take a quantifier or adverb opening a sentence as part of a name', () => {
    const text = 'Mayor Luis Prado spoke first. Several Prado allies nodded. “The bridge stays,” Prado said. Interestingly Prado smiled. “It stays,” Prado said.';
    expect(speakersOf(text)).toEqual(['luis-prado', 'luis-prado']);
    // a quantified group is nobody the pronouns can mean
    expect(speakersOf('Mayor Luis Prado spoke first. Some Republicans walked out. “We will stay,” he said.')).toEqual(['luis-prado']);
  });

  it('never takes a lone adverb, demonstrative or interjection opening a sentence for a person', () => {
    const text = 'Mayor Luis Prado spoke first. Apparently the vote was close. That was the plan. Well, the count went on. “We will stay,” he said.';
    expect(speakersOf(text)).toEqual(['luis-prado']);
    // nor an indefinite pronoun ("Nobody", "Someone")
    expect(speakersOf('Mayor Luis Prado spoke first. Nobody expected the vote. “We will stay,” he said.')).toEqual(['luis-prado']);
  });

  it('gives a bare surname shared by two people to the one the article introduced first', () => {
    const text =
      'Harbour bill advances.\n\nSenator Marta Quill opened the hearing on Monday. Her husband, Tomas Quill, sat behind her. “This bill is overdue,” Quill said.';
    expect(speakersOf(text)).toEqual(['marta-quill']);
    // a headline's capitalised run ("Praises Tomas Quill") introduces no one
    const headed = 'Senator Praises Tomas Quill Over Bridge Plan\n\nMarta Quill spoke first. Her husband, Tomas Quill, nodded. “We need it,” Quill said.';
    expect(speakersOf(headed)).toEqual(['marta-quill']);
  });

  it('gives a bare surname to the most recent namesake once the first has long left the story', () => {
    const filler = 'The council then turned to the harbour budget and the ferry timetable. '.repeat(30);
    const text = `Mayor Ines Varga opened the bridge.\n\n${filler}\n\nLater, Judge Paolo Varga ruled on the case. “The law is clear,” Varga said.`;
    expect(speakersOf(text)).toEqual(['paolo-varga']);
  });

  it('takes a qualified description the article never gave anyone for the person in focus', () => {
    // "the Oregon senator" after a person introduced without a title: the one in focus
    const text = 'Dana Whitlow spoke in Salem on Friday. The Oregon senator said the plan was “long overdue.”';
    expect(speakersOf(text)).toEqual(['dana-whitlow']);
    // indefinite, unqualified or an unnamed source's role: no one
    expect(speakersOf('Dana Whitlow spoke in Salem on Friday. A Oregon senator said the plan was “long overdue.”')).toEqual([null]);
    expect(speakersOf('Dana Whitlow spoke in Salem on Friday. The senator said the plan was “long overdue.”')).toEqual([null]);
    expect(speakersOf('Dana Whitlow spoke in Salem on Friday. The Oregon spokesman said the plan was “long overdue.”')).toEqual([null]);
  });

  it('reads a body, a title, a first and a last name as that person, who then is the one in focus', () => {
    const text = 'Mayor Ann Lee spoke first.\n\nHarbour Workers Union Chairman David Okafor called the ruling a win.\n\n“It is fair,” he said.';
    expect(speakersOf(text)).toEqual(['david-okafor']);
    // a body's name with no first name in it stays a body
    expect(speakersOf('The Harbour Workers Union Board said the ruling was “fair.”')).toEqual(['harbour-workers-union-board']);
  });

  it('resolves "he" to the person in focus', () => {
    expect(speakersOf('Mayor Luis Prado opened the bridge. He said it was “a new start.”')).toEqual(['luis-prado']);
  });

  it('resolves a role noun to the person in focus when two people share the role', () => {
    const text =
      'Trade Minister Omar Bello met Energy Minister Ruth Adeyemi in Lagos. Bello said the talks went well.\n\n“We agreed on everything,” the minister said.';
    expect(speakersOf(text)).toEqual(['omar-bello']);
  });

  it('resolves a role noun with a nationality to the matching person', () => {
    const text = 'German Chancellor Eva Roth and Spanish Prime Minister Pablo Ruiz met. Later, the Spanish leader said the deal was “historic.”';
    expect(speakersOf(text)).toEqual(['pablo-ruiz']);
  });

  it('resolves a role noun to the person an abbreviated title introduced ("Sen." … "the senator")', () => {
    const text = 'Sen. Maria Duarte and Gov. Paul Keane toured the plant. “We need the jobs,” the senator said. “And the roads,” the governor added.';
    expect(speakersOf(text)).toEqual(['maria-duarte', 'paul-keane']);
  });

  it('tells two ministers apart: the one in focus, then a pronoun for the latest speaker', () => {
    const text =
      'Defence Minister Lars Berg met Foreign Minister Anna Holt in Oslo on Monday. “We agreed on the budget,” Holt said.\n\n“It is a start,” the minister added. Berg was more cautious. “It will take years,” he said.';
    expect(speakersOf(text)).toEqual(['anna-holt', 'anna-holt', 'lars-berg']);
  });

  it('makes "she" and "he" agree with a person whose gender the article makes plain', () => {
    const text = 'Mayor Thomas Reed introduced Councilwoman Ada Brooks at the rally. Reed praised her record. “She has delivered for this city,” he said. “We will finish the job,” she said.';
    expect(speakersOf(text)).toEqual(['thomas-reed', 'ada-brooks']);
    // a first name says as much
    expect(speakersOf('Hillary Dorn spoke after Daniel Katz. Katz left early. “I stayed to the end,” she said.')).toEqual(['hillary-dorn']);
  });

  it('remembers the gender a pronoun showed, so a later pronoun of the other gender looks elsewhere', () => {
    const text = 'President Okafor met Chancellor Lindqvist in Oslo. “It was fair,” he said. “It was not,” she said.';
    expect(speakersOf(text)).toEqual(['okafor', 'lindqvist']);
  });

  it('reads a pronoun inside a sentence as its named subject, but not a reporting aside', () => {
    const text = 'Mayor Ivan Petrov spoke first.\n\nGovernor Liam Burke is known for what he called “a budget that finally adds up.”';
    expect(speakersOf(text)).toEqual(['liam-burke']);
    const aside = 'Dr. Rosa Mendez examined the data.\n\nGovernor Liam Burke is not serious about it, she said. “He never reads the reports.”';
    expect(speakersOf(aside)).toEqual(['rosa-mendez']);
  });

  it('gives no speaker to a pronoun that agrees with no one, rather than a wrong one', () => {
    expect(speakersOf('Senator Robert Hale toured the plant. “It is a fine plant,” she said.')).toEqual([null]);
  });

  it('makes "the woman" agree with the person it names', () => {
    const text = 'Maria Soto, a nurse, said she had waited since dawn. Edward Lin, a retired miner, said he had too. “We want answers,” the woman said.';
    expect(speakersOf(text)).toEqual(['maria-soto']);
  });

  it('gives no speaker for a source no one can resolve', () => {
    const q = extractQuotes('“It was chaos,” a witness said.').quotes[0];
    expect(q.source?.text).toBe('a witness');
    expect(q.speaker).toBeNull();
  });

  it('keeps the description the article introduces a person with', () => {
    const r = extractQuotes('Polish Deputy Minister Radosław Nowak spoke. “No,” Nowak said.');
    expect(r.speakers).toEqual([{ id: 'radoslaw-nowak', name: 'Radosław Nowak', type: 'person', description: 'Polish Deputy Minister' }]);
  });

  it('does not take a sentence-opening adjective or adverb for a person', () => {
    const r = extractQuotes('Small groups of farmers marched to the capital, chanting “No farms, no food.”\n\nUltimately, he said, “it is about bread.”');
    expect(r.speakers).toEqual([]);
  });

  it('keeps junk out of the speaker list: plurals opening a sentence, pronoun-like words, surnames that are also countries', () => {
    const r = extractQuotes('Protesters marching downtown chanted “No more cuts.”\n\nRep. Jim Jordan spoke later. “We will fight this,” Jordan said.');
    expect(r.speakers.map((s) => s.id)).toEqual(['jim-jordan']);
  });

  it('keeps a capitalised particle that is a first name ("Rev. Al Sharpton")', () => {
    const r = extractQuotes('“We march on,” the Rev. Al Sharpton said.');
    expect(r.speakers).toEqual([{ id: 'al-sharpton', name: 'Al Sharpton', type: 'person', description: 'Rev.' }]);
  });
});

describe('what a name or description says, remembered across articles', () => {
  it('reads a name and its description the same in a later article, and each article’s own description as given', () => {
    const speakers = (text: string) => extractQuotes(text).quotes.map((q) => [q.speaker?.id ?? null, q.speaker?.description ?? null]);
    const first = 'Harbour Commissioner Dana Whitlock spoke on Monday. “The ferry stays,” Whitlock said.';
    expect(speakers(first)).toEqual([['dana-whitlock', 'Harbour Commissioner']]);
    expect(speakers(first)).toEqual([['dana-whitlock', 'Harbour Commissioner']]);
    // the same person with another description, and a possessive form of her name, in the next article
    expect(speakers('Port Director Dana Whitlock’s office called on Monday. “The ferry goes,” Whitlock said.')).toEqual([['dana-whitlock', 'Port Director']]);
    // a description that reads as a clause, not a role, is no description in any article
    expect(speakers('Following Monday’s vote Dana Whitlock left. “The ferry goes,” Whitlock said.')).toEqual([['dana-whitlock', null]]);
  });
});

describe('namesakes worked out once per change', () => {
  it('lets a person first met in the headline take part among the namesakes once the body names them in full', () => {
    const text =
      'Tomas Quill and the harbour bill\n\nSenator Marta Quill opened the hearing. Quill nodded. Her husband, Tomas Quill, sat behind her. Marta Quill thanked the clerk. “This bill is overdue,” Quill said.';
    expect(speakersOf(text)).toEqual(['tomas-quill']);
  });
});
