/**
 * The seed article and its reference quotations, written out as constants (the tests never read
 * ../shared). Paragraph 0 is the standfirst; 1..10 are the body, character for character.
 */

export const SEED_SLUG = "italy-warns-nato-troops-in-ukraine-would-block-diplomacy";

export const SEED_PARAGRAPHS: readonly string[] = [
  "Sending NATO troops into Ukraine would block any diplomatic efforts to stop conflict between Kiev and Moscow, Rome has warned",
  "Paris and Warsaw have no right to speak for all NATO members when it comes to troop deployment into Ukraine, Italian Defense Minister Guido Crosetto told La Stampa newspaper in an interview published on Sunday. Such a move would only lead to escalation and hurt any potential diplomatic efforts to end hostilities between Moscow and Kiev, he added.",
  "The minister was commenting on recent statements by French President Emmanuel Macron and by Polish Foreign Minister Radoslaw Sikorski, each of whom has entertained the possibility of sending the US-led bloc’s troops to aid Kiev.",
  "Last week, the French leader said that the West “cannot exclude” the possibility of NATO forces being deployed to Ukraine. His comments sparked a wave of denials from senior officials of NATO member states, including the UK, Czech Republic, Finland and Sweden, who insisted that they harbor no such plans. Poland had initially also said it wouldn’t send any troops to Ukraine.",
  "Then, on Friday, Poland’s top diplomat Sikorski stated that Russia’s military operation in Ukraine requires “asymmetric escalation” on the part of the West, adding that “the presence of NATO forces in Ukraine is not unthinkable.” Macron himself repeatedly stated that he stood by his remarks. This week, he said that there were “no limits” to the West’s options in its support for Kiev.",
  "“France and Poland can speak for themselves [but] not on behalf of NATO,” Crosetto said about the developments. He also stated that making such arguments now “makes no sense.” Any potential NATO troop deployment to Ukraine “means taking a step towards one-sided escalation that would block the path to diplomacy,” the minister warned.",
  "According to Crosetto, it is diplomacy that Kiev’s Western backers should focus on, since they are struggling to keep up with Russia’s military production capacity anyway. Moscow is “more equipped and agile than NATO” when it comes to military production, the defense minister said, adding that “the West has discovered that it has a much lower production capacity than Russia.”",
  "The minister particularly noted that Brussels-based NATO had managed to somewhat increase its ammunition production capacity in a year since it had promised to supply Kiev with one million artillery rounds, but that it “still remains lower than the Russian one.”",
  "Under such circumstances, the West “must give all possible support to Kiev” but “think about helping” Ukraine in “another way,” Crosetto said, adding that Western nations ought to “activate diplomatic channels.”",
  "Earlier, Pope Francis called on Kiev to “have the courage” to engage in talks with Moscow to save lives rather than to let the bloodshed continue. He also said that there was no shortage of nations and international actors, including himself, who were willing to act as mediators in this regard.",
  "Moscow has repeatedly said that it is ready for talks with Kiev at any moment, as long as the reality on the ground is taken into account. Kiev withdrew from the Istanbul negotiations with Russia in spring 2022 and has since put forward a “peace plan” demanding Russian troop withdrawals from all territories Ukraine claims as its own before any talks can even start. Russia has dismissed these demands as “absurd.”",
];

export interface SeedSpeaker { slug: string; name: string; quotes: { paragraph: number; text: string }[] }

/** Every speaker of the seed with exactly their direct quotations of kind speech, in text order. */
export const SEED_SPEAKERS: readonly SeedSpeaker[] = [
  {
    slug: "guido-crosetto",
    name: "Guido Crosetto",
    quotes: [
      { paragraph: 5, text: "France and Poland can speak for themselves [but] not on behalf of NATO," },
      { paragraph: 5, text: "makes no sense." },
      { paragraph: 5, text: "means taking a step towards one-sided escalation that would block the path to diplomacy," },
      { paragraph: 6, text: "more equipped and agile than NATO" },
      { paragraph: 6, text: "the West has discovered that it has a much lower production capacity than Russia." },
      { paragraph: 7, text: "still remains lower than the Russian one." },
      { paragraph: 8, text: "must give all possible support to Kiev" },
      { paragraph: 8, text: "think about helping" },
      { paragraph: 8, text: "another way," },
      { paragraph: 8, text: "activate diplomatic channels." },
    ],
  },
  {
    slug: "emmanuel-macron",
    name: "Emmanuel Macron",
    quotes: [
      { paragraph: 3, text: "cannot exclude" },
      { paragraph: 4, text: "no limits" },
    ],
  },
  {
    slug: "radoslaw-sikorski",
    name: "Radoslaw Sikorski",
    quotes: [
      { paragraph: 4, text: "asymmetric escalation" },
      { paragraph: 4, text: "the presence of NATO forces in Ukraine is not unthinkable." },
    ],
  },
  {
    slug: "pope-francis",
    name: "Pope Francis",
    quotes: [
      { paragraph: 9, text: "have the courage" },
    ],
  },
  {
    slug: "russia",
    name: "Russia",
    quotes: [
      { paragraph: 10, text: "absurd." },
    ],
  },
];

/** Quoted labels (kind "term"): marked up in the article, on no speaker page. */
export const SEED_TERMS: readonly { paragraph: number; text: string }[] = [
  { paragraph: 10, text: "peace plan" },
];
