import { describe, expect, it } from 'vitest';
import { readTextFrame } from '../../../src/lib/quotes/text-frame.ts';
import { extractQuotes } from '../../../src/lib/quotes/extract-quotes.ts';

/** [quoted text, kind, source as written] for each quote. */
function attributions(text: string) {
  return extractQuotes(text).quotes.map((q) => [q.text, q.kind, q.source?.text ?? null]);
}

describe('attribution', () => {
  it('gives each part of a quote split around its cue to the same source', () => {
    expect(attributions('“We will rebuild the bridge,” Mayor Ada Park said. “It will take two years.”')).toEqual([
      ['We will rebuild the bridge,', 'speech', 'Mayor Ada Park'],
      ['It will take two years.', 'speech', 'Mayor Ada Park'],
    ]);
  });

  it('reads inverted cues', () => {
    expect(attributions('“The numbers are clear,” said Omar Haddad, a pollster at the institute.')).toEqual([
      ['The numbers are clear,', 'speech', 'Omar Haddad, a pollster at the institute'],
    ]);
  });

  it('reads a colon cue and "according to"', () => {
    expect(attributions('Lena Ortiz told the paper: “We are not leaving.” According to Ortiz, the group “has nowhere else to go.”')).toEqual([
      ['We are not leaving.', 'speech', 'Lena Ortiz'],
      ['has nowhere else to go.', 'speech', 'Ortiz'],
    ]);
  });

  it('hands a quote to a trailing "according to" or "… reported" clause that closes its sentence', () => {
    expect(attributions('“We will not back down,” the mayor said, according to the local radio station.')).toEqual([
      ['We will not back down,', 'speech', 'the local radio station'],
    ]);
    expect(attributions('Fans shouted “Go home!” at the visiting team, the Daily Ledger reported.')).toEqual([['Go home!', 'speech', 'the Daily Ledger']]);
    expect(attributions('“We are not welcome anymore,” said Dana Whitfield, director of Farmers First, reports Valley Times.')).toEqual([
      ['We are not welcome anymore,', 'speech', 'Valley Times'],
    ]);
    expect(attributions('“We are ready,” the coach said, before the team reported for practice at noon on the main field.')).toEqual([
      ['We are ready,', 'speech', 'the coach'],
    ]);
  });

  it('keeps the speaker of relayed words: the outlet is the source as written, not the one who spoke', () => {
    const [quote] = extractQuotes('“We are not welcome anymore,” said Dana Whitfield, director of Farmers First, reports Valley Times.').quotes;
    expect(quote.source?.text).toBe('Valley Times');
    expect(quote.speaker?.name).toBe('Dana Whitfield');
    const [relayed] = extractQuotes('“We will not back down,” Mayor Ada Park said, according to the local radio station.').quotes;
    expect(relayed.speaker?.name).toBe('Ada Park');
  });

  it('gives a partial quote in reported speech to the main speaker, not a later clause', () => {
    expect(attributions('The governor noted that the agency, which had promised new rules, is “moving far too slowly.”')).toEqual([
      ['moving far too slowly.', 'speech', 'The governor'],
    ]);
  });

  it('uses a cue set off by a comma later in the sentence', () => {
    expect(attributions('The plan is “dead on arrival” in the senate, the party leader said.')).toEqual([['dead on arrival', 'speech', 'the party leader']]);
  });

  it('carries a quotation over to the next paragraph when it has no cue of its own', () => {
    expect(attributions('“We had no warning,” the farmer said.\n\n“The water came at night and took everything we had.”')).toEqual([
      ['We had no warning,', 'speech', 'the farmer'],
      ['The water came at night and took everything we had.', 'speech', 'the farmer'],
    ]);
  });

  it('reads transcript labels inside a quote', () => {
    const text = 'The exchange went as follows:\n\n"HOST: Will you run again?\n\n"SMITH: I will not."';
    const quotes = extractQuotes(text).quotes;
    expect(quotes.map((q) => [q.source?.text, q.speaker?.name])).toEqual([
      ['HOST', 'Host'],
      ['SMITH', 'Smith'],
    ]);
  });

  it('reads a dash signature after a quote', () => {
    expect(attributions('“Vote like your town depends on it.” ― Rosa Delgado')).toEqual([['Vote like your town depends on it.', 'speech', 'Rosa Delgado']]);
  });

  it('finds the cue in the sentence after a quote that closes its own sentence', () => {
    expect(attributions('“Is anyone still counting the votes?” the mayor asks as a clerk walks past her desk, saying he is “almost done.”')).toEqual([
      ['Is anyone still counting the votes?', 'speech', 'the mayor'],
      ['almost done.', 'speech', 'the mayor'],
    ]);
    expect(attributions('“The harbor will reopen on Monday!” Port Director Sam Okafor said as the ferry pulled away from the pier.')).toEqual([
      ['The harbor will reopen on Monday!', 'speech', 'Port Director Sam Okafor'],
    ]);
  });

  it('gives the words of a statement or an ad to whoever put it out', () => {
    expect(attributions('The union issued a statement saying the deal was “a betrayal of every worker.”')).toEqual([
      ['a betrayal of every worker.', 'speech', 'The union'],
    ]);
    expect(attributions('On Friday, the senator released a new radio ad that calls the plan “a tax on families.”')).toEqual([
      ['a tax on families.', 'speech', 'the senator'],
    ]);
  });

  it('does not take a cue from the next line for a quote that ends its line', () => {
    const text = '“The budget is balanced,” Mayor Ada Park said. “Every line of it.”\nPark paused, then revealed the plan.';
    expect(attributions(text)).toEqual([
      ['The budget is balanced,', 'speech', 'Mayor Ada Park'],
      ['Every line of it.', 'speech', 'Mayor Ada Park'],
    ]);
  });

  it('takes everything between an opening quote and its verb as the speaker', () => {
    expect(attributions('“We will hold the line,” Save Our Parks for $5 campaign director Lena Ortiz told reporters. “Nobody is leaving.”')).toEqual([
      ['We will hold the line,', 'speech', 'Save Our Parks for $5 campaign director Lena Ortiz'],
      ['Nobody is leaving.', 'speech', 'Save Our Parks for $5 campaign director Lena Ortiz'],
    ]);
  });

  it('reads a name set off by a dash, or introduced by "From", before a colon as the label of the quote', () => {
    expect(attributions('Turnout surprised the experts - Dana Whitfield: “Nobody saw the lines coming.”')).toEqual([
      ['Nobody saw the lines coming.', 'speech', 'Dana Whitfield'],
    ]);
    expect(attributions('More from the survey: “Most voters decided in the final week.”')).toEqual([
      ['Most voters decided in the final week.', 'speech', 'the survey'],
    ]);
    expect(attributions('The mayor said the money came from Ottawa: “We asked and they paid.”')).toEqual([
      ['We asked and they paid.', 'speech', 'The mayor'],
    ]);
  });

  it('lends a participle the speaker of the citation it hangs on', () => {
    expect(attributions('The governor spoke to a paper published on Monday, “We are ready,” she said, adding, “The roads are clear.”')).toEqual([
      ['We are ready,', 'speech', 'she'],
      ['The roads are clear.', 'speech', 'she'],
    ]);
  });

  it('gives a quote that closes an opening "when" clause to that clause\'s speaker', () => {
    expect(attributions('When a neighbor shouted, “Lower taxes,” the mayor laughed, “We are working on it.”')).toEqual([
      ['Lower taxes,', 'speech', 'a neighbor'],
      ['We are working on it.', 'speech', 'the mayor'],
    ]);
  });

  it('finds the subject after an opening phrase whose comma sits inside a title’s quotation marks ("On “Meet the Press,” …")', () => {
    const quotes = extractQuotes(
      '“We will win,” said Tom Quill, the governor. On “Meet the Press,” Senator Peter Varga identified the plan as “a disaster that will cost the state billions of dollars.”',
    ).quotes.filter((q) => q.kind === 'speech');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Tom Quill', 'Peter Varga']);
  });

  it('gives a cue-less quote opening a sentence to the person the sentence before it is about, when that sentence names no one else', () => {
    const names = (text: string) =>
      extractQuotes(text)
        .quotes.filter((q) => q.kind === 'speech')
        .map((q) => q.speaker?.name);
    expect(names('“It goes in one ear and out the other,” Tom Varga said. Anna Varga shook her head. “Tom is much better about it than I am.”')).toEqual(['Tom Varga', 'Anna Varga']);
    expect(names('“Pay is important, but education matters more,” said Nora Quill, 32. Quill backs Senator Maria Tovar in the race. “I have a degree, but I also have student loans.”')).toEqual(['Nora Quill', 'Nora Quill']);
  });

  it('gives answers reported in a poll that frames the sentence to the poll', () => {
    expect(attributions('In a state university poll released Friday, 40 percent of voters said the race was “too close to call.”')).toEqual([
      ['too close to call.', 'speech', 'a state university poll'],
    ]);
    expect(attributions('In a memo sent as polls closed, the manager said the night was “a turning point.”')).toEqual([
      ['a turning point.', 'speech', 'the manager'],
    ]);
  });

  it('takes a name with appositives, or with a nickname, before the verb as the speaker', () => {
    expect(attributions('“It is a land grab,” Rosa Delgado, the county attorney, one of the plaintiffs, said in an interview.')).toEqual([
      ['It is a land grab,', 'speech', 'Rosa Delgado, the county attorney, one of the plaintiffs'],
    ]);
    expect(attributions('“What a night!” Lane’s niece, state Sen. Marcia “Cia” Price (D-Vale), shouted to the crowd. “Thank you all.”')).toEqual([
      ['What a night!', 'speech', 'Lane’s niece, state Sen. Marcia “Cia” Price (D-Vale)'],
      ['Cia', 'term', null],
      ['Thank you all.', 'speech', 'Lane’s niece, state Sen. Marcia “Cia” Price (D-Vale)'],
    ]);
  });

  it('keeps a coordinated speaker whole before the verb', () => {
    expect(attributions('“The bridge is safe,” engineers Ada Park and Omar Haddad of the state transport agency wrote in March.')).toEqual([
      ['The bridge is safe,', 'speech', 'engineers Ada Park and Omar Haddad of the state transport agency'],
    ]);
  });

  it('lends a participle the pronoun subject of the coordinated clause it hangs on', () => {
    expect(attributions('Mayor Ada Park fought the budget cuts, but the effort failed, and she has feuded with the council ever since, at one point calling its chair “a coward.”')).toEqual([
      ['a coward.', 'speech', 'she'],
    ]);
  });

  it('gives a quote after "though he said," to that clause', () => {
    expect(attributions('“I am not ready,” Park said on Monday, though she said, “I hope to be.”')).toEqual([
      ['I am not ready,', 'speech', 'Park'],
      ['I hope to be.', 'speech', 'she'],
    ]);
  });

  it('gives a coordinated verb the subject of its own clause', () => {
    const text = 'When Omar Haddad, the senator’s chief of staff was asked during a dinner hosted by The Daily Ledger if the senator would resign before the vote, he laughed and said, “Not a chance.”';
    expect(attributions(text)).toEqual([['Not a chance.', 'speech', 'he']]);
  });

  it('reads a noun-like verb before a colon as the cue of the block quote that follows', () => {
    const text = 'It is hard to overstate the charter, as the city archive notes:\n\n"In 1901 the council met in a barn.\n\n"The charter came a year later.';
    expect(attributions(text)).toEqual([
      ['In 1901 the council met in a barn.', 'speech', 'the city archive'],
      ['The charter came a year later.', 'speech', 'the city archive'],
    ]);
  });

  it('lets a closing ", said X" govern a sentence whose earlier verbs do not introduce the quote', () => {
    expect(attributions('The company’s growth has stirred mixed feelings in many Pacific states, and it has used “soft power” in the valley, said Lena Ortiz, a planner at the state university.')).toEqual([
      ['soft power', 'speech', 'Lena Ortiz, a planner at the state university'],
    ]);
    // …even when a verb right before the quote introduces it
    expect(attributions('The vote signals “the end of the union” for the region, said Lena Ortiz, a planner.').map((q) => q[2])).toEqual(['Lena Ortiz, a planner']);
  });

  it('carries a speaker over a short stage direction between quotations', () => {
    const text = '“Hello, I am calling from the campaign,” Ada Park said into the phone.\n\nShe pauses.\n\n“Well, thank you so much for your time.”\n\nThe volunteers kept dialing.';
    expect(attributions(text)).toEqual([
      ['Hello, I am calling from the campaign,', 'speech', 'Ada Park'],
      ['Well, thank you so much for your time.', 'speech', 'Ada Park'],
    ]);
  });

  it('reads a paragraph of a dash and a name as the signature of the quotation before it', () => {
    const text = 'Claims from the week:\n\n"We paid off the whole debt in two years."\n\n- Mayor Ada Park, at a town meeting.\n\nThe debt was in fact paid off in four.';
    expect(attributions(text)).toEqual([['We paid off the whole debt in two years.', 'speech', 'Mayor Ada Park']]);
  });

  it('calls titles, nicknames and so-called phrases terms', () => {
    expect(attributions('Speaking on NBC’s “Meet the Press,” the senator said the so-called “fair share” law was a mistake.')).toEqual([
      ['Meet the Press,', 'term', null],
      ['fair share', 'term', null],
    ]);
    expect(attributions('The film, titled “Borderline,” opens Friday.')).toEqual([['Borderline,', 'term', null]]);
  });

  it('calls a short scare quote with no cue a term', () => {
    expect(attributions('The company sold “premium” water at twice the price.')).toEqual([['premium', 'term', null]]);
  });

  it('attributes to an organisation or a capital standing for its government', () => {
    const r = extractQuotes('Beijing has dismissed the report as “groundless.”');
    expect(r.quotes[0].source?.text).toBe('Beijing');
    expect(r.quotes[0].speaker).toEqual({ id: 'china', name: 'China', type: 'organization', description: 'Chinese government' });
  });

  it('prefers a relative clause that directly introduces the quote', () => {
    const r = extractQuotes('“Time is short,” said Ada Cole, who said there were “too many open questions.”');
    expect(r.quotes.map((q) => [q.source?.text, q.speaker?.id])).toEqual([
      ['Ada Cole', 'ada-cole'],
      ['who', 'ada-cole'],
    ]);
  });

  it('gives a quote to a relative clause that has a speaker of its own', () => {
    expect(attributions('Ruth Hale said the council backed the new levy, which Mayor Cole called “a tax on the poor.”')).toEqual([
      ['a tax on the poor.', 'speech', 'Mayor Cole'],
    ]);
    expect(attributions('Hale said the plan was sound, to which Cole replied: “It is not.”')).toEqual([['It is not.', 'speech', 'Cole']]);
    // an opening "According to X," still frames the sentence
    expect(attributions('According to the local paper, Hale backed the levy, which she called “overdue.”')).toEqual([['overdue.', 'speech', 'the local paper']]);
  });

  it('hands a quote to a closing "according to X" even without a comma before it', () => {
    expect(attributions('“We regret the ruling,” a spokesman for the mayor said in a statement according to the Valley Times.').map((q) => q[2])).toEqual(['the Valley Times']);
    // not one inside the sentence
    expect(attributions('“We regret it,” Hale said according to custom and then left the hall early.').map((q) => q[2])).toEqual(['Hale']);
  });

  it('runs an "according to" source on to the maker of the record it names', () => {
    expect(attributions('“The evidence cannot prove the charge,” according to a court filing written by county attorney Ada Park.').map((q) => q[2])).toEqual([
      'a court filing written by county attorney Ada Park',
    ]);
    const [q] = extractQuotes('“We are not leaving,” the mayor said Monday, according to audio provided by Valley Radio.').quotes;
    expect(q.source?.text).toBe('audio provided by Valley Radio');
    expect(q.speaker?.name).toBe(undefined);
  });

  it('gives a quote with a cue on each side to the one that introduces it', () => {
    expect(attributions('Ruth Hale fired back: “That is simply false,” she wrote.')).toEqual([['That is simply false,', 'speech', 'Ruth Hale']]);
    // not a noun's relative clause, nor a coordinated verb whose subject is far back
    expect(attributions('Nothing the mayor said “will change my mind,” the senator said.')).toEqual([['will change my mind,', 'speech', 'the senator']]);
    const t = 'Hale said the vote was close but added, “We will win,” Hale said.';
    expect(extractQuotes(t).quotes[0].source?.start).toBe(t.lastIndexOf('Hale'));
  });

  it('keeps the opening citation of a sentence when a pronoun cue after the quote only echoes it', () => {
    expect(attributions('Mayor Ada Park scolded him: “You were warned twice,” she said.').map((q) => q[2])).toEqual(['Mayor Ada Park']);
    expect(attributions('Ada Park said she backed the levy because “the roads cannot wait,” she said.').map((q) => q[2])).toEqual(['Ada Park']);
    // an aside inside the sentence is not an echo
    expect(attributions('Ada Park suggested the plan was weak - “it will not work,” she said - and left.').map((q) => q[2])).toEqual(['she']);
  });

  it('exposes the echoing cue after the quote', async () => {
    const { splitSentences } = await import('../../../src/lib/quotes/sentences.ts');
    const { findCuePairs } = await import('../../../src/lib/quotes/cues.ts');
    const { cueForQuote } = await import('../../../src/lib/quotes/attribution.ts');
    const text = 'Ada Park fired back: “You were warned,” she wrote.';
    const tokens = readTextFrame(text).tokens;
    const [s] = splitSentences(text, tokens);
    const qi = tokens.findIndex((t) => t.kind === 'quote');
    const found = cueForQuote(tokens, s, findCuePairs(tokens, s), qi, null);
    const words = (ph: { first: number; last: number } | null | undefined) => (ph ? tokens.slice(ph.first, ph.last).map((t) => t.text).join(' ') : null);
    expect(words(found?.pair.subject)).toBe('Ada Park');
    expect(words(found?.echo?.subject)).toBe('she');
  });

  it('hands the turn after an echoed citation to the echoing cue', () => {
    expect(attributions('Sen. Ada Park scolded him: “You are wrong about this,” she said. “Nobody in this room believes you.”').map((q) => q[2])).toEqual([
      'Sen. Ada Park',
      'she',
    ]);
  });

  it('gives the rest of a split quote to whoever its first part went to', () => {
    expect(attributions('Ruth Hale fired back: “That is false,” she wrote, “and she knows it.”').map((q) => q[2])).toEqual(['Ruth Hale', 'Ruth Hale']);
    expect(attributions('Since the plant closed, the town has “lost its heart,” she says, “and its young people.”').map((q) => q[2])).toEqual(['she', 'she']);
  });

  it('gives a quote to an aside "as X noted" set off inside the sentence, unless a verb of its own introduces it', () => {
    expect(attributions('Hale thought the levy was fair and that the result, as she later explained, was “a perfect storm.”').map((q) => q[2])).toEqual(['she']);
    expect(attributions('Senator Ruth Hale -- as her rivals noted this week -- has called the plan “a fantasy.”').map((q) => q[2])).toEqual(['her rivals']);
    expect(attributions('Ruth Hale, as her rivals noted, said “we will win.”').map((q) => q[2])).toEqual(['Ruth Hale']);
  });

  it('reads "who’s" as a relative pronoun, not the main speaker', () => {
    expect(attributions('Ruth Hale, who’s thinking about a run for governor, said it was “impossible” to win.').map((q) => q[2])).toEqual(['Ruth Hale, who’s thinking about a run for governor']);
  });

  it('never takes a relative pronoun right after a quote for its speaker', () => {
    expect(attributions('“We will search the new records” that could answer the request, the company’s lawyer wrote in a filing.').map((q) => q[2])).toEqual([
      'the company’s lawyer',
    ]);
    expect(attributions('The school handed out “playbooks” that told staff how to sell courses.')).toEqual([['playbooks', 'term', null]]);
  });

  it('lends a participle after a "when"/"where" clause that clause\'s subject', () => {
    expect(attributions('The first clash came at the college, when the students interrupted her speech, shouting “go home!”').map((q) => q[2])).toEqual(['the students']);
    expect(attributions('Hale spoke down the street, where about 50 workers had gathered on Monday, chanting “no deal, no peace” after the talks failed.').map((q) => q[2])).toEqual([
      'about 50 workers',
    ]);
    // the clause may open the sentence
    expect(attributions('When the students interrupted her speech, shouting “go home!”').map((q) => q[2])).toEqual(['the students']);
    // no subject of its own ("when forced to …"): the main one
    expect(attributions('Ruth Hale laughed when forced to defend the plan, saying “it works.”').map((q) => q[2])).toEqual(['Ruth Hale']);
  });

  it('lets a closing "… reported" follow a quotation that ends on a comma', () => {
    expect(attributions('Asked about the vote, Hale said, “No comment,” the Valley Times reported.')).toEqual([['No comment,', 'speech', 'the Valley Times']]);
  });

  it('skips an opening subordinate clause to find the main speaker', () => {
    expect(attributions('Asked whether he believed the rival plan, Mayor Tom Reyes said it was “a fantasy.”')).toEqual([['a fantasy.', 'speech', 'Mayor Tom Reyes']]);
  });

  it('restarts at a new main clause', () => {
    expect(attributions('The mayor proposed a debate on Monday — but the Hale campaign rejected the idea as “absurd.”').map((q) => q[2])).toEqual(['the Hale campaign']);
    expect(attributions('Ames refers to the governor as “my friend,” while Cole refers to him as “the boss.”')).toEqual([
      ['my friend,', 'speech', 'Ames'],
      ['the boss.', 'speech', 'Cole'],
    ]);
  });

  it('keeps "Name of Place" together as the source', () => {
    expect(attributions('“We were not consulted,” Mr. Lund of the Hill Valley Trust said.')).toEqual([
      ['We were not consulted,', 'speech', 'Mr. Lund of the Hill Valley Trust'],
    ]);
  });

  it('carries a short quote after a split cue', () => {
    expect(attributions('“I feel good about November,” Senator Ruth Hale said. “Very good.”')).toEqual([
      ['I feel good about November,', 'speech', 'Senator Ruth Hale'],
      ['Very good.', 'speech', 'Senator Ruth Hale'],
    ]);
  });

  it('reads a quantifier as the subject', () => {
    expect(attributions('Most said they were “very worried” about prices.')).toEqual([['very worried', 'speech', 'Most']]);
  });

  it('hands a quotation after a colon paragraph to that sentence\'s subject', () => {
    expect(attributions('The board then published this statement:\n\n“We regret the decision and will appeal.”')).toEqual([
      ['We regret the decision and will appeal.', 'speech', 'The board'],
    ]);
    expect(attributions('The full transcript of the call:\n\n“We regret the decision.”')).toEqual([['We regret the decision.', 'speech', 'The full transcript']]);
  });

  it('gives a quote to a later subordinate clause with its own speaker, unless a comma closes it', () => {
    expect(attributions('Dana Holt said she would attend, although she tweeted that the talks were “a waste of time.”')).toEqual([
      ['a waste of time.', 'speech', 'she'],
    ]);
    expect(attributions('The mayor noted that the fund had grown since it was created, but that it “still falls short.”')).toEqual([
      ['still falls short.', 'speech', 'The mayor'],
    ]);
  });

  it('lets a sentence that names a speaker without a quote hand the next quotation to them', () => {
    expect(attributions('Howard continued his scathing remarks.\n\n“Eight years ago she was the favourite, and she lost.”')).toEqual([
      ['Eight years ago she was the favourite, and she lost.', 'speech', 'Howard'],
    ]);
    // …but such a verb cites nothing in its own sentence
    expect(attributions('The council will continue its “listening tour” next week.')).toEqual([['listening tour', 'term', null]]);
  });
  it('lets a sentence whose only citation is a participle hand the next quotation to its subject', () => {
    const text = '“The plan is sound,” the mayor said.\n\nNadia Ferraro ended the debate by saying she would vote for it. “I will back it, and back it gladly.”';
    expect(attributions(text).map((q) => q[2])).toEqual(['the mayor', 'Nadia Ferraro']);
  });
  it('lets a citation in a sentence whose quotes are only terms hand the next quotation on', () => {
    const text = '“We are ready,” the mayor said.\n\nThe so-called “town hall” was empty, the editor wrote. “It has not met since the spring.”';
    expect(attributions(text).map((q) => q.slice(1))).toEqual([
      ['speech', 'the mayor'],
      ['term', null],
      ['speech', 'the editor'],
    ]);
  });
  it('keeps a short quote that runs straight into its sentence a term, even right after speech', () => {
    const text = '“Send it unclassified,” the aide wrote. “Eyes only” is a marking for the most sensitive cables.';
    expect(attributions(text).map((q) => q[1])).toEqual(['speech', 'term']);
    // …while a short reply of the speaker carries on
    expect(attributions('“Sit down,” the chairman said. “Now.”').map((q) => q[1])).toEqual(['speech', 'speech']);
  });
  it('does not take a next sentence whose verb opens its own reported clause as the cue of the quote before', () => {
    const text = '“We will rebuild,” the mayor said. The plan covers “every bridge in the county.” Ortiz says he has not seen it.';
    expect(attributions(text).map((q) => q[2])).not.toContain('Ortiz');
    // …but a short cue sentence still signs it
    expect(attributions('“Why now?” Ortiz asked.').map((q) => q[2])).toEqual(['Ortiz']);
  });
  it('hands the next quotation to a speaker cited in a new clause after the sentence’s quote', () => {
    const text = '“Take the picture now,” Ebeling said, and her husband added with a grin. “Don’t forget me.”';
    expect(attributions(text).map((q) => q[2])).toEqual(['Ebeling', 'her husband']);
    // a relative clause about the speaker is no new speaker
    const rel = '“Turnout will be high,” said Ana Ruiz, a pollster who said earlier that the race was close. “Very high.”';
    const [first, second] = attributions(rel).map((q) => q[2]);
    expect(second).toBe(first);
  });
  it('does not read an infinitive as a participle citation handing on the next quotation', () => {
    const text = '“We need more ships,” the admiral said.\n\nStronger ties could help the navies, in the hope of building a force to defend the coast. “Every port must be ready.”';
    expect(attributions(text).map((q) => q[2])).toEqual(['the admiral', 'the admiral']);
  });
  it('gives a cue-less quote to a subject that takes a stand on it', () => {
    expect(attributions('The mayor supports “a fair deal for renters” in the new budget.')).toEqual([['a fair deal for renters', 'speech', 'The mayor']]);
    expect(attributions('The campaign’s bet is that “voters will forgive the delay.”')).toEqual([['voters will forgive the delay.', 'speech', 'The campaign’s bet']]);
    // no verb of stance: the writer's own label
    expect(attributions('The council held a “town hall” on Monday.')).toEqual([['town hall', 'term', null]]);
  });
  it('gives a wording to whoever uses it', () => {
    expect(attributions('The senator has often used the term “deep state” in speeches.')).toEqual([['deep state', 'speech', 'The senator']]);
    expect(attributions('The governor coined a new phrase, “fiscal fairness,” last year.')).toEqual([['fiscal fairness,', 'speech', 'The governor']]);
    // a term merely mentioned stays a term
    expect(attributions('The so-called “deep state” is a myth.')).toEqual([['deep state', 'term', null]]);
  });
  it('finds the subject after an opener with no comma', () => {
    expect(attributions('Then she turned on her rival, calling him a “coward.”')).toEqual([['coward.', 'speech', 'she']]);
  });
  it('keeps a programme told something a title', () => {
    expect(attributions('“We will win,” the governor told “Morning Edition” on Friday.').map((q) => q[1])).toEqual(['speech', 'term']);
  });
  it('gives a long cue-less quote inside a clause to that clause’s subject, not the previous speaker', () => {
    const text = '“We are ready,” the mayor said. The council worried that the new budget was becoming “a blank check for projects that nobody in this city has costed yet.”';
    expect(attributions(text)).toEqual([
      ['We are ready,', 'speech', 'the mayor'],
      ['a blank check for projects that nobody in this city has costed yet.', 'speech', 'The council'],
    ]);
  });
  it('leaves a cue-less quotation with nobody in reach as speech with no source, for an editor to attribute', () => {
    expect(attributions('The banner over the gate read in red letters. “Welcome home to all our brave workers.”')).toEqual([
      ['Welcome home to all our brave workers.', 'speech', null],
    ]);
    // …but carries on the speaker of the paragraph
    expect(attributions('“We are ready,” the mayor said. “Every crew is out on the roads tonight.”').map((q) => q[2])).toEqual(['the mayor', 'the mayor']);
  });
  it('reads a capitalised modal before a name as a first name', () => {
    expect(attributions('“Costs keep rising,” said Will Harlan, a dean at the college.')).toEqual([['Costs keep rising,', 'speech', 'Will Harlan, a dean at the college']]);
  });
  it('runs a quote closing on a question mark into the cue after it, even in a long sentence with its own quote', () => {
    const text = '“Who remembers how many races we have lost? Two? Three?” Reyes asks as an aide walks in, promising to “fix everything by Friday.”';
    expect(attributions(text)[0]).toEqual(['Who remembers how many races we have lost? Two? Three?', 'speech', 'Reyes']);
  });
  it('gives a quote introduced by a subordinate clause’s cue and its addressee to that clause’s speaker', () => {
    const text = 'At the forum, Dalton was talking about trade when she told Ann Lee of the Tribune, “We will not sign a bad deal.”';
    expect(attributions(text)).toEqual([['We will not sign a bad deal.', 'speech', 'she']]);
    // …but not when the comma closes a phrase inside someone's reported clause
    expect(attributions('Mayor Ada Park said that once the council goes on recess, “we will start the repairs.”')[0][2]).toBe('Mayor Ada Park');
  });
  it('leaves a quote closing an opening "even as" clause to that clause’s speaker', () => {
    const text = 'But even as Mayor Ada Park insisted on Monday that the plan “will pay for itself,” two members of the council said the numbers do not add up.';
    expect(attributions(text)).toEqual([['will pay for itself,', 'speech', 'Mayor Ada Park']]);
  });
  it('gives a quote in a set-off relative clause to its own cue, but one in a restrictive relative to the main speaker', () => {
    expect(attributions('“We lost,” said Mayor Ada Park, who said the vote was “a warning to all of us.”')[1]).toEqual(['a warning to all of us.', 'speech', 'who']);
    const text = 'The union leader Omar Haddad is criticizing a columnist who wrote that the strikers were “lazy and spoiled” in a weekend piece.';
    expect(attributions(text)).toEqual([['lazy and spoiled', 'speech', 'The union leader Omar Haddad']]);
  });
  it('gives a quote after a colon to the later clause that introduces it, not the sentence’s first cue', () => {
    const text = 'Dalton said both rivals were “out of their depth,” but she gave the younger one a rare compliment: “He never hides what he thinks.”';
    expect(attributions(text)[1]).toEqual(['He never hides what he thinks.', 'speech', 'she']);
    // …but the colon inside the first speaker's own reported clause stays theirs
    expect(attributions('Dalton said she is left with two choices: “stay home or vote for him.”')[0][2]).toBe('Dalton');
  });
  it('gives a quote in a later clause after ", and" to that clause’s own cue, not the sentence’s first', () => {
    const text = 'Pundits each called it a “bad week” for the mayor, and with polls showing his rival ahead, a report by the newspaper says that “dozens of donors are poised to leave him.”';
    expect(attributions(text)[1][2]).toBe('the newspaper');
    // …but a noun inside an opening phrase is not that clause's subject
    const later = 'The clerk first said he had kept the files, but in a later interview said he had “wiped them all” that week.';
    expect(attributions(later)[0][2]).toBe('The clerk');
  });
  it('gives the words of a document to whoever passed or put it out, past a time phrase before "that"', () => {
    expect(attributions('The board voted 5-2 for the resolution which said the town “rejects the plan in full.”')[0][2]).toBe('The board');
    expect(attributions('He released a note from his lawyer on Monday that says he is “free of any debt.”')[0][2]).toBe('He');
  });
  it('lets a participle find the subject of the clause it trails across a short quoted title', () => {
    const text = '“Too much?” He tweeted when Cole ended a debate last month with a nod to the “Star Wars” film, remarking, “Thank you, and good night.”';
    expect(attributions(text).at(-1)).toEqual(['Thank you, and good night.', 'speech', 'Cole']);
  });
});
