import { describe, expect, it } from 'vitest';
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

  it('skips an opening subordinate clause to find the main speaker', () => {
    expect(attributions('Asked whether he believed the rival plan, Mayor Tom Reyes said it was “a fantasy.”')).toEqual([['a fantasy.', 'speech', 'Mayor Tom Reyes']]);
  });

  it('restarts at a new main clause', () => {
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
});
