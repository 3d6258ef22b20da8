/**
 * The seed article end to end: every speech quote with the right speaker and cue, "peace plan" a
 * term, speakers exactly the five people and organisations the reference lists. The article is
 * embedded here (tests never read ../shared); paragraph numbers count blank-line separated blocks.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/lib/quotes/extract-quotes.ts';

const SEED =
  'Sending NATO troops into Ukraine would block any diplomatic efforts to stop conflict between Kiev and Moscow, Rome has warned\n\nParis and Warsaw have no right to speak for all NATO members when it comes to troop deployment into Ukraine, Italian Defense Minister Guido Crosetto told La Stampa newspaper in an interview published on Sunday. Such a move would only lead to escalation and hurt any potential diplomatic efforts to end hostilities between Moscow and Kiev, he added.\n\nThe minister was commenting on recent statements by French President Emmanuel Macron and by Polish Foreign Minister Radoslaw Sikorski, each of whom has entertained the possibility of sending the US-led bloc’s troops to aid Kiev.\n\nLast week, the French leader said that the West “cannot exclude” the possibility of NATO forces being deployed to Ukraine. His comments sparked a wave of denials from senior officials of NATO member states, including the UK, Czech Republic, Finland and Sweden, who insisted that they harbor no such plans. Poland had initially also said it wouldn’t send any troops to Ukraine.\n\nThen, on Friday, Poland’s top diplomat Sikorski stated that Russia’s military operation in Ukraine requires “asymmetric escalation” on the part of the West, adding that “the presence of NATO forces in Ukraine is not unthinkable.” Macron himself repeatedly stated that he stood by his remarks. This week, he said that there were “no limits” to the West’s options in its support for Kiev.\n\n“France and Poland can speak for themselves [but] not on behalf of NATO,” Crosetto said about the developments. He also stated that making such arguments now “makes no sense.” Any potential NATO troop deployment to Ukraine “means taking a step towards one-sided escalation that would block the path to diplomacy,” the minister warned.\n\nAccording to Crosetto, it is diplomacy that Kiev’s Western backers should focus on, since they are struggling to keep up with Russia’s military production capacity anyway. Moscow is “more equipped and agile than NATO” when it comes to military production, the defense minister said, adding that “the West has discovered that it has a much lower production capacity than Russia.”\n\nThe minister particularly noted that Brussels-based NATO had managed to somewhat increase its ammunition production capacity in a year since it had promised to supply Kiev with one million artillery rounds, but that it “still remains lower than the Russian one.”\n\nUnder such circumstances, the West “must give all possible support to Kiev” but “think about helping” Ukraine in “another way,” Crosetto said, adding that Western nations ought to “activate diplomatic channels.”\n\nEarlier, Pope Francis called on Kiev to “have the courage” to engage in talks with Moscow to save lives rather than to let the bloodshed continue. He also said that there was no shortage of nations and international actors, including himself, who were willing to act as mediators in this regard.\n\nMoscow has repeatedly said that it is ready for talks with Kiev at any moment, as long as the reality on the ground is taken into account. Kiev withdrew from the Istanbul negotiations with Russia in spring 2022 and has since put forward a “peace plan” demanding Russian troop withdrawals from all territories Ukraine claims as its own before any talks can even start. Russia has dismissed these demands as “absurd.”';

const EXPECTED: Array<[number, string, 'speech' | 'term', string | null, string | null]> = [
  // paragraph, quoted text, kind, speaker id, source as written
  [3, 'cannot exclude', 'speech', 'emmanuel-macron', 'the French leader'],
  [4, 'asymmetric escalation', 'speech', 'radoslaw-sikorski', 'Poland’s top diplomat Sikorski'],
  [4, 'the presence of NATO forces in Ukraine is not unthinkable.', 'speech', 'radoslaw-sikorski', 'Poland’s top diplomat Sikorski'],
  [4, 'no limits', 'speech', 'emmanuel-macron', 'he'],
  [5, 'France and Poland can speak for themselves [but] not on behalf of NATO,', 'speech', 'guido-crosetto', 'Crosetto'],
  [5, 'makes no sense.', 'speech', 'guido-crosetto', 'He'],
  [5, 'means taking a step towards one-sided escalation that would block the path to diplomacy,', 'speech', 'guido-crosetto', 'the minister'],
  [6, 'more equipped and agile than NATO', 'speech', 'guido-crosetto', 'the defense minister'],
  [6, 'the West has discovered that it has a much lower production capacity than Russia.', 'speech', 'guido-crosetto', 'the defense minister'],
  [7, 'still remains lower than the Russian one.', 'speech', 'guido-crosetto', 'The minister'],
  [8, 'must give all possible support to Kiev', 'speech', 'guido-crosetto', 'Crosetto'],
  [8, 'think about helping', 'speech', 'guido-crosetto', 'Crosetto'],
  [8, 'another way,', 'speech', 'guido-crosetto', 'Crosetto'],
  [8, 'activate diplomatic channels.', 'speech', 'guido-crosetto', 'Crosetto'],
  [9, 'have the courage', 'speech', 'pope-francis', 'Pope Francis'],
  [10, 'peace plan', 'term', null, null],
  [10, 'absurd.', 'speech', 'russia', 'Russia'],
];

describe('seed article', () => {
  const result = extractQuotes(SEED);

  it('finds exactly the reference quotations, in order, with kind, paragraph, speaker and source', () => {
    expect(result.quotes.map((q) => [q.paragraph, q.text, q.kind, q.speaker?.id ?? null, q.source?.text ?? null])).toEqual(EXPECTED);
  });

  it('gives offsets that index the input exactly', () => {
    for (const q of result.quotes) {
      expect(SEED.slice(q.start, q.end)).toBe(q.text);
      if (q.source) expect(SEED.slice(q.source.start, q.source.end)).toBe(q.source.text);
      if (q.cue) expect(SEED.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
    }
  });

  it('lists the five speakers with names, types and descriptions as the article gives them', () => {
    expect(result.speakers).toEqual([
      { id: 'emmanuel-macron', name: 'Emmanuel Macron', type: 'person', description: 'French President' },
      { id: 'radoslaw-sikorski', name: 'Radoslaw Sikorski', type: 'person', description: 'Polish Foreign Minister' },
      { id: 'guido-crosetto', name: 'Guido Crosetto', type: 'person', description: 'Italian Defense Minister' },
      { id: 'pope-francis', name: 'Pope Francis', type: 'person', description: 'Pope' },
      { id: 'russia', name: 'Russia', type: 'organization', description: 'Russian government' },
    ]);
  });

  it('cites with the verbs the article uses', () => {
    const cues = result.quotes.filter((q) => q.kind === 'speech').map((q) => q.cue?.text);
    expect(cues).toEqual([
      'said',
      'stated',
      'adding',
      'said',
      'said',
      'stated',
      'warned',
      'said',
      'adding',
      'noted',
      'said',
      'said',
      'said',
      'adding',
      'called',
      'dismissed',
    ]);
  });

  it('returns reported speech apart, with Moscow resolved to Russia and Rome to Italy', () => {
    const byPara = result.reported.map((r) => [r.paragraph, r.speaker?.id ?? null]);
    expect(byPara).toContainEqual([10, 'russia']);
    expect(byPara).toContainEqual([0, 'italy']);
    expect(byPara).toContainEqual([1, 'guido-crosetto']);
    const moscow = result.reported.find((r) => r.paragraph === 10);
    expect(moscow?.source?.text).toBe('Moscow');
    expect(moscow?.text).toBe('it is ready for talks with Kiev at any moment, as long as the reality on the ground is taken into account');
    expect(result.speakers.map((s) => s.id)).not.toContain('italy');
  });
});
