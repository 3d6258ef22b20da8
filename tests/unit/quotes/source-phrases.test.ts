import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/lib/quotes/extract-quotes.ts';

/** [quoted text, source as written] for each speech quote. */
function sources(text: string) {
  return extractQuotes(text)
    .quotes.filter((q) => q.kind === 'speech')
    .map((q) => [q.text, q.source?.text ?? null]);
}

describe('the source phrase of a cue', () => {
  it('gives a quote to the outlet that relays it at the end of the sentence', () => {
    expect(sources('“We will not stop here,” Mayor Ruth Kale said, according to the Daily Ledger. “The work goes on.”')).toEqual([
      ['We will not stop here,', 'the Daily Ledger'],
      ['The work goes on.', 'the Daily Ledger'],
    ]);
    expect(sources('“It is over,” said Tom Reyes, a county official, reports the Valley Courier.')).toEqual([['It is over,', 'the Valley Courier']]);
    expect(sources('Lee welcomed the vote, saying it was “the right call,” hinting he may run again, the Courier reported.')).toEqual([['the right call,', 'the Courier']]);
    // "according to" inside the reported words is not a relay
    expect(sources('“It is over,” Reyes said, adding that according to the polls he trails.')).toEqual([['It is over,', 'Reyes']]);
  });

  it('gives words of an issued statement or ad to whoever issued it', () => {
    expect(sources('The union issued a statement saying the deal was “a betrayal of every worker.”')).toEqual([['a betrayal of every worker.', 'The union']]);
    expect(sources('Her campaign put out a new radio ad calling the plan “a tax on families.”')).toEqual([['a tax on families.', 'Her campaign']]);
    expect(sources('Senator Ames released a video that said, “We can do better than this.”')).toEqual([['We can do better than this.', 'Senator Ames']]);
  });

  it('finds the main subject past a leading conjunction, a fronted place or an approximate number', () => {
    expect(sources('But Sen. Dora Hale (D-Ore.) declined to say more, responding that she is “not going there.”')).toEqual([['not going there.', 'Sen. Dora Hale (D-Ore.)']]);
    expect(sources('Outside the courthouse in the old town, about 50 marchers gathered in the rain, waving flags and chanting “No more delays.”')).toEqual([
      ['No more delays.', 'about 50 marchers'],
    ]);
  });

  it('takes the first comma segment of the clause as the subject, past interruptions', () => {
    expect(sources('Ohio Rep. Ben Lord’s office, for instance, said he would “wait and see.”')).toEqual([['wait and see.', 'Ohio Rep. Ben Lord’s office']]);
    expect(sources('Marta Diaz, 41, of Akron, Ohio, said she felt “ignored by both parties.”')).toEqual([['ignored by both parties.', 'Marta Diaz, 41']]);
    expect(sources('Grant, speaking at a diner in Dayton, Ohio, said the plan was “dead on arrival.”')).toEqual([['dead on arrival.', 'Grant']]);
    expect(sources('Opponents of the measure, however, say it would “gut the agency.”')).toEqual([['gut the agency.', 'Opponents of the measure']]);
    expect(sources('Lee Park, the mayor of Easton, one of the towns in the suit, said it was “a hollow win.”')).toEqual([
      ['a hollow win.', 'Lee Park, the mayor of Easton, one of the towns in the suit'],
    ]);
  });

  it('reads a participle after a noun as a name or a passive, not as that noun citing', () => {
    // "a course called “…”" names the course; the later participle still speaks for the main subject
    expect(extractQuotes('Later, Dunn shared a flyer for a course called “Civics” on her blog, writing “Come one, come all to the hall.”').quotes.map((q) => [q.text, q.kind, q.source?.text ?? null])).toEqual([
      ['Civics', 'term', null],
      ['Come one, come all to the hall.', 'speech', 'Dunn'],
    ]);
  });

  it('gives a coordinated verb the subject of the nearest clause', () => {
    expect(sources('When Tom Bell, the party chair, was asked about it at lunch, he laughed and said, “Ask me later.”')).toEqual([['Ask me later.', 'he']]);
    expect(sources('The mood soured when Governor Ann Lee lamented the “sorry state” of the race and criticized the “cheap tricks” on display.')).toEqual([
      ['sorry state', 'Governor Ann Lee'],
      ['cheap tricks', 'Governor Ann Lee'],
    ]);
  });

  it('keeps a long subject whole: a relative clause, or everything between a quote and its verb', () => {
    expect(sources('A city official who spoke on condition of anonymity to discuss the budget said, “The cuts are coming.”')).toEqual([
      ['The cuts are coming.', 'A city official who spoke on condition of anonymity to discuss the budget'],
    ]);
    expect(sources('“The plant could restart within a year,” energy analysts Ruth Ames and Joel Park of the Center for Grid Studies wrote in May.')).toEqual([
      ['The plant could restart within a year,', 'energy analysts Ruth Ames and Joel Park of the Center for Grid Studies'],
    ]);
    // a pronoun subject stays itself
    expect(sources('Reyes, once a skeptic, said he backed the bill because “it finally works.”')).toEqual([['it finally works.', 'Reyes']]);
  });

  it('gives a quote after "- Name:" or "from Name:" to that name', () => {
    expect(sources('Turnout models missed the surge - Dana Holt: “Nobody saw the young voters coming.”')).toEqual([['Nobody saw the young voters coming.', 'Dana Holt']]);
    expect(sources('The gap is real - More from Holt and Reyes: “The suburbs moved by ten points.”')).toEqual([['The suburbs moved by ten points.', 'Holt and Reyes']]);
  });

  it('takes a cue opening the next sentence when it closes its own clause', () => {
    expect(sources('“Is anyone home? Hello?” Ortiz asks as a neighbour walks past the porch, waving at “the new guy.”')).toEqual([
      ['Is anyone home? Hello?', 'Ortiz'],
      ['the new guy.', 'Ortiz'],
    ]);
    expect(sources('"Good morning, this is the Lee campaign." Hall, a retired nurse from Dover, said cheerfully into the phone.')).toEqual([
      ['Good morning, this is the Lee campaign.', 'Hall, a retired nurse from Dover'],
    ]);
  });

  it('reads names and phrases that look like small words', () => {
    expect(sources('“We are proud to cast our votes,” US Senator Dale Finch said as the roll call began.')).toEqual([['We are proud to cast our votes,', 'US Senator Dale Finch']]);
    expect(sources('“The senator has lost his nerve,” reads a Sunday editorial in the Valley Courier.')).toEqual([['The senator has lost his nerve,', 'a Sunday editorial']]);
    expect(sources('“Enough is enough,” Jo Park, who is chair of the Hill Fund said in a statement.')).toEqual([['Enough is enough,', 'Jo Park, who is chair of the Hill Fund']]);
    // "ruled out" cites no one
    expect(sources('With a second term ruled out, Reyes said he would back “whoever runs.”')).toEqual([['whoever runs.', 'Reyes']]);
  });

  it('does not let a common noun’s participle govern the sentence', () => {
    expect(sources('Waving banners calling the mayor “Mister No,” the marchers chanted “Open the park.”')).toEqual([
      ['Mister No,', 'the marchers'],
      ['Open the park.', 'the marchers'],
    ]);
    expect(sources('Governor Ames, despite admitting he had doubts about “the price tag,” backed the plan.')).toEqual([['the price tag,', 'Governor Ames']]);
  });

  it('reads a subject modified by a passive participle and a capitalised outlet before the verb', () => {
    expect(sources('A March 3 memo from the county board obtained by The Daily Press warns that “cuts are coming.”')).toEqual([
      ['cuts are coming.', 'A March 3 memo from the county board obtained by The Daily Press'],
    ]);
  });

  it('reads a subject with a dash-set appositive', () => {
    expect(sources('Mia Cole — a nurse from Dover — says the vote was “a big deal.”')).toEqual([['a big deal.', 'Mia Cole — a nurse from Dover']]);
    expect(sources('Gov. Ann Lee -- a former prosecutor -- said the effort was “a disaster.”')).toEqual([['a disaster.', 'Gov. Ann Lee -- a former prosecutor']]);
  });

  it('skips a sentence adverb that is not an -ly word', () => {
    expect(sources('Likewise, a report from the state auditor had this to say about the plan: “It will not work.”')).toEqual([['It will not work.', 'a report']]);
  });

  it('does not read a plural noun or a gerund phrase as a citation', () => {
    expect(sources('Trade has grown fast in many Asian states, and it is “a quiet revolution,” said Lena Fox, a scholar in Almaty.')).toEqual([
      ['a quiet revolution,', 'Lena Fox, a scholar in Almaty'],
    ]);
    expect(sources('Ruiz said the bill is “the best of both worlds,” giving states more power.')).toEqual([['the best of both worlds,', 'Ruiz']]);
  });

  it('reads a first name that is also a small word after an inverted verb', () => {
    expect(sources('“It is a costly model,” said Will Archer, a professor of economics.')).toEqual([['It is a costly model,', 'Will Archer, a professor of economics']]);
  });

  it('gives an "-ing" verb after "kept" or "keeps" to that verb’s subject, and skips "In Place, St.,"', () => {
    expect(sources('The crowd cheered as she keeps talking about the “power of we.”')).toEqual([['power of we.', 'she']]);
    expect(sources('At a forum last month in Dover, Del., the retired judge ended her talk by quoting a poet: “Nothing is lost.”')).toEqual([
      ['Nothing is lost.', 'the retired judge'],
    ]);
  });

  it('reads "her" before a noun as a determiner', () => {
    expect(sources('The suit put him “through the wringer,” according to her lawyers.')).toEqual([['through the wringer,', 'her lawyers']]);
  });

  it('does not let "a firm called Acme" cite anything', () => {
    expect(sources('The campaign paid a firm called Acme Data, which builds what it calls “mood maps” of voters.')).toEqual([['mood maps', 'it']]);
  });

  it('gives respondents’ answers to the poll named in the sentence', () => {
    expect(sources('In a state poll released Friday, 62 percent of voters said the roads were “a disgrace.”')).toEqual([['a disgrace.', 'a state poll']]);
    // without a poll the share itself is the source
    expect(sources('Asked about the plan, 21 percent said “not likely.”')).toEqual([['not likely.', '21 percent']]);
  });

  it('steps over "in a statement" to the real subject', () => {
    expect(sources('Mayor Lin in her first speech called the plan “a betrayal.”')).toEqual([['a betrayal.', 'Mayor Lin']]);
    expect(sources('Dana Roe, the party chair, backs the mayor and in a statement praised her “steady hand.”')).toEqual([['steady hand.', 'Dana Roe']]);
    // …but "a narrator in the ad" is one subject
    expect(sources('“Can you trust him?” a narrator in the new ad asks.')).toEqual([['Can you trust him?', 'a narrator in the new ad']]);
  });

  it('reads "an email to supporters saying" as the sender’s words', () => {
    expect(sources('After the vote, her campaign sent out an email to supporters saying: “We did it together.”')).toEqual([['We did it together.', 'her campaign']]);
    expect(sources('The mayor’s weekly email to residents notes that the park is “finally open.”')).toEqual([['finally open.', 'The mayor’s weekly email to residents']]);
  });

  it('keeps lower-case title words between an organisation and a name', () => {
    const q = extractQuotes('“The race is tightening,” said WKBN host Rita Vance. Former state party chairman Tom Ode wrote: “Nobody saw this coming.”').quotes;
    expect(q.map((x) => [x.source?.text, x.speaker?.name])).toEqual([
      ['WKBN host Rita Vance', 'Rita Vance'],
      ['Former state party chairman Tom Ode', 'Tom Ode'],
    ]);
  });

  it('resolves the speaker behind a description and skips a state after a place', () => {
    const q = extractQuotes('Another critic, Ann Holt, likened the plan to “a bonfire of rights.” At a hearing in Dover, Del., Reyes, in a grey suit, said little. “It is all true,” he said.').quotes;
    expect(q.map((x) => [x.source?.text, x.speaker?.name])).toEqual([
      ['Another critic, Ann Holt', 'Ann Holt'],
      ['he', 'Reyes'],
    ]);
  });

  it('reads "is quoted as saying", "can be heard asking" and "the two write"', () => {
    expect(sources('“We are out of the field fast,” Lane is quoted as saying.')).toEqual([['We are out of the field fast,', 'Lane']]);
    expect(sources('“Is that a promise?” a voter can be heard asking Reyes after the event.')).toEqual([['Is that a promise?', 'a voter']]);
    expect(sources('“You picked a new standard out of thin air,” the two write.')).toEqual([['You picked a new standard out of thin air,', 'the two']]);
  });

  it('reads "in X’s view" and "in his words" as citations', () => {
    expect(sources('It is “a failure across the board,” in Holt’s view.')).toEqual([['a failure across the board,', 'Holt’s']]);
    expect(sources('The city keeps growing because, in Reuters’ words, “nobody builds faster.”')).toEqual([['nobody builds faster.', 'Reuters']]);
    expect(sources('The plan was, in his words, “dead on arrival.”')).toEqual([['dead on arrival.', 'his']]);
  });

  it('takes "who" as the subject when an interruption follows it', () => {
    expect(sources('Her tone was softer than that of her aides, who, on a call Friday, accused Reyes of “stealing our data.”')).toEqual([['stealing our data.', 'who']]);
  });

  it('reads a plain verb form after "a" + adjective as a noun', () => {
    expect(sources('“Come and stay with us!” a welcome message on the town website reads.')).toEqual([['Come and stay with us!', 'a welcome message on the town website']]);
  });

  it('reads a capitalised past form after an appositive as the verb', () => {
    expect(sources('“Not us, but we like it!” Dunn, the head of the PAC, Tweeted on Friday.')).toEqual([['Not us, but we like it!', 'Dunn, the head of the PAC']]);
  });

  it('reads a capitalised function word before a verb of saying as a surname', () => {
    expect(sources('“The party has to change,” From said.')).toEqual([['The party has to change,', 'From']]);
    expect(sources('“This should end the race,” Will wrote.')).toEqual([['This should end the race,', 'Will']]);
    expect(sources('The old adviser Ben From said the plan was “a gift to the other side.”')).toEqual([['a gift to the other side.', 'Ben From']]);
  });

  it('inverts "remembered", "exhorted" and "reacted" after a quote', () => {
    expect(sources('“Nobody wanted it,” remembered Ida Kahn, the former spokeswoman.')).toEqual([['Nobody wanted it,', 'Ida Kahn, the former spokeswoman']]);
    expect(sources('“Who is he talking about?” reacted Moreno.')).toEqual([['Who is he talking about?', 'Moreno']]);
    expect(sources('“Go and vote!” exhorted the mayor.')).toEqual([['Go and vote!', 'the mayor']]);
  });

  it('names an organisation that starts with a time word', () => {
    expect(sources('“The race is over,” wrote Time magazine.')).toEqual([['The race is over,', 'Time magazine']]);
  });

  it('reads a participle before "to"/"as" after a noun as no cue', () => {
    expect(sources('Beside a flag likened to a gang sign, Gov. Ann Poe (R-Ky.) said “it has no place here.”')).toEqual([['it has no place here.', 'Gov. Ann Poe (R-Ky.)']]);
    expect(sources('He hired Dale Ross, whom one insider described as “his brother.”')).toEqual([['his brother.', 'one insider']]);
  });

  it('keeps "mother of three" and a list inside an appositive in the subject', () => {
    expect(sources('“No,” the 40-year-old mother of three replied.')).toEqual([['No,', 'the 40-year-old mother of three']]);
    expect(sources('The rules “will not fix this,” Ann Roe, secretary for health, housing, and labor, said on a call.')).toEqual([['will not fix this,', 'Ann Roe, secretary for health']]);
  });

  it('reads "was quick to add" as saying', () => {
    expect(sources('Hale was quick to add that the wall is “not negotiable.”')).toEqual([['not negotiable.', 'Hale']]);
  });

  it('keeps a group before "in Place" and a modal-spelt first name in the subject', () => {
    expect(sources('“It is over,” voters in New Hampshire say.')).toEqual([['It is over,', 'voters in New Hampshire']]);
    expect(sources('“We need a plan,” Will Baxter, the county chair, said.')).toEqual([['We need a plan,', 'Will Baxter, the county chair']]);
  });

  it('reads no speech into "thinking about", "is booming", "is telling" or a plural noun after a preposition', () => {
    expect(sources('Ruiz, who is thinking about a run, said it was “hopeless” for him.')).toEqual([['hopeless', 'Ruiz']]);
    expect(sources('The economy is booming, and the “recovery” is real.')).toEqual([]);
    expect(sources('Her lead in key states means “she is doing fine,” Lowe says.')).toEqual([['she is doing fine,', 'Lowe']]);
  });

  it('gives a piece a newspaper ran to the newspaper, and ends a citation with "the board writes."', () => {
    expect(sources('The Daily Post ran a piece that noted the plan “helps the rich.”')).toEqual([['helps the rich.', 'The Daily Post']]);
    expect(sources('Lee is a “careful thinker” who has won twice in the state, the editorial board writes.')).toEqual([['careful thinker', 'the editorial board']]);
  });

  it('finds the subject past a place and state, an object pronoun, or a participle and a day', () => {
    expect(sources('Diaz looked tired after a man in Toledo, Ohio, told him he was “too soft.”')).toEqual([['too soft.', 'a man in Toledo, Ohio']]);
    expect(sources('The unions who wrote to her on Monday say they are “deeply worried.”')).toEqual([['deeply worried.', 'The unions who wrote to her']]);
    expect(sources('The claim is “pure speculation,” the ruling released Friday said.')).toEqual([['pure speculation,', 'the ruling released Friday']]);
  });

  it('reads "a snappy retort" as a noun', () => {
    expect(sources('Lowe delivered a snappy retort: “Nobody is leaving.”')).toEqual([['Nobody is leaving.', 'Lowe']]);
  });

  it('gives a participle after a subordinate clause to that clause’s subject, and none to an event', () => {
    expect(sources('The trouble began at the town hall, when Hale supporters interrupted the mayor, shouting “not our town!”')).toEqual([['not our town!', 'Hale supporters']]);
    expect(sources('The hotel is near the pier, where about 40 workers had gathered on Monday, chanting “fair pay now.”')).toEqual([['fair pay now.', 'about 40 workers']]);
    expect(sources('Lowe opened their third debate saying “of course” she respects her rival.')).toEqual([['of course', 'Lowe']]);
  });

  it('reads plural and setting-delayed speech nouns, and no speech in "declare war"', () => {
    expect(sources('Hale rallied the crowd with his calls to end the “rigged system.”')).toEqual([['rigged system.', 'his']]);
    expect(sources('Critics pounced on her claim during the debate that “the plan is working.”')).toEqual([['the plan is working.', 'her']]);
    expect(sources('Lee laid out his plan, stating that the country should declare war on the group that calls itself a “state.”')).toEqual([['state.', 'Lee']]);
  });

  it('gives a participle to the pronoun subject of a preceding "though" clause', () => {
    expect(sources('Lowe has been cautious, though at a rally last week she used harsher words, saying the deal “must die.”')).toEqual([['must die.', 'she']]);
  });

  it('keeps a curly plural possessive in the subject', () => {
    expect(sources('“Not a chance,” Davies’ campaign manager said.')).toEqual([['Not a chance,', 'Davies’ campaign manager']]);
  });

  it('reads no cue in a participle with "by" after a name, nor in a noun whose quote continues the clause', () => {
    expect(sources('Speaking about the anger in Ohio highlighted by the closures, Gov. Ann Poe (R-Ohio) said she was “listening.”')).toEqual([['listening.', 'Gov. Ann Poe (R-Ohio)']]);
    expect(sources('The city issued a statement Monday saying Lee’s remarks “are not based on facts.”')).toEqual([['are not based on facts.', 'The city']]);
  });

  it('gives an infinitive after "for X to" to X', () => {
    expect(sources('It was time for the senators to accuse the board of “gross neglect.”')).toEqual([['gross neglect.', 'the senators']]);
  });

  it('reads a parenthetical inside an appositive and a weak verb whose quote follows a comma', () => {
    expect(sources('Ana Ruiz, the High Commissioner for Human Rights (OHCHR), reacted coolly to the plan, “It is not enough.”')).toEqual([
      ['It is not enough.', 'Ana Ruiz, the High Commissioner for Human Rights (OHCHR)'],
    ]);
  });

  it('gives "is shown lecturing" to the one shown, and a participle after "in which …" to that clause’s subject', () => {
    expect(sources('In the clip, the preacher, who died in 2011, is shown lecturing: “Stand firm.”')).toEqual([['Stand firm.', 'the preacher']]);
    expect(sources('The spot opens with a scene, “Home Alone,” in which kids use a toy truck to smash a fence, yelling “mine!”')).toEqual([['mine!', 'kids']]);
  });

  it('ends a subject phrase before a plain verb form it ran into', () => {
    expect(sources('The new ad ends with a narrator, saying “Vote early.”')).toEqual([['Vote early.', 'The new ad']]);
  });

  it('keeps an unclosed relative clause in the subject, and finds the subject after "And then"', () => {
    expect(sources('“Vote early,” Ida Moss, the analyst who founded pollwatch.org tweeted on Friday.')).toEqual([['Vote early,', 'Ida Moss, the analyst who founded pollwatch.org']]);
    expect(sources('And then Lowe went on the attack, saying, “Where is the money?”')).toEqual([['Where is the money?', 'Lowe']]);
  });

  it('skips a fronted participle phrase with a dash-set aside before the subject', () => {
    expect(sources('Quickly seizing on the attack ― much as he did last year ― Lowe blamed his rivals and stressed the danger that “open borders” pose.')).toEqual([
      ['open borders', 'Lowe'],
    ]);
  });

  it('reads "ordered" as a verb of saying', () => {
    expect(sources('In the scene, the station chief orders his team to “stand down.”')).toEqual([['stand down.', 'the station chief']]);
  });

  it('gives "“…,” came shouts from the crowd" to the crowd', () => {
    expect(sources('“Count the votes,” came shouts from the floor.')).toEqual([['Count the votes,', 'the floor']]);
    expect(sources('“Never,” came the reply from Ms. Ortiz.')).toEqual([['Never,', 'Ms. Ortiz']]);
  });

  it('gives an infinitive of saying to the object of a causing verb, and a participle after a dash-set clause to its subject', () => {
    expect(sources('The ruling prompted the union to accuse the board of “bad faith.”')).toEqual([['bad faith.', 'the union']]);
    expect(sources('The rally was outside the old mill — now a museum — where about 30 workers had gathered, chanting “fair pay.”')).toEqual([['fair pay.', 'about 30 workers']]);
  });

  it('keeps a title that owns its "of" in the subject', () => {
    expect(sources('“We are ready,” Secretary of State Ann Poe said.')).toEqual([['We are ready,', 'Secretary of State Ann Poe']]);
    expect(sources('Later, Speaker of the House Rep. Dan Ruiz (R-Ky.) said it had “no place here.”')).toEqual([['no place here.', 'Speaker of the House Rep. Dan Ruiz (R-Ky.)']]);
  });

  it('knows more verbs of saying ("assails", "groused", "chuckled")', () => {
    expect(sources('Moss assails in sharp prose what she calls the “great lie” of the season.')).toEqual([['great lie', 'Moss']]);
    expect(sources('“Not again,” groused Lee.')).toEqual([['Not again,', 'Lee']]);
    expect(sources('“We will see,” chuckled the senator.')).toEqual([['We will see,', 'the senator']]);
  });
});

describe('noun phrases before a name', () => {
  it('stops at a past-form verb after a bare noun', () => {
    expect(sources('That record prompted Kate Lowe’s Election Atlas to state, “Vigo is the bellwether.”')).toEqual([['Vigo is the bellwether.', 'Kate Lowe’s Election Atlas']]);
  });
});

describe('a fronted time phrase', () => {
  it('is no subject ("Each election cycle, …", "Every year, …")', () => {
    expect(sources('Every year, the mayor makes a pledge: “No new taxes.”')).toEqual([['No new taxes.', 'the mayor']]);
    expect(sources('Each election cycle, there’s a promise many voters make: “If he wins, I’m leaving!”')[0][1]).not.toBe('Each election cycle');
  });
});

describe('an opening interjection', () => {
  it('is no subject ("Well, …", "Look, …")', () => {
    expect(sources('Well, the senator has a message: “We are done.”')).toEqual([['We are done.', 'the senator']]);
  });
});
